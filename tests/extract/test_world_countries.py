"""Every sovereign state in the reference (issue 3, session 20): an article about a country the
reference lacked gave no fact at all, as an unknown body is read only when a country of the
reference is named in or before its name (extract/unknown_bodies.py), and governments and
demonyms are reference data. data/reference/jurisdictions-world.ttl holds the UN's other
members, its two observer states and Kosovo; authorities-governments.ttl their governments;
actions.yaml `demonyms` their names and demonyms. Shapes tested here are those that already
worked for a country the reference held (Chad, Tanzania, Kenya). Traps: a country's name that
is a person's ("Jim Jordan", "Chad Smith"), a company's ("Qatar Airways"), a region's ("the
Niger Delta"), another territory ("American Samoa", "Northern Ireland"), a Brazilian city
("Salvador"), the US state of Georgia, a demonym whose last part is another country's
("bissau-guinéennes", "nord-coréen"), a threat. Invented sentences, written with their expected
(type, actor, jurisdiction, target) before the data."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2025, 3, 6)  # a Thursday

# A body no reference entry holds, named with its country: the country's body.
BODIES = [
    ("en", "Mongolia's Communications Regulatory Commission ordered TikTok to remove harmful "
     "content on Thursday.",
     {("order", "Mongolia's Communications Regulatory Commission", "MN", "TikTok")}),
    ("en", "The Jordanian Media Commission banned TikTok on Thursday.",
     {("block", "Jordanian Media Commission", "JO", "TikTok")}),
    ("en", "Kuwait's Communication and Information Technology Regulatory Authority blocked "
     "Snapchat on Thursday.",
     {("block", "Kuwait's Communication and Information Technology Regulatory Authority", "KW",
       "Snapchat")}),
    ("en", "The Zimbabwe Competition and Tariff Commission fined Econet 2 million dollars on "
     "Thursday.",
     {("fine", "Zimbabwe Competition and Tariff Commission", "ZW", "Econet")}),
    ("en", "Iraq's Communications and Media Commission banned TikTok on Monday.",
     {("block", "Iraq's Communications and Media Commission", "IQ", "TikTok")}),
    ("en", "The Rwanda Utilities Regulatory Authority suspended YouTube on Monday.",
     {("block", "Rwanda Utilities Regulatory Authority", "RW", "YouTube")}),
    ("en", "Lebanon's telecoms ministry blocked Grindr on Monday.",
     {("block", "Lebanon's telecoms ministry", "LB", "Grindr")}),
    ("fr", "L'Autorité de régulation des communications électroniques du Niger a suspendu "
     "TikTok jeudi.",
     {("block", "Autorité de régulation des communications électroniques du Niger", "NE",
       "TikTok")}),
    ("fr", "L'Autorité de régulation des télécommunications du Burundi a suspendu Facebook "
     "lundi.",
     {("block", "Autorité de régulation des télécommunications du Burundi", "BI", "Meta")}),
    ("fr", "Le ministère libanais des Télécommunications a bloqué Grindr jeudi.",
     {("block", "ministère libanais des Télécommunications", "LB", "Grindr")}),
]

# The government, named or as "les autorités <démonyme>".
GOVERNMENTS = [
    ("fr", "Le gouvernement nigérien a suspendu Facebook jeudi.",
     {("block", "Nigerien government", "NE", "Meta")}),
    ("fr", "Le gouvernement burundais a suspendu TikTok jeudi.",
     {("block", "Burundian government", "BI", "TikTok")}),
    ("fr", "Les autorités soudanaises ont coupé l'accès à Facebook lundi.",
     {("block", "Sudanese government", "SD", "Meta")}),
    ("fr", "Le gouvernement de la Guinée équatoriale a bloqué Facebook lundi.",
     {("block", "Equatorial Guinean government", "GQ", "Meta")}),
    ("fr", "Les autorités bissau-guinéennes ont suspendu Facebook jeudi.",
     {("block", "Bissau-Guinean government", "GW", "Meta")}),
    ("fr", "Le gouvernement nord-coréen a bloqué Telegram jeudi.",
     {("block", "North Korean government", "KP", "Telegram")}),
    ("en", "The Jordanian government blocked Telegram on Thursday.",
     {("block", "Jordanian government", "JO", "Telegram")}),
    ("en", "The Iraqi government banned Telegram on Sunday.",
     {("block", "Iraqi government", "IQ", "Telegram")}),
    ("en", "Mozambique's government blocked WhatsApp on Monday.",
     {("block", "Mozambican government", "MZ", "WhatsApp")}),
    ("en", "Ecuador's government suspended Telegram on Monday.",
     {("block", "Ecuadorian government", "EC", "Telegram")}),
    ("en", "The South Sudanese government blocked Facebook on Thursday.",
     {("block", "South Sudanese government", "SS", "Meta")}),
]

# The country as the actor: its government ("Chad blocked Facebook" already was Chad's).
COUNTRIES = [
    ("en", "Kuwait blocked Telegram on Thursday.",
     {("block", "Kuwaiti government", "KW", "Telegram")}),
    ("en", "Turkmenistan blocked WhatsApp on Monday.",
     {("block", "Turkmen government", "TM", "WhatsApp")}),
    ("en", "Somalia banned TikTok and Telegram on Monday.",
     {("block", "Somali government", "SO", "TikTok"),
      ("block", "Somali government", "SO", "Telegram")}),
    ("en", "Kuwait Blocks Telegram Over Security Concerns",
     {("block", "Kuwaiti government", "KW", "Telegram")}),
    ("fr", "Le Qatar a bloqué Telegram jeudi.",
     {("block", "Qatari government", "QA", "Telegram")}),
    ("fr", "La Jordanie a bloqué TikTok jeudi.",
     {("block", "Jordanian government", "JO", "TikTok")}),
    ("fr", "Le Niger a suspendu TikTok jeudi.",
     {("block", "Nigerien government", "NE", "TikTok")}),
    ("fr", "L'Irak a bloqué Telegram lundi.",
     {("block", "Iraqi government", "IQ", "Telegram")}),
    ("fr", "Le Salvador a bloqué TikTok lundi.",
     {("block", "Salvadoran government", "SV", "TikTok")}),
]

# Countries the reference held keep their reading beside their new neighbours.
NEIGHBOURS = [
    ("fr", "Les autorités guinéennes ont suspendu Facebook jeudi.",
     {("block", "Guinean government", "GN", "Meta")}),
    ("en", "The Nigerian government suspended X on Monday.",
     {("block", "Nigerian government", "NG", "X")}),
    ("en", "The South Korean government fined Google on Monday.",
     {("fine", "South Korean government", "KR", "Google")}),
    ("en", "The Kenya Government blocked Telegram on Thursday.",
     {("block", "Kenyan government", "KE", "Telegram")}),
]

# No step of the country: a person, a company, a region, the US state, a threat.
TRAPS = [
    ("en", "Jim Jordan subpoenaed Google on Thursday."),
    ("en", "Michael Jordan blocked TikTok on Thursday."),
    ("en", "Jordan Peterson said Kuwait should block TikTok."),
    ("en", "Chad Smith blocked TikTok on Thursday."),
    ("en", "Qatar Airways blocked Telegram on its planes on Thursday."),
    ("en", "Kenya Airways blocked Telegram on its planes on Thursday."),
    ("en", "The Niger Delta Development Commission fined Facebook 2 million dollars on Monday."),
    ("en", "The Panama Papers showed that Meta hid profits."),
    ("en", "Georgia sued TikTok on Monday."),
    ("en", "A Jordanian start-up was fined 2 million dollars on Thursday."),
    ("en", "Kuwait could block Telegram, the minister said."),
    ("fr", "Le Qatar pourrait bloquer Telegram, selon un ministre."),
    ("fr", "Une start-up jordanienne a été condamnée à une amende jeudi."),
    ("fr", "Jordan Bardella a réclamé l'interdiction de TikTok jeudi."),
    # another territory, or a city of another country (Salvador de Bahia, Brazil)
    ("en", "American Samoa blocked TikTok on Monday."),
    ("en", "Northern Ireland blocked TikTok on Monday."),
    ("fr", "Le tribunal de Salvador a ordonné le blocage de X lundi."),
]

# Sovereign states: the UN's 193 members, its two observer states, and Kosovo ("XK").
_SOVEREIGN_CODES = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG
CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH
GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ
LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG
NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN
SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM
ZW PS VA XK
"""
SOVEREIGN = _SOVEREIGN_CODES.split()


