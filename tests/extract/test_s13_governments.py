"""Governments of every country the reference knows, and the country words that stand for
them (issue 3, session 13, melt/thaw UNKNOWN_BODY and ACTOR_REF rows). Every country
jurisdiction has one rkg:Government (data/reference/authorities-governments.ttl); "the
government", "le gouvernement", "le pays", "the country" as the subject of a step are the
government of the country the context names ("le pays", "the country": the one named last),
never France's by default once another country is named; "regulators in X" stay X's step with
no actor (a country's regulators are not its government). Invented cases, written with their
expected (type, actor, jurisdiction, target) before the change."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2024, 3, 6)

# A government the reference lacked, named or standing for its country.
GOVERNMENTS = [
    ("en", "Chad blocked Facebook and WhatsApp on Monday.",
     {("block", "Chadian government", "TD", "Meta"),
      ("block", "Chadian government", "TD", "WhatsApp")}),
    ("fr", "Le gouvernement tchadien a suspendu l'accès à TikTok lundi.",
     {("block", "Chadian government", "TD", "TikTok")}),
    ("fr", "Les autorités tchadiennes ont restreint l'accès à Facebook le 2 mars.",
     {("block", "Chadian government", "TD", "Meta")}),
    ("fr", "Le gouvernement de la République du Tchad a bloqué Telegram vendredi.",
     {("block", "Chadian government", "TD", "Telegram")}),
    ("en", "Tanzania restricted access to X on 20 May. The government had blocked Twitter "
     "in October 2020.",
     {("block", "Tanzanian government", "TZ", "X")}),
    ("en", "Kenya's government ordered Telegram blocked during exams in November 2023.",
     {("block", "Kenyan government", "KE", "Telegram")}),
    ("en", "Nigeria suspended Twitter on 4 June 2021.",
     {("block", "Nigerian government", "NG", "X")}),
    ("fr", "Le Sénégal a suspendu TikTok en août 2023. Le Cameroun a bloqué Facebook en 2017.",
     {("block", "Senegalese Ministry of Communication, Telecommunications and Digital Economy",
       "SN", "TikTok"),
      ("block", "Cameroonian government", "CM", "Meta")}),
    ("en", "Pakistan's government blocked X in February 2024.",
     {("block", "Pakistani government", "PK", "X")}),
    ("fr", "Le gouvernement népalais a interdit TikTok le 13 novembre 2023.",
     {("block", "Nepalese government", "NP", "TikTok")}),
    ("en", "Moscow blocked Instagram in March 2022.",
     {("block", "Russian government", "RU", "Meta")}),
    ("en", "Iran blocked Instagram in September 2022.",
     {("block", "Iranian government", "IR", "Meta")}),
    ("fr", "Le gouvernement ougandais a bloqué Facebook en janvier 2021.",
     {("block", "Ugandan government", "UG", "Meta")}),
    ("en", "The Italian government ordered Apple to stop the practice on Monday.",
     {("order", "Italian government", "IT", "Apple")}),
    ("fr", "Le gouvernement éthiopien a coupé l'accès à Facebook en février 2023.",
     {("block", "Ethiopian government", "ET", "Meta")}),
]

# "le gouvernement", "the government" in a text about another country.
BARE_GOVERNMENT = [
    ("fr", "Au Népal, le gouvernement a interdit Telegram le 18 juillet 2025.",
     {("block", "Nepalese government", "NP", "Telegram")}),
    ("fr", "Le Tchad a rétabli l'accès aux réseaux sociaux. Le gouvernement invite ce jour "
     "Facebook à retirer les publications haineuses.",
     {("statement", "Chadian government", "TD", "Meta")}),
    ("en", "Uganda cut off the internet before the vote. The government blocked Facebook "
     "on 12 January 2021.",
     {("block", "Ugandan government", "UG", "Meta")}),
    ("en", "In Bangladesh, the government blocked TikTok in August 2024.",
     {("block", "Bangladeshi government", "BD", "TikTok")}),
    ("fr", "En Algérie, le gouvernement a bloqué TikTok en juin 2023.",
     {("block", "Algerian government", "DZ", "TikTok")}),
    ("en", "Pakistan's telecoms regulator fined Google. In Pakistan, the government "
     "blocked X in February 2024.",
     {("fine", "Pakistan Telecommunication Authority", "PK", "Google"),
      ("block", "Pakistani government", "PK", "X")}),
]

# "le pays", "the country", "the nation" as the subject: the country named last.
COUNTRY_WORDS = [
    ("fr", "La Turquie a bloqué Discord. Le pays avait déjà coupé l'accès à Wikipédia "
     "en avril 2017.",
     {("block", "Turkish government", "TR", "Discord"),
      ("block", "Turkish government", "TR", "Wikipedia")}),
    ("en", "Ethiopia blocked TikTok again. The country had blocked Telegram in "
     "April 2021.",
     {("block", "Ethiopian government", "ET", "TikTok"),
      ("block", "Ethiopian government", "ET", "Telegram")}),
    ("fr", "Le Nigeria a levé la suspension de Twitter. Le pays avait suspendu Twitter en "
     "juin 2021.",
     {("block", "Nigerian government", "NG", "X")}),
    ("en", "Vietnam's telecoms regulator fined Shopee. The nation banned Telegram in May 2025.",
     {("block", "Vietnamese Ministry of Information and Communications", "VN", "Telegram")}),
    ("fr", "Au Kenya, le pays a bloqué Telegram en novembre 2023.",
     {("block", "Kenyan government", "KE", "Telegram")}),
    ("en", "Bangladesh's regulator said on Monday the country had blocked TikTok in "
     "August 2024.",
     {("block", "Bangladeshi government", "BD", "TikTok")}),
    # the country of the body named last: Ofcom's
    ("en", "Ofcom fined 4chan on Monday. The country had warned the forum in 2024.",
     {("fine", "Ofcom", "GB", "4chan"), ("warning", "UK government", "GB", "4chan")}),
]

# Regulators of a country are not its government: the country's step, actor null.
REGULATORS_IN = [
    ("en", "Regulators in Nepal banned TikTok on Monday.", {("block", None, "NP", "TikTok")}),
    ("fr", "Les régulateurs de Tanzanie ont bloqué Telegram lundi.",
     {("block", None, "TZ", "Telegram")}),
    ("en", "Regulators in Turkey fined Meta on Monday.", {("fine", None, "TR", "Meta")}),
    ("en", "Authorities in Nepal banned TikTok on Monday.",
     {("block", "Nepalese government", "NP", "TikTok")}),
]

# Categories of bodies the reference lacked: gambling regulators, parliaments.
CATEGORIES = [
    ("fr", "L'autorité néerlandaise des jeux de hasard (Kansspelautoriteit) a infligé une amende "
     "de 400 000 euros à Valve le 15 octobre 2020.",
     {("fine", "Netherlands Gambling Authority", "NL", "Valve")}),
    ("en", "Sweden's gambling regulator fined Kindred on Monday.",
     {("fine", "Swedish Gambling Authority", "SE", "Kindred")}),
    ("en", "Spelinspektionen ordered Valve to stop selling loot boxes on 2 May 2024.",
     {("order", "Swedish Gambling Authority", "SE", "Valve")}),
    ("fr", "Le régulateur belge des jeux d'argent a mis en demeure Valve le 3 mai 2024.",
     {("order", "Belgian Gaming Commission", "BE", "Valve")}),
    ("en", "Turkey's parliament passed a law on social media platforms in July 2020.",
     {("legislation", "Grand National Assembly of Turkey", "TR", None)}),
    ("fr", "La Grande Assemblée nationale de Turquie a adopté une loi sur les réseaux sociaux "
     "le 29 juillet 2020.",
     {("legislation", "Grand National Assembly of Turkey", "TR", None)}),
    # guards: France's own bodies keep their names
    ("fr", "L'Assemblée nationale a adopté une loi sur les réseaux sociaux le 29 juillet 2020.",
     {("legislation", "French National Assembly", "FR", None)}),
    ("fr", "L'ANJ a infligé une amende à Valve le 3 mai 2024.",
     {("fine", "French National Gaming Authority", "FR", "Valve")}),
]

# A country named where the step took effect, with its own body as the reporter: the body's.
LOCATED = [
    ("fr", "Les appels via WhatsApp sont désormais bloqués au Pakistan, a confirmé mercredi la "
     "PTA, le régulateur pakistanais des télécommunications.",
     {("block", "Pakistan Telecommunication Authority", "PK", "WhatsApp")}),
    ("fr", "Les appels via Telegram sont désormais bloqués en Russie, a confirmé mercredi "
     "Roskomnadzor.",
     {("block", "Roskomnadzor", "RU", "Telegram")}),
]

# Traps: no step, or no government's step, or not France's by default.
TRAPS = [
    ("fr", "Le pays de Galles a adopté un plan pour les écoles.", set()),
    ("en", "Operators in the country blocked Telegram in May 2022.", set()),
    ("en", "The country manager of Uber said the firm would appeal.", set()),
    ("fr", "Le pays a bloqué TikTok en avril 2022.", set()),
    ("en", "The country's telecoms regulator has long criticised X.", set()),
    ("fr", "Dans le pays, les opérateurs ont bloqué Telegram en mai 2022.", set()),
    ("en", "Maurice Levy said the government of Chad was wrong.", set()),
    ("en", "Chadian users said the government had not blocked WhatsApp.", set()),
    ("fr", "Les utilisateurs tchadiens accusent Facebook de censure.", set()),
    ("en", "Noyb filed complaints with regulators in Austria against Meta.", set()),
    ("fr", "Le Tchad pourrait bloquer Facebook, selon un ministre.", set()),
    ("en", "Nigeria lifted its ban. Users across the country blocked X accounts in protest.",
     set()),
]


def _actions(extractor: Extractor, reference: Reference, article_of, language: str,
             text: str) -> set[tuple]:
    article = article_of(f"Titre\n\n{text}\n\n", language, D, "Titre")
    found = to_gold(extractor.extract(article), reference)["actions"]
    return {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found}


@pytest.mark.parametrize(("language", "text", "expected"), GOVERNMENTS)
def test_every_country_has_a_government_actor(extractor, reference, article_of, language,
                                              text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), BARE_GOVERNMENT)
def test_bare_government_is_the_context_country(extractor, reference, article_of, language,
                                                text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), COUNTRY_WORDS)
def test_country_word_subject_is_the_last_country(extractor, reference, article_of, language,
                                                  text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), REGULATORS_IN)
def test_regulators_in_a_country_are_not_its_government(extractor, reference, article_of,
                                                         language, text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CATEGORIES)
def test_gambling_regulators_and_parliaments_by_country(extractor, reference, article_of,
                                                        language, text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), LOCATED)
def test_regression_located_block_is_the_reporting_body(extractor, reference, article_of,
                                                        language, text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), TRAPS)
def test_regression_no_government_step_from_traps(extractor, reference, article_of, language,
                                                  text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected
