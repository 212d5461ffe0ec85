"""Breadth of the authority gazetteer (issue 3): the world's main bodies that act against online
platforms are found, linked and given their jurisdiction, in English and French; names several
bodies share are left unlinked unless the country is named with them; ordinary words and other
meanings of a short name link nothing.

The sentences are invented for this file, in the style of regulators' releases and wire reports.
"""

from __future__ import annotations

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gazetteer import Gazetteer
from regkg.extract.modality import FACTUAL_STATUSES
from regkg.reference import Reference

from .conftest import actions_of

EU_MEMBER_STATES = ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
                    "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES",
                    "SE")
EEA_ONLY = ("IS", "LI", "NO")
US_STATES = ("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
             "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
             "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
             "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC")


Step = tuple[str, str | None, str | None]


def steps(extractor: Extractor, text: str, language: str) -> list[Step]:
    """(type, actor, jurisdiction) of the factual actions extracted from `text`."""
    return sorted((a.type, a.actor, a.jurisdiction) for a in actions_of(extractor, text, language)
                  if a.status in FACTUAL_STATUSES)


def authorities(gazetteer: Gazetteer, text: str, language: str) -> list[str]:
    return [m.key for m in gazetteer.find(text, language) if m.key.startswith("authority/")]


# --- Found, linked, right jurisdiction: one English and one French sentence per family --------

