"""Speakers the claim reader missed: names after a headline line, French particles, appositives
whose role noun the patterns do not list. Invented sentences in the style of wire reports and
releases (issue 3, claims)."""

from __future__ import annotations

import pytest

from regkg.extract.claims import find_claims
from regkg.extract.gazetteer import Gazetteer
from regkg.models import Article, Claim
from regkg.reference import Reference


@pytest.fixture(scope="module")
def gazetteer(reference: Reference) -> Gazetteer:
    return Gazetteer(reference)


def direct_claims(text: str, language: str, reference: Reference,
                  gazetteer: Gazetteer) -> list[Claim]:
    article = Article("test", text, None, None, None, None, language, "0" * 64)
    mentions = gazetteer.find(text, language)
    claims, _ = find_claims(article, [], mentions, reference, language)
    return [c for c in claims if not c.indirect]


def speakers(text: str, language: str, reference: Reference, gazetteer: Gazetteer) -> list[str]:
    return [c.speaker for c in direct_claims(text, language, reference, gazetteer)]


def test_name_does_not_run_over_the_headline_line(reference, gazetteer):
    # the headline's last capitalised word was read as the first name of "Helen Dixon"
    text = ("Regulator fines social network over data transfers to the US\n\n"
            'Helen Dixon said: "The transfers were systematic, repeated and ongoing."')
    assert speakers(text, "en", reference, gazetteer) == ["person/helen-dixon"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Google ne pouvait pas se servir de sa position pour avantager ses outils », a déclaré "
     "Isabelle de Silva, présidente de l'Autorité.", "person/isabelle-de-silva"),
    ("« Le régulateur a fait son travail jusqu'au bout », a déclaré Laure de La Raudière, "
     "présidente de l'Arcom.", "person/laure-de-la-raudiere"),
    ("« C'est une victoire, mais elle arrive bien tard », a réagi Bastien Le Querrec, juriste "
     "à La Quadrature du Net.", "person/bastien-le-querrec"),
])
def test_french_particle_names_speak(reference, gazetteer, text, speaker):
    assert speakers(text, "fr", reference, gazetteer) == [speaker]


def test_particle_after_a_word_that_is_no_first_name_names_no_one(reference, gazetteer):
    text = "« Le régulateur a fait son travail jusqu'au bout », a déclaré la Chambre de Commerce."
    assert speakers(text, "fr", reference, gazetteer) == []


@pytest.mark.parametrize("appositive", [
    "chairperson of the Korea Fair Trade Commission",
    "the chairperson of the Korea Fair Trade Commission",
    "who chairs the Korea Fair Trade Commission",
])
def test_quote_name_appositive_verb_attributes_the_quote(reference, gazetteer, appositive):
    text = (f'"For a decade, the conduct of Google kept rival systems out of the market," '
            f"Joh Sung-wook, {appositive}, told reporters.")
    assert speakers(text, "en", reference, gazetteer) == ["person/joh-sung-wook"]


def test_appositive_that_names_no_function_is_no_role(reference, gazetteer):
    text = ('"For a decade, the conduct of Google kept rival systems out of the market," '
            "Joh Sung-wook, who chairs the Korea Fair Trade Commission, told reporters.")
    (claim,) = direct_claims(text, "en", reference, gazetteer)
    assert claim.speaker_role is None


@pytest.mark.parametrize(("appositive", "role"), [
    ("the chairperson of the KFTC", "the chairperson of the KFTC"),
    ("the Irish data protection commissioner", "the Irish data protection commissioner"),
])
def test_role_head_after_qualifiers(reference, gazetteer, appositive, role):
    text = (f'"The fine reflects how serious the breaches were," Jane Okafor, {appositive}, '
            "said.")
    (claim,) = direct_claims(text, "en", reference, gazetteer)
    assert (claim.speaker, claim.speaker_role) == ("person/jane-okafor", role)


