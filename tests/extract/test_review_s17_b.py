"""Wrong facts the session-17 review found in its new dating and linking rules (issue 3,
review findings 3-6), with the reviewer's sentences and others in other words.

3. `colon_dates`: a company's own declining, refusing or promising "to explain" before a colon
   is no body's demand for answers; the request after the colon keeps no day of it.
4. `decision_days`: the day a measure came into force, took hold or took effect is not the day
   it was decided (guideline 6: when the authority acted).
5. `gapped_sums`: the second company's pair with a time of its own ("a year earlier", "il y a
   deux ans", "en 2020") is not fined by the verb on the verb's day.
6. `ministry_portfolios`: a country named in passing does not lend its ministry to a story
   about another country; with two countries named, the portfolio is nobody's.
"""

from __future__ import annotations

import datetime as dt

import pytest

_DAY = dt.date(2024, 3, 6)


@pytest.fixture(scope="module")
def facts(extractor, article_of, reference):
    """facts(text, language) -> list of (type, actor, jurisdiction, target, date) rows."""
    from regkg.extract.gold import to_gold

    def run(text: str, language: str) -> list[tuple[object, ...]]:
        gold = to_gold(extractor.extract(article_of(text, language, _DAY)), reference)
        return [(a["type"], a["actor"], a["jurisdiction"], a["target"], a["date"])
                for a in gold["actions"]]

    return run


# --- 3. a company's own "to explain" before a colon --------------------------------------
# (language, text, target): the request after the colon has no date.
OWN_EXPLAINING = [
    pytest.param("en", "Google declined on Monday to explain the outage: the European "
                 "Commission has sent it a request for information.", "Google",
                 id="regression_declined_to_explain_lends_no_day_en"),
    pytest.param("en", "TikTok was asked by lawmakers on Tuesday to account for its data "
                 "flows: Ofcom has also issued it an information notice.", "TikTok",
                 id="regression_asked_by_lawmakers_lends_no_day_en"),
    pytest.param("fr", "Google a refusé lundi de répondre aux journalistes : la Commission "
                 "européenne lui a adressé une demande d'informations.", "Google",
                 id="regression_refuse_de_repondre_lends_no_day_fr"),
    pytest.param("fr", "Meta a promis mardi d'expliquer sa politique : la CNIL lui a demandé "
                 "des informations.", "Meta", id="regression_promis_d_expliquer_lends_no_day_fr"),
    pytest.param("en", "Meta refused on Wednesday to answer questions from reporters: Ireland's "
                 "Data Protection Commission has sent it a request for information.", "Meta",
                 id="regression_refused_to_answer_lends_no_day_en"),
    pytest.param("fr", "X a tenté jeudi de s'expliquer devant ses annonceurs : l'Arcom lui a "
                 "adressé une demande d'informations.", "X",
                 id="regression_tente_de_s_expliquer_lends_no_day_fr"),
]


@pytest.mark.parametrize(("language", "text", "target"), OWN_EXPLAINING)
def test_regression_company_explaining_is_no_request_day(facts, language, text, target):
    found = [r for r in facts(text, language)
             if r[0] == "request_for_information" and r[3] == target]
    assert found and all(r[4] is None for r in found), found


# --- 4. a measure's coming into force ------------------------------------------------------
# (language, text, type, target)
IN_FORCE = [
    pytest.param("en", "Vietnam's Ministry of Information and Communications has blocked "
                 "Telegram. The ban came into force on Friday, a week after it was decided.",
                 "block", "Telegram", id="regression_ban_came_into_force_en"),
    pytest.param("en", "The Indian government has banned TikTok. The ban took hold on Monday "
                 "across the country.", "block", "TikTok", id="regression_ban_took_hold_en"),
    pytest.param("en", "Nepal's government has banned TikTok. The ban came into effect on "
                 "Thursday.", "block", "TikTok", id="regression_ban_came_into_effect_en"),
    pytest.param("en", "Russia's Roskomnadzor has blocked Signal. The block came into force on "
                 "Monday in every region.", "block", "Signal",
                 id="regression_block_came_into_force_en"),
    pytest.param("fr", "Le gouvernement indien a interdit TikTok. L'interdiction est entrée en "
                 "vigueur lundi.", "block", "TikTok", id="trap_interdiction_entree_en_vigueur_fr"),
    pytest.param("fr", "Le gouvernement indien a interdit TikTok. L'interdiction a pris effet "
                 "lundi.", "block", "TikTok", id="trap_interdiction_a_pris_effet_fr"),
]


@pytest.mark.parametrize(("language", "text", "kind", "target"), IN_FORCE)
def test_regression_measure_in_force_day_is_no_decision_day(facts, language, text, kind,
                                                            target):
    found = [r for r in facts(text, language) if r[0] == kind and r[3] == target]
    assert found and all(r[4] is None for r in found), found


