"""A body's name several jurisdictions' bodies share, written bare (shared_names.py; issue 3,
session 15): "the Competition Commission", "the Fair Trade Commission", "the Personal
Information Protection Commission", "the Securities and Exchange Commission", "the Data
Protection Commission", "l'Assemblée nationale", "l'Autorité de la concurrence"... is the body
of the place the text is about (a dateline's city, a country or a demonym named before, a body
of that place), derived from the reference's place-qualified names; the reference's default
holder (the US SEC, Ireland's DPC, France's Assemblée nationale) only when the text names its
place or no holder's place; nobody when it names several holders' places or a dateline abroad.
Invented texts (not dev-set sentences).
"""

from __future__ import annotations

import pytest


@pytest.fixture
def rows(gold_rows):
    """The gold rows of a text (tests/extract/conftest.py: gold_rows)."""
    return gold_rows


# Each failed before the rule (missing actor, or the default holder of another place: the US
# SEC in Lagos, Ireland's DPC in Ghana, the CNIL or Arcom in Lagos and Abuja, Switzerland's
# COMCO in Johannesburg, France's Autorité in Nairobi), or guards a case that was right.
SHARED_NAMES = [
    ('en', 'JOHANNESBURG - The Competition Commission on 5 March 2024 fined Meta 10 '
           'million rand for abusing its dominance.',
     [('fine', 'Competition Commission of South Africa', 'ZA', 'Meta')]),
    ('en', 'Pakistan has tightened its grip on ride-hailing apps. The Competition '
           'Commission opened an investigation into Careem on 4 March 2024.',
     [('investigation', 'Competition Commission of Pakistan', 'PK', 'Careem')]),
    ('en', "India's app makers have long complained about Google. On 4 March 2024 the "
           'Competition Commission ordered Google to stop its billing rules.',
     [('order', 'Competition Commission of India', 'IN', 'Google')]),
    ('en', 'TOKYO - The Fair Trade Commission ordered Google on 22 April 2024 to stop '
           'restricting rival search engines on Android phones.',
     [('order', 'Japan Fair Trade Commission', 'JP', 'Google')]),
    ('en', 'SEOUL - The Fair Trade Commission fined Coupang on 4 March 2024 for '
           'manipulating search rankings.',
     [('fine', 'Korea Fair Trade Commission', 'KR', 'Coupang')]),
    ('en', 'Taiwanese regulators are busy. The Fair Trade Commission fined Uber Eats on 4 '
           'March 2024 over its merger with Foodpanda.',
     [('fine', 'Taiwan Fair Trade Commission', 'TW', 'Uber Eats')]),
    ('en', 'LAGOS - The Securities and Exchange Commission on 4 March 2024 ordered Binance '
           'to stop soliciting investors.',
     [('order', 'Securities and Exchange Commission of Nigeria', 'NG', 'Binance')]),
    ('en', "Ghana's regulators are busy. The Data Protection Commission fined Jumia on 4 "
           'March 2024.',
     [('fine', 'Data Protection Commission of Ghana', 'GH', 'Jumia')]),
    ('en', 'TOKYO - The Personal Information Protection Commission ordered LINE Yahoo on 4 '
           'March 2024 to tighten its data security.',
     [('order', 'Personal Information Protection Commission of Japan', 'JP', 'LY Corporation')]),
    ('en', 'SEOUL - The Personal Information Protection Commission fined Kakao on 23 May '
           "2024 over a leak of users' data.",
     [('fine', 'Personal Information Protection Commission of Korea', 'KR', 'Kakao')]),
    ('en', 'WELLINGTON - The Privacy Commissioner opened an investigation into Worldcoin '
           'on 4 March 2024.',
     [('investigation', 'Office of the Privacy Commissioner of New Zealand', 'NZ', 'Worldcoin')]),
    ('en', "Nigeria's lawmakers want to rein in platforms. The National Assembly passed a "
           'law on 4 March 2024 requiring platforms to open a local office.',
     [('legislation', 'National Assembly of Nigeria', 'NG', None)]),
    ('en', 'NAIROBI - The Competition Authority fined Google on 4 March 2024 over its app '
           'store rules.',
     [('fine', 'Competition Authority of Kenya', 'KE', 'Google')]),
    ('en', 'Turkey keeps pressing Google. The Competition Authority fined Google on 4 '
           'March 2024 over its shopping service.',
     [('fine', 'Turkish Competition Authority', 'TR', 'Google')]),
    ('en', "Brazil's courts keep pressing platforms. The Supreme Court ordered X blocked "
           'on 30 August 2024.',
     [('block', 'Supreme Federal Court', 'BR', 'X')]),
    ('fr', 'SÉOUL, 17 février 2025 - La Commission de protection des informations '
           'personnelles a ouvert le 17 février 2025 une enquête sur DeepSeek.',
     [('investigation', 'Personal Information Protection Commission of Korea', 'KR', 'DeepSeek')]),
    ('fr', 'TOKYO - La Commission de protection des informations personnelles a mis en '
           'demeure LINE Yahoo le 4 mars 2024.',
     [('order', 'Personal Information Protection Commission of Japan', 'JP', 'LY Corporation')]),
    ('fr', 'JOHANNESBURG - La Commission de la concurrence a infligé le 5 mars 2024 une '
           'amende à Meta.',
     [('fine', 'Competition Commission of South Africa', 'ZA', 'Meta')]),
    ('fr', 'Le Pakistan durcit le ton face aux plateformes. La Commission de la '
           'concurrence a infligé une amende à Uber le 4 mars 2024.',
     [('fine', 'Competition Commission of Pakistan', 'PK', 'Uber')]),
    ('fr', "NAIROBI - L'Autorité de la concurrence a infligé une amende à Google le 4 mars "
           '2024.',
     [('fine', 'Competition Authority of Kenya', 'KE', 'Google')]),
    ('fr', "Le gouvernement turc durcit le ton. L'Autorité de la concurrence a infligé une "
           'amende à Google le 4 mars 2024.',
     [('fine', 'Turkish Competition Authority', 'TR', 'Google')]),
    ('fr', 'LAGOS - La Commission de protection des données a infligé une amende à Jumia '
           'le 4 mars 2024.',
     [('fine', 'Nigeria Data Protection Commission', 'NG', 'Jumia')]),
    ('fr', 'Le Ghana durcit le ton. La Commission de protection des données a infligé une '
           'amende à Jumia le 4 mars 2024.',
     [('fine', 'Data Protection Commission of Ghana', 'GH', 'Jumia')]),
    ('fr', "Le Nigeria veut encadrer les plateformes. Le 4 mars 2024, l'Assemblée "
           'nationale a adopté une loi qui oblige les plateformes à ouvrir un bureau '
           'local.',
     [('legislation', 'National Assembly of Nigeria', 'NG', None)]),
    ('fr', 'SÉOUL - Le gouvernement sud-coréen veut encadrer Coupang. Le 5 mars 2024, '
           "l'Assemblée nationale a adopté une loi qui oblige les plateformes à vérifier "
           'les vendeurs.',
     [('legislation', 'National Assembly of South Korea', 'KR', None)]),
    ('fr', 'ABUJA - La Commission des communications a suspendu X le 4 mars 2024.',
     [('block', 'Nigerian Communications Commission', 'NG', 'X')]),
]
# The default holder stays where the text gives no other place, or the reference's own
# place-qualified name is used; nobody for several holders' places, a place with no such body,
# a dateline abroad; a company's seat ("based in Luxembourg") places nothing; a place where
# something else happened ("Après une amende en Italie", "fined in Nigeria last year") does not
# move a default; a title before a person ("Attorney General Jane Roe") is nobody's by place.
SHARED_NAME_TRAPS = [
    ('en', 'The Securities and Exchange Commission sued Coinbase on 6 June 2023 for '
           'operating an unregistered exchange.',
     [('lawsuit', 'Securities and Exchange Commission', 'US', 'Coinbase')]),
    ('en', 'Meta, whose European base is in Dublin, was fined by the Data Protection '
           'Commission on 4 March 2024.',
     [('fine', 'Data Protection Commission', 'IE', 'Meta')]),
    ('en', 'The Competition Commission fined Meta on 5 March 2024.',
     []),
    ('en', 'NAIROBI - The National Assembly passed a law on 4 March 2024 requiring '
           'platforms to open a local office.',
     []),
    ('en', "Kenya's Competition Authority fined Google on 4 March 2024. The European "
           'Commission also opened an investigation into Google on 4 March 2024.',
     [('fine', 'Competition Authority of Kenya', 'KE', 'Google'),
      ('investigation', 'European Commission', 'EU', 'Google')]),
    ('en', 'India and Pakistan both watch Google. The Competition Commission fined Google '
           'on 4 March 2024.',
     []),
    ('en', 'Amazon, based in Luxembourg, was fined by the Autorité de la concurrence on 4 '
           'March 2024.',
     [('fine', 'French Competition Authority', 'FR', 'Amazon')]),
    ('fr', "L'Autorité de la concurrence a infligé une amende de 150 millions d'euros à "
           'Apple le 4 mars 2024.',
     [('fine', 'French Competition Authority', 'FR', 'Apple')]),
    ('fr', "L'Autorité de la concurrence a infligé une amende à Amazon, dont le siège "
           'européen est au Luxembourg, le 4 mars 2024.',
     [('fine', 'French Competition Authority', 'FR', 'Amazon')]),
    ('fr', "Le 5 mars 2024, l'Assemblée nationale a adopté une loi qui rend les "
           'plateformes responsables des annonces illégales.',
     [('legislation', 'French National Assembly', 'FR', None)]),
    ('fr', "ANKARA - Le 4 mars 2024, l'Assemblée nationale a adopté une loi qui oblige les "
           'plateformes à ouvrir un bureau local.',
     []),
    ('fr', "L'Autorité de la concurrence a infligé le 4 mars 2024 une amende au géant "
           'américain Google.',
     [('fine', 'French Competition Authority', 'FR', 'Google')]),
    ('en', 'The Attorney General of Texas sued Meta on 4 March 2024. Siemens AG was not '
           'involved.',
     [('lawsuit', 'Texas Attorney General', 'US-TX', 'Meta')]),
    ('fr', "Après une amende en Italie, l'Autorité de la concurrence a infligé une amende "
           'à Google le 4 mars 2024.',
     [('fine', 'French Competition Authority', 'FR', 'Google')]),
    ('fr', "Google a déjà été sanctionné en Turquie. L'Autorité de la concurrence lui a "
           'infligé une amende le 4 mars 2024.',
     [('fine', 'French Competition Authority', 'FR', 'Google')]),
    # (the fine "in Nigeria" is Nigeria's, no actor: located_passive_types, session 20)
    ('en', 'Coinbase was already fined in Nigeria last year. The Securities and Exchange '
           'Commission sued Coinbase on 4 March 2024.',
     [('fine', None, 'NG', 'Coinbase'),
      ('lawsuit', 'Securities and Exchange Commission', 'US', 'Coinbase')]),
    ('en', 'Texas Attorney General Ken Paxton sued Google last year. Attorney General Jane '
           'Roe sued Meta on 5 March 2024.',
     [('lawsuit', 'Texas Attorney General', 'US-TX', 'Google')]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SHARED_NAMES)
def test_regression_a_bare_shared_name_is_the_body_of_the_text_s_place(rows, language, text,
                                                                        expected):
    assert rows(text, language) == [tuple(r) for r in expected]


@pytest.mark.parametrize(("language", "text", "expected"), SHARED_NAME_TRAPS)
def test_a_bare_shared_name_keeps_its_default_or_goes_to_nobody(rows, language, text, expected):
    assert rows(text, language) == [tuple(r) for r in expected]


# A passive step's ordering body named past the agent rule's few words is its agent
# (ordering_bodies.ordering_agent): a body named before must not take the step. The subject of
# an active step keeps it.
ORDERED_LONG_AFTER = [
    ("The Office of the Attorney General of the Union has just published its reading. X was "
     "blocked nationwide for more than a month last year on the orders of the Supreme Federal "
     "Court.", [("block", "Supreme Federal Court", "BR", "X")]),
    ("Ofcom published its annual report. Telegram was suspended across Brazil for two days in "
     "April on the orders of the Supreme Federal Court.",
     [("block", "Supreme Federal Court", "BR", "Telegram")]),
    ("The CNIL fined Google on Monday. Roskomnadzor blocked X for several weeks last year on the "
     "orders of the Supreme Federal Court.",
     [("block", "Roskomnadzor", "RU", "X"), ("fine", "CNIL", "FR", "Google")]),
]


@pytest.mark.parametrize(("text", "expected"), ORDERED_LONG_AFTER)
def test_regression_a_passive_step_is_its_ordering_body_s_however_far(rows, text, expected):
    assert rows(text, "en") == expected
