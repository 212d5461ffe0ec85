"""A settlement's total, then its penalty part in the next sentences: the fine is the part.
Layer 1 (issue 3; the convention of tests/blind 102 and split_payments).

US reports lead with what the company pays in all and split it afterwards: "Epic Games will
pay $520 million to resolve FTC allegations. Epic will pay a $275 million civil penalty for
violating COPPA. The FTC also ordered Epic to pay $245 million in refunds." The fine is the
penalty ($275 million), the refunds an order with their sum; the total is no fine amount.
`split_payments` handles the split told in the settling sentence itself; here a fine whose one
sum is paid "to settle" / "to resolve" / « pour régler » takes the smaller sum of the same
currency that one of the next `_REACH` sentences names as the penalty (a "civil penalty", an
« amende civile »), on the same company or no company; a fine found there on the same company
and undated is that sentence's telling of the same step, and merges into it.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.money import MoneyMention, sums_imposed
from regkg.extract.sentence_views import view_of
from regkg.models import Action, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_REACH = 2
_TO_SETTLE = re.compile(
    r"\s*(?:to\s+(?:settle|resolve)|in\s+(?:a\s+)?settlement|pour\s+(?:régler|solder|clore"
    r"|mettre\s+fin)|afin\s+de\s+(?:régler|solder|clore))\b", re.I)
# The penalty part: "a $275 million civil penalty", "a civil penalty of $275 million", "une
# amende civile de 275 millions de dollars", "$275 million as a civil penalty".
_PENALTY_AFTER = re.compile(r"\s*(?:(?:as\s+a|in)\s+)?(?:civil\s+)?penalt(?:y|ies)\b", re.I)
_PENALTY_BEFORE = re.compile(
    r"\b(?:civil\s+penalty\s+of|amende\s+civile\s+de|sanction\s+pécuniaire\s+de)\s+$", re.I)


def penalty_parts_of_settlements(actions: list[Action],
                                 views: list[SentenceView]) -> list[Action]:
    """Each settlement's fine with the penalty part a following sentence names."""
    view = view_of(views)
    settled: dict[int, Action] = {}
    merged: set[int] = set()
    for i, action in enumerate(actions):
        own = view(action)
        if own is None or action.type != "fine" or action.amount is None \
                or len(action.targets) != 1 or not _paid_to_settle(own, action.amount):
            continue
        found = _penalty_part(action, views[own.index + 1:own.index + 1 + _REACH])
        if found is None:
            continue
        place, part = found
        merged.update(j for j, a in enumerate(actions)
                      if a.evidence.start == place.sentence.start and a.type == "fine"
                      and a.targets == action.targets and a.date is None)
        settled[i] = dataclasses.replace(action, amount=part)
    return [settled.get(i, a) for i, a in enumerate(actions) if i not in merged]


def _exact(view: SentenceView) -> list[MoneyMention]:
    return [m for m in sums_imposed(view.sentence.text, view.language)
            if m.money is not None and m.qualifier is None and m.money.per is None]


def _paid_to_settle(view: SentenceView, amount: Money) -> bool:
    sums = _exact(view)
    return len({m.money for m in sums}) == 1 and sums[0].money == amount \
        and _TO_SETTLE.match(view.text, sums[0].end) is not None


def _penalty_part(action: Action, following: list[SentenceView]
                  ) -> tuple[SentenceView, Money] | None:
    total = action.amount
    for place in following:
        companies = {m.key for m in place.mentions
                     if m.key.split("/")[0] in ("organisation", "service")}
        if companies - set(action.targets) or place.dates:
            continue
        parts = [m.money for m in _exact(place) if m.money is not None and total is not None
                 and m.money.currency == total.currency and m.money.amount < total.amount
                 and (_PENALTY_AFTER.match(place.text, m.end)
                      or _PENALTY_BEFORE.search(place.text, max(0, m.start - 30), m.start))]
        if len(set(parts)) == 1:
            return place, parts[0]
    return None