# --- 5. a pair with its own time ---------------------------------------------------------
# (language, text, first target, second target): the second is not fined on the verb's day.
OWN_TIME_PAIRS = [
    pytest.param("en", "The FTC on Monday ordered Meta to pay $5 million and Google $170 "
                 "million a year earlier over children's privacy.", "Meta", "Google",
                 "2024-03-04", id="regression_pair_a_year_earlier_en"),
    pytest.param("fr", "La CNIL a condamné mardi Google à payer 100 millions d'euros, et Amazon "
                 "35 millions d'euros il y a deux ans.", "Google", "Amazon", "2024-03-05",
                 id="regression_pair_il_y_a_deux_ans_fr"),
    pytest.param("fr", "La CNIL a condamné mardi Google à payer 100 millions d'euros, et Amazon "
                 "35 millions d'euros en 2020.", "Google", "Amazon", "2024-03-05",
                 id="regression_pair_en_2020_fr"),
    pytest.param("fr", "L'Arcom a condamné lundi Meta à payer 5 millions d'euros et TikTok 2 "
                 "millions d'euros l'an dernier.", "Meta", "TikTok", "2024-03-04",
                 id="regression_pair_l_an_dernier_fr"),
    pytest.param("en", "The FTC on Monday ordered Meta to pay $5 million and Google $170 "
                 "million in 2022.", "Meta", "Google", "2024-03-04",
                 id="regression_pair_in_2022_en"),
]


@pytest.mark.parametrize(("language", "text", "first", "second", "day"), OWN_TIME_PAIRS)
def test_regression_pair_with_own_time_keeps_no_verb_day(facts, language, text, first, second,
                                                         day):
    rows = facts(text, language)
    assert any(r[0] == "fine" and r[3] == first and r[4] == day for r in rows), rows
    assert not any(r[0] == "fine" and r[3] == second and r[4] == day for r in rows), rows


@pytest.mark.parametrize(("language", "text"), [
    pytest.param("fr", "La CNIL a condamné mardi Google à payer 100 millions d'euros et Amazon "
                 "35 millions d'euros.", id="trap_pairs_without_time_both_fined_fr"),
    pytest.param("en", "The FTC on Monday ordered Google to pay $5 million and Amazon $17 "
                 "million.", id="trap_pairs_without_time_both_fined_en"),
    pytest.param("fr", "La CNIL a condamné Google à payer 100 millions d'euros et Amazon 35 "
                 "millions d'euros jeudi.", id="trap_verb_day_told_last_both_fined_fr"),
])
def test_pairs_without_own_time_are_both_fined(facts, language, text):
    fined = {r[3] for r in facts(text, language) if r[0] == "fine"}
    assert {"Google", "Amazon"} <= fined, fined


# --- 6. a ministry of a country named in passing -------------------------------------------
# (language, text, target): the order has no Indonesian actor.
PASSING_COUNTRY = [
    pytest.param("en", "TikTok Shop, which relaunched in Indonesia last year, is now expanding "
                 "in Malaysia. On Tuesday the Ministry of Trade ordered TikTok to stop selling "
                 "goods through its app.", id="regression_ministry_of_passing_country_en"),
    pytest.param("fr", "TikTok Shop, lancé en Indonésie l'an dernier, arrive au Vietnam. Le "
                 "ministère du Commerce a ordonné mardi à TikTok de suspendre ses ventes.",
                 id="regression_ministere_du_pays_en_passant_fr"),
    pytest.param("en", "TikTok, which was fined in Indonesia in 2022, has opened a new store in "
                 "Thailand. The Ministry of Trade on Monday ordered TikTok to remove listings.",
                 id="regression_ministry_two_countries_en"),
    pytest.param("fr", "TikTok, déjà sanctionné en Indonésie, s'installe en Malaisie. Le "
                 "ministère du Commerce a ordonné lundi à TikTok de retirer des annonces.",
                 id="regression_ministere_deux_pays_fr"),
]


@pytest.mark.parametrize(("language", "text"), PASSING_COUNTRY)
def test_regression_ministry_not_of_a_country_named_in_passing(facts, language, text):
    # the ministry's order is not Indonesia's ("which was fined in Indonesia in 2022" is a fine
    # of its own, with Indonesia for jurisdiction: located_passive_types, session 20)
    assert not any(r[2] == "ID" for r in facts(text, language) if r[0] == "order")


def test_ministry_of_the_one_country_named(facts):
    rows = facts("TikTok Shop relaunched in Indonesia last year. On Tuesday the Ministry of "
                 "Trade ordered TikTok to stop selling goods through its app.", "en")
    assert any(r[0] == "order" and r[2] == "ID" and r[3] == "TikTok" for r in rows), rows
