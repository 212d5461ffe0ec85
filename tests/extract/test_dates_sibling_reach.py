"""How far a decision dated earlier in a text dates an undated sibling step (issue 3, point 5):
never a later step recalled beside an old decision. A wrong date is worse than none.

Every text is invented for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 22)


@pytest.fixture
def steps(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("On 31 December 2021 the CNIL adopted two sanctions against Google and Facebook over "
     "cookies.\n\nThe CNIL orders Google to stop tracking users.", "en",
     ("order", "google", None)),
    ("On 31 December 2021 the CNIL adopted two sanctions against Google and Facebook over "
     "cookies.\n\nThree years later, the CNIL has ordered Google to delete the data within "
     "three months.", "en", ("order", "google", None)),
    ("On 10 March 2022 the Commission adopted two decisions concerning Apple and Meta under the "
     "Digital Markets Act.\n\nThe Commission found that the pay or consent model breached the "
     "DMA.\n\nMeta has been fined €200 million by the Commission.", "en",
     ("fine", "meta", None)),
])
def test_regression_a_decision_years_before_publication_dates_no_sibling(
        steps, text, language, expected) -> None:
    assert steps(text, language)[-1] == expected


def test_regression_a_step_told_as_later_takes_no_sibling_day(steps) -> None:
    text = ("On 6 May 2024 the CNIL adopted two sanctions against Google and Facebook.\n\n"
            "Subsequently, the CNIL ordered Google to delete the data.")
    assert steps(text, "en")[-1] == ("order", "google", None)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("On 10 May 2024 the Commission adopted two decisions concerning Apple and Meta under the "
     "Digital Markets Act.\n\nThe Commission found that the pay or consent model breached the "
     "DMA.\n\nMeta has been fined €200 million by the Commission.", "en",
     ("fine", "meta", "2024-05-10")),
    ("Le 6 mai 2024, la CNIL a prononcé deux sanctions à l'encontre de Google et de Facebook."
     "\n\nLa CNIL a, par ailleurs, infligé à Google une amende de 150 millions d'euros.", "fr",
     ("fine", "google", "2024-05-06")),
    ("On 14 March 2023 the Commission opened proceedings against Temu.\n\nThe proceedings the "
     "Commission has opened against Temu concern illegal products.", "en",
     ("investigation", "temu", "2023-03-14")),
])
def test_guard_a_recent_decision_still_dates_its_sibling(steps, text, language,
                                                         expected) -> None:
    assert steps(text, language)[-1] == expected
