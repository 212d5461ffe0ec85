"""The press's and the regulators' idioms for a step (issue 3, V10: the domain's vocabulary):
a sanction with a sum ("sanctioned Shein €1 million": a fine, not a non-monetary sanction), a
warning or a probe the platform receives or comes under ("received a warning from the
Commission", "has come under scrutiny from the Irish DPC"), commitments made binding or accepted
in the passive ("the commitments offered by Microsoft were made binding by the Commission", "Les
engagements de Meta ont été acceptés par la Commission"), French fines in other words ("a mis
Google à l'amende", "s'est vu imposer par la DGCCRF une sanction de", "Une sanction de 40
millions d'euros a été infligée à", "sommée de payer 200 millions d'euros": a fine, not an
order) and searches in the passive ("Les locaux de X ont été perquisitionnés par le parquet").
Invented sentences, written before the rules were run on them; hard negatives after.
"""

from __future__ import annotations

import pytest

from .conftest import Case, case_ids, steps_of

pytestmark = pytest.mark.slow

EC, CNIL, DGCCRF = "authority/european-commission", "authority/cnil", "authority/dgccrf"
AGCM, DPC, ICO = "authority/agcm", "authority/irish-dpc", "authority/ico"
ADLC, PARIS = "authority/autorite-de-la-concurrence", "authority/paris-prosecutor"
META, GOOGLE, MSFT = "organisation/meta", "organisation/google", "organisation/microsoft"
SHEIN, TIKTOK, TEMU = "service/shein", "service/tiktok", "service/temu"
APPLE, X, TELEGRAM = "organisation/apple", "service/x", "service/telegram"

IDIOMS: list[Case] = [
    ("The AGCM sanctioned Shein €1 million for misleading green claims.", "en",
     [("fine", AGCM, "IT", (SHEIN,))]),
    ("The AGCM sanctioned Shein with a €1 million fine for misleading environmental claims.",
     "en", [("fine", AGCM, "IT", (SHEIN,))]),
    ("TikTok was sanctioned by the CNIL with a €5 million fine.", "en",
     [("fine", CNIL, "FR", (TIKTOK,))]),
    ("Meta has come under scrutiny from the Irish Data Protection Commission over its AI "
     "training.", "en", [("investigation", DPC, "IE", (META,))]),
    ("Meta received a formal warning from the ICO.", "en", [("warning", ICO, "GB", (META,))]),
    ("Meta received a warning from the European Commission.", "en",
     [("warning", EC, "EU", (META,))]),
    ("The commitments offered by Microsoft were made binding by the European Commission.", "en",
     [("commitment", EC, "EU", (MSFT,))]),
    ("Bruxelles met Apple à l'amende", "fr", [("fine", EC, "EU", (APPLE,))]),
    ("La CNIL a mis Google à l'amende pour 325 millions d'euros.", "fr",
     [("fine", CNIL, "FR", (GOOGLE,))]),
    ("Temu s'est vu imposer par la DGCCRF une sanction de 4 millions d'euros.", "fr",
     [("fine", DGCCRF, "FR", (TEMU,))]),
    ("Une sanction de 40 millions d'euros a été infligée à Google par la CNIL.", "fr",
     [("fine", CNIL, "FR", (GOOGLE,))]),
    ("Une sanction pécuniaire de 5 millions d'euros a été prononcée contre TikTok par la CNIL.",
     "fr", [("fine", CNIL, "FR", (TIKTOK,))]),
    ("Meta a été contrainte par la Commission européenne de verser 200 millions d'euros.", "fr",
     [("fine", EC, "EU", (META,))]),
    ("Meta a été sommée de payer 200 millions d'euros par la Commission européenne.", "fr",
     [("fine", EC, "EU", (META,))]),
    ("Les bureaux de Telegram ont été perquisitionnés par le parquet de Paris.", "fr",
     [("investigation", PARIS, "FR", (TELEGRAM,))]),
    ("Les locaux de X à Paris ont été perquisitionnés mardi par le parquet de Paris.", "fr",
     [("investigation", PARIS, "FR", (X,))]),
    ("Les locaux de Shein ont été contrôlés par la DGCCRF.", "fr",
     [("investigation", DGCCRF, "FR", (SHEIN,))]),
    ("Les engagements proposés par Google ont été rendus obligatoires par l'Autorité de la "
     "concurrence.", "fr", [("commitment", ADLC, "FR", (GOOGLE,))]),
    ("Les engagements de Meta ont été acceptés par la Commission européenne.", "fr",
     [("commitment", EC, "EU", (META,))]),
]

NEGATIVES = [
    ("The EU sanctioned Russian state media outlets.", "en"),
    ("TikTok has come under fire from parents.", "en"),
    ("Meta received a warning from its auditors.", "en"),
    ("Meta's shares came under pressure after the decision.", "en"),
    ("Le Parlement a mis à l'amende ses propres députés.", "fr"),
    ("Les engagements proposés par Google pourraient être rendus obligatoires.", "fr"),
    ("Meta pourrait être sommée de payer 200 millions d'euros.", "fr"),
    ("La CNIL a été sommée de s'expliquer par des députés.", "fr"),
    ("Les cookies ont été acceptés par les utilisateurs de Google.", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), IDIOMS, ids=case_ids(IDIOMS))
def test_idiom_of_the_domain_is_the_step(extractor, article_of, text: str, language: str,
                                         expected: list) -> None:
    assert steps_of(extractor, article_of, text, language) == sorted(expected)


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_same_words_without_a_step(extractor, article_of, text: str, language: str) -> None:
    # (no fine, probe, warning or commitment; a non-monetary sanction is no gold type)
    assert [s for s in steps_of(extractor, article_of, text, language)
            if s[0] != "sanction"] == []
