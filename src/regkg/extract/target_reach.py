"""Where the targets of a step may end: the clause's end or an earlier hard stop. Layer 1;
used by regkg.extract.targets.TargetFinder.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.patterns import LanguagePatterns, TriggerMatch


# A date right after "since": a time, not a clause of cause or time ("after 2024 reports about
# Grok" is a cause).
_TIME_AFTER_STOP = re.compile(
    r"\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning)\s+of)\s*)?(?:(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b|"
    r"(?:last|this)\s+(?:year|month|week|spring|summer|autumn|winter)\b)", re.I)


def target_reach(text: str, trig: TriggerMatch, clause_end: int, lp: LanguagePatterns) -> int:
    """Where the step's targets may end: the clause's end or an earlier hard stop."""
    hard_stop = lp.target_hard_stops.search(text, trig.end, clause_end)
    while hard_stop and hard_stop.group(0).casefold() == "since" \
            and _TIME_AFTER_STOP.match(text, hard_stop.end()):
        # "has been investigating since December 2023 whether X ...": a time, no clause.
        hard_stop = lp.target_hard_stops.search(text, hard_stop.end(), clause_end)
    return hard_stop.start() if hard_stop else clause_end
