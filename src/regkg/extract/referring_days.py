"""The day a sentence gives a step it refers back to, when that sentence is read as a step of
its own (issue 3, D10, guideline 6). Layer 1; used by `step_dates` (policy 2).

"The Federal Trade Commission sued Amazon over its Prime cancellation process. The complaint
was filed on Tuesday in federal court"; "The European Commission fined Apple €1.8 billion. The
fine was imposed on Monday": the second sentence opens with a definite noun for the step and
gives its day, and is itself read as the step, dated. The first statement, undated, is the same
step (same type, authority and a company in common, a few sentences before, told as taken): it
takes the day, and the two then merge as one dated step (`dated_repeats`). Only the nearest
such statement: a wrong day is worse than none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.models import Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_TAKEN = frozenset({"opened", "imposed"})


def date_the_restated_step(actions: list[Action], candidates: list[int], referring: int,
                           day: DateValue, by_start: dict[int, SentenceView]) -> list[Action]:
    """`candidates`: indexes of the steps of the kinds referred to, within reach, in text
    order; `referring`: the start of the referring sentence, whose steps carry `day`."""
    own = [actions[i] for i in candidates
           if actions[i].evidence.start == referring and actions[i].date == day]
    before = [i for i in candidates if actions[i].evidence.start < referring
              and actions[i].evidence.start in by_start]
    if not own or not before:
        return actions
    nearest = actions[before[-1]].evidence.start
    matching = [i for i in before if actions[i].evidence.start == nearest
                and actions[i].date is None and actions[i].status in _TAKEN
                and any(_same_step(actions[i], o) for o in own)]
    if len(matching) != 1:
        return actions
    dated = list(actions)
    dated[matching[0]] = replace(actions[matching[0]], date=day)
    return dated


def _same_step(one: Action, other: Action) -> bool:
    return (one.type == other.type and one.actor == other.actor and one.actor is not None
            and bool(set(one.targets) & set(other.targets)))
