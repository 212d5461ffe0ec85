"""Statutory maxima (penalty provisions) on invented sentences: a maximum told with "reach" or
"maximale", a law named paragraphs before, dollars of the law's country, and a daily sum that
is no maximum."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

PUBLISHED = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def provisions(extractor, article_of):
    def run(text: str, language: str = "en") -> list[tuple[object, ...]]:
        article = article_of(text, language, PUBLISHED, text.splitlines()[0])
        return [(p.law.split("/")[-1],
                 p.max_amount and (p.max_amount.amount, p.max_amount.currency),
                 p.max_turnover_share, p.rule)
                for p in extractor.extract(article).provisions]

    return run


def test_fines_can_reach_is_a_maximum(provisions) -> None:
    found = provisions("Privacy fines\nUnder the General Data Protection Regulation, fines can "
                       "reach 20 million euros or 4% of a company's global annual turnover, "
                       "whichever is higher.")
    assert [f[1:] for f in found] == [
        ((Decimal(20_000_000), "EUR"), Decimal("0.04"), "whichever_higher")]


def test_peut_atteindre_and_sanction_maximale_are_maxima(provisions) -> None:
    found = provisions("Sanctions\nLe règlement général sur la protection des données prévoit une "
                       "sanction maximale de 4 % du chiffre d'affaires mondial.", "fr")
    assert [f[2] for f in found] == [Decimal("0.04")]


def test_the_law_named_paragraphs_before_is_the_provision_s_law(provisions) -> None:
    text = ("Ofcom opens investigation\n"
            "Ofcom has opened an investigation under the Online Safety Act into a forum.\n\n"
            "The forum did not answer two requests.\n\n"
            "Ofcom said it would decide in the coming weeks.\n\n"
            "Under the Act, Ofcom can fine providers up to £18 million or 10% of their "
            "qualifying worldwide revenue, whichever is greater.")
    assert [f[1:] for f in provisions(text)] == [
        ((Decimal(18_000_000), "GBP"), Decimal("0.10"), "whichever_higher")]


def test_dollars_of_an_australian_law_are_australian(provisions) -> None:
    found = provisions("eSafety notices\nThe eSafety Commissioner enforces the Online Safety Act "
                       "2021. Platforms that breach the Online Safety Act face civil penalties "
                       "of up to $49.5 million.")
    assert [f[1] for f in found] == [(Decimal(49_500_000), "AUD")]


def test_a_daily_penalty_for_a_maximum_of_days_is_no_maximum(provisions) -> None:
    found = provisions("Ofcom fines 4chan\nUnder the Online Safety Act, Ofcom fined 4chan £20,000. "
                       "It also imposed a daily penalty of £100 a day, for a maximum of 60 days.")
    assert all(f[1] != (Decimal(100), "GBP") for f in found)
