"""What a date pass has told so far, indexed once per pass. Layer 1.

A pass that looks back, for each action, at the steps told before it (in its sentence, by its
body, of its kind: `step_dates`) reads them from these indexes instead of walking all the
article's actions again for each one: the passes stay linear in the length of the text (a
settings.max_article_bytes input has tens of thousands of sentences). The passes replace an
action's date only, never its type, body, companies or where its evidence starts, so the
indexes of the actions they start with hold for the actions as they redate them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from regkg.extract.sentence_views import done_in_sentence, positions_by_sentence, view_of
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_Step = tuple[str, str | None, tuple[str, ...]]  # type, actor, targets


class ToldSoFar:
    """The actions of a `redate_in_turn` pass by sentence and by actor, for its rule to read
    those it already redated (`done`: the pass's first ones, as redated)."""

    def __init__(self, actions: list[Action], views: list[SentenceView]) -> None:
        self.views = views
        self.view_of = view_of(views)
        self._positions = positions_by_sentence(actions)
        self._by_actor: dict[str | None, list[int]] = {}
        for i, action in enumerate(actions):
            self._by_actor.setdefault(action.actor, []).append(i)

    def positions_within(self, first: int, last: int) -> list[int]:
        """The positions (ascending) of the actions told in the sentences of views `first` to
        `last` (their indexes, both included; the views are in text order)."""
        return sorted(i for view in self.views[max(0, first):last + 1]
                      for i in self._positions.get(view.sentence.start, ()))

    def within(self, done: list[Action], first: int, last: int) -> list[Action]:
        """The actions of `done` told in the sentences of views `first` to `last`, in order."""
        return [done[i] for i in self.positions_within(first, last) if i < len(done)]

    def in_sentence(self, done: list[Action], start: int) -> list[Action]:
        """The actions of `done` told in the sentence starting at `start`, in order."""
        return done_in_sentence(done, self._positions, start)

    def latest_before(self, done: list[Action], action: Action,
                      passed: Callable[[Action], bool] | None = None) -> Action | None:
        """The last action of `done` by `action`'s actor whose evidence starts before
        `action`'s (the last in `done`'s order, as a scan of `done` finds it), going past
        those `passed` says are told in between."""
        mine = self._by_actor.get(action.actor, [])
        for k in range(bisect_left(mine, len(done)) - 1, -1, -1):
            other = done[mine[k]]
            if other.evidence.start < action.evidence.start and not (passed and passed(other)):
                return other
        return None


class DaysTold:
    """The days (to the day) of the taken steps a `redate_in_turn` pass has dated so far, by
    type, actor and companies, and by amount; read once each as the pass goes. At most two
    days are kept per group: enough to tell one day from several."""

    def __init__(self) -> None:
        self._read = 0
        self._by_amount: dict[_Step, dict[object, set[DateValue]]] = {}
        self._any_amount: dict[_Step, set[DateValue]] = {}

    def days(self, done: list[Action], action: Action) -> set[DateValue]:
        """The days of the steps of `done` of `action`'s type, actor and companies, with its
        amount or none (any, when `action` has none); all of them when one or none."""
        for told in done[self._read:]:
            if (told.date is not None and told.date.precision == "day"
                    and told.status in TAKEN_STATUSES):
                step = (told.type, told.actor, told.targets)
                amounts = self._by_amount.setdefault(step, {})
                for few in (amounts.setdefault(told.amount, set()),
                            self._any_amount.setdefault(step, set())):
                    if len(few) < 2:
                        few.add(told.date)
        self._read = len(done)
        step = (action.type, action.actor, action.targets)
        if action.amount is None:
            return set(self._any_amount.get(step, ()))
        amounts = self._by_amount.get(step, {})
        return amounts.get(None, set()) | amounts.get(action.amount, set())
