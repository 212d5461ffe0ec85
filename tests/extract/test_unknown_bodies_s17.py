"""Unknown public bodies named with their country (extract/unknown_bodies.py, issue 3 point 7):
an unlinked authority that acts, with the country its name holds; no body without a country;
a reference body of another country is not linked on a name whose complement names this one."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.mapping import map_extraction

QUERIES = __import__("pathlib").Path(__file__).resolve().parents[2] / "queries"


def _rows(gold_rows, text: str, language: str) -> list[tuple[object, ...]]:
    return [(t, j, target) for t, _, j, target in gold_rows(text, language)]


# (text, language, (type, jurisdiction, target)): bodies no reference entry holds (a ministry
# only of a country whose government the reference does not hold)
UNKNOWN_BODIES = [
    ("The Zambia Information and Communications Technology Authority blocked Telegram on "
     "Monday.", "en", ("block", "ZM", "Telegram")),
    ("The Paraguayan Ministry of Industry and Commerce opened an investigation into Temu on "
     "Monday.", "en", ("investigation", "PY", "Temu")),
    ("The Botswana Communications Regulatory Authority ordered TikTok to remove the videos on "
     "Monday.", "en", ("order", "BW", "TikTok")),
    ("Uruguay's Ministry of Industry, Energy and Mining ordered Uber to stop operating on "
     "Monday.", "en", ("order", "UY", "Uber")),
    ("The Communications Authority of Zambia blocked X on Monday.", "en", ("block", "ZM", "X")),
    ("The Togolese Consumer Protection Agency fined Jumia on Monday.", "en",
     ("fine", "TG", "Jumia")),
    ("The Peruvian Consumer Protection Directorate fined Rappi on Monday.", "en",
     ("fine", "PE", "Rappi")),
    ("The Algerian Consumer Protection Directorate opened an investigation into Temu on "
     "Monday.", "en", ("investigation", "DZ", "Temu")),
    ("The Ugandan Office of the Data Commissioner fined Google on Monday.", "en",
     ("fine", "UG", "Google")),
    ("The Uruguayan Telecommunications Regulatory Board ordered Netflix to pay the fee on "
     "Monday.", "en", ("order", "UY", "Netflix")),
    ("The Paraguay Data Inspectorate fined Mercado Libre on Monday.", "en",
     ("fine", "PY", "Mercado Libre")),
    ("The Botswana Secretariat for Digital Affairs blocked Telegram on Monday.", "en",
     ("block", "BW", "Telegram")),
    ("The Zambian Ministry of Technology and Science blocked TikTok on Monday.", "en",
     ("block", "ZM", "TikTok")),
    ("L'Autorité de régulation des télécommunications du Burkina Faso a suspendu TikTok lundi.",
     "fr", ("block", "BF", "TikTok")),
    ("Le ministère paraguayen de l'Industrie a ouvert lundi une enquête sur Temu.", "fr",
     ("investigation", "PY", "Temu")),
    ("La Commission nationale de protection des données du Togo a infligé lundi une amende à "
     "Meta.", "fr", ("fine", "TG", "Meta")),
    ("L'Agence uruguayenne de régulation des communications a ordonné lundi à Netflix de payer "
     "la redevance.", "fr", ("order", "UY", "Netflix")),
    ("Le ministère zambien de l'Information a bloqué Telegram lundi.", "fr",
     ("block", "ZM", "Telegram")),
    ("La Direction de la protection des consommateurs du Botswana a infligé lundi une amende à "
     "Temu.", "fr", ("fine", "BW", "Temu")),
    ("L'Autorité de protection des données du Burkina Faso a infligé lundi une amende à "
     "Orange.", "fr", ("fine", "BF", "Orange")),
    ("Le Conseil supérieur de la communication du Burkina Faso a suspendu TikTok lundi.", "fr",
     ("block", "BF", "TikTok")),
    ("L'Office paraguayen des communications a bloqué X lundi.", "fr", ("block", "PY", "X")),
    ("L'Inspection des communications électroniques de Zambie a bloqué Telegram lundi.", "fr",
     ("block", "ZM", "Telegram")),
    ("Le Secrétariat uruguayen du numérique a ouvert lundi une enquête sur Uber.", "fr",
     ("investigation", "UY", "Uber")),
    ("La Superintendance paraguayenne du commerce a infligé lundi une amende à Mercado Libre.",
     "fr", ("fine", "PY", "Mercado Libre")),
    ("La Haute autorité des médias du Botswana a suspendu TikTok lundi.", "fr",
     ("block", "BW", "TikTok")),
]


@pytest.mark.parametrize(("text", "language", "row"), UNKNOWN_BODIES)
def test_unknown_body_with_its_country_acts(gold_rows, text, language, row) -> None:
    assert row in _rows(gold_rows, text, language)


# A reference body of another country is not taken on a name whose complement names this one.
@pytest.mark.parametrize(("text", "language", "row"), [
    ("L'Autorité de régulation des télécommunications du Burkina Faso a suspendu TikTok lundi.",
     "fr", ("block", "BF", "TikTok")),
    ("La Commission nationale de protection des données du Togo a infligé lundi une amende à "
     "Meta.", "fr", ("fine", "TG", "Meta")),
])
def test_regression_foreign_body_is_not_a_known_one_of_another_country(
        gold_rows, text, language, row) -> None:
    assert _rows(gold_rows, text, language) == [row]


# Traps: no new body (no step, or the known body's own step).
@pytest.mark.parametrize(("text", "language", "rows"), [
    ("Zambia Data Authority Ltd sued TikTok on Monday.", "en", []),
    ("The Communications Authority blocked Telegram on Monday.", "en", []),
    ("The Data Protection Office fined Meta on Monday.", "en", []),
    ("Le régulateur sud-coréen de la vie privée a infligé lundi une amende à Meta.", "fr",
     [("fine", "KR", "Meta")]),
    ("Le montant est le plus élevé jamais prononcé par l'autorité française.", "fr", []),
    ("The Electronic Frontier Foundation sued Meta on Monday.", "en", []),
    ("The Irish Council for Civil Liberties sued Meta on Monday.", "en", []),
    ("« Non », a réagi un chercheur du Conseil irlandais pour les libertés civiles, qui appelle "
     "Bruxelles à retirer le dossier à Dublin.", "fr", []),
    ("Meta's Oversight Board told Meta to restore the post on Monday.", "en", []),
    ("The European Commission fined Apple on Monday.", "en", [("fine", "EU", "Apple")]),
    ("The Commission fined Meta on Monday.", "en", [("fine", "EU", "Meta")]),
    ("The Competition Commission of India fined Google on Monday.", "en",
     [("fine", "IN", "Google")]),
    ("L'Autorité de la concurrence a infligé lundi une amende à Google.", "fr",
     [("fine", "FR", "Google")]),
    ("The Kenyan Competition Authority fined Meta on Monday.", "en", [("fine", "KE", "Meta")]),
    ("The Malaysian Ministry of Communications ordered Telegram to register on Monday.", "en",
     [("order", "MY", "Telegram")]),
    ("La Commission européenne a infligé lundi une amende à Apple.", "fr",
     [("fine", "EU", "Apple")]),
    ("The High Court of Kenya ordered X to restore the accounts on Monday.", "en",
     [("order", "KE", "X")]),
    ("Le ministère de l'Intérieur a bloqué Telegram lundi au Burkina Faso.", "fr", []),
    ("The Ministry of Information blocked Telegram in Zambia on Monday.", "en", []),
    ("Ofcom fined TikTok on Monday, as the Zambia Information Authority had done in 2021.",
     "en", [("fine", "GB", "TikTok")]),
    ("L'Arcep a mis en demeure Orange lundi. L'Autorité de régulation des télécommunications "
     "a précisé sa décision.", "fr", [("order", "FR", "Orange")]),
])
def test_trap_no_new_body_without_its_country_or_over_a_known_one(
        gold_rows, text, language, rows) -> None:
    assert _rows(gold_rows, text, language) == rows


def test_unknown_body_is_listed_for_review(extractor, article_of) -> None:
    """`regkg review` lists the new body (an unlinked authority with its sentence)."""
    text = ("Headline\n\nThe Botswana Communications Regulatory Authority ordered TikTok to "
            "remove the videos on Monday.\n")
    extraction = extractor.extract(article_of(text, "en", dt.date(2024, 3, 6), "Headline"))
    new = [e for e in extraction.new_entities if e.kind == "authority"]
    assert [e.label for e in new] == ["Botswana Communications Regulatory Authority"]
    query = (QUERIES / "review-unlinked.rq").read_text(encoding="utf-8")
    labels = [str(row[1]) for row in map_extraction(extraction).query(query)]
    assert "Botswana Communications Regulatory Authority" in labels
