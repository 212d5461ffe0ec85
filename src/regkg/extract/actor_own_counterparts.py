"""A body named as another body's counterpart abroad, by a possessive. Layer 1.

"Ofcom said on Tuesday that its Irish counterpart had opened an investigation into X", "la CNIL
a indiqué que son homologue irlandaise avait ouvert une enquête sur X": the body that acts is
the named country's body of the trade of the body the possessive refers to (the last authority
named before it), not that body. The trade is read from the domain table
(data/patterns/actions.yaml `domain_regulators.bodies`): Ofcom is filed under safety, media and
telecoms, whose Irish bodies are one (Coimisiún na Meán). Where they differ, or the country has
none, nobody: a wrong body is worse than none. The descriptions are found and resolved once,
by counterpart_bodies; here only those not coordinated with their body stand in its place (a
counterpart after "and"/"et", "the CNIL and its Italian counterpart", acts beside the body).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.counterpart_bodies import described_counterparts
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import LanguagePatterns

_COORDINATED = re.compile(r"\b(?:and|et)\s+$", re.IGNORECASE)


def own_counterparts(text: str, mentions: list[Mention], lp: LanguagePatterns,
                     linker: Linker) -> list[tuple[str, int, int, str]]:
    """(key, start, end, words) of each counterpart named by a possessive and a demonym and
    not coordinated with its body: counterpart_bodies finds and resolves them."""
    return [(m.key, m.start, m.end, m.text)
            for m in described_counterparts(text, mentions, lp, linker)
            if not _COORDINATED.search(text, 0, m.start)]
