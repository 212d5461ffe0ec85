"""Ministries (and other public bodies) named by portfolio and country, in any word order
(extract/body_names.py, extract/unknown_bodies.py; issue 3 point 7).

A named ministry is the actor, as the house gold writes it ("Japan's communications ministry"
-> the Japanese Ministry of Internal Affairs and Communications, "le ministère de la
Consommation" -> the Spanish Ministry of Consumer Affairs), not its government: the reference
ministry when the reference holds it under any word order of its name ("the Ministry of Digital
Affairs of Poland", "the Polish digital affairs ministry", "le ministère des Affaires numériques
de la Pologne"), else a new unlinked body of the country it names, even where the reference
holds that country's government. The jurisdiction is the ministry's own country or region.
"""

from __future__ import annotations

import datetime as dt

import pytest


def _rows(gold_rows, text: str, language: str) -> list[tuple[object, ...]]:
    return [(t, j, target) for t, _, j, target in gold_rows(text, language)]


# (text, language, (type, actor label, jurisdiction, target)): the reference's own body
REFERENCE_MINISTRIES = [
    ("The Ministry of Digital Affairs of Poland fined Meta on Monday.", "en",
     ("fine", "Polish Ministry of Digital Affairs", "PL", "Meta")),
    ("The Polish digital affairs ministry fined Meta on Monday.", "en",
     ("fine", "Polish Ministry of Digital Affairs", "PL", "Meta")),
    ("Poland's digital affairs ministry fined Meta on Monday.", "en",
     ("fine", "Polish Ministry of Digital Affairs", "PL", "Meta")),
    ("The Ministry of Trade of Turkey fined Temu on Monday.", "en",
     ("fine", "Turkish Ministry of Trade", "TR", "Temu")),
    ("The Ministry of Communications of Israel ordered Telegram to remove the channels on "
     "Monday.", "en", ("order", "Israeli Ministry of Communications", "IL", "Telegram")),
    ("The Kenyan interior ministry blocked Telegram on Monday.", "en",
     ("block", "Kenyan Ministry of Interior", "KE", "Telegram")),
    ("The Chinese trade ministry opened an investigation into Google on Monday.", "en",
     ("investigation", "Chinese Ministry of Commerce", "CN", "Google")),
    ("The Japanese communications ministry ordered LY Corp to review its security on Monday.",
     "en", ("order", "Japanese Ministry of Internal Affairs and Communications", "JP",
            "LY Corporation")),
    ("The Ghana National Communications Authority blocked Telegram on Monday.", "en",
     ("block", "National Communications Authority of Ghana", "GH", "Telegram")),
    ("The Kenya Communications Authority blocked Telegram on Monday.", "en",
     ("block", "Communications Authority of Kenya", "KE", "Telegram")),
    ("The Ghana Data Protection Commission fined Meta on Monday.", "en",
     ("fine", "Data Protection Commission of Ghana", "GH", "Meta")),
    ("Le ministère des Affaires numériques de la Pologne a infligé lundi une amende à Meta.",
     "fr", ("fine", "Polish Ministry of Digital Affairs", "PL", "Meta")),
    ("Le ministère du Commerce de la Turquie a infligé lundi une amende à Temu.", "fr",
     ("fine", "Turkish Ministry of Trade", "TR", "Temu")),
    ("Le ministère de l'Intérieur kényan a bloqué Telegram lundi.", "fr",
     ("block", "Kenyan Ministry of Interior", "KE", "Telegram")),
    ("Le ministère des Communications d'Israël a ordonné lundi à Telegram de retirer les "
     "chaînes.", "fr", ("order", "Israeli Ministry of Communications", "IL", "Telegram")),
]


@pytest.mark.parametrize(("text", "language", "row"), REFERENCE_MINISTRIES)
def test_reference_body_in_another_word_order_is_linked(gold_rows, text, language,
                                                         row) -> None:
    assert gold_rows(text, language) == [row]


