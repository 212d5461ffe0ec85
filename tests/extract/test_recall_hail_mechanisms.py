"""Missed steps of two mechanisms read on tests/hail (issue 3, session 14), in other words.

- A probe's opening told as background with an intransitive verb of beginning and a date of its
  own ("The inquiry began in 2018", "L'enquête avait débuté en juin 2020"), or with a relative
  clause naming what it led to ("the audit that led to the fine began in 2021"), is the
  investigation of the body whose step the article reports (background_openings._OPENING).
- "des deux entreprises / sociétés / groupes" (genitive) refers to the two companies just named
  (target_descriptions._MORE); the suspension of a practice ("ordonné la suspension des
  pratiques de X") is an order, not a block (actions.yaml).
- A fine named in the plural after "hit with" / "slapped with" ("hit with fines totalling
  390 million euros by ...") is a fine as the singular is (actions.yaml).

Every text is invented for these tests: real bodies and platforms, no sentence of a test set.
Each case failed before the fix, or is a trap that must keep its (right) result.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 3, 8)
CMA, DPC, ICO = ("Competition and Markets Authority", "Data Protection Commission",
                 "Information Commissioner's Office")
ACCC, KFTC, FTC = ("Australian Competition and Consumer Commission", "Korea Fair Trade Commission",
                   "Federal Trade Commission")
AGCM, CCI, TCA = ("Italian Competition Authority", "Competition Commission of India",
                  "Turkish Competition Authority")
ADLC, CNMC = "French Competition Authority", "National Commission on Markets and Competition"


@pytest.fixture(scope="module")
def steps(placed_steps):
    """steps(body, language) -> {(type, actor label, jurisdiction, target labels, date)} of
    the factual steps of "Headline" + body (tests/extract/conftest.py: placed_steps)."""
    return placed_steps(DAY)


# --- 1. A probe's opening told with a verb of beginning ------------------------------------

BEGUN_OPENINGS = [
    ("en", "The Competition and Markets Authority fined Google 50 million pounds on Tuesday. "
           "The investigation began in March 2021.",
     ("investigation", CMA, "GB", ("Google",), "2021-03")),
    ("en", "The Data Protection Commission fined TikTok 345 million euros on Friday. The inquiry "
           "started in 2021, after complaints from parents.",
     ("investigation", DPC, "IE", ("TikTok",), "2021")),
    ("en", "The Korea Fair Trade Commission fined Apple 20 billion won on Monday. The probes had "
           "begun in June 2022, after app developers complained.",
     ("investigation", KFTC, "KR", ("Apple",), "2022-06")),
    ("en", "The Australian Competition and Consumer Commission fined Meta on Tuesday. The "
           "inquiries commenced in 2020, when users complained about scam ads.",
     ("investigation", ACCC, "AU", ("Meta",), "2020")),
    ("en", "The Information Commissioner's Office fined Snap 5 million pounds on Thursday. The "
           "investigation, which began in July 2022, looked at its chatbot.",
     ("investigation", ICO, "GB", ("Snap",), "2022-07")),
    ("en", "The Competition Commission of India fined Amazon on Wednesday. The probe that led to "
           "the penalty began in 2020.",
     ("investigation", CCI, "IN", ("Amazon",), "2020")),
    ("en", "Italy's competition authority (AGCM) fined Booking.com 10 million euros on Monday. The "
           "audit that preceded the fine started in May 2021.",
     ("investigation", AGCM, "IT", ("Booking.com",), "2021-05")),
    ("en", "The Federal Trade Commission fined Epic Games on Tuesday. The proceedings that "
           "resulted in the settlement began in 2019.",
     ("investigation", FTC, "US", ("Epic Games",), "2019")),
    ("en", "The Bundeskartellamt fined Meta on Monday. The proceedings began in March 2019.",
     ("investigation", "Federal Cartel Office", "DE", ("Meta",), "2019-03")),
    ("fr", "L'AGCM a infligé vendredi une amende de 5 millions d'euros à Shein. L'audit qui a "
           "précédé l'amende avait commencé en 2021.",
     ("investigation", AGCM, "IT", ("Shein",), "2021")),
    ("fr", "La Commission irlandaise de protection des données a infligé lundi une amende à "
           "LinkedIn. L'enquête avait commencé en août 2018.",
     ("investigation", DPC, "IE", ("LinkedIn",), "2018-08")),
    ("fr", "L'Autorité de la concurrence a infligé mardi une amende de 150 millions d'euros à "
           "Apple. L'enquête avait débuté en juin 2020.",
     ("investigation", ADLC, "FR", ("Apple",), "2020-06")),
    ("fr", "La CNMC a infligé jeudi une amende de 194 millions d'euros à Amazon. La procédure a "
           "commencé en juillet 2021.",
     ("investigation", CNMC, "ES", ("Amazon",), "2021-07")),
    ("fr", "L'Autorité turque de la concurrence a infligé lundi une amende à Google. L'enquête, "
           "qui a débuté en 2021, portait sur ses services d'hôtellerie.",
     ("investigation", TCA, "TR", ("Google",), "2021")),
    ("fr", "La Commission coréenne de la concurrence a infligé mercredi une amende à Kakao. "
           "L'enquête qui a mené à cette sanction avait démarré en mars 2022.",
     ("investigation", KFTC, "KR", ("Kakao",), "2022-03")),
    ("fr", "L'AGCM a infligé vendredi une amende de 10 millions d'euros à Meta. Les enquêtes "
           "avaient commencé en 2021, après des plaintes d'associations.",
     ("investigation", AGCM, "IT", ("Meta",), "2021")),
    ("fr", "L'Autorité de la concurrence a infligé lundi une amende à Google. La procédure qui a "
           "abouti à cette décision avait débuté en 2019.",
     ("investigation", ADLC, "FR", ("Google",), "2019")),
]


@pytest.mark.parametrize(("language", "text", "expected"), BEGUN_OPENINGS)
def test_a_probe_begun_on_a_date_is_its_opening(steps, language, text, expected):
    assert expected in steps(text, language)


# --- 2. Plural fines after "hit with" / "slapped with" --------------------------------------

PLURAL_FINES = [
    ("Meta has been hit with fines totalling 390 million euros by the Data Protection "
     "Commission.", ("fine", DPC, "IE", ("Meta",))),
    ("Amazon was hit with fines of 1.1 billion euros by Italy's competition authority (AGCM) on "
     "Thursday.", ("fine", AGCM, "IT", ("Amazon",))),
    ("Google has been hit with fines of 2 billion rupees by the Competition Commission of "
     "India.", ("fine", CCI, "IN", ("Google",))),
    ("TikTok was hit on Tuesday with fines worth 12.7 million pounds by the Information "
     "Commissioner's Office.", ("fine", ICO, "GB", ("TikTok",))),
    ("Apple has been hit with fines amounting to 20 billion won by the Korea Fair Trade "
     "Commission.", ("fine", KFTC, "KR", ("Apple",))),
    ("Uber was hit with fines totalling 10 million dollars by the Federal Trade Commission.",
     ("fine", FTC, "US", ("Uber",))),
    ("Booking.com has been hit with fines totalling 400 million lira by the Turkish "
     "Competition Authority.", ("fine", TCA, "TR", ("Booking.com",))),
    ("Temu was slapped with fines totalling 2 million euros by Italy's competition authority "
     "(AGCM) on Friday.", ("fine", AGCM, "IT", ("Temu",))),
    ("Microsoft was hit with fines of 5 million euros by the CNMC on Monday.",
     ("fine", CNMC, "ES", ("Microsoft",))),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_FINES)
def test_plural_fines_hit_with_are_a_fine(steps, text, expected):
    assert expected in {row[:4] for row in steps(text, "en")}


# --- 3. "des deux entreprises": the two companies just named -----------------------------------

TWO_COMPANIES = [
    ("L'Autorité italienne de la concurrence a infligé lundi une amende à Amazon et à Apple. Elle "
     "a ouvert mardi une enquête sur les accords des deux sociétés.",
     {("investigation", AGCM, "IT", ("Amazon",)), ("investigation", AGCM, "IT", ("Apple",))}),
    ("La CNMC a infligé jeudi une amende à Booking.com et à Expedia. Le même jour, elle a ouvert "
     "une enquête visant les conditions des deux groupes.",
     {("investigation", CNMC, "ES", ("Booking.com",)),
      ("investigation", CNMC, "ES", ("Expedia",))}),
    ("L'Autorité turque de la concurrence a infligé jeudi une amende à Google et à Meta. Elle a "
     "ouvert vendredi une enquête sur la publicité des deux entreprises.",
     {("investigation", TCA, "TR", ("Google",)), ("investigation", TCA, "TR", ("Meta",))}),
    # the suspension of a practice is an order, not a block
    ("La Commission coréenne de la concurrence a infligé mercredi une amende à Google et à Apple. "
     "Elle a aussi ordonné la suspension des pratiques des deux entreprises.",
     {("order", KFTC, "KR", ("Google",)), ("order", KFTC, "KR", ("Apple",))}),
]


@pytest.mark.parametrize(("text", "expected"), TWO_COMPANIES)
def test_the_two_companies_are_the_two_just_named(steps, text, expected):
    assert expected <= {row[:4] for row in steps(text, "fr")}


def test_trap_a_suspended_practice_is_no_block(steps):
    found = steps("La Commission coréenne de la concurrence a infligé mercredi une amende à Google "
                  "et à Apple. Elle a aussi ordonné la suspension des pratiques des deux "
                  "entreprises.", "fr")
    assert not {row for row in found if row[0] == "block"}


TWO_COMPLAINANTS = [
    # two companies that complain are no targets
    "La CNIL a infligé mardi une amende à Google. Elle a ouvert une enquête après la plainte des "
    "deux entreprises concurrentes.",
    "L'Arcom a mis en demeure X et TikTok lundi. La CNIL a infligé mardi une amende à Google, sur "
    "la base des plaintes des deux sociétés.",
]


@pytest.mark.parametrize("text", TWO_COMPLAINANTS)
def test_trap_two_complainants_get_no_step(steps, text):
    found = steps(text, "fr")
    assert not {row for row in found if row[1] == "CNIL" and set(row[3]) & {"X", "TikTok"}}
    assert not {row for row in found if row[0] == "investigation"}


# --- Traps: no step, or the right one only ----------------------------------------------------

NO_OPENING = [
    # the company's own audit is no probe of the body
    ("en", "The Competition and Markets Authority fined Google on Tuesday. Google's own internal "
           "audit began in 2021."),
    ("en", "The Data Protection Commission fined Meta on Friday. An independent audit of the "
           "company began in 2020."),
    # a court case beginning is no probe
    ("en", "The Federal Trade Commission fined Amazon on Tuesday. The trial began in 2023."),
    # a court's proceedings, a company's own probe
    ("en", "The Federal Trade Commission fined Amazon on Tuesday. Court proceedings began in "
           "2023."),
    ("en", "The Federal Trade Commission fined Amazon on Tuesday. The appeal proceedings started "
           "in May 2023."),
    ("en", "The Federal Trade Commission fined Amazon on Tuesday. Amazon's own investigation began "
           "in 2022."),
    ("fr", "La CNIL a infligé mardi une amende à Google. La procédure d'appel a débuté en 2023."),
    # no date of its own
    ("en", "The Information Commissioner's Office fined Snap on Thursday. The investigation began "
           "after complaints from parents."),
    # a talk, not a probe
    ("fr", "L'Autorité de la concurrence a infligé mardi une amende à Apple. Les négociations "
           "avaient débuté en 2020."),
    ("fr", "La CNMC a infligé jeudi une amende à Amazon. Le procès a commencé en 2022."),
    # planned, not begun
    ("fr", "La CNIL a infligé mardi une amende à Google. Une nouvelle enquête doit débuter en "
           "2025."),
]


@pytest.mark.parametrize(("language", "text"), NO_OPENING)
def test_trap_no_probe_opening_from_other_beginnings(steps, language, text):
    assert not {row for row in steps(text, language) if row[0] == "investigation"}


NO_FINE = [
    # a threat of fines is no fine
    "Meta could be hit with fines of up to 4% of its turnover by the Data Protection Commission.",
    "Platforms that fail to comply risk being hit with fines by the Information Commissioner's "
    "Office.",
    # people fined are no platform's fine
    "Drivers were hit with fines by the police after the Uber protest.",
    # fines hit the sector, said the company: a threat
    "Amazon said it may be hit with fines by the CNMC if the law passes.",
    # criticism is no fine, though fines are named after it
    "Uber was slapped with criticism by the Federal Trade Commission.",
]


@pytest.mark.parametrize("text", NO_FINE)
def test_trap_no_fine_from_threatened_or_personal_fines(steps, text):
    assert not {row for row in steps(text, "en") if row[0] == "fine"}


def test_trap_an_opened_probe_is_told_once(steps):
    """An opening told twice ("opened a probe ... The probe began in 2021") is one step."""
    found = steps("In March 2021 the Competition and Markets Authority opened an investigation "
                  "into Google. The investigation began in March 2021 after complaints.", "en")
    assert len([row for row in found if row[0] == "investigation"]) == 1
