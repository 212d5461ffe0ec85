"""One action per dated step told more than once, keeping the statement that tells most.
Layer 1; used by the step dating (step_dates) and the extractor's headline merge.
"""

from __future__ import annotations

from regkg.models import Action


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
        if step not in kept:
            kept[step] = len(merged)
            merged.append(action)
        elif support(action) > support(merged[kept[step]]):
            merged[kept[step]] = action
    return sorted(merged, key=lambda a: a.evidence.start)


def support(action: Action) -> int:
    """How much a statement of a step tells beyond it: an amount counts more than a deadline."""
    return 2 * (action.amount is not None) + (action.deadline is not None)
