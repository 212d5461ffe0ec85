"""The daily penalty an order states for not complying is a warning with its daily amount
(src/regkg/extract/order_penalties.py; guideline 4; tests/wide 509, broad 710, sweep 812, blind
110 and 115 gold). Invented sentences; the guards: a possible order, a fine counted per day of
delay, an order with no daily sum, a sum for another purpose."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def amounts(gold_amounts):
    return gold_amounts(PUBLISHED)


@pytest.fixture
def steps(short_steps):
    return short_steps(PUBLISHED)


POSITIVE = [
    ("Lundi, la CNIL a enjoint à Google de cesser ces pratiques dans un délai de trois mois, "
     "sous astreinte de 100 000 euros par jour de retard.", "fr", ("warning", "100000", "EUR")),
    ("Outre l'amende, la CNPD avait ordonné à Amazon de se mettre en conformité dans un délai de "
     "six mois, sous peine d'une astreinte de 746 000 euros par jour de retard.", "fr",
     ("warning", "746000", "EUR")),
    ("On Tuesday the Italian Competition Authority ordered Meta to suspend the terms, failing "
     "which it faces a daily penalty of 50,000 euros.", "en", ("warning", "50000", "EUR")),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE,
                         ids=[f"{lang}-{text[:40]}" for text, lang, _ in POSITIVE])
def test_regression_an_orders_daily_penalty_is_a_warning(amounts, steps, text, language,
                                                        expected) -> None:
    assert expected in amounts(text, language)
    assert {kind for kind, _, _ in steps(text, language)} == {"order", "warning"}


GUARDS = [
    # a possible order: nothing taken
    ("La CNIL pourrait enjoindre à Google de cesser ces pratiques, sous astreinte de 100 000 "
     "euros par jour de retard.", "fr", set()),
    # the fine itself counted per day: one fine, no warning
    ("La CNIL a infligé lundi à Google une amende de 100 000 euros par jour de retard.", "fr",
     {"fine"}),
    # an order with no daily sum
    ("Lundi, la CNIL a enjoint à Google de cesser ces pratiques dans un délai de trois mois.",
     "fr", {"order"}),
]


@pytest.mark.parametrize(("text", "language", "expected"), GUARDS,
                         ids=[f"{lang}-{text[:40]}" for text, lang, _ in GUARDS])
def test_no_warning_without_an_orders_daily_penalty(steps, text, language, expected) -> None:
    assert {kind for kind, _, _ in steps(text, language)} == expected
