"""A lead tells a step in words no rule reads ("Utah went to court against Snap Inc on
Monday"); the next sentence restates it by a definite noun ("The complaint, lodged in state
court by the Utah Division of Consumer Protection, ..."): the restatement takes the lead's day
(issue 3, D9, guideline 6; tests/sweep 801). Texts invented in the style of wires, each written
with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize("lead", [
    "SALT LAKE CITY, Feb 27 (Reuters) - Utah went to court against Snap Inc on Monday, "
    "accusing the app of harming children.",
    "Utah went to court against Snap Inc on Monday, after a warning issued on 3 February.",
])
def test_regression_a_restating_noun_after_the_lead_takes_the_leads_day(dated, lead) -> None:
    text = (f"{lead}\n\nThe complaint, lodged in state court by the Utah Division of Consumer "
            "Protection, alleges that Snap misled parents.")
    assert dated(text, "en") == [("lawsuit", "snap", "2023-02-27")]


def test_guard_a_restating_noun_further_on_takes_no_day(dated) -> None:
    text = ("Utah went to court against Snap Inc on Monday.\n\nParents have long complained "
            "about the app.\n\nThe complaint, lodged in state court by the Utah Division of "
            "Consumer Protection, alleges that Snap misled parents.")
    assert dated(text, "en") == [("lawsuit", "snap", None)]


def test_guard_a_restating_noun_after_a_lead_of_two_days_takes_none(dated) -> None:
    text = ("Utah went to court against Snap Inc on Monday over a feature launched on 3 "
            "February.\n\nThe complaint, lodged in state court by the Utah Division of Consumer "
            "Protection, alleges that Snap misled parents.")
    assert dated(text, "en") == [("lawsuit", "snap", None)]
