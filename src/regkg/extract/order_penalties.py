"""The daily penalty an order carries is a warning of its own. Layer 1 (issue 3).

A decision that orders a company to comply often states, in the same sentence, what not
complying will cost: "a enjoint à Google de ... dans un délai de six mois, sous astreinte de
100 000 euros par jour de retard", "ordered Meta to stop ..., under a daily fine of R$50,000".
Guideline 4 types the stated consequence of non-compliance as a `warning`, and the project's
sets record it with its daily amount beside the decision's `order` (tests/wide 509, broad 710,
sweep 812, blind 110 and 115, novel README). The sum is a consequence only when the words
before it say so ("sous", "under", "on pain of", "failing which") and name it daily; a sum
imposed per day of delay as the fine itself ("a infligé une amende de 100 000 euros par jour")
stays with fine_amounts.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from regkg.extract.consequence_sums import (
    CAPPED_BEFORE,
    CONSEQUENCE_AFTER,
    CONSEQUENCE_BEFORE,
    CONSEQUENCE_STATED,
    DAILY_BEFORE,
)
from regkg.extract.money import MoneyMention, find_money, sums_imposed
from regkg.extract.sentence_views import view_of
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView


def add_order_penalties(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """`actions` and, after each order whose sentence states a daily penalty for not
    complying, that penalty as a warning of the same body on the same company. A warning of
    theirs read from the sentence as only threatened ("failing which it faces a daily
    penalty") is that same penalty: it gives way."""
    penalties: dict[_Key, Action] = {}
    for action, view in zip(actions, map(view_of(views), actions), strict=True):
        # a fine's sentence too: "une amende de 500 millions d'euros, assortie d'une
        # astreinte de 900 000 euros par jour si ..." (the fine's own sum is no penalty)
        if view is not None and action.type in ("order", "fine") and action.status == "imposed":
            penalty = _daily_penalty(view)
            if penalty is not None and penalty.money != action.amount:
                penalties.setdefault(_key(action), dataclasses.replace(
                    action, type="warning", amount=penalty.money, deadline=None,
                    deadline_text=None))
            elif penalty is None and action.type == "order" \
                    and CONSEQUENCE_STATED.search(view.text) is not None:
                # a measure, not a sum, as the consequence ("under penalty of suspension")
                penalties.setdefault(_key(action), dataclasses.replace(
                    action, type="warning", amount=None, deadline=None, deadline_text=None))
    warned = {_key(a) for a in actions if a.type == "warning" and a.status == "imposed"}
    found: list[Action] = []
    for action in actions:
        if action.type == "warning" and _key(action) in penalties and _key(action) not in warned:
            continue  # the threatened reading of the penalty added below
        found.append(action)
        if action.type in ("order", "fine") and _key(action) not in warned \
                and _key(action) in penalties:
            found.append(penalties.pop(_key(action)))
    return found


# The body, the companies and the sentence of a step.
_Key = tuple[str | None, tuple[str, ...], int]


def _key(action: Action) -> _Key:
    return action.actor, action.targets, action.evidence.start


def _daily_penalty(view: SentenceView) -> MoneyMention | None:
    """The one daily sum of the sentence set as the consequence of not complying (or the cap
    of its periodic penalties: "sous peine d'astreintes allant jusqu'à 4 millions d'euros")."""
    text = view.text  # the sentence with straight quotes: the offsets are the same
    capped = [m for m in find_money(view.sentence.text, view.language)
              if m.money is not None and m.qualifier == "up_to"
              and CAPPED_BEFORE.search(text, max(0, m.start - 50), m.start)]
    daily = [m for m in sums_imposed(view.sentence.text, view.language) + capped
             if m.money is not None and (
                 m.money.per is not None
                 or DAILY_BEFORE.search(text, max(0, m.start - 50), m.start))
             and (CONSEQUENCE_BEFORE.search(text, max(0, m.start - 80), m.start)
                  or CONSEQUENCE_AFTER.match(text, m.end))]
    return daily[0] if len(daily) == 1 else None
