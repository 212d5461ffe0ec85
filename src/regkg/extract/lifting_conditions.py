"""Conditions for lifting a measure: no step starts inside them (issue 3, session 12).

"ordered the suspension of Rumble until the platform obeys all court orders, pays the fines
it owes and names a representative", "jusqu'à ce que l'application paie les amendes dues":
the clause after "until" / "jusqu'à ce que" / "tant que" says what the target must do for the
measure to end; its orders and fines are earlier ones or none. "until further notice",
"Until then, Ofcom fined X" bound a time and keep their step; "en tant qu'autorité chef de
file" is a capacity, no condition.
"""

from __future__ import annotations

import re

# "until" + a subject + a verb in the present (the condition's own clause), or the French
# conjunctions, which always start a clause; up to the trigger with no sentence break.
_CONDITION = re.compile(
    r"(?:\buntil\s+(?:it|they|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?|[A-Z][\w.-]+\s+)"
    r"(?-i:[a-z]+s)\b|\bjusqu.(?:à|a)\s+ce\s+qu|(?<!\ben\s)\btant\s+qu)[^.;]*$",
    re.IGNORECASE)
_REACH = 120


def inside_lifting_condition(text: str, trigger_start: int) -> bool:
    """The trigger sits in a clause that sets the condition for lifting a measure."""
    return _CONDITION.search(text, max(0, trigger_start - _REACH), trigger_start) is not None
