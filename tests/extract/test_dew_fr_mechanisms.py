"""Missed steps of mechanisms read on the French half of tests/dew (issue 3, session 15), each
shown in other words, with the traps that must stay empty or keep their right slots.

- Reference classes: police forces and cybercrime prosecutors (Germany's BKA, Frankfurt's ZIT,
  the FBI, the NCA, the Dutch police), city and regional governments (Barcelona, Madrid,
  Catalonia), darknet markets, sanctioned exchanges and rental platforms: a body or a platform
  missing from the reference cannot act or be acted against at all.
- Sanctions of a sanctions authority (a treasury, a foreign-assets office) on a platform are an
  order (an asset freeze), not a sanction on persons (sanctions_regimes.py); "annonce des
  sanctions contre" is a sanction as "impose des sanctions" is (actions.yaml).
- A takedown told as a perfect infinitive after a verb of saying ("annoncent avoir fermé X",
  "affirme avoir mis hors ligne X") or as "a démantelé X" (lexicon.yaml).
- "enquêtait depuis août 2021 sur X": a start between the verb and its object (actions.yaml).
- Addressees of a fine with an apposition between commas before the fine ("a infligé à X et à
  Y, deux des principales plateformes de ..., une amende") (actions.yaml).
- "La municipalité", "la mairie", "la police", "le parquet", "the city council" refer back to
  a body of that kind only (linking_discourse.py, actions.yaml `authority_anaphora`).
- A further term of a decision, its subject a description of the companies it was taken
  against ("Les deux sociétés devront également publier ...") (further_terms.py).
- A block told by its effect, the body's decision fronted ("Sur décision de X, les appels via Y
  ne passent plus") (actions.yaml).
- A body's letters as the subject of their sending ("Les courriers de X sont partis vers A, B")
  are its requests for information, as English "X's letters went to A" already was
  (actions.yaml).
- Guidelines a body publishes for platforms are its statement, target none (actions.yaml).

Every text is invented for these tests: real bodies and platforms, no sentence of a test set.
Each case failed before the fix, or is a trap that must keep its (right) result.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 3, 8)  # a Friday
BKA, ZIT = "Federal Criminal Police Office", "Frankfurt Public Prosecutor General's Office"
FBI, NCA, POLITIE = "Federal Bureau of Investigation", "National Crime Agency", "Netherlands Police"
TREASURY, OFAC = "US Department of the Treasury", "Office of Foreign Assets Control"
BCN, MAD, CAT = "Barcelona City Council", "Madrid City Council", "Government of Catalonia"
PARIS = "Paris prosecutor's office"
ADLC, AGCM, CMA = ("French Competition Authority", "Italian Competition Authority",
                   "Competition and Markets Authority")
ANRT, PTA = ("National Telecommunications Regulatory Agency of Morocco",
             "Pakistan Telecommunication Authority")
EC = "European Commission"


@pytest.fixture(scope="module")
def steps(placed_steps):
    """steps(body, language) -> {(type, actor label, jurisdiction, target labels, date)} of
    the factual steps of "Headline" + body (tests/extract/conftest.py: placed_steps)."""
    return placed_steps(DAY)


def _rows(found: set[tuple[object, ...]]) -> set[tuple[object, ...]]:
    return {row[:4] for row in found}


# --- 1. Police, prosecutors, cities and the platforms they act against ------------------------

REFERENCE_CLASSES = [
    ("en", "The FBI shut down ChipMixer on Wednesday.", {("block", FBI, "US", ("ChipMixer",))}),
    ("en", "Britain's National Crime Agency shut down Genesis Market on Tuesday.",
     {("block", NCA, "GB", ("Genesis Market",))}),
    ("en", "Barcelona City Council fined Vrbo 300,000 euros on Monday.",
     {("fine", BCN, "ES-CT", ("Vrbo",))}),
    ("en", "Madrid City Council fined Airbnb 100,000 euros on Monday.",
     {("fine", MAD, "ES-MD", ("Airbnb",))}),
    ("fr", "La mairie de Madrid a infligé lundi à Airbnb une amende de 30 000 euros.",
     {("fine", MAD, "ES-MD", ("Airbnb",))}),
    ("fr", "Le gouvernement catalan a condamné HomeAway à 30 000 euros d'amende en 2015.",
     {("fine", CAT, "ES-CT", ("HomeAway",))}),
    ("fr", "La police néerlandaise a bloqué Bitzlato mercredi.",
     {("block", POLITIE, "NL", ("Bitzlato",))}),
]


@pytest.mark.parametrize(("language", "text", "expected"), REFERENCE_CLASSES)
def test_police_cities_and_their_platforms_are_known(steps, language, text, expected):
    assert expected <= _rows(steps(text, language))


# --- 2. Sanctions of a sanctions body on a platform are an order -------------------------------

SANCTIONS = [
    ("fr", "Le Trésor américain a annoncé lundi des sanctions contre Bitzlato.",
     {("order", TREASURY, "US", ("Bitzlato",))}),
    ("fr", "L'OFAC annonce des sanctions contre Suex et contre Garantex.",
     {("order", OFAC, "US", ("Suex",)), ("order", OFAC, "US", ("Garantex",))}),
    ("en", "The US Treasury imposed sanctions on Bitzlato and Suex on Tuesday.",
     {("order", TREASURY, "US", ("Bitzlato",)), ("order", TREASURY, "US", ("Suex",))}),
    ("en", "OFAC sanctioned Garantex in April 2022.", {("order", OFAC, "US", ("Garantex",))}),
    ("en", "The Treasury Department announced sanctions against Hydra Market.",
     {("order", TREASURY, "US", ("Hydra Market",))}),
]


@pytest.mark.parametrize(("language", "text", "expected"), SANCTIONS)
def test_sanctions_on_a_platform_are_an_order(steps, language, text, expected):
    assert expected <= _rows(steps(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Trésor américain annonce des sanctions contre Dmitri Pavlov."),
    ("en", "The US Treasury imposed sanctions on three Russian bankers on Tuesday."),
    ("fr", "La CNIL annonce des sanctions contre Google."),
])
def test_trap_sanctions_on_persons_or_by_another_body_are_no_order(steps, language, text):
    assert not any(row[0] == "order" for row in steps(text, language))


# --- 3. A takedown told as a perfect infinitive or as "démantelé" ------------------------------

TAKEDOWNS = [
    ("fr", "La police néerlandaise affirme avoir mis hors ligne Genesis Market mercredi.",
     {("block", POLITIE, "NL", ("Genesis Market",))}),
    ("fr", "Le FBI a démantelé AlphaBay en juillet 2017.", {("block", FBI, "US", ("AlphaBay",))}),
    ("fr", "Le parquet général de Francfort annonce avoir fermé ChipMixer.",
     {("block", ZIT, "DE-HE", ("ChipMixer",))}),
    ("fr", "Le BKA et le FBI annoncent avoir démantelé ChipMixer.",
     {("block", BKA, "DE", ("ChipMixer",)), ("block", FBI, "US", ("ChipMixer",))}),
    ("fr", "L'Office fédéral de police criminelle et la centrale de lutte contre la "
     "cybercriminalité du parquet général de Francfort ont annoncé jeudi avoir fermé "
     "Genesis Market.",
     {("block", BKA, "DE", ("Genesis Market",)), ("block", ZIT, "DE-HE", ("Genesis Market",))}),
]


@pytest.mark.parametrize(("language", "text", "expected"), TAKEDOWNS)
def test_a_takedown_told_as_said_is_a_block(steps, language, text, expected):
    assert expected <= _rows(steps(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Free a été sanctionnée par l'Arcep pour avoir bloqué Google."),
    ("fr", "Le BKA annonce avoir fermé son bureau de Wiesbaden."),
])
def test_trap_conduct_or_an_office_closed_is_no_block(steps, language, text):
    assert not any(row[0] == "block" for row in steps(text, language))


# --- 4. "enquêtait depuis <date> sur X" ---------------------------------------------------------

SINCE_PROBES = [
    ("Le FBI enquêtait depuis mars 2019 sur AlphaBay.",
     ("investigation", FBI, "US", ("AlphaBay",))),
    ("La police néerlandaise enquête depuis plusieurs mois sur Genesis Market.",
     ("investigation", POLITIE, "NL", ("Genesis Market",))),
    ("Le parquet de Paris enquête depuis le 8 juillet sur Telegram.",
     ("investigation", PARIS, "FR", ("Telegram",))),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_PROBES)
def test_a_probe_with_its_start_before_the_object(steps, text, expected):
    assert expected in _rows(steps(text, "fr"))


# --- 5. Addressees with an apposition before the fine ------------------------------------------

APPOSED_FINES = [
    ("L'Autorité de la concurrence a infligé à Google et à Meta, deux des géants américains de "
     "la publicité en ligne, une amende de 100 millions d'euros chacune.",
     {("fine", ADLC, "FR", ("Google",)), ("fine", ADLC, "FR", ("Meta",))}),
    ("La mairie de Barcelone a infligé à Booking.com et à Airbnb, deux plateformes de "
     "réservation entre particuliers, une amende de 300 000 euros chacune.",
     {("fine", BCN, "ES-CT", ("Booking.com",)), ("fine", BCN, "ES-CT", ("Airbnb",))}),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_FINES)
def test_addressees_with_an_apposition_are_fined(steps, text, expected):
    assert expected <= _rows(steps(text, "fr"))


# --- 6. "la municipalité", "the city council": a body of that kind -----------------------------

KIND_ANAPHORA = [
    ("fr", "La mairie de Madrid a infligé jeudi une amende de 30 000 euros à Airbnb. La "
     "municipalité avait déjà infligé en 2015 une amende de 10 000 euros à HomeAway.",
     {("fine", MAD, "ES-MD", ("HomeAway",), "2015")}),
    ("fr", "La mairie de Barcelone a infligé jeudi à Airbnb et à HomeAway une amende de 600 000 "
     "euros chacune. La mairie leur avait déjà infligé, l'an dernier, une amende de 30 000 euros "
     "chacune.",
     {("fine", BCN, "ES-CT", ("Airbnb",), "2023"), ("fine", BCN, "ES-CT", ("HomeAway",), "2023")}),
    ("en", "Barcelona City Council fined Airbnb 600,000 euros on Thursday. The city council had "
     "already fined HomeAway 30,000 euros in 2015.",
     {("fine", BCN, "ES-CT", ("HomeAway",), "2015")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), KIND_ANAPHORA)
def test_a_description_of_its_kind_refers_back_to_the_body(steps, language, text, expected):
    assert expected <= steps(text, language)


def test_trap_the_town_hall_is_not_the_last_regulator(steps):
    found = steps("La CNIL a infligé jeudi à Google et à Amazon une amende de 6 millions d'euros "
                  "chacune. La mairie leur avait déjà infligé l'an dernier une amende de 30 000 "
                  "euros chacune.", "fr")
    assert not any(row[4] == "2023" for row in found)


# --- 7. A further term of a decision, its subject a description -------------------------------

FURTHER_TERMS = [
    ("fr", "L'Autorité de la concurrence a infligé à Google et à Meta une amende de 50 millions "
     "d'euros chacune. Les deux sociétés devront également publier un résumé de la décision sur "
     "leur site.",
     {("order", ADLC, "FR", ("Google",)), ("order", ADLC, "FR", ("Meta",))}),
    ("en", "Italy's competition authority fined Apple and Google 10 million euros each on "
     "Friday. The two companies must also publish a corrective statement on their Italian "
     "websites.",
     {("order", AGCM, "IT", ("Apple",)), ("order", AGCM, "IT", ("Google",))}),
    ("fr", "L'Autorité italienne de la concurrence a infligé mardi une amende de 5 millions "
     "d'euros à TikTok. L'entreprise devra aussi informer ses utilisateurs de la sanction.",
     {("order", AGCM, "IT", ("TikTok",))}),
    ("en", "The CMA fined Ticketmaster 2 million pounds on Monday. The company must also notify "
     "every affected customer.", {("order", CMA, "GB", ("Ticketmaster",))}),
]


@pytest.mark.parametrize(("language", "text", "expected"), FURTHER_TERMS)
def test_a_further_term_is_an_order_of_the_deciding_body(steps, language, text, expected):
    assert expected <= _rows(steps(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Google et Meta ont publié des résultats record. Les deux sociétés devront également "
     "publier leurs comptes annuels."),
    ("fr", "L'Autorité de la concurrence a infligé à Google et à Meta une amende de 50 millions "
     "d'euros chacune. Si la décision est confirmée en appel, les deux sociétés devront "
     "également publier un résumé."),
    ("en", "Apple and Google reported record sales. The two companies must also publish their "
     "accounts."),
])
def test_trap_no_decision_or_a_condition_gives_no_order(steps, language, text):
    assert not any(row[0] == "order" for row in steps(text, language))


# --- 8. A block told by its effect, the decision fronted ---------------------------------------

EFFECT_BLOCKS = [
    ("fr", "Sur décision de l'ANRT, Skype n'est plus accessible depuis lundi.",
     {("block", ANRT, "MA", ("Skype",))}),
    ("fr", "Sur ordre de l'Autorité pakistanaise des télécommunications, les appels via "
     "WhatsApp et Viber ne passent plus sur les réseaux mobiles.",
     {("block", PTA, "PK", ("WhatsApp",)), ("block", PTA, "PK", ("Viber",))}),
    ("en", "On the orders of the Pakistan Telecommunication Authority, calls over Skype and "
     "Viber no longer go through on mobile networks.",
     {("block", PTA, "PK", ("Skype",)), ("block", PTA, "PK", ("Viber",))}),
    ("en", "Following a decision by the ANRT, WhatsApp calls are no longer available.",
     {("block", ANRT, "MA", ("WhatsApp",))}),
]


@pytest.mark.parametrize(("language", "text", "expected"), EFFECT_BLOCKS)
def test_a_block_told_by_its_effect(steps, language, text, expected):
    assert expected <= _rows(steps(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Depuis la panne de lundi, WhatsApp ne fonctionne plus au Maroc."),
    ("fr", "Sur décision de Meta, Messenger n'est plus disponible sur les anciens téléphones."),
    ("en", "Following a decision by Microsoft, Skype is no longer available."),
])
def test_trap_a_loss_of_service_without_an_authority_is_no_block(steps, language, text):
    assert not any(row[0] == "block" for row in steps(text, language))


# --- 9. A body's letters as the subject of their sending ---------------------------------------

LETTERS = [
    ("fr", "Les courriers de la Commission européenne sont partis vers TikTok et Snapchat lundi.",
     {("request_for_information", EC, "EU", ("TikTok",)),
      ("request_for_information", EC, "EU", ("Snapchat",))}),
    ("fr", "Les lettres de l'Arcom ont été adressées à Kick et à Twitch jeudi.",
     {("request_for_information", "Arcom", "FR", ("Kick.com",)),
      ("request_for_information", "Arcom", "FR", ("Twitch",))}),
    ("fr", "Les lettres de la CNIL sont parties vers Meta et Google en mars.",
     {("request_for_information", "CNIL", "FR", ("Meta",)),
      ("request_for_information", "CNIL", "FR", ("Google",))}),
]


@pytest.mark.parametrize(("language", "text", "expected"), LETTERS)
def test_a_bodys_letters_sent_are_its_requests(steps, language, text, expected):
    assert expected <= _rows(steps(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les lettres des utilisateurs en colère sont parties vers Meta."),
    ("en", "Letters from angry users went to Meta and TikTok."),
])
def test_trap_letters_of_no_authority_are_no_request(steps, language, text):
    assert not steps(text, language)


# --- 10. Guidelines published for platforms are a statement ------------------------------------

GUIDELINES = [
    ("fr", "En juillet, la Commission européenne a publié des lignes directrices détaillant ce "
     "que les réseaux sociaux doivent faire pour protéger les mineurs.",
     ("statement", EC, "EU", ())),
    ("en", "In January, Ofcom published guidelines setting out what platforms must do to keep "
     "children safe.", ("statement", "Ofcom", "GB", ())),
]


@pytest.mark.parametrize(("language", "text", "expected"), GUIDELINES)
def test_guidelines_for_platforms_are_a_statement(steps, language, text, expected):
    assert expected in _rows(steps(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "La CNIL a publié des lignes directrices sur la vidéosurveillance des salariés."),
    ("en", "The ICO published guidelines on CCTV in workplaces."),
])
def test_trap_guidelines_for_no_platform_are_no_step(steps, language, text):
    assert not steps(text, language)
