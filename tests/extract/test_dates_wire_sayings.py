"""Dates of steps a wire or newspaper lead reports said with no day of its own (issue 3, D9,
guideline 6: "a dateline in the text dates the findings it announces").

"PARIS, Feb 28 (AFP) - The CNIL said it had fined Apple" reports the announcement the day the
wire was written: the reported pluperfect is the backshift of the release's "has fined", which
the release's dateline dates. Every text is invented in the style of wires and newspapers; each
was written with its expected date before the rules were run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday: Tuesday is 28 February


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("PARIS, Feb 28 (AFP) - France's data protection watchdog CNIL said it had fined Apple 8 "
     "million euros over targeted advertising.", "en", ("fine", "apple", "2023-02-28")),
    ("LONDON, Feb 28 (Reuters) - Britain's competition regulator said it had opened an "
     "investigation into Microsoft's cloud business.", "en",
     ("investigation", "microsoft", "2023-02-28")),
    ("PARIS, Feb 28 (AFP) - La CNIL a annoncé avoir infligé une amende de 8 millions d'euros "
     "à Apple.", "fr", ("fine", "apple", "2023-02-28")),
    ("ROME, 28 février 2023 (ANSA) - La Garante a indiqué qu'elle avait infligé une amende de "
     "20 millions d'euros à Clearview AI.", "fr", ("fine", "clearview-ai", "2023-02-28")),
])
def test_regression_a_dayless_saying_under_a_dateline_takes_its_day(
        dated, text, language, expected) -> None:
    assert expected in dated(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the saying names its own day: that day, not the dateline's
    ("PARIS, Feb 28 (AFP) - The CNIL said on Monday it had fined Apple 8 million euros.", "en",
     ("fine", "apple", "2023-02-27")),
    # an older step the lead recalls keeps no day
    ("PARIS, Feb 28 (AFP) - The CNIL said it had already fined Apple 8 million euros.", "en",
     ("fine", "apple", None)),
    # the company tells of its own fine: when it came to light, not when the body acted
    ("DUBLIN, Feb 28 (Reuters) - TikTok said it had been fined 345 million euros by Ireland's "
     "Data Protection Commission.", "en", ("fine", "tiktok", None)),
])
def test_guard_a_dateline_dates_only_the_sayers_dayless_step(dated, text, language,
                                                             expected) -> None:
    assert expected in dated(text, language)


def test_regression_a_statement_released_on_a_day_dates_the_step_it_reports(dated) -> None:
    text = "The CNIL said in a statement released Tuesday that it had fined Yahoo €10 million."
    assert dated(text, "en") == [("fine", "yahoo", "2023-02-28")]
