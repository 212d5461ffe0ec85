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


# An order whose object is the end of a measure on the platform: the platform "to be restored",
# "unblocked", "the unblocking of", "le déblocage de", "la levée du blocage de". Its guideline:
# a lifting is not annotated (tests/hail 1034, a prime minister ordering a blocked site
# restored). An order to a platform to restore or unblock something ("ordered Google to
# restore the app", "a ordonné à Free de rétablir l'accès aux vidéos") is a step against that
# platform and stays.
_LIFTING_ORDERED = re.compile(
    r"[^.;:,]{0,60}?(?:\bto\s+be\s+(?:restored|unblocked|reinstated|reopened)\b"
    r"|\b(?:restored|unblocked|reinstated)\b(?!\s+(?:its|their|the|his|her|a|an|all)\b)"
    r"|\b(?:unblocking|restoration|lifting|reopening)\s+of\b"
    r"|\b(?:le|la|l['’])\s*(?:rétablissement|déblocage|levée|réouverture)\s+(?:de|du|des|d['’]))",
    re.IGNORECASE)
# A block trigger whose own verb is unblocking: "a ordonné aux opérateurs de débloquer X".
_UNBLOCK = re.compile(r"d[ée]bloqu|unblock", re.IGNORECASE)


def orders_a_lifting(text: str, trigger_start: int, trigger_end: int, action_type: str) -> bool:
    """An order or block whose object is lifting a measure on the platform: no step on it."""
    if action_type == "block" and _UNBLOCK.search(text, trigger_start, trigger_end):
        return True
    return action_type in ("order", "block") and \
        _LIFTING_ORDERED.match(text, trigger_end) is not None