CASES = [
    # EU/EEA data protection authorities
    ("en", "The Norwegian Data Protection Authority has fined Grindr 65 million kroner.",
     ("fine", "authority/norwegian-dpa", "NO")),
    ("fr", "L'autorité norvégienne de protection des données a infligé une amende à Grindr.",
     ("fine", "authority/norwegian-dpa", "NO")),
    ("en", "Sweden's privacy watchdog IMY has fined Spotify.", ("fine", "authority/imy", "SE")),
    ("fr", "La CNPD portugaise a ouvert une enquête sur TikTok.",
     ("investigation", "authority/cnpd-portugal", "PT")),
    ("en", "Hamburg's data protection authority fined Google.",
     ("fine", "authority/hamburg-data-protection-commissioner", "DE-HH")),
    # EU/EEA competition and consumer authorities
    ("en", "The Polish competition authority UOKiK has launched proceedings against Amazon.",
     ("investigation", "authority/uokik", "PL")),
    ("fr", "L'UOKiK a ouvert une enquête sur Temu.", ("investigation", "authority/uokik", "PL")),
    ("en", "The Swiss Competition Commission opened an investigation into Google.",
     ("investigation", "authority/comco", "CH")),
    # Governments that act themselves (one per jurisdiction)
    ("en", "Spain's Ministry of Consumer Affairs fined Airbnb 64 million euros.",
     ("fine", "authority/spanish-consumer-affairs-ministry", "ES")),
    ("fr", "Le ministère espagnol de la Consommation a infligé une amende de 64 millions "
           "d'euros à Airbnb.", ("fine", "authority/spanish-consumer-affairs-ministry", "ES")),
    # United Kingdom
    ("en", "The Advertising Standards Authority banned the TikTok ads.",
     ("block", "authority/asa", "GB")),
    # US state attorneys general and federal bodies
    ("en", "The Colorado Attorney General sued TikTok on Tuesday.",
     ("lawsuit", "authority/colorado-attorney-general", "US-CO")),
    ("fr", "Le procureur général du Colorado a poursuivi TikTok en justice.",
     ("lawsuit", "authority/colorado-attorney-general", "US-CO")),
    ("fr", "La procureure générale de New York, Letitia James, a poursuivi Meta en justice.",
     ("lawsuit", "authority/new-york-attorney-general", "US-NY")),
    ("en", "Tennessee Attorney General Jonathan Skrmetti filed a lawsuit against Roblox.",
     ("lawsuit", "authority/tennessee-attorney-general", "US-TN")),
    ("en", "The Washington Attorney General sued Amazon.",
     ("lawsuit", "authority/washington-attorney-general", "US-WA")),
    ("en", "The SEC charged Meta.", ("lawsuit", "authority/sec", "US")),
    # Latin America
    ("en", "Brazil's antitrust regulator Cade opened an investigation into Apple.",
     ("investigation", "authority/cade", "BR")),
    ("en", "Colombia's SIC ordered TikTok to comply.", ("order", "authority/sic-colombia", "CO")),
    # Asia-Pacific
    ("en", "The Competition Commission of India fined Google.", ("fine", "authority/cci", "IN")),
    ("fr", "La Commission de la concurrence de l'Inde a infligé une amende à Google.",
     ("fine", "authority/cci", "IN")),
    ("en", "South Korea's Personal Information Protection Commission fined Meta.",
     ("fine", "authority/pipc", "KR")),
    ("en", "Singapore's Infocomm Media Development Authority ordered X to block the accounts.",
     ("order", "authority/imda", "SG")),
    # Russia, China, Turkey
    ("en", "Roskomnadzor blocked Telegram.", ("block", "authority/roskomnadzor", "RU")),
    ("fr", "Roskomnadzor a bloqué YouTube.", ("block", "authority/roskomnadzor", "RU")),
    ("en", "The Cyberspace Administration of China ordered Apple to remove WhatsApp.",
     ("order", "authority/cac", "CN")),
    ("fr", "L'Autorité turque de la concurrence a infligé une amende à Google.",
     ("fine", "authority/turkish-competition-authority", "TR")),
    # a country that blocks a platform itself: its government, found by the country's name
    ("en", "Nepal blocked Facebook on Thursday.", ("block", "authority/nepal-government", "NP")),
    ("fr", "Le Népal a bloqué Facebook.", ("block", "authority/nepal-government", "NP")),
    ("en", "Bangladesh's BTRC blocked TikTok.", ("block", "authority/btrc", "BD")),
    ("en", "Hong Kong's privacy watchdog ordered Meta to remove the posts.",
     ("order", "authority/pcpd-hong-kong", "HK")),
    ("en", "The California Privacy Protection Agency fined Honda.",
     ("fine", "authority/cppa", "US-CA")),
    # Africa
    ("en", "Nigeria's Federal Competition and Consumer Protection Commission fined Meta "
           "$220 million.", ("fine", "authority/fccpc", "NG")),
    ("en", "Kenya's Office of the Data Protection Commissioner has fined Meta.",
     ("fine", "authority/odpc-kenya", "KE")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text", "expected"), CASES,
                         ids=[f"{c[0]}-{(c[2][1] or c[2][2]).split('/')[-1]}" for c in CASES])
def test_a_new_body_acts_with_its_jurisdiction(extractor: Extractor, language: str, text: str,
                                               expected: Step):
    assert steps(extractor, text, language) == [expected]


# --- Names several bodies share: linked only with their country -------------------------------

@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Denmark's Datatilsynet opened an investigation.", "en", ["authority/danish-dpa"]),
        ("Norway's Datatilsynet opened an investigation.", "en", ["authority/norwegian-dpa"]),
        ("Le Datatilsynet norvégien a ouvert une enquête.", "fr", ["authority/norwegian-dpa"]),
        ("Datatilsynet opened an investigation.", "en", []),
        ("La CNPD portugaise a ouvert une enquête.", "fr", ["authority/cnpd-portugal"]),
        ("Portugal's CNPD opened an investigation.", "en", ["authority/cnpd-portugal"]),
        ("Japan's Personal Information Protection Commission issued guidance.", "en",
         ["authority/japan-ppc"]),
        ("Korea's Personal Information Protection Commission issued guidance.", "en",
         ["authority/pipc"]),
        ("The Personal Information Protection Commission issued guidance.", "en", []),
        ("The Office of the Privacy Commissioner opened an investigation.", "en",
         ["authority/opc-canada"]),
        ("New Zealand's Privacy Commissioner opened an investigation.", "en",
         ["authority/nz-privacy-commissioner"]),
    ],
)
def test_shared_names_are_linked_only_with_their_country(gazetteer: Gazetteer, text: str,
                                                         language: str, expected: list[str]):
    assert authorities(gazetteer, text, language) == expected


