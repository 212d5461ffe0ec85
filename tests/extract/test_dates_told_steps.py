"""Steps a sentence tells with their day before the next sentences name them
(`regkg.extract.told_steps`, issue 3, guideline 6): decisions told by their count, an
authority acting on a company. Never a step on another company, nor one told as background.

Every text is invented for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 21)  # a Tuesday


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission acted today against TikTok. The Commission opened formal "
     "proceedings against TikTok under the Digital Services Act.", "en",
     [("investigation", "tiktok", "2024-05-21")]),
    ("The European Commission took action today against TikTok. Meta said it would appeal. The "
     "Commission opened formal proceedings against TikTok under the Digital Services Act.", "en",
     [("investigation", "tiktok", "2024-05-21")]),
    ("Ce mardi, l'Arcom a pris des mesures contre le site Pornovore. L'Arcom a mis en demeure "
     "Pornovore de mettre en place une vérification de l'âge.", "fr",
     [("order", "pornovore", "2024-05-21")]),
])
def test_regression_an_authority_acting_on_a_company_dates_its_steps_that_follow(
        dated, text, language, expected) -> None:
    assert dated(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    # another company
    ("The European Commission acted today against TikTok. The Commission opened formal "
     "proceedings against Meta under the Digital Services Act.", "en"),
    # background
    ("The European Commission acted today against TikTok. The Commission had opened formal "
     "proceedings against TikTok under the Digital Services Act.", "en"),
    # a sentence with a date of its own in between
    ("The European Commission acted today against TikTok. In 2023 it sent TikTok questions. "
     "The Commission opened formal proceedings against TikTok under the Digital Services Act.",
     "en"),
])
def test_steps_on_another_company_in_the_background_or_past_another_date_stay_undated(
        dated, text, language) -> None:
    assert dated(text, language)[-1][2] is None


def test_decisions_told_by_count_do_not_date_a_step_told_as_background(dated) -> None:
    text = ("Today, the European Commission adopted two decisions. In the past, Apple has been "
            "fined €500 million.")
    assert dated(text, "en") == [("fine", "apple", None)]


def test_acts_as_a_noun_tells_no_step(dated) -> None:
    text = ("Today, the European Commission adopted two delegated acts under the Digital Services "
            "Act. The Commission has opened formal proceedings against Meta.")
    assert dated(text, "en") == [("investigation", "meta", None)]
