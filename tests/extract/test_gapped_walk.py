"""One walk over the "and Company sum" pairs of a fine told once for several companies, shared by
the verb's objects (gapped_sums.py: "ordered Uber to pay S$6.58 million and Lyft S$6.42
million") and the payers named as its subject (gapped_payers.py: "Shopee was ordered to pay
S$1.2 million and Lazada S$0.9 million"); the payment verbs come from data/patterns/payments.yaml
(session 20: the payer module had its own copy of the walk and of the verbs). Invented
sentences; traps: a pair with a time of its own, a sum paid to a company (a payee), a verb of
the other language."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.gapped_sums import gapped_pairs
from regkg.extract.gold import to_gold
from regkg.extract.money import find_money
from regkg.extract.payment_parties import PAYMENTS_FILE
from regkg.extract.vocabulary import vocabulary

DAY = dt.date(2025, 3, 6)  # a Thursday
CCCS = "Competition and Consumer Commission of Singapore"
AGCM, ADLC = "Italian Competition Authority", "French Competition Authority"


def _pairs(text: str, language: str, after: str, companies: list[str],
           sum_first: bool = True) -> list[tuple[str, str]]:
    """The (company, sum) pairs gapped_pairs reads from the end of `after`."""
    sums = {m.start: m.end for m in find_money(text, language) if m.money is not None}
    starts = {text.index(name): text.index(name) + len(name) for name in companies}
    found = gapped_pairs(text, language, text.index(after) + len(after), sums, starts, sum_first)
    return [(text[p.company:starts[p.company]], text[p.sum:sums[p.sum]]) for p in found]


def test_the_walk_reads_each_company_with_its_own_sum() -> None:
    text = "ordered Uber to pay S$6.58 million and Lyft S$6.42 million, and Grab S$1 million."
    assert _pairs(text, "en", "S$6.58 million", ["Lyft", "Grab"]) == [
        ("Lyft", "S$6.42 million"), ("Grab", "S$1 million")]
    text = "condamné Google à payer 100 millions d'euros et Amazon de 35 millions d'euros."
    assert _pairs(text, "fr", "100 millions d'euros", ["Amazon"]) == [
        ("Amazon", "35 millions d'euros")]


def test_the_walk_reads_a_sum_then_its_company_only_when_asked() -> None:
    text = "infligé une amende de 150 millions d'euros à Google et de 60 millions d'euros à Meta."
    assert _pairs(text, "fr", "Google", ["Meta"]) == [("Meta", "60 millions d'euros")]
    text = "Shopee will pay S$1.2 million and S$0.9 million to Lazada."
    assert _pairs(text, "en", "S$1.2 million", ["Lazada"]) == [("Lazada", "S$0.9 million")]
    assert _pairs(text, "en", "S$1.2 million", ["Lazada"], sum_first=False) == []


def test_the_walk_skips_a_split_told_in_brackets() -> None:
    text = "fined Google €100 million (€60 million for Google LLC) and Amazon €35 million."
    assert _pairs(text, "en", "€100 million", ["Amazon"]) == [("Amazon", "€35 million")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "fined Google $170 million and Amazon $25 million a year earlier."),
    ("en", "fined Google $170 million and Amazon $25 million two weeks before."),
    ("fr", "condamné Google à payer 100 millions d'euros et Amazon 35 millions d'euros "
     "précédemment."),
    ("fr", "Le 3 mars, la CNIL a condamné Google à payer 100 millions d'euros et Amazon 35 "
     "millions d'euros en 2020."),
])
def test_the_walk_stops_at_a_pair_with_a_time_of_its_own(language: str, text: str) -> None:
    first = next(m for m in find_money(text, language) if m.money is not None)
    assert _pairs(text, language, text[first.start:first.end], ["Amazon"]) == []


def test_the_payment_verbs_are_read_for_both_languages() -> None:
    words = vocabulary(PAYMENTS_FILE, ("paying_verb", "fine_of"))
    assert words.languages("paying_verb") == words.languages("fine_of") == {"en", "fr"}
    assert words.pattern("paying_verb", "en").fullmatch("was ordered to pay")
    assert words.pattern("paying_verb", "fr").fullmatch("a été condamnée à verser")


@pytest.fixture(scope="module")
def fines(extractor, reference, article_of):
    def run(text: str, language: str) -> set[tuple[object, ...]]:
        body = "Update\n\n" + text + "\n"
        found = to_gold(extractor.extract(article_of(body, language, DAY, "Update")), reference)
        return {(a["actor"], a["target"], a["amount"]) for a in found["actions"]
                if a["type"] == "fine"}
    return run


def _ids(cases: list[tuple[str, str, object]]) -> list[str]:
    return [f"{case[0]}-{case[1][:40]}" for case in cases]


# Payers with their sums, the verb said once for the first: the pair walk of gapped_sums
# skips a bracketed split after a sum and reads "et Expedia de 500 000 euros" too.
PAYERS = [
    ("en", "Shopee was ordered to pay S$1.2 million (in two instalments) and Lazada S$0.9 million, "
     "the Competition and Consumer Commission of Singapore said.",
     {(CCCS, "Shopee", 1200000), (CCCS, "Lazada", 900000)}),
    ("en", "Temu must pay €10 million and Shein €4 million, the Italian Competition Authority "
     "said.", {(AGCM, "Temu", 10000000), (AGCM, "Shein", 4000000)}),
    ("fr", "Booking versera 1 million d'euros et Expedia de 500 000 euros, selon l'Autorité de la "
     "concurrence.", {(ADLC, "Booking", 1000000), (ADLC, "Expedia", 500000)}),
]

# One payer only: the second company is paid (a payee), pays at another time, or the verb is
# of the other language than the article's.
ONE_PAYER = [
    ("en", "Shopee will pay S$1.2 million and S$0.9 million to Lazada, the Competition and "
     "Consumer Commission of Singapore said.", {(CCCS, "Shopee", 1200000)}),
    ("en", "Temu will pay €10 million and Shein €4 million a year earlier, the Italian "
     "Competition Authority said.", {(AGCM, "Temu", 10000000)}),
    ("fr", "Booking versera 1 million d'euros et Expedia 500 000 euros le 3 mars, selon "
     "l'Autorité de la concurrence.", {(ADLC, "Booking", 1000000)}),
    ("fr", "Booking versera 1 million d'euros et Expedia 500 000 euros plus tôt, selon "
     "l'Autorité de la concurrence.", {(ADLC, "Booking", 1000000)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), PAYERS, ids=_ids(PAYERS))
def test_each_payer_after_the_verbs_subject_pays_its_own_sum(fines, language, text,
                                                             expected) -> None:
    assert fines(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), ONE_PAYER, ids=_ids(ONE_PAYER))
def test_no_second_payer_for_a_payee_or_an_earlier_payment(fines, language, text,
                                                           expected) -> None:
    assert fines(text, language) == expected