# (text, language, (type, jurisdiction, target)): ministries the reference lacks, of countries
# whose government it holds
UNKNOWN_MINISTRIES = [
    ("The Nigerian information ministry suspended Twitter on Friday.", "en",
     ("block", "NG", "X")),
    ("The Nigerian Ministry of Information suspended Twitter on Friday.", "en",
     ("block", "NG", "X")),
    ("The Ministry of Information of Nigeria suspended Twitter on Friday.", "en",
     ("block", "NG", "X")),
    ("The Ghanaian communications ministry blocked Telegram on Friday.", "en",
     ("block", "GH", "Telegram")),
    ("The Ministry of Communications of Ghana blocked Telegram on Friday.", "en",
     ("block", "GH", "Telegram")),
    ("The Turkish interior ministry blocked X on Friday.", "en", ("block", "TR", "X")),
    ("Pakistan's interior ministry blocked X on Saturday.", "en", ("block", "PK", "X")),
    ("The Brazilian justice ministry fined Apple on Friday.", "en", ("fine", "BR", "Apple")),
    ("The South African communications ministry ordered Meta to remove the posts on Friday.",
     "en", ("order", "ZA", "Meta")),
    ("The Argentine culture ministry fined Netflix on Friday.", "en",
     ("fine", "AR", "Netflix")),
    ("Le ministère nigérian de l'Information a suspendu Twitter vendredi.", "fr",
     ("block", "NG", "X")),
    ("Le ministère de l'Information du Nigeria a suspendu Twitter vendredi.", "fr",
     ("block", "NG", "X")),
    ("Le ministère de l'Information nigérian a suspendu Twitter vendredi.", "fr",
     ("block", "NG", "X")),
    ("Le ministère ghanéen des Communications a bloqué Telegram vendredi.", "fr",
     ("block", "GH", "Telegram")),
    ("Le ministère turc de l'Intérieur a bloqué X vendredi.", "fr", ("block", "TR", "X")),
    ("Le ministère de la Justice du Brésil a infligé vendredi une amende à Apple.", "fr",
     ("fine", "BR", "Apple")),
    ("Le ministère pakistanais de l'Intérieur a bloqué X samedi.", "fr", ("block", "PK", "X")),
]


@pytest.mark.parametrize(("text", "language", "row"), UNKNOWN_MINISTRIES)
def test_unknown_ministry_of_a_governed_country_acts_for_that_country(
        gold_rows, text, language, row) -> None:
    assert _rows(gold_rows, text, language) == [row]


@pytest.mark.parametrize(("text", "language"), [
    ("The Nigerian information ministry suspended Twitter on Friday.", "en"),
    ("Le ministère nigérian de l'Information a suspendu Twitter vendredi.", "fr"),
])
def test_unknown_ministry_is_a_new_unlinked_body_not_the_government(
        extractor, article_of, text, language) -> None:
    article = article_of(f"Headline\n\n{text}\n", language, dt.date(2024, 3, 6), "Headline")
    extraction = extractor.extract(article)
    [action] = extraction.actions
    new = {e.key for e in extraction.new_entities if e.kind == "authority"}
    assert action.actor in new
    assert action.actor.startswith("authority/ng--")


def test_one_ministry_named_two_ways_is_one_new_body(extractor, article_of) -> None:
    text = ("Headline\n\nThe Nigerian information ministry suspended Twitter on Friday. "
            "The Ministry of Information of Nigeria had warned Twitter on Tuesday.\n")
    extraction = extractor.extract(article_of(text, "en", dt.date(2024, 3, 6), "Headline"))
    assert len({a.actor for a in extraction.actions}) == 1
    assert len([e for e in extraction.new_entities if e.kind == "authority"]) == 1