def test_a_shared_short_name_is_no_alias_of_either_body(reference: Reference):
    for name in ("Datatilsynet", "Personal Information Protection Commission", "PDPC", "PPC"):
        assert reference.by_label(name) == (), name


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La Commission de la concurrence a ouvert une enquête sur Google.", "fr",
         ["authority/comco"]),
        ("La Commission de la concurrence indienne a infligé une amende à Google.", "fr",
         ["authority/cci"]),
        ("La Commission de la concurrence d'Afrique du Sud a ouvert une enquête.", "fr",
         ["authority/competition-commission-south-africa"]),
        ("L'Autorité de la concurrence du Luxembourg a ouvert une enquête.", "fr",
         ["authority/luxembourg-competition-authority"]),
        ("L'Autorité de la concurrence a ouvert une enquête.", "fr",
         ["authority/autorite-de-la-concurrence"]),
        ("The West Virginia Attorney General sued Apple.", "en",
         ["authority/west-virginia-attorney-general"]),
        ("The Attorney General of West Virginia sued Apple.", "en",
         ["authority/west-virginia-attorney-general"]),
        ("The Virginia Attorney General sued Apple.", "en",
         ["authority/virginia-attorney-general"]),
    ],
)
def test_the_longest_name_decides_between_bodies(gazetteer: Gazetteer, text: str, language: str,
                                                 expected: list[str]):
    assert authorities(gazetteer, text, language) == expected


# --- Descriptions by country and domain, as wire reports and French press name bodies ---------

@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a French description holding another body's proper name is not that body
        ("L'Autorité de la concurrence italienne a infligé une amende à Google.", "fr",
         ["authority/agcm"]),
        ("L'Autorité de la concurrence britannique a ouvert une enquête.", "fr", ["authority/cma"]),
        ("L'Autorité de la concurrence européenne a ouvert une enquête.", "fr",
         ["authority/european-commission"]),
        ("L'Autorité de protection des données italienne a infligé une amende à OpenAI.", "fr",
         ["authority/garante"]),
        ("L'autorité de protection des données norvégienne a infligé une amende.", "fr",
         ["authority/norwegian-dpa"]),
        ("L'Autorité de protection des données a infligé une amende.", "fr",
         ["authority/belgian-dpa"]),
        ("Le gendarme norvégien de la vie privée a infligé une amende.", "fr",
         ["authority/norwegian-dpa"]),
        ("La Cnil norvégienne a infligé une amende.", "fr", ["authority/norwegian-dpa"]),
        ("Le gendarme polonais de la concurrence a ouvert une enquête.", "fr", ["authority/uokik"]),
        # English, sentence-initial "The" included
        ("The Dutch privacy watchdog has fined Uber.", "en", ["authority/dutch-dpa"]),
        ("The Danish data protection agency has fined Meta.", "en", ["authority/danish-dpa"]),
        ("Poland's data watchdog fined Meta.", "en", ["authority/uodo"]),
        ("Norway's consumer watchdog fined Meta.", "en", ["authority/forbrukertilsynet"]),
        ("Italy's competition authority fined Apple.", "en", ["authority/agcm"]),
        ("The Philippines' privacy watchdog fined TikTok.", "en", ["authority/npc-philippines"]),
        # the member state's Digital Services Coordinator (DSA)
        ("The Irish Digital Services Coordinator opened an investigation.", "en",
         ["authority/coimisiun-na-mean"]),
        ("Sweden's digital services coordinator opened an investigation.", "en", ["authority/pts"]),
        ("Le coordinateur néerlandais pour les services numériques a ouvert une enquête.", "fr",
         ["authority/acm"]),
        # seats and titles standing for a body
        ("Bercy a infligé une amende à Shein.", "fr", ["authority/french-government"]),
        ("The EU executive opened proceedings.", "en", ["authority/european-commission"]),
        ("The UK Information Commissioner issued a reprimand.", "en", ["authority/ico"]),
        ("The Australian Information Commissioner found a breach.", "en", ["authority/oaic"]),
    ],
)
def test_descriptions_name_the_countrys_body(gazetteer: Gazetteer, text: str, language: str,
                                            expected: list[str]):
    assert authorities(gazetteer, text, language) == expected


def test_descriptive_french_aliases_stay_in_french(gazetteer: Gazetteer):
    text = "The autorité de protection des données norvégienne is cited in French."
    assert authorities(gazetteer, text, "en") == []


# --- Ordinary words and other meanings link nothing ---------------------------------------------

