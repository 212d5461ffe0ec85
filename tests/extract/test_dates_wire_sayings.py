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


# --- a lead's undated step and its actor's saying on a day in the next sentence ------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("TikTok has been fined £1.875 million by Ofcom after giving the regulator wrong "
     "information. Ofcom said on Tuesday that the company had breached its legal duties by "
     "failing to answer a request issued last year.", "en", ("fine", "tiktok", "2023-02-28")),
    ("The CNIL has fined Yahoo €10 million over cookies. The regulator said on Monday that the "
     "site had ignored users' refusals.", "en", ("fine", "yahoo", "2023-02-27")),
    ("Yahoo a été condamné à une amende de 10 millions d'euros par la CNIL pour des cookies. La "
     "CNIL a indiqué mardi que le site ne respectait pas le refus des internautes.", "fr",
     ("fine", "yahoo", "2023-02-28")),
])
def test_regression_a_leads_undated_step_takes_the_day_its_actor_says_next(
        dated, text, language, expected) -> None:
    assert expected in dated(text, language)


@pytest.mark.parametrize(("text", "expected"), [
    # the company speaks, not the body
    ("Ofcom has fined TikTok £1.875 million. The company said on Tuesday that it had fixed the "
     "fault.", ("fine", "tiktok", None)),
    ("TikTok has been fined £1.875 million by Ofcom. TikTok said on Tuesday that it would "
     "appeal.", ("fine", "tiktok", None)),
    # background told in the lead
    ("The CNIL had already fined Yahoo €10 million over cookies. The regulator said on Monday "
     "that the site still ignored users' refusals.", ("fine", "yahoo", None)),
    # the next sentence tells two days: which one was said is not known
    ("The CNIL has fined Yahoo €10 million over cookies. The regulator said on Monday that the "
     "site had ignored refusals since 3 February 2023.", ("fine", "yahoo", None)),
])
def test_guard_a_next_sentence_saying_dates_only_its_sayers_lead_step(
        dated, text, expected) -> None:
    assert expected in dated(text, "en")