# "the ministry", "le ministère" after an unknown ministry is that ministry; not one of
# another country or portfolio.
@pytest.mark.parametrize(("text", "language", "rows"), [
    ("The Nigerian information ministry suspended Twitter on Friday. On Monday the ministry "
     "ordered Facebook to remove the posts.", "en",
     [("block", "NG", "X"), ("order", "NG", "Meta")]),
    ("Le ministère nigérian de l'Information a suspendu Twitter vendredi. Lundi, le ministère "
     "a ordonné à Facebook de retirer les messages.", "fr",
     [("block", "NG", "X"), ("order", "NG", "Meta")]),
    ("The Paraguayan Ministry of Industry and Commerce fined Uber on Friday. On Monday the "
     "ministry ordered Facebook to remove the posts.", "en",
     [("fine", "PY", "Uber"), ("order", "PY", "Meta")]),
    ("The Nigerian information ministry suspended Twitter on Friday. The Ghanaian ministry "
     "ordered Facebook to remove the posts on Monday.", "en", [("block", "NG", "X")]),
    ("The Nigerian information ministry suspended Twitter on Friday. On Monday the Ministry of "
     "Trade ordered Facebook to remove the posts.", "en", [("block", "NG", "X")]),
])
def test_the_ministry_after_an_unknown_ministry_is_that_ministry(gold_rows, text, language,
                                                                 rows) -> None:
    assert _rows(gold_rows, text, language) == rows


# A region's ministry is the region's when the reference holds the region, else nobody's.
@pytest.mark.parametrize(("text", "language", "rows"), [
    ("The Bavarian justice ministry sued Meta on Friday.", "en", [("lawsuit", "DE-BY", "Meta")]),
    ("The Bavarian Ministry of Justice sued Meta on Friday.", "en",
     [("lawsuit", "DE-BY", "Meta")]),
    ("Le ministère bavarois de la Justice a assigné Meta en justice vendredi.", "fr",
     [("lawsuit", "DE-BY", "Meta")]),
    ("The Catalan culture ministry fined Netflix on Friday.", "en", [("fine", "ES-CT", "Netflix")]),
    ("The Saxon justice ministry sued Meta on Friday.", "en", []),
    ("The Andalusian consumer affairs ministry fined Airbnb on Friday.", "en", []),
])
def test_regional_ministry_is_its_region_or_nobody(gold_rows, text, language, rows) -> None:
    assert _rows(gold_rows, text, language) == rows


# Traps: no step of the ministry, or the ministry's own country.
@pytest.mark.parametrize(("text", "language", "rows"), [
    # named in passing
    ("The Commission fined Meta on Monday after a letter from the Polish digital affairs "
     "ministry.", "en", [("fine", "EU", "Meta")]),
    ("The Polish ministry's letter to the Commission was published on Monday.", "en", []),
    ("La Commission a infligé lundi une amende à Meta, après une lettre du ministère "
     "polonais des Affaires numériques.", "fr", [("fine", "EU", "Meta")]),
    # a saying verb is no step
    ("The Nigerian information ministry said on Friday that it was studying the matter.",
     "en", []),
    ("Le ministère nigérian de l'Information a déclaré vendredi qu'il étudiait la question.",
     "fr", []),
    ("The Ghanaian communications ministry said on Friday it had received the report.", "en",
     []),
    # a minister is a person, not the ministry
    ("The former information minister of Nigeria spoke about Twitter on Friday.", "en", []),
    ("L'ancien ministre nigérian de l'Information a parlé de Twitter vendredi.", "fr", []),
    # a ministry acting against another country's platform keeps its own country
    ("The Turkish trade ministry fined the Chinese retailer Temu on Monday.", "en",
     [("fine", "TR", "Temu")]),
    ("Le ministère nigérian de l'Information a suspendu vendredi le réseau social américain "
     "Twitter.", "fr", [("block", "NG", "X")]),
    ("The Ghanaian communications ministry blocked the Russian app Telegram on Friday.", "en",
     [("block", "GH", "Telegram")]),
    # a company's department, or the police, is no ministry
    ("Amazon's US sales department fined the sellers on Friday.", "en", []),
    ("The Irish legal department of Meta sued the regulator on Friday.", "en", []),
    ("The Ghanaian police department blocked Telegram on Friday.", "en", []),
    ("Nigeria said on Friday that its information ministry was studying the matter.", "en",
     []),
    # a prosecution service is no ministry of a portfolio
    ("Le ministère public a ouvert une enquête sur Telegram lundi.", "fr", []),
])
def test_trap_ministry_in_passing_speaking_or_abroad(gold_rows, text, language,
                                                     rows) -> None:
    assert _rows(gold_rows, text, language) == rows
