"""Two dates and two steps in one sentence (issue 3, point 5): each step takes the date of its
own clause, never its neighbour's. A wrong date is worse than none.

Every sentence is invented for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 22)  # a Wednesday: Monday is 20 May, Tuesday 21 May, Friday 17 May


@pytest.fixture
def steps(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("On Monday, the European Commission opened formal proceedings against Meta, and on "
     "Tuesday it sent a request for information to TikTok.", "en",
     [("investigation", "meta", "2024-05-20"), ("request_for_information", "tiktok",
                                                "2024-05-21")]),
    ("Lundi, l'Arcom a mis en demeure X, puis mardi elle a saisi le Conseil d'État contre "
     "TikTok.", "fr", [("order", "x", "2024-05-20"), ("lawsuit", "tiktok", "2024-05-21")]),
])
def test_regression_a_date_after_and_or_puis_dates_the_next_clause(
        steps, text, language, expected) -> None:
    assert steps(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission fined Meta €200 million on 3 May 2024, after opening an "
     "investigation into the company in January.", "en",
     [("fine", "meta", "2024-05-03"), ("investigation", "meta", "2024-01")]),
])
def test_regression_a_step_after_after_takes_the_date_of_its_own_phrase(
        steps, text, language, expected) -> None:
    assert steps(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La CNIL a annoncé lundi l'amende prononcée le 14 mai contre Google.", "fr",
     [("fine", "google", "2024-05-14")]),
    ("La CNIL a annoncé lundi l'amende de 10 millions d'euros prononcée le 14 mai contre "
     "Google.", "fr", [("fine", "google", "2024-05-14")]),
])
def test_regression_a_step_noun_with_its_own_participle_takes_its_date(
        steps, text, language, expected) -> None:
    assert steps(text, language) == expected


def test_regression_a_date_after_first_reported_dates_the_report(steps) -> None:
    text = ("The fine, first reported on Friday, was imposed on Meta by the Irish Data "
            "Protection Commission on 2 May.")
    assert steps(text, "en") == [("fine", "meta", "2024-05-02")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("On Monday, the Commission opened proceedings against Meta, and on Tuesday it sent a "
     "request for information to TikTok.", "en",
     [("investigation", "meta", "2024-05-20"), ("request_for_information", "tiktok",
                                                "2024-05-21")]),
    ("The European Commission fined Meta €200 million on 3 March, after opening a probe in "
     "January.", "en", [("fine", "meta", "2024-03-03")]),
    ("In 2022, the CNIL had already fined Google €150 million over cookies.\nOn Tuesday, the "
     "CNIL fined Google €50 million for displaying ads in Gmail.", "en",
     [("fine", "google", "2022"), ("fine", "google", "2024-05-21")]),
    ("En 2022, la CNIL avait déjà infligé une amende de 150 millions d'euros à Google.\nMardi, "
     "la CNIL a infligé une amende de 50 millions d'euros à Google.", "fr",
     [("fine", "google", "2022"), ("fine", "google", "2024-05-21")]),
    ("On Monday, Ofcom opened an investigation into 4chan. On Tuesday it fined the company "
     "£20,000.", "en", [("investigation", "4chan", "2024-05-20"), ("fine", "4chan", "2024-05-21")]),
    ("La Commission européenne a infligé mardi une amende de 500 millions d'euros à Apple, "
     "après avoir ouvert une enquête en juin 2022.", "fr", [("fine", "apple", "2024-05-21")]),
    ("Ofcom fined 4chan £20,000 on Tuesday, having opened its investigation on 10 June 2023.",
     "en", [("fine", "4chan", "2024-05-21")]),
    ("The European Commission fined Apple €1.8 billion on 4 March 2024.\nOn 25 March 2024, the "
     "Commission opened proceedings against Apple under the Digital Markets Act.", "en",
     [("fine", "apple", "2024-03-04"), ("investigation", "apple", "2024-03-25")]),
])
def test_guard_each_step_keeps_the_date_of_its_own_clause(steps, text, language,
                                                           expected) -> None:
    assert steps(text, language) == expected
