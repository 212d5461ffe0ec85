"""A sum per day of delay attached to an order is that order's stated consequence. Layer 1.

"ordered Google to negotiate with publishers, with a penalty of €900,000 for each day of
delay", "a enjoint à X de ..., avec une pénalité de 50 000 euros par jour de retard": the sum
is what the company will owe if it is late complying, not a fine imposed. Guideline 4 types
the stated consequence of non-compliance as a `warning`, recorded beside the order as
order_penalties.py does for "under a daily fine of". Without an order of the same body in the
sentence ("La CNIL a infligé à Google une amende de 100 000 euros par jour de retard") the sum
stays a fine.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.money import sums_imposed

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.models import Action

# Attached to the order ("with", "avec", "assortie de") right before the sum.
_ATTACHED_BEFORE = re.compile(r"\b(?:with|avec|assortie?s?\s+d)\b[^.;:]{0,40}$", re.I)
# Counted per day (or week) of delay or of non-compliance right after it; or, where the sum
# already holds its period ("€900,000 for each day", money.py), the delay alone.
_DELAY_AFTER = re.compile(r"^\s*(?:of\s+)?(?:delay|late|non-?compliance|de\s+retard"
                          r"|de\s+non-?conformité)\b", re.I)
_PER_DELAY_AFTER = re.compile(
    r"^\s*(?:(?:for|per|a)\s+(?:each\s+|every\s+)?(?:day|week)|(?:each|every)\s+(?:day|week)"
    r"|par\s+(?:jour|semaine))\s+(?:of\s+)?(?:delay|late|non-?compliance|de\s+retard"
    r"|de\s+non-?conformité)\b", re.I)


def delay_penalty_of_order(action: Action, view: SentenceView,
                           siblings: list[Action]) -> bool:
    """Whether the fine `action` is a sum per day of delay attached to an order its body gives
    the same company in the same sentence."""
    if action.type != "fine" or action.amount is None or not any(
            s.type == "order" and s.actor == action.actor and s.targets == action.targets
            for s in siblings):
        return False
    text = view.text
    return any(m.money == action.amount
               and _ATTACHED_BEFORE.search(text, max(0, m.start - 50), m.start)
               and (_PER_DELAY_AFTER.match(text[m.end:])
                    or (m.money.per is not None and _DELAY_AFTER.match(text[m.end:])))
               for m in sums_imposed(view.sentence.text, view.language))
