"""Each action with the view of its own sentence, for the passes that redate actions. Layer 1.

A date pass (`few_days`, `colon_dates`, `step_dates`, ...) reads the sentence an action was
found in (its text, dates, mentions, place in the text) to decide whether the action's date
stays, changes or goes. Finding that sentence and walking the actions in order is the same in
every pass; only the rule differs, so the passes hand their rule to `redate`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # actions.py imports the passes that import this module
    from collections.abc import Callable

    from regkg.extract.actions import SentenceView
    from regkg.models import Action

    ViewOf = Callable[[Action], SentenceView | None]
    # the action as it was, or replaced (with another date, or an amount)
    Rule = Callable[[Action, SentenceView], Action]
    # the same, also given the actions of the pass already redated before it (in text order)
    RuleInTurn = Callable[[Action, SentenceView, list[Action]], Action]


def view_of(views: list[SentenceView]) -> ViewOf:
    """The view of the sentence an action's evidence starts, or None when it is no sentence's."""
    by_start = {v.sentence.start: v for v in views}
    return lambda action: by_start.get(action.evidence.start)


def redate(actions: list[Action], views: list[SentenceView], rule: Rule) -> list[Action]:
    """Each action as `rule` returns it given its sentence's view; one with no view stays."""
    view = view_of(views)
    return [action if (own := view(action)) is None else rule(action, own) for action in actions]


def redate_in_turn(actions: list[Action], views: list[SentenceView],
                   rule: RuleInTurn) -> list[Action]:
    """As `redate`, and `rule` also sees the actions redated before this one (the same list,
    growing: rules that look back at what this pass already dated)."""
    view = view_of(views)
    done: list[Action] = []
    for action in actions:
        own = view(action)
        done.append(action if own is None else rule(action, own, done))
    return done


def actions_by_sentence(actions: list[Action]) -> dict[int, list[Action]]:
    """The actions of each sentence (by where their evidence starts), in their order: a pass
    looks up an action's sentence-mates without reading all the actions again."""
    by_start: dict[int, list[Action]] = {}
    for action in actions:
        by_start.setdefault(action.evidence.start, []).append(action)
    return by_start


def positions_by_sentence(actions: list[Action]) -> dict[int, list[int]]:
    """As `actions_by_sentence`, the actions' positions in `actions` (ascending): for a pass
    that replaces actions as it goes (a date only, never where the evidence starts)."""
    by_start: dict[int, list[int]] = {}
    for i, action in enumerate(actions):
        by_start.setdefault(action.evidence.start, []).append(i)
    return by_start


def done_in_sentence(done: list[Action], positions: dict[int, list[int]],
                     start: int) -> list[Action]:
    """The actions of `done` (the first ones of a pass, as `redate_in_turn` redated them) told
    in the sentence starting at `start`, in their order; `positions` is of the pass's actions."""
    return [done[i] for i in positions.get(start, ()) if i < len(done)]
