"""A platform's description as the recipient right before a step named by a noun: "a adressé
à la plateforme chinoise une demande d'informations", "sent the company a notice". Layer 1;
used by regkg.extract.targets.TargetFinder._target_anaphors (moved out of targets.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract import target_descriptions as td

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.extract.patterns import LanguagePatterns

# Before a recipient: "adressé à", "sent", "issued" (double object: "sent the company a ...").
_RECIPIENT_BEFORE = re.compile(r"(?:\bà|\bto|\b(?:sent|sends|given|gave|issued|issues|served|"
                               r"serves|handed|hands))\s+$", re.I)
# Between the recipient and the step's noun: a few words, no clause boundary.
_SHORT_GAP = re.compile(r"[^,;:.()]{0,40}")


def recipient_before(view: SentenceView, trig: TriggerMatch,
                     lp: LanguagePatterns) -> list[tuple[int, int, bool]]:
    """(start, end, plural) of the descriptions that are the recipient of the step's noun."""
    found = []
    for match in td.platform_descriptions(view.text, 0, trig.start, lp.target_anaphora,
                                          view.language):
        gap = view.text[match.end():trig.start]
        if (_RECIPIENT_BEFORE.search(view.text, 0, match.start())
                or match.group(0).casefold().startswith(("au ", "aux "))) \
                and _SHORT_GAP.fullmatch(gap):
            found.append((match.start(), match.end(), td.is_plural(match.group(0))))
    return found
