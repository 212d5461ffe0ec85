"""Steps told as nouns, in relative clauses and as a company's payment (issue 3, session 13,
melt mechanism 3; the NOMINAL and COMPANY_SUBJECT rows of the thaw/melt error tables):
- an object relative whose antecedent is the step noun or its sum, with a give-verb or a
  described body as subject ("the penalty that South Korea's Fair Trade Commission handed
  Google", "des 2,4 milliards d'euros que la Commission avait infligés à Google");
- a step noun with a participle and its agent ("the civil penalty imposed by FinCEN",
  "la sanction civile prononcée par le FinCEN");
- a company paying a fine, the body named only in the reporting clause ("X ont accepté de payer
  une amende ..., a annoncé mardi la DGCCRF").
Invented sentences, English and French, with traps: a possibility, a provision, a private suit,
the company's own doing or saying.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

pytestmark = pytest.mark.slow

EC, FTC, KFTC, AGCM = ("authority/european-commission", "authority/ftc", "authority/kftc",
                       "authority/agcm")
IRISH_DPC, CNIL, FINCEN, DGCCRF = ("authority/irish-dpc", "authority/cnil", "authority/fincen",
                                   "authority/dgccrf")
DOJ, SEC, ADLC, JFTC = ("authority/us-department-of-justice", "authority/sec",
                        "authority/autorite-de-la-concurrence", "authority/jftc")
CADE, GVH, KPPU, CCI = "authority/cade", "authority/gvh", "authority/kppu", "authority/cci"
TEXAS_AG, ACCC = "authority/texas-attorney-general", "authority/accc"
GOOGLE, APPLE, META, AMAZON = ("organisation/google", "organisation/apple", "organisation/meta",
                               "organisation/amazon")
BINANCE, UBER, TIKTOK = "organisation/binance", "organisation/uber", "service/tiktok"

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday: "Tuesday" / "mardi" is 2024-03-05


def _steps(extractor, article_of, text: str, language: str,
           kinds: tuple[str, ...]) -> list[tuple[object, ...]]:
    article = article_of(text, language, PUBLISHED)
    return sorted({(a.type, a.actor, a.targets, a.date.iso() if a.date else None)
                   for a in extractor.extract(article).actions
                   if a.status in FACTUAL_STATUSES and a.type in kinds})


RELATIVE_STEPS = [
    # a give-verb in the relative clause, a body named with a country's genitive
    ("Shares fell after the penalty that South Korea's Fair Trade Commission handed Google on "
     "14 September 2021.", "en", [("fine", KFTC, (GOOGLE,), "2021-09-14")]),
    ("The ruling upholds the fine that Italy's competition authority dealt Apple in November "
     "2023.", "en", [("fine", AGCM, (APPLE,), "2023-11")]),
    ("Investors shrugged off the penalty that Japan's Fair Trade Commission had handed Google in "
     "April 2023.", "en", [("fine", JFTC, (GOOGLE,), "2023-04")]),
    # a court before the step noun is not the relative's antecedent
    ("The court cut the fine that the European Commission levied on Google in 2018.", "en",
     [("fine", EC, (GOOGLE,), "2018")]),
    ("The judges upheld the penalty that the ACCC imposed on Uber in December 2022.", "en",
     [("fine", ACCC, (UBER,), "2022-12")]),
    # the sum stands for the fine
    ("Meta is appealing the 1.2 billion euros that the Irish Data Protection Commission imposed "
     "on it in May 2023.", "en", [("fine", IRISH_DPC, (META,), "2023-05")]),
    ("Ce montant reste loin des 2,4 milliards d'euros que la Commission européenne avait "
     "infligés à Google en juin 2017.", "fr", [("fine", EC, (GOOGLE,), "2017-06")]),
    ("La somme s'ajoute aux 150 millions d'euros que la CNIL a imposés à Google en décembre "
     "2021.", "fr", [("fine", CNIL, (GOOGLE,), "2021-12")]),
    ("C'est bien moins que les 500 millions d'euros que l'Autorité de la concurrence avait "
     "infligés à Google en juillet 2021.", "fr", [("fine", ADLC, (GOOGLE,), "2021-07")]),
    # "la même" body
    ("Apple conteste l'amende que la même Autorité de la concurrence lui avait infligée en mars "
     "2020.", "fr", [("fine", ADLC, (APPLE,), "2020-03")]),
    ("Le tribunal a réduit l'amende que la même CNIL avait infligée à Amazon en janvier 2024.",
     "fr", [("fine", CNIL, (AMAZON,), "2024-01")]),
    ("Google a déjà payé l'amende que l'autorité indonésienne de la concurrence lui a infligée "
     "en janvier 2025.", "fr", [("fine", KPPU, (GOOGLE,), "2025-01")]),
    ("The $2.2 million that India's competition watchdog imposed on Google in October 2022 is "
     "under appeal.", "en", [("fine", CCI, (GOOGLE,), "2022-10")]),
    ("Les 32 millions d'euros que la CNIL a infligés à Amazon en janvier 2024 ont été "
     "contestés.", "fr", [("fine", CNIL, (AMAZON,), "2024-01")]),
    ("Meta a contesté les 1,2 milliard d'euros que l'autorité irlandaise de protection des "
     "données lui a infligés en mai 2023.", "fr", [("fine", IRISH_DPC, (META,), "2023-05")]),
    ("Le montant dépasse les 4,34 milliards d'euros que Bruxelles avait infligés à Google en "
     "juillet 2018.", "fr", [("fine", EC, (GOOGLE,), "2018-07")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), RELATIVE_STEPS)
def test_a_fine_told_in_a_relative_clause_is_the_bodys(extractor, article_of, text, language,
                                                      expected):
    assert _steps(extractor, article_of, text, language, ("fine",)) == sorted(expected)


AGENT_STEPS = [
    ("Binance will pay $4.3 billion, the Justice Department said on Tuesday. Of that total, "
     "$3.4 billion is the civil penalty imposed by FinCEN, the largest in its history.", "en",
     ("fine", FINCEN, (BINANCE,))),
    ("Binance paiera 4,3 milliards de dollars, a annoncé mardi le ministère américain de la "
     "Justice. Sur ce total, 3,4 milliards correspondent à la sanction civile prononcée par le "
     "FinCEN.", "fr", ("fine", FINCEN, (BINANCE,))),
    ("Apple a fait appel. Le montant, 250 000 reais par jour, est celui de la pénalité imposée "
     "par le Cade, l'autorité brésilienne de la concurrence.", "fr", ("fine", CADE, (APPLE,))),
    ("Uber agreed on Tuesday to pay A$21 million. Of that, A$15 million is the civil penalty "
     "imposed by the ACCC, Australia's competition watchdog.", "en", ("fine", ACCC, (UBER,))),
]


@pytest.mark.parametrize(("text", "language", "expected"), AGENT_STEPS)
def test_a_step_noun_with_its_participle_and_agent_is_the_agents(extractor, article_of, text,
                                                                 language, expected):
    steps = _steps(extractor, article_of, text, language, (expected[0],))
    assert expected in [step[:3] for step in steps]


REPORTED_PAYMENTS = [
    ("Google Ireland et Google France ont accepté de payer une amende transactionnelle de 1,1 "
     "million d'euros, a annoncé mardi la DGCCRF.", "fr",
     [("fine", DGCCRF, (GOOGLE,), "2024-03-05")]),
    ("Google agreed to pay a fine of 1.1 million euros over misleading hotel rankings, the "
     "DGCCRF said on Tuesday.", "en", [("fine", DGCCRF, (GOOGLE,), "2024-03-05")]),
    ("Amazon will pay a $25 million civil penalty, the Federal Trade Commission announced on "
     "31 May 2023.", "en", [("fine", FTC, (AMAZON,), "2023-05-31")]),
    ("Meta versera une amende de 5 millions d'euros, a indiqué jeudi l'Autorité de la "
     "concurrence.", "fr", [("fine", ADLC, (META,), "2024-02-29")]),
    ("TikTok a accepté de payer une amende de 2 millions d'euros pour clore la procédure, a "
     "annoncé lundi la CNIL.", "fr", [("fine", CNIL, (TIKTOK,), "2024-03-04")]),
    ("Uber will pay a fine of 10 million euros, according to the CNIL.", "en",
     [("fine", CNIL, (UBER,), None)]),
    ("Apple paiera une amende de 8 millions d'euros, selon la CNIL.", "fr",
     [("fine", CNIL, (APPLE,), None)]),
    ("TikTok will pay a fine of 345 million euros, Ireland's Data Protection Commission "
     "announced on Friday.", "en", [("fine", IRISH_DPC, (TIKTOK,), "2024-03-01")]),
    ("Booking.com versera une amende de 413 millions d'euros, a annoncé mardi la CNMC, le gendarme "
     "espagnol de la concurrence.", "fr", [("fine", "authority/cnmc", ("service/booking-com",),
                                             "2024-03-05")]),
    ("Microsoft versera une amende de 20 millions de dollars, a fait savoir vendredi la FTC.",
     "fr", [("fine", FTC, ("organisation/microsoft",), "2024-03-01")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), REPORTED_PAYMENTS)
def test_a_company_paying_a_fine_a_body_reports_is_the_bodys_fine(extractor, article_of, text,
                                                                  language, expected):
    assert _steps(extractor, article_of, text, language, ("fine",)) == sorted(expected)


TRAPS = [
    # the company's own view of a fine told before: no second fine
    ("The Commission fined Meta 798 million euros on 14 November 2024. The fine, which Meta says "
     "it will appeal, is the first of its kind.", "en",
     [("fine", EC, (META,), "2024-11-14")]),
    # a possibility or a provision
    ("The FTC could impose a penalty of up to $50,000 per violation on Amazon.", "en", []),
    ("The penalty that the FTC could impose on Amazon would exceed $1 billion.", "en", []),
    ("La sanction civile qui pourrait être prononcée par le FinCEN contre Binance reste "
     "inconnue.", "fr", []),
    ("Meta could face a fine of up to 6% of its turnover, the Commission said on Tuesday.", "en",
     []),
    ("Amazon is contesting the penalty the CNIL proposed in its draft decision.", "en", []),
    # a private settlement, or the company alone reporting its payment
    ("Meta agreed to pay $725 million to settle a class action brought by Facebook users, the "
     "company said.", "en", []),
    ("Google a accepté de payer 700 millions de dollars pour solder une action collective de "
     "consommateurs, a annoncé l'entreprise.", "fr", []),
    ("Google agreed to pay a fine of 1.1 million euros, a company spokesperson said on "
     "Tuesday.", "en", []),
    ("Binance a versé 4,3 milliards de dollars à ses clients, a annoncé mardi la plateforme.",
     "fr", []),
    # a relative clause whose subject is the company
    ("L'amende que Meta conteste s'élève à 1,2 milliard d'euros.", "fr", []),
    ("The fine that Apple paid last year was the largest in its history.", "en", []),
    # a suit of private parties
    ("The lawsuit filed by shareholders against Uber was dismissed.", "en", []),
    # a threat reported by the body is no fine; nor is a suit of a non-authority, or a
    # company's own probe
    ("Meta will have to pay up to 1 million euros a day if it does not comply, the Commission "
     "said on Tuesday.", "en", []),
    ("Amazon paiera une amende si elle ne se conforme pas, a prévenu la CNIL.", "fr", []),
    ("Apple will pay a fine of 5 million euros should it fail to comply, the CNIL said.", "en",
     []),
    ("Faute de se conformer, TikTok versera une amende de 2 millions d'euros, a indiqué la "
     "CNIL.", "fr", []),
    ("The complaint filed by noyb against Meta in 2023 is pending.", "en", []),
    ("L'enquête ouverte par Meta en interne a été close.", "fr", []),
    # a sum the body paid or spent is no fine
    ("The 2 million euros that the CNIL spent on Google Analytics audits were criticised.", "en",
     []),
]


@pytest.mark.parametrize(("text", "language", "expected"), TRAPS)
def test_no_step_from_a_possibility_a_private_suit_or_the_companys_own_doing(
        extractor, article_of, text, language, expected):
    assert _steps(extractor, article_of, text, language,
                  ("fine", "lawsuit", "commitment", "investigation")) == sorted(expected)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("At 202.5 billion rupiah, the penalty that Indonesia's competition commission handed Google "
     "on Tuesday will not worry anyone at Alphabet.", "en",
     [("fine", KPPU, (GOOGLE,), "2024-03-05")]),
    ("Les 32 millions d'euros que la CNIL a infligés à Amazon en janvier 2024 font sourire chez "
     "Apple.", "fr", [("fine", CNIL, (AMAZON,), "2024-01")]),
])
def test_regression_a_relative_step_is_against_its_own_object_only(extractor, article_of, text,
                                                                   language, expected):
    # the company the main clause names after the relative clause is no target of its step
    assert _steps(extractor, article_of, text, language, ("fine",)) == sorted(expected)


def test_a_relative_step_keeps_the_targets_its_clause_adds_with_against(extractor, article_of):
    text = ("The findings stem from proceedings the Commission opened against Alphabet in March "
            "2024, alongside cases against Apple and Meta.")
    steps = _steps(extractor, article_of, text, "en", ("investigation",))
    assert {step[2] for step in steps} == {("organisation/alphabet",), (APPLE,), (META,)}