def test_particle_after_two_names(reference, gazetteer):
    text = ("« Le consentement aux traceurs n'est pas une formalité », a déclaré Louis Dutheillet "
            "de Lamothe, secrétaire général de la CNIL.")
    assert speakers(text, "fr", reference, gazetteer) == ["person/louis-dutheillet-de-lamothe"]


FR_QUOTE = "« Cette amende est un signal fort envoyé aux plateformes »"
EN_QUOTE = '"This fine sends a strong signal to the platforms,"'


@pytest.mark.parametrize("clause", [
    "a tranché Jean Dupont, président de l'association",
    "a glissé Jean Dupont",
    "lâche Jean Dupont",
    "tempère la ministre Jeanne Martin",
    "a asséné mercredi Jean Dupont",
])
def test_french_incise_with_any_verb(reference, gazetteer, clause):
    (claim,) = direct_claims(f"{FR_QUOTE}, {clause}.", "fr", reference, gazetteer)
    assert claim.speaker in ("person/jean-dupont", "person/jeanne-martin")


@pytest.mark.parametrize("clause", [
    "Jane Doe quipped", "Jane Doe tweeted", "Jane Doe, the chairwoman, countered",
    "countered Jane Doe",
])
def test_english_reporting_clause_with_any_past_tense(reference, gazetteer, clause):
    assert speakers(f"{EN_QUOTE} {clause}.", "en", reference, gazetteer) == ["person/jane-doe"]


@pytest.mark.parametrize(("text", "language"), [
    (f"{FR_QUOTE}, dans une lettre à Jean Dupont.", "fr"),  # the addressee does not speak
    (f"{FR_QUOTE}, rapporte Le Monde.", "fr"),  # a newspaper is no person
    (f"{EN_QUOTE} reported Reuters.", "en"),
    (f"{EN_QUOTE} Jane Doe's office confirmed.", "en"),  # her office speaks, not she
])
def test_incise_without_a_person_speaking_gives_no_claim(reference, gazetteer, text, language):
    assert speakers(text, language, reference, gazetteer) == []


@pytest.mark.parametrize(("clause", "role"), [
    ("a souligné auprès de l'AFP Jean Dupont, président de l'association",
     "président de l'association"),
    ("a déclaré à l'AFP Jean Dupont", None),  # the agency it was said to is no role
])
def test_whom_it_was_said_to_is_no_role(reference, gazetteer, clause, role):
    (claim,) = direct_claims(f"{FR_QUOTE}, {clause}.", "fr", reference, gazetteer)
    assert (claim.speaker, claim.speaker_role) == ("person/jean-dupont", role)


@pytest.mark.parametrize("text", [
    "Jean Dupont se réjouit : « C'est une victoire pour les consommateurs. »",
    "Jean Dupont, président de l'UFC, s'est réjoui : « C'est une victoire pour les "
    "consommateurs. »",
])
def test_reflexive_verb_before_the_quote(reference, gazetteer, text):
    assert speakers(text, "fr", reference, gazetteer) == ["person/jean-dupont"]


@pytest.mark.parametrize("subject", [
    "Jane Doe of the Consumer Federation of America",
    "Jane Doe of Acme Rights",
    "Jane Doe at the Electronic Frontier Foundation",
])
def test_person_of_an_organisation_speaks(reference, gazetteer, subject):
    # "Consumer Federation" read as a person's name took the quote, with "Jane Doe of the" as
    # its role
    assert speakers(f"{EN_QUOTE} {subject} said.", "en", reference, gazetteer) == [
        "person/jane-doe"]


def test_where_a_statement_was_made_is_no_role(reference, gazetteer):
    text = f"{FR_QUOTE}, affirme dans un communiqué Jean Dupont."
    (claim,) = direct_claims(text, "fr", reference, gazetteer)
    assert (claim.speaker, claim.speaker_role) == ("person/jean-dupont", None)
