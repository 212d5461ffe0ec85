"""Every body of the reference acts under its own names (issue 3, session 11): each authority
the extractor takes as an actor (Regulator, Government, ProsecutorOrCourt) is put, by its English
preferred label, in plain template sentences of wire reports ("The {label} fined Google €1
million on Monday."), and the step must come out with that body as actor. A sample of altLabels
and French labels is checked the same way. Traps: a short alias that is also a common word does
not act alone. Invented sentences; the bodies are those of `data/reference/*.ttl`."""

from __future__ import annotations

from pathlib import Path

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.modality import FACTUAL_STATUSES
from regkg.reference import Entity, load_reference

from .conftest import actions_of

DATA = Path(__file__).resolve().parents[2] / "data"
ACTOR_CLASSES = ("Regulator", "Government", "ProsecutorOrCourt")


def _acting_bodies() -> list[Entity]:
    reference = load_reference(DATA / "reference")
    return sorted((e for e in reference.of_kind("authority")
                   if any(c in e.classes for c in ACTOR_CLASSES)), key=lambda e: e.key)


BODIES = _acting_bodies()


def with_article(label: str) -> str:
    """'The Federal Trade Commission'; a one-word name ('Ofcom', 'CNIL') and a possessive
    ('Italy's ...') take no article, as the press writes them."""
    if " " not in label or "'s " in label or label.startswith("the "):
        return label
    return f"the {label}"


# Heads of French bodies' names by gender, for the article the press puts before them.
FEMININE_HEADS = frozenset({"autorité", "agence", "commission", "cour", "direction", "haute",
                            "inspection", "chambre", "administration", "procureure", "cnil",
                            "justice", "police", "garde", "coordinatrice", "instance"})
MASCULINE_HEADS = frozenset({"conseil", "comité", "bureau", "procureur", "ministère", "parquet",
                             "tribunal", "gouvernement", "département", "service", "régulateur",
                             "gendarme", "contrôleur", "commissaire", "défenseur", "médiateur",
                             "coordinateur", "garant", "garante", "cabinet", "secrétariat"})


def french_subject(label: str) -> str:
    """'la Commission nationale de l'informatique et des libertés', "l'Arcom", 'le procureur
    général de l'Alabama'; a one-word name of a consonant ('Roskomnadzor', 'CNIL') goes bare,
    its gender unknown."""
    head = label.split(" ", 1)[0].split("'", 1)[0].casefold()
    if label[0].casefold() in "aeiouéèêâîôû" and head not in ("un", "une"):
        return f"l'{label}"
    if head in FEMININE_HEADS:
        return f"la {label}"
    if head in MASCULINE_HEADS:
        return f"le {label}"
    return label


def actors(extractor: Extractor, text: str, language: str) -> list[tuple[str, str | None]]:
    return [(a.type, a.actor) for a in actions_of(extractor, text, language)
            if a.status in FACTUAL_STATUSES]


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("body", BODIES, ids=lambda e: e.key)
def test_every_body_fines_under_its_english_name(extractor: Extractor, body: Entity):
    text = capital(f"{with_article(body.label)} fined Google €1 million on Monday.")
    assert ("fine", body.key) in actors(extractor, text, "en"), text


@pytest.mark.parametrize("body", [b for b in BODIES if "Regulator" in b.classes],
                         ids=lambda e: e.key)
def test_every_regulator_opens_an_investigation_under_its_english_name(
        extractor: Extractor, body: Entity):
    text = f"On Tuesday {with_article(body.label)} opened an investigation into Meta."
    assert ("investigation", body.key) in actors(extractor, text, "en"), text


@pytest.mark.parametrize("body", [b for b in BODIES if "fr" in b.labels], ids=lambda e: e.key)
def test_every_body_fines_under_its_french_name(extractor: Extractor, body: Entity):
    text = capital(f"{french_subject(body.labels['fr'])} a infligé lundi une amende de 1 million "
                   "d'euros à Google.")
    assert ("fine", body.key) in actors(extractor, text, "fr"), text


