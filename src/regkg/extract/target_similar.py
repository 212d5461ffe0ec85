"""The target of a step told as like one reported before: "The British Columbia and Alberta
commissioners issued similar orders the same day", "ont rendu des ordonnances au contenu
semblable", "took identical decisions". Layer 1; used by
regkg.extract.targets.TargetFinder._unnamed_targets.

Such a sentence names no platform: "similar" says the step is the earlier one's kind, aimed
where it was. Conservative: the word qualifies the step (within a few words of its trigger),
and every step of that type the article has stated so far has one and the same target.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.extract.linking_discourse import Discourse

_SIMILAR = re.compile(
    r"\b(?:similar|identical|comparable|equivalent|parallel|the\s+same\s+kind\s+of|"
    r"semblables?|similaires?|identiques?|analogues?|comparables?|du\s+même\s+type|"
    r"de\s+même\s+nature)\b", re.IGNORECASE)
_REACH = 40  # characters either side of the trigger


def similar_target(view: SentenceView, trig: TriggerMatch, discourse: Discourse) -> str | None:
    """The one target of the earlier steps of `trig`'s type, when the step is said to be
    like them; None otherwise."""
    start, end = max(0, trig.start - _REACH), min(len(view.text), trig.end + _REACH)
    if not _SIMILAR.search(view.text, start, end):
        return None
    targets = {target for kind, _, target, _ in discourse.steps if kind == trig.type}
    if len(targets) != 1:
        return None
    target = targets.pop()
    return target if isinstance(target, str) and target else None
