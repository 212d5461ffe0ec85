"""Steps told inside a clause rather than by the body's own main verb (issue 3, session 12,
causes NOMINAL and COMPANY_SUBJECT of the dev sets' error analysis).

- A payment with the company as subject, in any tense, is the fine of the body whose case it
  settles or to which it is paid ("X paid $N to resolve SEC charges", "X a versé N euros à la
  CNIL"; one fine per payee); a body reporting the terms ("the SEC said X would pay") or an
  order a body announced ("under an order the FTC announced") names it too.
- A step told in a relative or cleft clause on its noun ("the complaint, which the DOJ filed",
  "the orders the Bundeskartellamt issued to X", "c'est l'amende que la CNIL a infligée à X")
  is the body's step, dated inside the clause.

Kept out (traps): a company paying private parties (class actions, users, publishers), sums a
company could pay, its own investments or taxes, steps a company or users took against others.
Invented sentences, written with their answers before the rules.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

# (language, text, the factual steps a careful analyst records: {(type, actor, target, date)},
# keys' last parts)
PAID_IN_ANY_TENSE = [
    ("en", "In March 2023, Coinbase paid $50 million to resolve SEC charges over its lending "
     "product.", {("fine", "sec", "coinbase", "2023-03")}),
    ("en", "Epic Games has paid $275 million to settle charges brought by the Federal Trade "
     "Commission.", {("fine", "ftc", "epic-games", None)}),
    ("en", "Uber paid $148 million in September 2018 to resolve claims by the New York Attorney "
     "General.", {("fine", "new-york-attorney-general", "uber", "2018-09")}),
    ("en", "In 2020, Facebook paid $550 million to the Federal Trade Commission and $100 million "
     "to the Securities and Exchange Commission.",
     {("fine", "ftc", "facebook", "2020"), ("fine", "sec", "facebook", "2020")}),
    ("en", "The SEC announced on 12 May 2023 that Binance would pay $4 million to settle "
     "charges.", {("fine", "sec", "binance", "2023-05-12")}),
    ("en", "Snap will pay a $15 million civil penalty under an order the California Attorney "
     "General announced on 11 December 2024.",
     {("fine", "california-attorney-general", "snap", "2024-12-11")}),
    # the payee told by an anaphor, each payee with its own sum
    ("en", "The Federal Trade Commission sued YouTube in 2018. In 2019, Google paid $150 "
     "million to the Commission and $20 million to the New York Attorney General to settle "
     "the claims.", {("lawsuit", "ftc", "youtube", "2018"), ("fine", "ftc", "google", "2019"),
                     ("fine", "new-york-attorney-general", "google", "2019")}),
    # the order a body announced, far after the sum
    ("en", "Microsoft will pay a $20 million civil penalty for keeping the data of children who "
     "signed up to its Xbox gaming console without their parents' consent, under a proposed "
     "order the Federal Trade Commission announced on 5 June 2023.",
     {("fine", "ftc", "microsoft", "2023-06-05")}),
    ("fr", "En mars 2023, Amazon a payé 8 millions d'euros pour solder les poursuites de la "
     "DGCCRF.", {("fine", "dgccrf", "amazon", "2023-03")}),
    ("fr", "Google a versé 2 millions d'euros à la CNIL en décembre 2023.",
     {("fine", "cnil", "google", "2023-12")}),
    ("fr", "En 2019, Apple avait versé 25 millions d'euros à l'Autorité de la concurrence et "
     "5 millions d'euros à la DGCCRF.",
     {("fine", "autorite-de-la-concurrence", "apple", "2019"),
      ("fine", "dgccrf", "apple", "2019")}),
    ("fr", "Meta a accepté de verser 3 millions d'euros à la CNIL le 14 février 2024.",
     {("fine", "cnil", "meta", "2024-02-14")}),
    ("fr", "Uber avait réglé 10 millions d'euros à l'Autorité de la concurrence en juin 2022 "
     "pour clore la procédure.", {("fine", "autorite-de-la-concurrence", "uber", "2022-06")}),
]

TOLD_IN_A_CLAUSE = [
    ("en", "The complaint, which the Department of Justice filed on 21 March 2024, alleges that "
     "Apple monopolised the smartphone market.",
     {("lawsuit", "us-department-of-justice", "apple", "2024-03-21")}),
    ("en", "The lawsuit that the Texas Attorney General brought against Meta in February 2022 "
     "ended in a settlement.", {("lawsuit", "texas-attorney-general", "meta", "2022-02")}),
    ("en", "The orders that the Bundeskartellamt issued to Meta in February 2019 barred the "
     "pooling of data.", {("order", "bundeskartellamt", "meta", "2019-02")}),
    # no target in the relative clause: the host clause's subject
    ("en", "Twitter asked the High Court to quash the blocking orders MeitY issued under "
     "Section 69A in 2022.", {("order", "meity", "x", "2022")}),
    ("en", "Meta said the penalty the Data Protection Commission imposed in May 2023 was "
     "unjustified.", {("fine", "irish-dpc", "meta", "2023-05")}),
    ("en", "The charges the SEC brought against Coinbase in June 2023 were partly dismissed.",
     {("lawsuit", "sec", "coinbase", "2023-06")}),
    ("en", "Google is contesting the fine that the CNIL imposed on Monday, 2 June 2025.",
     {("fine", "cnil", "google", "2025-06-02")}),
    ("fr", "Meta conteste l'amende que la Commission lui a infligée en novembre 2024.",
     {("fine", "european-commission", "meta", "2024-11")}),
    ("fr", "Cinq millions d'euros : c'est l'amende que la CNIL a infligée à Google en janvier "
     "2022.", {("fine", "cnil", "google", "2022-01")}),
    ("fr", "L'amende que le Garante a infligée à OpenAI en décembre 2024 s'élève à 15 millions "
     "d'euros.", {("fine", "garante", "openai", "2024-12")}),
    # a body's name in lower case first, an apposition after the body
    ("en", "Meta is appealing an infringement notice eSafety gave Facebook in March 2024.",
     {("fine", "esafety-commissioner", "facebook", "2024-03")}),
    ("fr", "Dix millions d'euros : c'est la pénalité que la CNIL, le gendarme français de la vie "
     "privée, a infligée à Amazon en décembre 2023.", {("fine", "cnil", "amazon", "2023-12")}),
    ("fr", "L'action en justice que la FTC a intentée contre Amazon en juin 2023 vise ses "
     "abonnements.", {("lawsuit", "ftc", "amazon", "2023-06")}),
    ("fr", "Les injonctions que l'Arcom a adressées à X en mars 2024 portaient sur la "
     "modération.", {("order", "arcom", "x", "2024-03")}),
    ("fr", "La sanction financière que l'Autorité de la concurrence a prononcée contre Google en "
     "juillet 2021 atteint 500 millions d'euros.",
     {("fine", "autorite-de-la-concurrence", "google", "2021-07")}),
    ("fr", "La plainte que la Commission a déposée contre Meta en mai 2023 a été jugée "
     "recevable.", {("lawsuit", "european-commission", "meta", "2023-05")}),
]

TRAPS = [
    ("en", "Google paid $500 million to settle a class action brought by users in 2022.", set()),
    ("en", "TikTok paid $92 million to users in 2021.", set()),
    ("en", "Meta paid $725 million to settle a privacy lawsuit brought by Facebook users.", set()),
    ("en", "Microsoft has paid $10 billion to OpenAI for a stake in the company.", set()),
    ("en", "The CNIL fined Google in January 2022. Google paid $700 million to settle a lawsuit "
     "brought by consumers in 2023.", {("fine", "cnil", "google", "2022-01")}),
    ("en", "The complaint, which users filed in a California court in 2023, accuses Meta of "
     "harming teenagers.", set()),
    ("en", "The lawsuit that Epic Games filed against Apple in 2020 was largely rejected.", set()),
    ("en", "The fine the CNIL could impose on Google may reach 4% of its turnover.", set()),
    # an unknown company as the object: no target borrowed from the article
    ("fr", "Amazon a été citée. C'est l'amende que la CNIL a infligée à Zorbex, la société qui "
     "exploite la boutique Amazon de la marque, en mai 2024.", set()),
    ("fr", "Google a versé 100 millions d'euros à des éditeurs de presse en 2022.", set()),
    ("fr", "Meta pourrait payer jusqu'à 1,2 milliard d'euros à la CNIL.", set()),
    ("fr", "Apple a payé 500 millions d'euros d'impôts en France en 2023.", set()),
    ("fr", "La plainte qu'Epic Games a déposée contre Apple en 2020 a été rejetée.", set()),
    ("fr", "L'amende que la CNIL pourrait infliger à Google atteindrait 4 % de son chiffre "
     "d'affaires.", set()),
    ("fr", "Google conteste l'amende que Meta a payée en 2023.", set()),
    ("en", "Binance would pay $4 million to settle SEC charges if the judge agrees.", set()),
    ("en", "Microsoft will pay $5 million to the Wikimedia Foundation in 2025.", set()),
]


@pytest.fixture(scope="module")
def clause_steps(extractor, article_of):
    """run(text, language) -> {(type, actor, first target, ISO date)} of the factual steps."""

    def last(key: str | None) -> str | None:
        return key.split("/")[-1] if key else None

    def run(text: str, language: str) -> set[tuple[object, ...]]:
        article = article_of(f"Title\n\n{text}", language, dt.date(2025, 6, 1), "Title")
        return {(a.type, last(a.actor), last(a.targets[0]) if a.targets else None,
                 a.date.iso() if a.date else None)
                for a in extractor.extract(article).actions
                if a.status in FACTUAL_STATUSES}

    return run


@pytest.mark.parametrize(("language", "text", "steps"), PAID_IN_ANY_TENSE)
def test_a_companys_payment_to_a_body_is_that_bodys_fine(clause_steps, language, text, steps):
    assert clause_steps(text, language) == steps


@pytest.mark.parametrize(("language", "text", "steps"), TOLD_IN_A_CLAUSE)
def test_a_step_in_a_relative_or_cleft_clause_is_the_bodys(clause_steps, language, text,
                                                            steps):
    assert clause_steps(text, language) == steps


@pytest.mark.parametrize(("language", "text", "steps"), TRAPS)
def test_private_payments_and_others_steps_stay_out(clause_steps, language, text, steps):
    assert clause_steps(text, language) == steps
