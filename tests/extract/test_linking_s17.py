"""Actors linked to the wrong body or to none (issue 3, session 17, "linking"): a ministry
named by its portfolio is that portfolio's ministry or nobody, never another ministry of the
country (ministry_portfolios.py); a city government acts under its name, and a city named as a
court's seat acts not (authorities-linking.ttl, court_seats.py); "demander de rendre des
comptes" asks a company to answer for harm, no request for information. Invented sentences;
the dev sets that show each class are named in the commit."""

from __future__ import annotations

import pytest

MIB = "Ministry of Information and Broadcasting of India"
ID_TRADE = "Indonesian Ministry of Trade"
TR_TRADE = "Turkish Ministry of Trade"
NYC = "New York City"


def _rows(gold_rows, text: str, language: str) -> list[tuple[object, ...]]:
    return [(t, actor, j, target) for t, actor, j, target in gold_rows(text, language)]


# --- a ministry named by its portfolio: that ministry, found in the country of the text ----
PORTFOLIO_MINISTRIES = [
    ("NEW DELHI – Le gouvernement indien durcit le ton. Le ministère de l'Information et de la "
     "Radiodiffusion a ordonné mardi aux opérateurs de bloquer Telegram.", "fr",
     ("block", MIB, "IN", "Telegram")),
    ("NEW DELHI - India's government is tightening its grip on streaming. The Ministry of "
     "Information and Broadcasting ordered the blocking of Telegram on Tuesday.", "en",
     ("block", MIB, "IN", "Telegram")),
    ("JAKARTA – Le gouvernement indonésien durcit le ton. Le ministère du Commerce a infligé "
     "lundi une amende à TikTok.", "fr", ("fine", ID_TRADE, "ID", "TikTok")),
    ("JAKARTA - Indonesia's government is cracking down on social commerce. The Ministry of "
     "Trade ordered TikTok on Monday to close its online shop.", "en",
     ("order", ID_TRADE, "ID", "TikTok")),
    ("ANKARA – Le gouvernement turc multiplie les mises en garde. Le ministère du Commerce a "
     "infligé jeudi une amende à Temu.", "fr", ("fine", TR_TRADE, "TR", "Temu")),
    ("ANKARA - The Turkish government has stepped up its pressure on online marketplaces. The "
     "Ministry of Trade fined Temu on Thursday.", "en", ("fine", TR_TRADE, "TR", "Temu")),
    ("PÉKIN – Le gouvernement chinois serre la vis. Le ministère de la Sécurité publique a "
     "infligé mercredi une amende à Alibaba.", "fr",
     ("fine", "Chinese Ministry of Public Security", "CN", "Alibaba")),
    ("MOSCOU – Le gouvernement russe durcit le ton. Le ministère du Développement numérique a "
     "infligé vendredi une amende à Google.", "fr",
     ("fine", "Russian Ministry of Digital Development", "RU", "Google")),
]


@pytest.mark.parametrize(("text", "language", "row"), PORTFOLIO_MINISTRIES)
def test_regression_ministry_named_by_portfolio_is_that_ministry(
        gold_rows, text, language, row) -> None:
    assert row in _rows(gold_rows, text, language)


def test_regression_the_same_ministry_is_the_portfolio_ministry(gold_rows) -> None:
    rows = _rows(gold_rows, "NEW DELHI – Le gouvernement indien durcit le ton. Le ministère de "
                 "l'Information et de la Radiodiffusion a infligé mardi une amende à Netflix. "
                 "En 2023, le même ministère avait infligé une amende à Amazon.", "fr")
    assert ("fine", MIB, "IN", "Netflix") in rows and ("fine", MIB, "IN", "Amazon") in rows


# A portfolio no body of the country has: nobody, never the country's digital ministry.
@pytest.mark.parametrize(("text", "language"), [
    ("NEW DELHI – Le gouvernement indien durcit le ton. Le ministère de la Santé a ordonné "
     "mardi le blocage de Telegram.", "fr"),
    ("JAKARTA - Indonesia's government has acted again. The Ministry of Religious Affairs "
     "ordered the blocking of TikTok on Monday.", "en"),
    ("NEW DELHI - India's government is tightening its grip. The Ministry of Information "
     "ordered the blocking of Telegram on Tuesday.", "en"),
])
def test_unknown_portfolio_is_no_ministry(gold_rows, text, language) -> None:
    assert _rows(gold_rows, text, language) == []


def test_regression_other_portfolio_is_not_the_ministry_named_before(gold_rows) -> None:
    rows = _rows(gold_rows, "JAKARTA – Komdigi a bloqué Telegram samedi. Le ministère du "
                 "Tourisme a ordonné dimanche la fermeture de Airbnb.", "fr")
    assert rows == [("block", "Komdigi", "ID", "Telegram")]


