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


# --- second probe: a time apart, coordinated verbs, leading phrases, announced participles ----

@pytest.mark.parametrize(("text", "expected"), [
    ("The FTC sued Amazon on Monday, a year after the agency opened an investigation into the "
     "company.", [("lawsuit", "amazon", "2024-05-20"), ("investigation", "amazon", None)]),
    ("Ofcom fined 4chan £20,000 on 13 May and opened an investigation into Kick on 20 May.",
     [("fine", "4chan", "2024-05-13"), ("investigation", "kick", "2024-05-20")]),
    ("Having opened an investigation into Kick on 13 May, Ofcom fined it £50,000 on Tuesday.",
     [("fine", "kick", "2024-05-21"), ("investigation", "kick", "2024-05-13")]),
    ("The fine announced on Monday was imposed by the CNIL on Google on 14 May.",
     [("fine", "google", "2024-05-14")]),
    ("The ICO on Monday announced a £12.7 million fine against TikTok, issued on 4 April.",
     [("fine", "tiktok", "2024-04-04")]),
])
def test_regression_second_probe_each_step_takes_its_own_day(steps, text, expected) -> None:
    assert steps(text, "en") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Irish Data Protection Commission said on Friday that it had fined TikTok €345 million "
     "on 1 September.", "en", [("fine", "tiktok", "2023-09-01")]),
    ("The CNIL, which had fined Google €150 million in December 2021, on Tuesday fined "
     "Microsoft €60 million.", "en",
     [("fine", "google", "2021-12"), ("fine", "microsoft", "2024-05-21")]),
    ("Ofcom on Tuesday fined 4chan £20,000, two months after it opened an investigation into "
     "the forum.", "en", [("fine", "4chan", "2024-05-21"), ("investigation", "4chan", None)]),
    ("A week after opening an investigation into X, the Commission on Tuesday sent the company "
     "preliminary findings.", "en", [("investigation", "x", "2024-05-21")]),
    ("Ofcom fined 4chan £20,000 on 13 May, and on 20 May it opened an investigation into Kick.",
     "en", [("fine", "4chan", "2024-05-13"), ("investigation", "kick", "2024-05-20")]),
    ("On 2 May, the CNIL fined Google and then ordered Facebook to comply.", "en",
     [("fine", "google", "2024-05-02"), ("order", "facebook", "2024-05-02")]),
    ("Le 2 mai, la CNIL a infligé une amende à Google, puis a mis en demeure Facebook.", "fr",
     [("fine", "google", "2024-05-02"), ("order", "facebook", "2024-05-02")]),
    ("Après avoir ouvert une enquête en janvier, la CNIL a infligé mardi une amende de 5 "
     "millions d'euros à Google.", "fr",
     [("fine", "google", "2024-05-21"), ("investigation", "google", "2024-01")]),
    ("La CNIL a infligé mardi une amende de 5 millions d'euros à Google, qui avait été mise en "
     "demeure le 3 mars.", "fr", [("fine", "google", "2024-05-21")]),
    ("Le 14 mai, la Commission a ouvert une procédure contre Meta et, le 16 mai, elle a adressé "
     "une demande d'informations à TikTok.", "fr",
     [("investigation", "meta", "2024-05-14"), ("request_for_information", "tiktok",
                                                "2024-05-16")]),
    ("The ICO announced on Monday that it had fined TikTok £12.7 million.", "en",
     [("fine", "tiktok", "2024-05-20")]),
])
def test_guard_second_probe_dates_stay_right(steps, text, language, expected) -> None:
    assert steps(text, language) == expected


# --- third probe: a decision's publication day is not the day it was taken -----------------

@pytest.mark.parametrize(("text", "language"), [
    ("Dans une décision du 14 mai, publiée lundi, la CNIL a infligé une amende de 50 millions "
     "d'euros à Google.", "fr"),
    ("In a decision dated 14 May and published on Monday, the CNIL fined Google €50 million.",
     "en"),
])
def test_regression_the_day_a_decision_was_published_does_not_date_it(
        steps, text, language) -> None:
    assert steps(text, language) == [("fine", "google", "2024-05-14")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The CNIL fined Google €50 million on 14 May. The decision was published on Monday.", "en",
     [("fine", "google", "2024-05-14")]),
    ("The decision of 14 May, in which the CNIL fined Google €50 million, was published on "
     "Monday.", "en", [("fine", "google", "2024-05-14")]),
    ("La CNIL a sanctionné Google le 14 mai. La décision a été publiée lundi.", "fr",
     [("sanction", "google", "2024-05-14")]),
    ("Lundi, la CNIL a annoncé avoir mis en demeure Google le 14 mai.", "fr",
     [("order", "google", "2024-05-14")]),
    ("The Garante on Monday confirmed it had fined OpenAI €15 million on 20 December.", "en",
     [("fine", "openai", "2023-12-20")]),
    ("Last year the Commission opened proceedings against Meta. On Tuesday, it fined Meta "
     "€200 million.", "en", [("investigation", "meta", "2023"), ("fine", "meta", "2024-05-21")]),
    ("In 2022, the CNIL fined Google €150 million over cookies. Today the CNIL fined Google "
     "€50 million.", "en", [("fine", "google", "2022"), ("fine", "google", "2024-05-22")]),
])
def test_guard_third_probe_dates_stay_right(steps, text, language, expected) -> None:
    assert steps(text, language) == expected