@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le CAC 40 a reculé après la sanction contre Google.", "fr"),
        ("La CCI de Paris a appelé Amazon à mieux payer les commerçants.", "fr"),
        ("The PTA asked TikTok to remove the videos.", "en"),
        ("The NPC passed a new data law.", "en"),
        ("The PPC campaign on Google was paused.", "en"),
        ("The FCA case against the platform was settled.", "en"),
        ("The PDPC issued a statement.", "en"),
    ],
)
def test_abbreviations_of_other_things_are_not_authorities(gazetteer: Gazetteer, text: str,
                                                           language: str):
    assert authorities(gazetteer, text, language) == []


@pytest.mark.slow
def test_the_cac_40_is_no_actor(extractor: Extractor):
    found = steps(extractor, "Le CAC 40 a reculé après l'amende infligée à Google.", "fr")
    assert "authority/cac" not in {actor for _, actor, _ in found}


@pytest.mark.parametrize(
    ("text", "language", "wrong"),
    [
        ("Georgia blocked TikTok.", "en", "jurisdiction/US-GA"),
        ("Washington sued Google.", "en", "jurisdiction/US-WA"),
        ("Meta's office in Berlin was searched.", "en", "jurisdiction/DE-BE"),
        ("Google opened an office in Hamburg.", "en", "jurisdiction/DE-HH"),
        ("Le gouvernement de la Colombie-Britannique a poursuivi Meta.", "fr", "jurisdiction/CO"),
        ("La Virginie-Occidentale a poursuivi Apple.", "fr", "jurisdiction/US-VA"),
        ("Le chili est une épice; la dinde aussi.", "fr", "jurisdiction/CL"),
        ("The turkey was served on china plates bought on Temu.", "en", "jurisdiction/TR"),
        ("The turkey was served on china plates bought on Temu.", "en", "jurisdiction/CN"),
    ],
)
def test_places_and_words_that_are_not_the_new_jurisdictions(gazetteer: Gazetteer, text: str,
                                                             language: str, wrong: str):
    assert wrong not in [m.key for m in gazetteer.find(text, language)]


# --- Coverage -------------------------------------------------------------------------------------

def test_every_us_state_and_dc_has_its_attorney_general(reference: Reference):
    missing = []
    for code in US_STATES:
        bodies = [e for e in reference.regulators_of(f"US-{code}")
                  if e.label.endswith("Attorney General") and "ProsecutorOrCourt" in e.classes]
        if len(bodies) != 1 or reference.entities[f"jurisdiction/US-{code}"].part_of != "US":
            missing.append(code)
    assert missing == []


def test_attorney_general_labels_follow_one_pattern(reference: Reference):
    for code in US_STATES:
        (body,) = [e for e in reference.regulators_of(f"US-{code}")
                   if e.label.endswith("Attorney General")]
        assert body.labels["fr"].startswith("procureur général "), body.key
        assert f"Attorney General of {body.label.removesuffix(' Attorney General')}" in (
            body.aliases.get("en", ())) or code == "DC", body.key


@pytest.mark.parametrize("code", EU_MEMBER_STATES + ("NO",))
def test_every_eu_state_and_norway_has_privacy_and_competition_regulators(
    reference: Reference, code: str
):
    regulators = [e for e in reference.regulators_of(code) if "Regulator" in e.classes]
    assert len(regulators) >= 2, code


@pytest.mark.parametrize("code", EEA_ONLY)
def test_every_eea_state_has_a_data_protection_authority(reference: Reference, code: str):
    labels = [e.label for e in reference.regulators_of(code)]
    assert any("Data Protection" in label for label in labels), labels


@pytest.mark.parametrize(
    ("code", "english", "french"),
    [("NO", "Norway", "Norvège"), ("SE", "Sweden", "Suède"), ("PL", "Poland", "Pologne"),
     ("RU", "Russia", "Russie"), ("ZA", "South Africa", "Afrique du Sud"),
     ("NZ", "New Zealand", "Nouvelle-Zélande"), ("US-GA", "State of Georgia", "État de Géorgie")],
)
def test_new_jurisdictions_have_english_and_french_labels(reference: Reference, code: str,
                                                          english: str, french: str):
    assert reference.entities[f"jurisdiction/{code}"].labels == {"en": english, "fr": french}
