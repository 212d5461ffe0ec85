"""One action per dated step told more than once, keeping the statement that tells most.
Layer 1; used by the step dating (step_dates) and the extractor's headline merge.
"""

from __future__ import annotations

from decimal import Decimal

from regkg.extract.money import find_money
from regkg.models import Action, Money


def merge_dated_repeats(actions: list[Action]) -> list[Action]:
    """One action per dated (type, actor, targets, date, status): the first told, or the
    first with more support (an amount, then a deadline)."""
    kept: dict[tuple[object, ...], int] = {}
    merged: list[Action] = []
    for action in actions:
        if action.date is None:
            merged.append(action)
            continue
        step = (action.type, action.actor, action.targets, action.date, action.status)
        if step in kept and _another_sum(action, merged[kept[step]]):
            merged.append(action)  # a part beside a total, not the total told again
            continue
        if step not in kept:
            kept[step] = len(merged)
            merged.append(action)
        elif support(action) > support(merged[kept[step]]):
            merged[kept[step]] = action
    return sorted(merged, key=lambda a: a.evidence.start)


def _another_sum(action: Action, kept: Action) -> bool:
    """One statement gives the step's sum and the other's sentence gives sums, none of them
    that one: two fines of one day, a part and the total ("Binance paierait plus de 4,3
    milliards de dollars" / "Sur les 4,3 milliards, 3,4 milliards correspondent à la sanction
    civile prononcée par le FinCEN": s17 melt, the part newly dated by its live-blog entry)."""
    for one, other in ((action, kept), (kept, action)):
        if one.amount is not None and other.amount is None and one.type == "fine":
            sums = _sums_in(other.evidence.sentence)
            if sums and one.amount.amount not in sums:
                return True
    return False


def _sums_in(sentence: str) -> set[Decimal]:
    """The sums a sentence gives, read either way (a decimal comma or point)."""
    return {m.money.amount for language in ("fr", "en") for m in find_money(sentence, language)
            if isinstance(m.money, Money)}


def support(action: Action) -> int:
    """How much a statement of a step tells beyond it: an amount counts more than a deadline."""
    return 2 * (action.amount is not None) + (action.deadline is not None)
