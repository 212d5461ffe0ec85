"""A sibling decision told in the next sentence without its day (issue 3, guideline 6). Layer 1.

"On Wednesday the European Commission fined Apple €500 million. Meta was fined €200 million";
"Mercredi, la Commission a infligé une amende de 500 millions d'euros à Apple. Meta a écopé
d'une amende de 200 millions d'euros": one decision day, told once for two companies in two
sentences, as `step_dates` policy 1 reads it within one sentence. An undated step takes the day
of the sentence right before when that sentence tells the same authority's step of the same
type on another company, dated to the day (one day), within a fortnight before the text's day
(news tells what is new); never a step told as background or as a later one ("Meta had been
fined €1.2 billion", "Meta was fined again"), nor in a sentence giving a date of its own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.dates import within_a_fortnight
from regkg.extract.decided_later import NOT_THE_SAME
from regkg.extract.sentence_views import done_in_sentence, positions_by_sentence, redate_in_turn
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# Decisions: "AliExpress is also under investigation" tells a running probe, not its opening.
_KINDS = frozenset({"fine", "sanction", "order", "block"})


def date_siblings_in_the_next_sentence(actions: list[Action],
                                       views: list[SentenceView]) -> list[Action]:
    """The module's policy."""
    positions = positions_by_sentence(actions)  # the pass changes dates only

    def date_one(action: Action, view: SentenceView, dated: list[Action]) -> Action:
        if (action.date is None and action.type in _KINDS and action.status in TAKEN_STATUSES
                and action.actor is not None and view.index > 0
                and not view.headline and not view.dates
                and not NOT_THE_SAME.search(view.text)):
            previous = views[view.index - 1]
            told = done_in_sentence(dated, positions, previous.sentence.start)
            day = _sibling_day(action, previous, told)
            if day is not None:
                return replace(action, date=day)
        return action
    return redate_in_turn(actions, views, date_one)


def _sibling_day(action: Action, previous: SentenceView,
                 told: list[Action]) -> DateValue | None:
    """`told`: the actions of the previous sentence, as this pass dated them."""
    siblings = [a for a in told if a.actor == action.actor and a.status in TAKEN_STATUSES]
    days = {a.date for a in siblings}
    if (previous.headline or len(days) != 1 or not any(a.type == action.type for a in siblings)
            or any(set(a.targets) & set(action.targets) for a in siblings)):
        return None
    day = days.pop()
    if day is None or day.precision != "day" or previous.published is None:
        return None
    return day if within_a_fortnight(day, previous.published) else None
