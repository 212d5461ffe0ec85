"""The date of a decision, not the day it was made public (issue 3, D9, guideline 6: "date is
when the authority acted, not when the text appeared"). Texts invented in the style of
newspapers, each written with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language"), [
    ("In a decision dated February 9 but made public on Tuesday, the CNIL fined Criteo €40 "
     "million.", "en"),
    ("La décision, datée du 9 février, a été rendue publique mardi : la CNIL inflige une amende "
     "de 40 millions d'euros à Criteo.", "fr"),
])
def test_regression_a_decision_made_public_later_keeps_its_own_date(dated, text,
                                                                     language) -> None:
    assert dated(text, language) == [("fine", "criteo", "2023-02-09")]


def test_guard_findings_revealed_on_a_day_are_dated_by_it(dated) -> None:
    # the findings' release is the step (tests/broad 712), not a report of it
    text = ("La CNIL a ordonné à Clearview AI de cesser la collecte. Ces décisions découlent "
            "d'une enquête conjointe menée avec le Commissariat à la protection de la vie privée "
            "du Canada, dont les conclusions avaient été dévoilées le 3 février.")
    assert ("investigation", "clearview-ai", "2023-02-03") in dated(text, "fr") or all(
        t != "investigation" for t, _, _ in dated(text, "fr"))


@pytest.mark.parametrize(("text", "language"), [
    ("Shein devra s'acquitter d'une amende de 40 millions d'euros, une sanction record infligée "
     "par la DGCCRF et rendue publique ce mardi.", "fr"),
    ("Shein must pay a €40 million fine, a record penalty imposed by the DGCCRF and made public "
     "on Tuesday.", "en"),
])
def test_regression_the_day_a_decision_was_made_public_dates_it_when_no_other_is_told(
        dated, text, language) -> None:
    # tests/sweep 810, as "said on Tuesday it had fined"
    assert [d for t, _, d in dated(text, language) if t == "fine"] == ["2023-02-28"]


def test_guard_a_day_the_press_revealed_dates_no_decision(dated) -> None:
    text = "The CNIL fined Criteo €40 million, a penalty first reported by Le Monde on Tuesday."
    assert ("fine", "criteo", "2023-02-28") not in dated(text, "en")
