"""Bodies real reports name that the reference lacked (issue 3, A9): Russia's Investigative
Committee and Prosecutor General's Office, Belgium's former Privacy Commission, and wordings
of bodies already there ("Germany's cartel office", "le régulateur chinois des marchés").
Each case was written with its expected (type, actor, jurisdiction, target) before the bodies
were added; the negatives keep a body named beside the step from becoming its actor."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
ICR = "Investigative Committee of Russia"
CASES = [
    ("en", ["Russia's Investigative Committee opened a criminal case against Telegram on Friday."],
     {("investigation", ICR, "RU", "Telegram")}),
    ("en", ["Meta's staff were accused of calls to violence.",
            "Within hours, the Investigative Committee said it had opened a criminal case "
            "against Meta."],
     {("investigation", ICR, "RU", "Meta")}),
    ("fr", ["Le Comité d'enquête russe a ouvert une procédure pénale contre Telegram."],
     {("investigation", ICR, "RU", "Telegram")}),
    ("fr", ["La Commission de la protection de la vie privée a assigné Facebook en justice en "
            "2015."],
     {("lawsuit", "Belgian Privacy Commission", "BE", "Meta")}),
    # common descriptions of bodies already in the reference
    ("en", ["Germany's cartel office said on Monday it had opened proceedings against Amazon."],
     {("investigation", "Federal Cartel Office", "DE", "Amazon")}),
    ("fr", ["L'office allemand des cartels a ouvert lundi une procédure contre Amazon."],
     {("investigation", "Federal Cartel Office", "DE", "Amazon")}),
    ("fr", ["L'Office fédéral des cartels a ouvert une procédure contre Amazon."],
     {("investigation", "Federal Cartel Office", "DE", "Amazon")}),
    ("fr", ["Le régulateur chinois des marchés a ouvert mardi une enquête sur Google."],
     {("investigation", "State Administration for Market Regulation", "CN", "Google")}),
    ("fr", ["Le commissaire canadien à la protection de la vie privée a lancé mardi une enquête "
            "sur X."],
     {("investigation", "Office of the Privacy Commissioner of Canada", "CA", "X")}),
    # bodies of tests/sweep 801, 804, 805 the reference lacked
    ("en", ["Japan's communications ministry ordered LY Corp. on Tuesday to overhaul its "
            "security."],
     {("order", "Japanese Ministry of Internal Affairs and Communications", "JP",
       "LY Corporation")}),
    ("en", ["Detectives from the Directorate of Criminal Investigations raided a Worldcoin "
            "warehouse in Nairobi on Friday."],
     {("investigation", "Directorate of Criminal Investigations", "KE", "Worldcoin")}),
    ("en", ["Kenya's interior ministry suspended Worldcoin on Wednesday."],
     {("block", "Kenyan Ministry of Interior", "KE", "Worldcoin")}),
    ("en", ["Interior Cabinet Secretary Kithure Kindiki suspended Worldcoin's activities on "
            "Wednesday."],
     {("block", "Kenyan Ministry of Interior", "KE", "Worldcoin")}),
    ("en", ["The Utah Division of Consumer Protection sued Snap on Monday."],
     {("lawsuit", "Utah Division of Consumer Protection", "US-UT", "Snap")}),
    # "Japan" alone is not one ministry's act: its government's (session 13)
    ("en", ["Japan fined Google on Monday."], {("fine", "Japanese government", "JP", "Google")}),
    # a parliament's committee inquiry stays no step
    ("en", ["The Senate committee inquiry into Meta ended on Friday."], set()),
    # the body a platform complains about is no actor
    ("en", ["Telegram said it would challenge the Investigative Committee's case in court."],
     set()),
]


@pytest.mark.parametrize(("language", "sentences", "expected"), CASES)
def test_body_steps(extractor: Extractor, reference: Reference, article_of,
                    language: str, sentences: list[str], expected: set[tuple]):
    text = "Titre\n\n" + "".join(s + "\n\n" for s in sentences)
    found = to_gold(extractor.extract(article_of(text, language, D, "Titre")),
                    reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected


def test_prosecutor_general_only_with_country(reference: Reference):
    """"Prosecutor General's Office" alone names many countries' offices."""
    bare = "prosecutor general's office"
    assert not [e.key for e in reference.entities.values()
                if any(a.lower() == bare for names in e.aliases.values() for a in names)]
    russia = reference.entities["authority/prosecutor-general-russia"]
    assert "Russia's Prosecutor General's Office" in russia.aliases["en"]
