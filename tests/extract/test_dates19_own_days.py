"""Dates of steps told beside another dated step (issue 3, session 19, guideline 6).

- A second verb sharing the first one's subject and targets takes the time its own clause
  gives ("sent Shein a request in June 2023 and opened an investigation in November 2023"), a
  month with no year that of the first verb's month when it comes after it ("in May of that
  year", "en octobre de la même année"); not the first verb's time. A month before the first
  one's cannot be placed: no date. A deadline ("by September", "avant septembre") is no day.
- "Dans le même document", "In the same document": the day of the actor's decision told before;
  not a decision of another body.
- An office-holder announcing on a day that the body the reported clause names "had sued"
  dates the body's step by the saying ("Le maire a annoncé aujourd'hui que la Ville de Paris
  avait engagé des poursuites"); not a company's saying, not a step told as background.
Invented snippets, each written with its expected date before the rules were written.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 5, 10)

SECOND_VERB = [
    ("en", "The Commission sent Shein a request for information in June 2023 and opened a formal "
           "investigation in November 2023.", ("investigation", "shein", "2023-11")),
    ("en", "The Commission sent Shein a request for information in June 2023 and opened a formal "
           "investigation in November 2023.", ("request_for_information", "shein", "2023-06")),
    ("en", "Brussels sent AliExpress a first request for information in March 2024 and opened "
           "formal proceedings under the DSA in May of that year.",
     ("investigation", "aliexpress", "2024-05")),
    ("en", "Ofcom sent TikTok an information notice in July 2024 and opened an investigation in "
           "December 2024.", ("investigation", "tiktok", "2024-12")),
    ("fr", "La Commission a adressé une demande d'informations à Shein en juin 2023 et ouvert une "
           "procédure formelle en octobre de la même année.",
     ("investigation", "shein", "2023-10")),
    ("fr", "La Commission a envoyé une demande d'informations à Temu en juin 2024 et a ouvert une "
           "procédure formelle en octobre.", ("investigation", "temu", "2024-10")),
    # traps: a month before the first one's is not placed; a deadline is not the step's day
    ("en", "The Commission sent Shein a request for information in June 2023 and opened a formal "
           "investigation in February.", ("investigation", "shein", None)),
    ("en", "On 3 May 2023 the Commission fined Shein and ordered it to stop by September.",
     ("order", "shein", "2023-05-03")),
    ("fr", "Le 3 mai 2023, la CNIL a sanctionné Criteo et lui a ordonné de cesser ses pratiques "
           "avant septembre.", ("order", "criteo", "2023-05-03")),
]

SAME_DOCUMENT = [
    ("fr", "Le 2 décembre 2022, l'Autorité de la concurrence a infligé une amende de 10 millions "
           "d'euros à Booking. Dans le même document, l'Autorité enjoint à Booking de modifier ses "
           "contrats.", ("order", "booking", "2022-12-02")),
    ("en", "On 2 December 2022, Italy's AGCM fined Booking 10 million euros. In the same document, "
           "the AGCM ordered Booking to change its contracts.", ("order", "booking", "2022-12-02")),
    # "the same decision" right after a sentence telling an older decision on its own date
    ("fr", "L'Autorité de la concurrence a infligé, mercredi 20 mars, une amende de 250 millions "
           "d'euros à Booking.\n\nLe dossier remonte à 2019. Faute de négociations loyales, "
           "Booking avait écopé en juillet 2021 d'une amende de 500 millions d'euros. La même "
           "décision l'obligeait à présenter une offre sous deux mois.",
     ("order", "booking", "2021-07")),
    ("fr", "L'Autorité de la concurrence a infligé, le 20 mars 2024, une amende de 250 millions "
           "d'euros à Booking. La même décision l'oblige à présenter une offre sous deux mois.",
     ("order", "booking", "2024-03-20")),
    # trap: another body's order is not the decision told before
    ("en", "On 2 December 2022, Italy's AGCM fined Booking 10 million euros. In the same document, "
           "the CNIL ordered Booking to delete the data.", ("order", "booking", None)),
]

OFFICE_HOLDER = [
    ("fr", "PARIS, 14 février 2024 – La maire Anne Hidalgo a annoncé aujourd'hui que la Ville de "
           "Paris avait engagé des poursuites contre Airbnb.", ("lawsuit", "airbnb", "2024-02-14")),
    ("fr", "La maire Anne Hidalgo a annoncé hier que la Ville de Paris avait intenté une action en "
           "justice contre Uber.", ("lawsuit", "uber", "2024-02-14")),
    ("en", "Mayor Eric Adams announced on Wednesday that the City of New York had sued TikTok.",
     ("lawsuit", "tiktok", "2024-02-14")),
    # traps: the company's saying; a step told as background keeps its own year
    ("fr", "Google a indiqué mercredi que la CNIL lui avait infligé une amende de 100 millions "
           "d'euros.", ("fine", "google", None)),
    ("en", "TikTok said on Wednesday that the City of New York had sued it.",
     ("lawsuit", "tiktok", None)),
    ("en", "Mayor Eric Adams said on Wednesday that the City of New York had already sued Meta in "
           "2022.", ("lawsuit", "meta", "2022")),
]


@pytest.mark.parametrize(("language", "body", "expected"), SECOND_VERB,
                         ids=[f"{i}-{body[:40]}" for i, (_, body, _) in enumerate(SECOND_VERB)])
def test_second_verb_takes_the_time_of_its_own_clause(dated_steps, language, body, expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")


@pytest.mark.parametrize(("language", "body", "expected"), SAME_DOCUMENT,
                         ids=[f"{i}-{body[-45:]}" for i, (_, body, _) in enumerate(SAME_DOCUMENT)])
def test_same_document_takes_the_decision_day(dated_steps, language, body, expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")


@pytest.mark.parametrize(("language", "body", "expected"), OFFICE_HOLDER,
                         ids=[f"{i}-{body[:40]}" for i, (_, body, _) in enumerate(OFFICE_HOLDER)])
def test_office_holder_announcing_the_bodys_step_dates_it(dated_steps, language, body, expected):
    assert expected in dated_steps(dt.date(2024, 2, 15))(
        f"Update\n\n{body}\n", language, title="Update")


PRIOR_STEP = [
    # a leading phrase telling the earlier step that led to the sentence's: not the dateline's
    ("fr", "GATINEAU (Québec), le 28 juin 2019 – À la suite d'une action intentée par le Bureau de "
           "la concurrence, Viagogo paiera une sanction de 4 millions de dollars.",
     ("lawsuit", "viagogo", None)),
    ("en", "OTTAWA, June 28, 2019 - Following a lawsuit filed by the Competition Bureau, StubHub "
           "will pay a penalty of 2 million dollars.", ("lawsuit", "stubhub", None)),
    # nor is a day of the main clause its day
    ("fr", "GATINEAU (Québec), le 28 juin 2019 – À la suite d'une action intentée par le Bureau de "
           "la concurrence, Viagogo paiera une sanction de 4 millions de dollars, en vertu d'un "
           "consentement enregistré aujourd'hui auprès du Tribunal.", ("lawsuit", "viagogo", None)),
    ("en", "Following a lawsuit filed by the Competition Bureau, StubHub will pay a penalty of 2 "
           "million dollars under a consent agreement registered today.",
     ("lawsuit", "stubhub", None)),
    # the phrase's own date stays its date
    ("en", "After an investigation opened in March 2018, the CNIL fined Google on Monday.",
     ("investigation", "google", "2018-03")),
    # the dateline still dates the step the sentence tells
    ("fr", "GATINEAU (Québec), le 28 juin 2019 – Le Bureau de la concurrence a intenté une action "
           "contre Viagogo.", ("lawsuit", "viagogo", "2019-06-28")),
    ("en", "BRUSSELS, 28 June 2019 - Following an investigation, the European Commission today "
           "fined Google 1.5 billion euros.", ("fine", "google", "2019-06-28")),
]


@pytest.mark.parametrize(("language", "body", "expected"), PRIOR_STEP,
                         ids=[f"{i}-{body[:50]}" for i, (_, body, _) in enumerate(PRIOR_STEP)])
def test_prior_step_opening_the_sentence_takes_no_dateline_day(dated_steps, language, body,
                                                                 expected):
    assert expected in dated_steps(dt.date(2019, 6, 28))(
        f"Update\n\n{body}\n", language, title="Update")


PRELIMINARY = [
    ("en", "The European Commission said on Monday it had preliminarily found AliExpress in breach "
           "of the Digital Services Act.", ("investigation", "aliexpress", "2025-07-28")),
    # trap: the company's words tell when the findings came to light
    ("en", "AliExpress said on Monday it had been preliminarily found in breach of the Digital "
           "Services Act by the European Commission.", ("investigation", "aliexpress", None)),
]


@pytest.mark.parametrize(("language", "body", "expected"), PRELIMINARY,
                         ids=[f"{i}-{body[:40]}" for i, (_, body, _) in enumerate(PRELIMINARY)])
def test_preliminary_findings_said_on_a_day_take_it(dated_steps, language, body, expected):
    steps = dated_steps(dt.date(2025, 7, 30))(f"Update\n\n{body}\n", language, title="Update")
    assert expected in steps or (expected[2] is None and not steps)
