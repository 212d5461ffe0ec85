"""Days of steps an authority announces (issue 3, D5, guideline 6): "said on Tuesday it had
fined" (announced_dates), a saying that closes the sentence past a colon, decisions made public
on a day and named after, steps told to an unnamed group and named in the next sentence
(told_steps), and a relative day inside a quotation that dates nothing (quoted_dates).

Every text is invented for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.quoted_dates import within_quotation

PUBLISHED = dt.date(2024, 5, 21)  # a Tuesday: Monday is 20 May


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language"), [
    ("La CNIL a ouvert une enquête sur Temu : elle soupçonne la plateforme de collecter trop de "
     "données, a-t-elle annoncé lundi.", "fr"),
    ("The CMA has opened an investigation into Temu: it suspects the marketplace of misleading "
     "shoppers, the regulator said on Monday.", "en"),
    ("The CMA has opened an investigation into Temu: it suspects the marketplace of misleading "
     "shoppers, a CMA spokesperson said on Monday.", "en"),
])
def test_regression_a_closing_saying_on_a_day_dates_the_step_past_a_colon(
        dated, text, language) -> None:
    assert dated(text, language) == [("investigation", "temu", "2024-05-20")]


@pytest.mark.parametrize(("text", "language"), [
    ("La CNIL a ouvert une enquête sur Temu : elle soupçonne la plateforme de collecter trop de "
     "données, a indiqué lundi la société Temu.", "fr"),
    ("La CNIL a ouvert une enquête sur Temu : elle soupçonne la plateforme de collecter trop de "
     "données, a indiqué lundi une source proche du dossier.", "fr"),
    ("The CMA has opened an investigation into Temu: it suspects the marketplace of misleading "
     "shoppers, sources said on Monday.", "en"),
])
def test_guard_a_closing_saying_by_another_does_not_date_the_step(
        dated, text, language) -> None:
    assert dated(text, language) == [("investigation", "temu", None)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La CNIL a rendu publiques, lundi 20 mai, deux décisions visant Google et Shein. Google est "
     "sanctionné d'une amende de 325 millions d'euros. Outre l'amende, la CNIL a enjoint à Google "
     "de se mettre en conformité dans un délai de six mois.", "fr",
     [("fine", "google", "2024-05-20"), ("order", "google", "2024-05-20")]),
    ("The CNIL published two decisions on Monday against Google and Shein. Google was fined "
     "€325 million.", "en", [("fine", "google", "2024-05-20")]),
])
def test_regression_decisions_made_public_on_a_day_date_the_steps_named_after(
        dated, text, language, expected) -> None:
    """The day the authority made its decisions public is the day guideline 6 gives a release's
    steps; the measure "Outre l'amende" follows the fine so dated."""
    assert dated(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("eSafety has today issued legal notices to four AI companion providers. The notices went "
     "to the operators of Character.AI and Chub AI.", "en",
     [("request_for_information", "character-ai", "2024-05-21"),
      ("request_for_information", "chub-ai", "2024-05-21")]),
])
def test_regression_steps_told_to_an_unnamed_group_take_the_day_when_named_after(
        dated, text, language, expected) -> None:
    assert dated(text, language) == expected


def test_regression_today_inside_a_quotation_does_not_date_a_measure_a_day_later(dated) -> None:
    """"La décision d'aujourd'hui" is the speaker's day, not the report's (published the next
    day): it must not date the order."""
    text = ("La Commission européenne somme X de corriger sa coche bleue sous 60 jours ouvrables. "
            "« La décision d'aujourd'hui montre que nos règles s'appliquent à tous », a déclaré "
            "Henna Virkkunen.")
    assert dated(text, "fr") == [("order", "x", None)]


@pytest.mark.parametrize(("text", "position", "inside"), [
    ("« La décision d'aujourd'hui », a-t-elle dit.", 14, True),
    ("« Oui », a-t-elle dit aujourd'hui.", 22, False),
    ('"Today\'s decision shows it," she said today.', 1, True),
    ('"Yes," she said today.', 16, False),
    ("“Today’s decision”, she said.", 1, True),
])
def test_within_quotation(text, position, inside) -> None:
    assert within_quotation(text, position) is inside


# --- a lead's decision and its measures, dated by the next sentence's order -----------------

@pytest.mark.parametrize("order_text", [
    "In an order issued on Monday, the watchdog also directed WhatsApp not to share user data "
    "with other Meta companies.",
    # how long the order binds is no running step ("has been investigating ... for two years")
    "In an order issued on Monday, the watchdog also directed WhatsApp not to share user data "
    "with other Meta companies for five years.",
])
def test_regression_a_leads_decision_takes_the_day_of_the_order_that_also_directs(
        dated, order_text) -> None:
    text = ("The Competition Commission of India has penalised Meta Platforms 213 crore rupees "
            f"over WhatsApp's privacy policy update.\n{order_text}")
    assert dated(text, "en") == [("fine", "meta", "2024-05-20"),
                                 ("order", "whatsapp", "2024-05-20")]


def test_regression_in_the_same_order_takes_the_day_of_the_order_told_just_before(dated) -> None:
    """The lead's fine is not dated without "also" (another measure may be of another
    decision), but "In the same order" names the order of the sentence before."""
    text = ("The Competition Commission of India has penalised Meta Platforms 213 crore rupees "
            "over WhatsApp's privacy policy update.\nIn an order issued on Monday, the watchdog "
            "directed WhatsApp not to share user data with other Meta companies.\nIn the same "
            "order, the commission told Meta to cease and desist from the unfair conditions.")
    assert dated(text, "en") == [("fine", "meta", None), ("order", "whatsapp", "2024-05-20"),
                                 ("order", "meta", "2024-05-20")]


# --- a date opening the sentence reaches its coordinated clauses (opening_dates) ------------

@pytest.mark.parametrize(("text", "language"), [
    ("En mars 2021, l'Autorité de la concurrence avait rejeté la demande de mesures "
     "conservatoires, mais ouvert une enquête sur Apple.", "fr"),
    ("In March 2021, the French Competition Authority rejected the request for interim "
     "measures but opened an investigation into Apple.", "en"),
])
def test_regression_an_opening_date_dates_the_step_of_a_coordinated_clause(
        dated, text, language) -> None:
    assert dated(text, language) == [("investigation", "apple", "2021-03")]


@pytest.mark.parametrize(("text", "language"), [
    ("In March 2021, the French Competition Authority rejected the request for interim "
     "measures but has since opened an investigation into Apple.", "en"),
    ("En mars 2021, l'Autorité de la concurrence avait rejeté la demande de mesures "
     "conservatoires ; elle a ouvert une enquête sur Apple.", "fr"),
])
def test_guard_an_opening_date_does_not_reach_a_step_told_as_later(
        dated, text, language) -> None:
    assert dated(text, language) == [("investigation", "apple", None)]


# --- "le même jour que l'audience": the day the text gave the event (same_day_as) ------------

@pytest.mark.parametrize(("text", "language"), [
    ("L'audience s'est tenue lundi 20 mai devant le tribunal judiciaire de Paris. Le même jour "
     "que l'audience, la Commission européenne a adressé à Shein une demande formelle "
     "d'informations.", "fr"),
    ("The hearing was held on Monday 20 May in Paris. On the same day as the hearing, the "
     "European Commission sent Shein a request for information.", "en"),
])
def test_regression_a_step_on_the_same_day_as_a_dated_event_takes_its_day(
        dated, text, language) -> None:
    assert dated(text, language) == [("request_for_information", "shein", "2024-05-20")]


def test_guard_the_same_day_as_an_event_given_two_days_dates_nothing(dated) -> None:
    text = ("The hearing opened on 13 May and a second hearing was held on 20 May. On the same "
            "day as the hearing, the European Commission sent Shein a request for information.")
    assert dated(text, "en") == [("request_for_information", "shein", None)]


@pytest.mark.parametrize(("text", "language"), [
    ("In a statement on Monday, the ICO said it had fined TikTok £12.7 million.", "en"),
    ("The Irish Data Protection Commission said in a statement on Monday that it had fined "
     "TikTok €345 million.", "en"),
    ("Dans un communiqué publié lundi, la CNIL a indiqué avoir sanctionné Google d'une amende "
     "de 5 millions d'euros.", "fr"),
])
def test_regression_a_statement_on_a_day_dates_the_step_it_says_was_taken(
        dated, text, language) -> None:
    assert [date for _, _, date in dated(text, language)] == ["2024-05-20"]


def test_guard_a_day_before_another_sayer_is_not_the_authoritys_saying(dated) -> None:
    text = ("In a filing on Monday, Meta said it had been fined €100 million by the European "
            "Commission.")
    assert [date for _, _, date in dated(text, "en")] == [None]


def test_regression_a_dateline_after_washington_dc_dates_the_release(dated) -> None:
    """"D.C." ends no sentence (nlp.ABBREVIATIONS): the dateline's day stays with its lead."""
    text = ("WASHINGTON, D.C. (May 20, 2024) – The Federal Trade Commission has sued Amazon over "
            "Prime cancellations.")
    assert dated(text, "en") == [("lawsuit", "amazon", "2024-05-20")]


@pytest.mark.parametrize(("text", "language"), [
    ("The European Commission fined Apple €1.8 billion this week.", "en"),
    ("La Commission européenne a infligé cette semaine une amende de 1,8 milliard d'euros à "
     "Apple.", "fr"),
])
def test_convention_this_week_gives_no_date_in_the_gold_schema(
        extractor, article_of, text, language) -> None:
    """Decided for issue 3 (D5) by guideline 6: "this week" resolves to a week, which the
    schema cannot write; a month or a day would claim what the text does not say."""
    from regkg.extract.gold import to_gold

    extraction = extractor.extract(article_of(text, language, published=PUBLISHED))
    assert [a["date"] for a in to_gold(extraction, extractor.reference)["actions"]] == [None]