# Portfolios the labels hold keep their ministry.
@pytest.mark.parametrize(("text", "language", "row"), [
    ("PARIS – Le ministère de l'Économie a assigné Amazon lundi devant le tribunal de "
     "commerce de Paris.", "fr", ("lawsuit", "French Ministry of the Economy", "FR", "Amazon")),
    ("NEW DELHI – Le ministère de l'Électronique et des Technologies de l'information a "
     "ordonné mardi le blocage de Telegram.", "fr",
     ("block", "Ministry of Electronics and Information Technology", "IN", "Telegram")),
    ("TOKYO - The Japanese government is watching app stores closely. The Ministry of Economy, "
     "Trade and Industry ordered Apple on Monday to open its store to rivals.", "en",
     ("order", "Japanese Ministry of Economy, Trade and Industry", "JP", "Apple")),
    ("RIYADH - Saudi Arabia's government is policing online retail. The Ministry of Commerce "
     "fined Amazon on Sunday over misleading discounts.", "en",
     ("fine", "Saudi Ministry of Commerce", "SA", "Amazon")),
    ("TOKYO – Le gouvernement japonais hausse le ton. Le ministère des Affaires intérieures et "
     "des Communications a ordonné lundi à LINE Yahoo de revoir sa sécurité.", "fr",
     ("order", "Japanese Ministry of Internal Affairs and Communications", "JP",
      "LY Corporation")),
])
def test_known_portfolio_keeps_its_ministry(gold_rows, text, language, row) -> None:
    assert row in _rows(gold_rows, text, language)


# --- a city government acting under its name --------------------------------------------
@pytest.mark.parametrize(("text", "language", "row"), [
    ("NEW YORK - New York City sued TikTok and Meta on Wednesday, accusing them of fuelling a "
     "youth mental health crisis.", "en", ("lawsuit", NYC, "US-NY", "TikTok")),
    ("NEW YORK – La Ville de New York a engagé mercredi des poursuites contre TikTok et "
     "Snapchat.", "fr", ("lawsuit", NYC, "US-NY", "Snapchat")),
    ("NEW YORK - The City of New York filed a lawsuit against Uber on Monday over driver pay.",
     "en", ("lawsuit", NYC, "US-NY", "Uber")),
    # a court named after a preposition is where the suit goes, not the city's seat
    ("The City of New York sued Meta in federal court on Monday.", "en",
     ("lawsuit", NYC, "US-NY", "Meta")),
    ("NEW YORK – La mairie de New York a infligé jeudi une amende à Airbnb pour des locations "
     "illégales.", "fr", ("fine", NYC, "US-NY", "Airbnb")),
])
def test_city_government_acts(gold_rows, text, language, row) -> None:
    assert row in _rows(gold_rows, text, language)


# A city named as a court's seat or a place takes no step.
@pytest.mark.parametrize(("text", "language"), [
    ("A federal judge in New York City fined Binance on Monday.", "en"),
    ("A New York City judge fined Binance on Monday.", "en"),
    ("Un tribunal de la ville de New York a condamné Meta jeudi.", "fr"),
    ("Un tribunal de la ville de Madrid a condamné Airbnb jeudi.", "fr"),
])
def test_regression_court_seat_city_is_no_actor(gold_rows, text, language) -> None:
    assert all(actor not in (NYC, "Madrid City Council")
               for _, actor, _, _ in _rows(gold_rows, text, language))


@pytest.mark.parametrize(("text", "language", "row"), [
    ("The Federal Trade Commission sued Amazon in New York City on Monday.", "en",
     ("lawsuit", "Federal Trade Commission", "US", "Amazon")),
    ("Meta, whose European offices are in New York City, was fined by the Irish Data "
     "Protection Commission on Monday.", "en", ("fine", "Data Protection Commission", "IE",
                                                "Meta")),
    ("La Commission européenne a infligé lundi une amende à Apple, a-t-on appris à New York.",
     "fr", ("fine", "European Commission", "EU", "Apple")),
])
def test_city_as_place_keeps_the_actor(gold_rows, text, language, row) -> None:
    assert _rows(gold_rows, text, language) == [row]


# --- "demander de rendre des comptes" is no request for information -----------------------
@pytest.mark.parametrize(("text", "language", "rows"), [
    ("La CNIL a sanctionné TikTok lundi. Elle lui demande de rendre des comptes à ses "
     "utilisateurs.", "fr", []),
    ("La Ville de New York a poursuivi TikTok mercredi. Elle lui demande de rendre des comptes "
     "et de réparer les dommages.", "fr", [("lawsuit", NYC, "US-NY", "TikTok")]),
])
def test_regression_asked_to_answer_for_harm_is_no_request(gold_rows, text, language,
                                                           rows) -> None:
    assert [r for r in _rows(gold_rows, text, language) if r[0] != "fine"] == rows


def test_asking_for_accounts_stays_a_request(gold_rows) -> None:
    rows = _rows(gold_rows, "La Commission européenne a demandé des comptes à TikTok lundi sur "
                 "sa protection des mineurs.", "fr")
    assert ("request_for_information", "European Commission", "EU", "TikTok") in rows
