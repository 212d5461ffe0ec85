"""An agent described, then named in apposition: "fined by its lead EU privacy regulator,
Ireland's Data Protection Commission", "infligée par son régulateur chef de file dans l'UE,
la Commission irlandaise de protection des données". Layer 1; used by
regkg.extract.passive_actors (the agent of a passive or nominal step).

The description says what the body is to the target, the name after its comma says which
body it is: the named body is the agent. Only a description whose head is a body's noun
("regulator", "autorité", "gendarme"), so that "by its users, the Commission" is no agent.
"""

from __future__ import annotations

import re

_APPOSED = re.compile(
    r"^\W{0,3}(?:[\w'-]+\W+){0,6}?(?:by|par)\s+(?:its|their|his|her|the|a|an|son|sa|leur|le|la|"
    r"l'|un|une)\s*[^,;:.()]{0,60}?\b(?:regulators?|watchdog|authority|agency|commissioner|"
    r"enforcer|supervisor|régulateur|autorité|gendarme|agence|commissaire|organisme)\b"
    r"[^,;:.()]{0,40},\s*(?:the\s+|le\s+|la\s+|l'|les\s+)?(?:(?-i:[A-Z])[\w-]+'s\s+)?$",
    re.IGNORECASE)


def apposed_agent(text: str, start: int, end: int) -> bool:
    """Does text[start:end] (from a step's end to a body's name) end in "by <description>, "?"""
    return _APPOSED.match(text[start:end]) is not None
