"""One step told against several targets, each with its own date: each target's action takes
the date right after its name (issue 3, D9, guideline 6). Before, every target took the first
date ("against Meta on 5 January 2022 and against TikTok on 10 March 2022" dated TikTok 5
January: a wrong fact). Texts invented in the style of explainers, each written with its
expected dates before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 1)


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Commission opened proceedings against Meta on 5 January 2022 and against TikTok on "
     "10 March 2022.", "en", {"meta": "2022-01-05", "tiktok": "2022-03-10"}),
    ("The CNIL fined Google on 6 January 2022 and Facebook on 10 February 2022.", "en",
     {"google": "2022-01-06", "facebook": "2022-02-10"}),
    ("The Commission opened proceedings against X in December 2023, against AliExpress in "
     "March 2024 and against Temu in October 2024.", "en",
     {"x": "2023-12", "aliexpress": "2024-03", "temu": "2024-10"}),
    ("La Commission a ouvert des procédures contre Meta en janvier 2022 puis contre TikTok en "
     "mars 2022.", "fr", {"meta": "2022-01", "tiktok": "2022-03"}),
    ("La CNIL a sanctionné Google le 31 décembre 2021 et Facebook le 6 janvier 2022.", "fr",
     {"google": "2021-12-31", "facebook": "2022-01-06"}),
])
def test_regression_each_target_takes_the_date_after_its_name(
        dated, text, language, expected) -> None:
    assert {target: day for _, target, day in dated(text, language)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one date after the last name: both
    ("The CNIL fined Google and Facebook on 6 January 2022.",
     {"google": "2022-01-06", "facebook": "2022-01-06"}),
    # a date inside an aside on one target is not its step's
    ("The Commission opened proceedings on 5 January 2022 against Meta, which was designated "
     "in September 2023, and TikTok.", {"meta": "2022-01-05"}),
])
def test_guard_targets_without_dates_of_their_own_share_the_steps(dated, text,
                                                                  expected) -> None:
    found = {target: day for _, target, day in dated(text, "en")}
    assert {target: found.get(target) for target in expected} == expected


# --- a further step counted from a dated one in the same sentence (few_days) ---------------

def test_regression_a_further_step_counted_in_the_same_sentence_takes_its_day(dated) -> None:
    text = ("NEW DELHI, Nov 18 - The Competition Commission of India (CCI) fined Meta 213.14 "
            "crore rupees on Monday. The penalty is the largest the CCI has levied on a "
            "technology company since it fined Google ₹1,337.76 crore on October 20, 2022, for "
            "abusing its position in Android, and another ₹936.44 crore five days later.")
    found = dated(text, "en", published=dt.date(2024, 11, 19))
    assert sorted(d for t, k, d in found if k == "google") == ["2022-10-20", "2022-10-25"]


def test_guard_a_counted_time_before_the_date_dates_nothing(dated) -> None:
    text = ("Five days later than planned, the CNIL fined Google €150 million on 6 January 2022 "
            "and Facebook €60 million.")
    assert ("fine", "facebook", "2022-01-11") not in dated(text, "en")
