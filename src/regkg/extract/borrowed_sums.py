"""A sum taken from another sentence that is another decision's own: no amount. Layer 1.

A fine told without its sum may take one from a nearby sentence ("the penalty" reaching back,
a headline, the next sentence). When that sentence is itself an earlier or later fine, dated on
another day, its sum is that fine's: "The CNIL fined Google €150 million in 2021. On Tuesday
the regulator fined Google again; the penalty was not disclosed." gives the 2021 fine €150
million and Tuesday's none (an amount reported for an earlier background fine must not leak
onto the current one; a wrong amount is worse than none). One sum is never the amount of two
decisions of different days: the fine whose own sentence does not state it loses it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from regkg.extract.money import sums_imposed
from regkg.extract.sentence_views import view_of
from regkg.models import Action, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView


def drop_borrowed_sums(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Each dated fine whose amount its own sentence does not state, while another fine of
    another day states it in its own: without the amount."""
    view = view_of(views)
    owners = [a for a in actions if a.type == "fine" and a.amount is not None
              and a.date is not None and _states(view(a), a.amount)]
    kept = []
    for action in actions:
        if (action.type == "fine" and action.amount is not None and action.date is not None
                and not _states(view(action), action.amount)
                and any(o.amount == action.amount and o.date != action.date for o in owners)):
            action = dataclasses.replace(action, amount=None)
        kept.append(action)
    return kept


def _states(view: SentenceView | None, amount: Money) -> bool:
    """The sentence writes the sum (its figure: a bare "$" may be read in another currency)."""
    if view is None:
        return False
    return any(m.money is not None and m.money.amount == amount.amount
               for m in sums_imposed(view.sentence.text, view.language))