def _alias_cases() -> list[tuple[str, str, str]]:
    """(language, alias, key): the first three English and two French aliases of each body."""
    cases = []
    for body in BODIES:
        cases += [("en", alias, body.key) for alias in body.aliases.get("en", ())[:3]]
        cases += [("fr", alias, body.key) for alias in body.aliases.get("fr", ())[:2]]
    return cases


@pytest.mark.parametrize(("language", "alias", "key"), _alias_cases(),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_a_sample_of_aliases_acts_for_its_body(extractor: Extractor, language: str, alias: str,
                                               key: str):
    text = (f"On Monday {with_article(alias)} fined Google €1 million." if language == "en" else
            f"Lundi, {french_subject(alias)} a infligé une amende de 1 million d'euros à Google.")
    assert ("fine", key) in actors(extractor, text, language), text


@pytest.mark.parametrize(("text", "language", "key"), [
    # A law's noun ends the body's name: the body acts, the name is no law as subject.
    ("The State Administration for Market Regulation fined Alibaba 18.2 billion yuan on "
     "Saturday.", "en", "authority/samr"),
    ("China's State Administration for Market Regulation on Friday fined Meituan.", "en",
     "authority/samr"),
    ("The State Administration for Market Regulation opened an investigation into Nvidia on "
     "Monday.", "en", "authority/samr"),
    ("The Supreme Council for Media Regulation blocked X in Egypt on Tuesday.", "en",
     "authority/scmr-egypt"),
    ("Egypt's Supreme Council for Media Regulation fined Netflix last week.", "en",
     "authority/scmr-egypt"),
    # "B.C." does not end the sentence the body's name opens.
    ("The B.C. Information and Privacy Commissioner ordered Clearview AI to stop on Tuesday.",
     "en", "authority/oipc-bc"),
    ("On Monday the B.C. privacy commissioner opened an investigation into TikTok.", "en",
     "authority/oipc-bc"),
])
def test_regression_a_name_ending_in_a_law_noun_or_an_abbreviation_acts(
        extractor: Extractor, text: str, language: str, key: str):
    assert key in [actor for _, actor in actors(extractor, text, language)], text


@pytest.mark.parametrize(("text", "language"), [
    # a law as subject still states no step of a body
    ("The Digital Markets Regulation bans Apple from tying its browser to iOS.", "en"),
    ("The new Regulation fined platforms that failed to remove illegal content.", "en"),
    ("Under the law, the Regulation fines companies up to 6% of their turnover.", "en"),
    # the body's name in a clause of what may come, or as the statute's maximum
    ("The State Administration for Market Regulation could fine Alibaba as early as next "
     "week.", "en"),
    ("The State Administration for Market Regulation may fine Meituan up to 10% of sales.", "en"),
    ("Egypt's Supreme Council for Media Regulation would block Netflix if it refused.", "en"),
])
def test_a_law_or_a_possible_step_stays_empty(extractor: Extractor, text: str, language: str):
    assert actors(extractor, text, language) == [], text


@pytest.mark.parametrize(("text", "language", "key"), [
    # A seat standing for its body, in a locative or complement position, is a place.
    ("Réunis à Bercy pour un salon, les éditeurs ont poursuivi Google en justice lundi.", "fr",
     "authority/french-government"),
    ("Lors d'une réunion à Matignon, les associations ont poursuivi TikTok en justice lundi.",
     "fr", "authority/french-government"),
    ("Réunis à Bruxelles mardi, les éditeurs de presse ont poursuivi Google en justice.", "fr",
     "authority/european-commission"),
    ("Lors d'une conférence à Londres, les parents ont poursuivi Meta en justice lundi.", "fr",
     "authority/uk-government"),
    ("Gathered in Brussels for a fair, the publishers sued Google on Monday.", "en",
     "authority/european-commission"),
    ("Meta's lawyers in Brussels said on Monday that the Irish regulator fined it.", "en",
     "authority/european-commission"),
    # An alias that is also a common word does not act alone.
    ("La mère, garante du compte de sa fille, a poursuivi Meta en justice lundi.", "fr",
     "authority/garante"),
    pytest.param("Cade Metz reported on Monday that Google had been fined €1 million.", "en",
                 "authority/cade", marks=pytest.mark.xfail(strict=True, reason=(
                     "'Cade' (Brazil's CADE as wire reports write it) is also a first name; "
                     "telling 'Cade Metz' from 'Cade fined' needs a person-name context the "
                     "English side has no model for"))),
])
def test_a_seat_or_common_word_alias_does_not_act_alone(extractor: Extractor, text: str,
                                                        language: str, key: str):
    assert key not in [actor for _, actor in actors(extractor, text, language)], text


@pytest.mark.parametrize(("text", "language", "key"), [
    # ... and still acts as the subject.
    ("Bercy a infligé lundi une amende de 40 millions d'euros à Shein.", "fr",
     "authority/french-government"),
    ("Matignon a ordonné mardi le blocage de TikTok en Nouvelle-Calédonie.", "fr",
     "authority/french-government"),
    ("Bruxelles a infligé lundi une amende de 500 millions d'euros à Apple.", "fr",
     "authority/european-commission"),
    ("Londres a ordonné lundi à TikTok de retirer les vidéos.", "fr", "authority/uk-government"),
    ("Brussels fined Apple €500 million on Monday.", "en", "authority/european-commission"),
])
def test_a_seat_as_subject_acts_for_its_body(extractor: Extractor, text: str, language: str,
                                             key: str):
    assert key in [actor for _, actor in actors(extractor, text, language)], text


@pytest.mark.parametrize(("text", "language"), [
    ("Britain's FCA fined Coinbase £3.5 million on Thursday.", "en"),
    ("Britain's financial watchdog fined Coinbase on Thursday.", "en"),
    ("The UK's financial watchdog opened an investigation into Coinbase on Monday.", "en"),
    ("The UK financial regulator on Tuesday fined Revolut £3.5 million.", "en"),
    ("Le régulateur financier britannique a infligé jeudi une amende à Coinbase.", "fr"),
    ("La FCA britannique a infligé jeudi une amende de 3,5 millions de livres à Coinbase.", "fr"),
])
def test_regression_the_fca_acts_under_its_country_names(extractor: Extractor, text: str,
                                                         language: str):
    assert "authority/fca" in [actor for _, actor in actors(extractor, text, language)], text


@pytest.mark.parametrize(("text", "language"), [
    # "FCA" alone is also the US False Claims Act; a possible step is no step
    ("The company settled an FCA claim on Monday.", "en"),
    ("Whistleblowers sued Meta under the FCA on Monday.", "en"),
    ("Britain's financial watchdog could fine Revolut as early as next month.", "en"),
    ("Le régulateur financier britannique pourrait infliger une amende à Coinbase.", "fr"),
])
def test_the_fca_without_its_country_or_possible_steps_act_for_nobody(
        extractor: Extractor, text: str, language: str):
    assert "authority/fca" not in [actor for _, actor in actors(extractor, text, language)], text


@pytest.mark.parametrize(("text", "key"), [
    # a place of two words before the domain (session 20: the words before the pattern's
    # one-word place complete it, as a name of the reference)
    ("British Columbia's privacy commissioner opened an investigation into TikTok on Monday.",
     "authority/oipc-bc"),
    ("Nova Scotia's privacy commissioner opened an investigation into TikTok on Monday.",
     "authority/oipc-nova-scotia"),
    ("Hong Kong's privacy commissioner opened an investigation into TikTok on Monday.",
     "authority/pcpd-hong-kong"),
    # ... and the word before a one-word place is no part of it
    ("ROME (Reuters) Italy's privacy watchdog opened an investigation into TikTok on Monday.",
     "authority/garante"),
])
def test_a_two_word_place_describes_its_body(extractor: Extractor, text: str,
                                                        key: str):
    assert key in [actor for _, actor in actors(extractor, text, "en")], text
