"""Dates of whole actions on invented release and news sentences (issue 3): the dateline as the
anchor of the whole text, dates that belong to another event, headlines and repeats.

Every text is written for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 20)  # a copy published a few days after the release


@pytest.fixture
def dates_of(extractor, article_of):
    def run(text: str, language: str, title: str | None = None) -> list[tuple[str, str | None]]:
        article = article_of(text, language, published=PUBLISHED, title=title)
        return [(a.type, a.date.iso() if a.date else None)
                for a in extractor.extract(article).actions]
    return run


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("BRUSSELS, 16 May 2024 — The Commission welcomed the report.\n\nThe European Commission "
     "today opened formal proceedings against Meta under the Digital Services Act.", "en",
     [("investigation", "2024-05-16")]),
    ("Paris, le 16 mai 2024 – La CNIL publie son rapport annuel.\n\nAujourd'hui, la CNIL a "
     "prononcé une sanction de 10 millions d'euros à l'encontre de Google.", "fr",
     [("fine", "2024-05-16")]),
])
def test_regression_the_dateline_anchors_today_in_later_sentences(
        dates_of, text, language, expected) -> None:
    assert dates_of(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Regulator fines Meta\n\n16 May 2024\n\nThe European Commission has fined Meta €100 "
     "million for breaching the Digital Markets Act.", "en", [("fine", "2024-05-16")]),
    ("Sanction contre Google\n\n16 mai 2024\n\nLa CNIL a prononcé une sanction de 10 millions "
     "d'euros à l'encontre de Google.", "fr", [("fine", "2024-05-16")]),
])
def test_regression_a_date_line_of_its_own_dates_the_lead_sentence(
        dates_of, text, language, expected) -> None:
    assert dates_of(text, language) == expected


def test_a_date_line_dates_the_writers_step_the_release_goes_on_announcing(dates_of) -> None:
    """Policy changed (issue 3, held-out misses): a release's later paragraph that goes on with
    the writer's step in the present perfect is the day's announcement (was: undated)."""
    text = ("16 May 2024\n\nThe Commission published its report.\n\nThe European Commission "
            "has opened formal proceedings against Meta.")
    assert dates_of(text, "en") == [("investigation", "2024-05-16")]


def test_a_date_line_does_not_date_a_step_told_after_another_time(dates_of) -> None:
    text = ("16 May 2024\n\nThe Commission published its report.\n\nIn March, the Commission "
            "met the platforms.\n\nThe European Commission has opened formal proceedings "
            "against Meta.")
    assert dates_of(text, "en") == [("investigation", None)]


def test_a_step_reported_after_a_colon_takes_neither_the_date_before_nor_the_date_line(
        dates_of) -> None:
    text = ("Luxembourg, le 17 mai 2024.\n\nL'entreprise l'a révélé dans un document remis "
            "jeudi aux autorités : la CNIL a infligé une amende de 5 millions d'euros à Google.")
    assert dates_of(text, "fr") == [("fine", None)]


@pytest.mark.parametrize(("text", "language"), [
    ("The European Commission found that Meta breached the Digital Markets Act between March "
     "2023 and June 2024.", "en"),
    ("La CNIL a ouvert une enquête sur Google à la suite d'une plainte déposée en mai 2023.",
     "fr"),
    ("The European Commission opened proceedings against Meta following the complaint of 3 "
     "March.", "en"),
    ("The European Commission has opened formal proceedings against Meta under the Digital "
     "Services Act, in force since 17 February 2024.", "en"),
    ("The European Commission has opened proceedings against Meta.", "en"),
    ("La CNIL a ouvert une procédure à l'encontre de Google.", "fr"),
])
def test_regression_a_date_of_another_event_does_not_date_the_step(
        dates_of, text, language) -> None:
    assert [date for _, date in dates_of(text, language)] == [None]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission fined Meta in December 2023.", "en", "2023-12"),
    ("La CNIL a sanctionné Google en mars.", "fr", "2024-03"),
    ("Earlier this year the European Commission opened proceedings against Meta.", "en", "2024"),
    ("L'an dernier, la CNIL a sanctionné Google.", "fr", "2023"),
    ("The European Commission had opened proceedings against Meta on 3 March 2023.", "en",
     "2023-03-03"),
    ("Après une plainte, la CNIL avait ouvert une enquête sur Google le 3 mars 2023.", "fr",
     "2023-03-03"),
])
def test_month_year_and_pluperfect_dates_keep_their_precision(
        dates_of, text, language, expected) -> None:
    assert [date for _, date in dates_of(text, language)] == [expected]


def test_regression_a_weekday_in_the_dateline_sentence_beats_the_dateline(dates_of) -> None:
    text = ("PARIS, 18 May 2024 — The European Commission fined Meta, the owner of Facebook and "
            "Instagram, €100 million on Friday for breaching the Digital Markets Act.")
    assert dates_of(text, "en") == [("fine", "2024-05-17")]


@pytest.mark.parametrize(("text", "language", "title", "expected"), [
    ("Commission fines Meta over pay or consent\n\nBRUSSELS, 16 May 2024 — The European "
     "Commission today found that Meta breached the Digital Markets Act.", "en",
     "Commission fines Meta over pay or consent",
     [("fine", "2024-05-16"), ("investigation", "2024-05-16")]),
    ("La CNIL sanctionne Google\n\n17 mai 2024\n\nLe 15 mai 2024, la formation restreinte a "
     "relevé plusieurs manquements.", "fr", "La CNIL sanctionne Google",
     [("sanction", "2024-05-15")]),
])
def test_regression_a_headline_step_takes_the_date_its_lead_gives(
        dates_of, text, language, title, expected) -> None:
    assert dates_of(text, language, title=title) == expected


def test_a_headline_step_is_not_dated_by_a_bare_dateline(dates_of) -> None:
    """"said on Friday it had fined": the lead says when it was said, not when it fined."""
    text = ("Commission fines Meta over pay or consent\n\nBRUSSELS, 16 May 2024 — A spokesperson "
            "said the decision would be published soon.")
    assert dates_of(text, "en", title="Commission fines Meta over pay or consent") == [
        ("fine", None)]


def test_regression_a_headline_restated_by_another_actor_of_the_same_jurisdiction_is_dropped(
        extractor, article_of) -> None:
    title = "Texas sues Meta over facial recognition"
    text = (f"{title}\n\nAUSTIN, 16 May 2024 — The Texas Attorney General sued Meta on "
            "Tuesday over its use of facial recognition.")
    actions = extractor.extract(article_of(text, "en", PUBLISHED, title)).actions
    assert [(a.type, a.date.iso() if a.date else None) for a in actions] == [
        ("lawsuit", "2024-05-14")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("On 3 May 2024 the European Commission fined Meta €100 million.\n\nIn the same decision, "
     "the European Commission orders Meta to stop the practice within 60 days.", "en",
     [("fine", "2024-05-03"), ("order", "2024-05-03")]),
    ("Le 3 mai 2024, la CNIL a infligé une amende de 5 millions d'euros à Google.\n\nDans la "
     "même décision, la CNIL enjoint à Google de cesser ces pratiques dans un délai de trois "
     "mois.", "fr", [("fine", "2024-05-03"), ("order", "2024-05-03")]),
])
def test_regression_the_same_decision_keeps_its_date(dates_of, text, language, expected) -> None:
    assert dates_of(text, language) == expected


def test_the_same_decision_is_not_dated_by_an_earlier_investigation(dates_of) -> None:
    text = ("The European Commission opened proceedings against Meta in March 2023.\n\nThe "
            "decision also orders Meta to stop the practice within 60 days.")
    assert dates_of(text, "en") == [("investigation", "2023-03"), ("order", None)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission said on Friday it had fined Meta €100 million.", "en",
     "2024-05-17"),
    ("BRUSSELS, 16 May 2024 — The European Commission said on Thursday it had fined Meta €100 "
     "million.", "en", "2024-05-16"),
    ("La CNIL a indiqué jeudi qu'elle avait infligé une amende de 5 millions d'euros à Google.",
     "fr", "2024-05-16"),
    ("La CNIL a indiqué jeudi avoir infligé une amende de 5 millions d'euros à Google.", "fr",
     "2024-05-16"),
])
def test_regression_the_day_an_authority_says_it_had_acted_dates_the_step(
        dates_of, text, language, expected) -> None:
    """Reported speech backshifts the announcement's "has fined": the authority's saying on
    a day is the dateline of its own announcement (guideline 6; announced_dates)."""
    assert [date for _, date in dates_of(text, language)] == [expected]


@pytest.mark.parametrize(("text", "language"), [
    # the company, not the authority, says it: when the step came to light
    ("Meta said on Friday it had been fined €100 million by the European Commission.", "en"),
    ("Google a indiqué jeudi avoir été sanctionné par la CNIL d'une amende de 5 millions "
     "d'euros.", "fr"),
    # a body confirming another's step tells when it came to light (session 13: the actor
    # confirming its own act, "confirmed on Friday it had fined", dates it when the text
    # gives no other day: test_s13_dates_carried)
    ("The Irish DPC confirmed on Friday that the European Commission had fined Meta €100 "
     "million.", "en"),
    # told as background
    ("The European Commission said on Friday it had already fined Meta €100 million.", "en"),
    ("The European Commission said on Friday it had in the past fined Meta €100 million.",
     "en"),
    ("La CNIL a indiqué jeudi avoir déjà sanctionné Google d'une amende de 5 millions "
     "d'euros.", "fr"),
])
def test_guard_a_day_said_by_another_or_of_background_does_not_date_the_step(
        dates_of, text, language) -> None:
    assert [date for _, date in dates_of(text, language)] == [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Commission said on Friday it fined Meta €100 million.", "2024-05-17"),
    ("The European Commission had fined Meta €100 million on 3 May 2024, it said on Friday.",
     "2024-05-03"),
])
def test_a_simple_past_or_a_pluperfect_with_its_own_day_keeps_its_date(
        dates_of, text, expected) -> None:
    assert [date for _, date in dates_of(text, "en")] == [expected]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Selon un document boursier, la CNIL a infligé une amende de 5 millions d'euros à Google. "
     "La décision, datée du 7 mai, vise la filiale irlandaise du groupe.", "fr",
     [("fine", "2024-05-07")]),
    ("The European Commission has fined Meta €100 million, according to a filing. The decision, "
     "dated 7 May 2024, covers the pay or consent model.", "en", [("fine", "2024-05-07")]),
])
def test_regression_a_decision_dated_in_the_next_sentence_dates_the_step(
        dates_of, text, language, expected) -> None:
    assert dates_of(text, language) == expected


def test_a_decision_date_far_away_or_for_an_investigation_dates_nothing(dates_of) -> None:
    text = ("The European Commission has opened proceedings against Meta.\n\nThe European "
            "Commission has fined Apple €100 million.\n\nMeta said it would cooperate.\n\nA "
            "court upheld an older ruling of 7 May 2019 on a different matter.")
    assert dates_of(text, "en") == [("investigation", None), ("fine", None)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission has sent a request for information to Meta under the Digital "
     "Services Act, which entered into force on 16 November 2022.", "en", None),
    ("La Commission européenne a ouvert une procédure formelle contre Meta, qui avait été "
     "désignée le 6 septembre 2023.", "fr", None),
    ("On 12 March 2024 the European Commission fined Meta, which said it would appeal.", "en",
     "2024-03-12"),
    ("Le 12 mars 2024, la CNIL a sanctionné Google, qui a annoncé faire appel.", "fr",
     "2024-03-12"),
])
def test_regression_a_relative_clause_to_the_sentence_end_dates_its_own_verb(
        dates_of, text, language, expected) -> None:
    assert [date for _, date in dates_of(text, language)] == [expected]


@pytest.mark.parametrize(("text", "language"), [
    ("According to a report published on Friday, the European Commission has fined Apple "
     "€1.8 billion.", "en"),
    ("Selon un rapport publié vendredi, la Commission a infligé une amende de 1,8 milliard "
     "d'euros à Apple.", "fr"),
])
def test_regression_a_document_s_date_does_not_date_the_step(
        dates_of, text, language) -> None:
    assert [date for _, date in dates_of(text, language)] == [None]


def test_a_step_with_its_own_day_beside_a_dated_complaint_keeps_it(dates_of) -> None:
    text = ("Following a complaint filed in 2019, the European Commission fined Apple €1.8 "
            "billion on 4 March 2024.")
    assert [date for _, date in dates_of(text, "en")] == ["2024-03-04"]


def test_a_letter_that_is_the_step_keeps_its_date(dates_of) -> None:
    text = "In a letter sent on 3 May, the European Commission asked Meta for information."
    assert [date for _, date in dates_of(text, "en")] == ["2024-05-03"]


def test_a_headline_step_is_not_dated_by_a_lead_about_someone_else(dates_of) -> None:
    title = "Commission fines Meta over pay or consent"
    text = f"{title}\n\nOn 3 May 2024, Meta announced changes to its advertising model."
    assert dates_of(text, "en", title=title) == [("fine", None)]


def test_regression_the_same_decision_takes_the_lead_s_date(dates_of) -> None:
    text = ("Le 2 mai 2024, la CNIL a adopté une délibération concernant plusieurs sociétés.\n\n"
            "Dans la même décision, la CNIL enjoint à Google de cesser ces pratiques dans un délai "
            "de trois mois.")
    assert dates_of(text, "fr") == [("order", "2024-05-02")]
