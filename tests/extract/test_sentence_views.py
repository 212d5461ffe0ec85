"""sentence_views: each action with its own sentence's view, the walk every date pass shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from regkg.extract.actions import SentenceView
from regkg.extract.sentence_views import redate, redate_in_turn, view_of
from regkg.extract.text import Sentence
from regkg.models import Action, DateValue, Evidence

TEXT = "Ofcom fined 4chan on 3 March. It also ordered 4chan to act."
FIRST, SECOND = TEXT.split(". ")
DAY = DateValue(dt.date(2025, 3, 3), "day")


def _views() -> list[SentenceView]:
    second_start = TEXT.index(SECOND)
    return [SentenceView(index=i, sentence=Sentence(start, start + len(text), text), text=text,
                         mentions=[], paragraph=0, published=None, language="en")
            for i, (start, text) in enumerate(((0, FIRST + "."), (second_start, SECOND)))]


def _action(kind: str, start: int, date: DateValue | None = None) -> Action:
    return Action(type=kind, actor="authority/ofcom", targets=("service/4chan",),
                  jurisdiction="GB", laws=(), date=date, status="imposed",
                  evidence=Evidence(TEXT, start, start + 10))


def test_view_of_finds_the_sentence_an_action_starts_and_none_elsewhere():
    view = view_of(_views())
    assert view(_action("fine", 0)).text == FIRST + "."
    assert view(_action("order", TEXT.index(SECOND))).text == SECOND
    assert view(_action("order", 5)) is None  # no sentence starts there


def test_redate_applies_the_rule_with_the_view_and_keeps_actions_of_no_sentence():
    seen = []

    def rule(action: Action, view: SentenceView) -> Action:
        seen.append(view.index)
        return replace(action, date=DAY)

    actions = [_action("fine", 0), _action("order", 5), _action("order", TEXT.index(SECOND))]
    redated = redate(actions, _views(), rule)
    assert [a.date for a in redated] == [DAY, None, DAY]
    assert redated[1] is actions[1]
    assert seen == [0, 1]


def test_redate_in_turn_shows_the_rule_what_it_already_redated():
    def rule(action: Action, view: SentenceView, earlier: list[Action]) -> Action:
        days = {a.date for a in earlier if a.date is not None}
        return replace(action, date=days.pop()) if action.date is None and days else action

    fine = _action("fine", 0, DAY)
    order = _action("order", TEXT.index(SECOND))
    assert [a.date for a in redate_in_turn([fine, order], _views(), rule)] == [DAY, DAY]
    # in text order only: the order, first, sees no dated step yet
    assert [a.date for a in redate_in_turn([order, fine], _views(), rule)] == [None, DAY]
