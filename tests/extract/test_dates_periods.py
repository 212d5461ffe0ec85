"""A period told with a step (issue 3, D9, guideline 6): a probe dates from its period's start
("Entre octobre 2022 et août 2023, les enquêteurs de la DGCCRF ont ...": tests/sweep 810); a
decision is no period, so a period beside it tells the conduct's time, not the decision's day
("fined Google for cookies it placed between March 2020 and June 2021" was dated March 2020, a
wrong fact). Texts invented, each written with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language"), [
    ("Entre octobre 2022 et août 2023, la DGCCRF a enquêté sur Shein.", "fr"),
    ("Between October 2022 and August 2023, the DGCCRF investigated Shein's promotions.", "en"),
])
def test_regression_a_probe_over_a_period_dates_from_its_start(dated, text, language) -> None:
    assert dated(text, language) == [("investigation", "shein", "2022-10")]


@pytest.mark.parametrize(("text", "language"), [
    ("The CNIL fined Google for cookies it placed between March 2020 and June 2021.", "en"),
    ("La CNIL a sanctionné Google pour des cookies déposés entre mars 2020 et juin 2021.", "fr"),
    ("Between 2019 and 2021, the CNIL fined Google three times.", "en"),
])
def test_regression_a_period_is_no_day_of_a_decision(dated, text, language) -> None:
    assert [d for _, _, d in dated(text, language)] == [None]


def test_guard_a_decision_keeps_its_own_date_beside_a_period(dated) -> None:
    text = ("On 6 January 2022, the CNIL fined Google for cookies it placed between March 2020 "
            "and June 2021.")
    assert dated(text, "en") == [("fine", "google", "2022-01-06")]