def _actions(extractor: Extractor, reference: Reference, article_of, language: str,
             text: str) -> set[tuple]:
    article = article_of(f"Titre\n\n{text}\n\n", language, D, "Titre")
    found = to_gold(extractor.extract(article), reference)["actions"]
    return {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found}


@pytest.mark.parametrize(("language", "text", "expected"), BODIES)
def test_unknown_body_of_a_new_country_acts(extractor, reference, article_of, language, text,
                                            expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), GOVERNMENTS)
def test_government_of_a_new_country_acts(extractor, reference, article_of, language, text,
                                          expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), COUNTRIES)
def test_new_country_as_actor_is_its_government(extractor, reference, article_of, language,
                                                text, expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NEIGHBOURS)
def test_known_countries_keep_their_reading(extractor, reference, article_of, language, text,
                                            expected):
    assert _actions(extractor, reference, article_of, language, text) == expected


@pytest.mark.parametrize(("language", "text"), TRAPS)
def test_country_word_in_a_name_or_a_threat_gives_no_step(extractor, reference, article_of,
                                                          language, text):
    assert _actions(extractor, reference, article_of, language, text) == set()


def test_every_sovereign_state_is_a_country_with_a_government(reference: Reference):
    assert len(set(SOVEREIGN)) == 196
    countries = {e.code for e in reference.of_kind("jurisdiction") if "Country" in e.classes}
    assert set(SOVEREIGN) - countries == set()
    governed = {e.jurisdiction for e in reference.of_kind("authority")
                if "Government" in e.classes}
    # Countries of earlier sessions without one: their bodies act, not their government
    # (authorities-governments.ttl on Gabon).
    assert set(SOVEREIGN) - governed == {"BF", "BW", "GA", "PY", "UY", "ZM"}


@pytest.mark.parametrize(("word", "code"), [
    ("nigérienne", "NE"), ("nigériane", "NG"), ("nigerien", "NE"), ("nigerian", "NG"),
    ("guinéenne", "GN"), ("bissau-guinéenne", "GW"), ("équato-guinéens", "GQ"),
    ("papouan-néo-guinéenne", "PG"), ("nord-coréenne", "KP"), ("sud-coréenne", "KR"),
    ("sud-soudanaises", "SS"), ("soudanaises", "SD"), ("jordaniennes", "JO"),
    ("qatarie", "QA"), ("libanaise", "LB"), ("mongole", "MN"), ("kosovare", "XK"),
])
def test_demonyms_of_neighbouring_names_stay_apart(extractor: Extractor, word: str, code: str):
    assert extractor.linker.demonym_code(word) == code


@pytest.mark.parametrize("word", ["congolais", "georgian", "dominique", "guyanais"])
def test_ambiguous_demonyms_name_no_country(extractor: Extractor, word: str):
    assert extractor.linker.demonym_code(word) is None
