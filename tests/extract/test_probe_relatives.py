"""Probe steps told in shapes the triggers missed (issue 3, session 19): the body as the
subject of a relative clause that opened its probe ("The agency, which had opened its
investigation in 2019, ...", "estime l'organisme fédéral, qui avait ouvert son enquête en
2018"); a case the body opened, told after its widened probe that names another company in
passing; a proposed decision or a notified intention to fine (preliminary findings: the
house's `investigation`). Traps: a company's, a newspaper's or another body's probe; a
proposed decision that may come; a company's intention. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

FTC, CNIL, CMA, OPC = ("authority/ftc", "authority/cnil", "authority/cma",
                       "authority/opc-canada")
BUREAU, NO_DPA, MYCC, ICO = ("authority/competition-bureau-canada", "authority/norwegian-dpa",
                             "authority/mycc", "authority/ico")
AMAZON, META, CRITEO, X = ("organisation/amazon", "organisation/meta", "organisation/criteo",
                           "service/x")
GRINDR, UBER, TIKTOK = "service/grindr", "organisation/uber", "service/tiktok"
ADLC, GOOGLE = "authority/autorite-de-la-concurrence", "organisation/google"

DAY = dt.date(2025, 5, 28)

# The body, subject of a relative clause, opened the probe of the story's company.
RELATIVES = [
    ("The Federal Trade Commission sued Amazon on Tuesday. The agency, which had opened its "
     "investigation in 2019, accuses the company of illegal monopoly practices.", "en",
     ("investigation", FTC, (AMAZON,), "2019")),
    ("The CMA fined Meta on Monday. The regulator, which opened its probe in March 2022, said "
     "the company had misled users.", "en", ("investigation", CMA, (META,), "2022-03")),
    ("Le Bureau de la concurrence a poursuivi Meta mardi. Ces déclarations étaient trompeuses, "
     "estime l'organisme fédéral, qui avait ouvert son enquête en 2018.", "fr",
     ("investigation", BUREAU, (META,), "2018")),
    ("La CNIL a infligé une amende à Criteo jeudi. La commission, qui avait ouvert son enquête "
     "en 2020, reproche à la société un défaut de consentement.", "fr",
     ("investigation", CNIL, (CRITEO,), "2020")),
]


@pytest.mark.parametrize(("text", "language", "step"), RELATIVES)
def test_a_probe_opened_in_a_relative_is_the_body_s(factual_steps, text, language, step):
    assert step in factual_steps(DAY)("Titre\n\n" + text, language)


# ... not a company's, a newspaper's or another body's.
NOT_RELATIVES = [
    ("The FTC sued Amazon on Tuesday. The company, which had opened its own investigation in "
     "2019, denies the claims.", "en"),
    ("The CMA fined Meta on Monday. The newspaper, which began its investigation in 2021, "
     "first reported the leak.", "en"),
    ("La CNIL a infligé une amende à Criteo jeudi. L'entreprise, qui avait ouvert son enquête "
     "interne en 2020, conteste la décision.", "fr"),
    ("Le Bureau de la concurrence a poursuivi Meta mardi. Le journal, qui avait ouvert son "
     "enquête en 2018, a révélé l'affaire.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), NOT_RELATIVES)
def test_a_relative_gives_no_probe_of_another(steps_in, text, language):
    assert not {s for s in steps_in("Titre\n\n" + text, language) if s[0] == "investigation"}


# A case the body opened, told after its widened probe names another company in passing.
WIDENED = [
    ("Le commissaire à la protection de la vie privée du Canada a annoncé jeudi l'élargissement "
     "de l'enquête qu'il mène sur le réseau social X, afin d'y inclure les images créées par "
     "l'outil Grok. Le Commissariat avait ouvert ce dossier le 27 février 2025.", "fr",
     ("investigation", OPC, (X,), "2025-02-27")),
    ("The Information Commissioner's Office widened its investigation into TikTok on Tuesday "
     "to cover ads bought through Google's tools. The ICO had opened the case in March 2023.",
     "en", ("investigation", ICO, (TIKTOK,), "2023-03")),
]


@pytest.mark.parametrize(("text", "language", "step"), WIDENED)
def test_a_case_opened_before_a_widened_probe_is_its_company_s(factual_steps, text, language,
                                                               step):
    assert step in factual_steps(DAY)("Titre\n\n" + text, language)


def test_another_body_s_case_is_not_the_widened_probe_s(steps_in):
    text = ("Titre\n\nL'Ofcom a élargi jeudi son enquête sur X afin d'y inclure l'outil Grok. "
            "La CNIL avait ouvert ce dossier en 2024.")
    assert not {s for s in steps_in(text, "fr") if s[1] == CNIL}


# A proposed decision, a notified intention to fine: preliminary findings.
PROPOSED = [
    ("KUALA LUMPUR - The Malaysia Competition Commission (MyCC) has today issued a proposed "
     "decision against Uber for abusing its dominant position.", "en",
     ("investigation", MYCC, (UBER,), "2025-05-28")),
    ("Norway's data protection authority fined Grindr on Monday. In January 2021, the "
     "Authority notified Grindr of its intention to impose a fine of NOK 100 million.", "en",
     ("investigation", NO_DPA, (GRINDR,), "2021-01")),
    ("La CNIL a notifié en mars à Criteo son intention de lui infliger une amende de 60 "
     "millions d'euros.", "fr", ("investigation", CNIL, (CRITEO,), "2025-03")),
]


@pytest.mark.parametrize(("text", "language", "step"), PROPOSED)
def test_a_proposed_decision_is_a_finding(factual_steps, text, language, step):
    assert step in factual_steps(DAY)("Titre\n\n" + text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("The Malaysia Competition Commission could issue a proposed decision against Uber.", "en"),
    ("Grindr notified the Norwegian data protection authority of its intention to appeal.",
     "en"),
    ("Criteo a notifié à la CNIL son intention de faire appel de la décision.", "fr"),
    ("The Malaysia Competition Commission said it would issue a proposed decision against "
     "Uber next month.", "en"),
])
def test_no_proposed_decision_that_was_not_issued(steps_in, text, language):
    assert not {s for s in steps_in("Titre\n\n" + text, language) if s[0] == "investigation"}


# A probe begun, told by its verb with "to"/"à": the story's company, the body's probe.
BEGUN = [
    ("L'Autorité de la concurrence a sanctionné Google jeudi. Elle avait commencé à enquêter "
     "en mars 2021 après une plainte.", "fr", ("investigation", ADLC, (GOOGLE,), "2021-03")),
    ("L'Autorité de la concurrence a commencé en 2021 à examiner les pratiques de Google.",
     "fr", ("investigation", ADLC, (GOOGLE,), "2021")),
    ("The CMA fined Google on Thursday. The regulator began to examine the case in 2021.", "en",
     ("investigation", CMA, (GOOGLE,), "2021")),
    ("The CMA fined Meta on Thursday. The CMA had started to investigate in March 2021.", "en",
     ("investigation", CMA, (META,), "2021-03")),
]


@pytest.mark.parametrize(("text", "language", "step"), BEGUN)
def test_a_probe_begun_is_the_body_s(factual_steps, text, language, step):
    assert step in factual_steps(DAY)("Titre\n\n" + text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Le Monde a commencé à enquêter sur TikTok en 2023.", "fr"),
    ("L'Autorité de la concurrence a sanctionné Google jeudi. Le Monde avait commencé à "
     "enquêter en mars 2021.", "fr"),
    ("The Guardian began to investigate Google in 2021.", "en"),
    ("The CMA fined Google on Thursday. Google began to review its own practices in 2021.",
     "en"),
])
def test_no_probe_begun_by_a_newspaper_or_a_company(steps_in, text, language):
    assert not {s for s in steps_in("Titre\n\n" + text, language) if s[0] == "investigation"}


# A procedure opened against a company, in continental bodies' English.
PROCEDURES = [
    ("Hamburg's data protection commissioner, Thomas Fuchs, opened an urgency procedure "
     "against Meta earlier this month under the GDPR.", "en",
     ("investigation", "authority/hamburg-data-protection-commissioner", (META,), "2025-05")),
    ("The Italian competition authority initiated a sanction procedure against Google on "
     "Tuesday.", "en", ("investigation", "authority/agcm", (GOOGLE,), "2025-05-27")),
]


@pytest.mark.parametrize(("text", "language", "step"), PROCEDURES)
def test_a_procedure_opened_against_a_company_is_a_probe(factual_steps, text, language, step):
    assert step in factual_steps(DAY)("Titre\n\n" + text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Meta started a court procedure against the Commission.", "en"),
    ("Uber opened an internal procedure against drivers.", "en"),
    ("The regulator launched a new procedure for complaints against platforms.", "en"),
])
def test_no_probe_in_a_procedure_of_a_company_or_for_complaints(steps_in, text, language):
    assert not {s for s in steps_in("Titre\n\n" + text, language) if s[0] == "investigation"}
