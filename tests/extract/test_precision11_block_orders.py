"""A court or body ordering a platform blocked, banned or suspended, or barring it from
operating in its country, cuts access to it: one `block`, dated by the day the sentence gives
(issue 3, P11; the convention of tests/extract/test_bodies_block_orders.py). The participle
("blocked") is part of the step, not a second step that takes the day away. A platform barred
from a practice ("from using the data") stays an order; accounts suspended are no block."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2023, 3, 1)  # a Wednesday: "on Friday" is 24 February
STF = "authority/brazil-supreme-court"


@pytest.fixture
def steps(factual_steps):
    return factual_steps(D)


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Brazil's top court ordered X blocked on Friday.", "en", "service/x"),
    ("Brazil's Supreme Court ordered X suspended nationwide on Friday, after Musk refused to "
     "name a legal representative.", "en", "service/x"),
    ("Brazil's Supreme Court barred X from operating in the country on Friday.", "en",
     "service/x"),
    ("La Cour suprême brésilienne a interdit vendredi à Rumble d'opérer au Brésil.", "fr",
     "service/rumble"),
])
def test_regression_a_platform_ordered_blocked_is_one_dated_block(steps, text, language,
                                                                  target):
    assert steps(text, language) == [("block", STF, (target,), "2023-02-24")]


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("The FTC barred Meta from using facial recognition data on Tuesday.", "en", "order"),
    ("La CNIL a interdit à Clearview AI de traiter les données des Français.", "fr", "order"),
])
def test_a_platform_barred_from_a_practice_is_ordered_not_blocked(steps, text, language,
                                                                  kind):
    assert [s[0] for s in steps(text, language)] == [kind]


def test_accounts_ordered_suspended_are_no_block(steps):
    assert not steps("Brazil's Supreme Court ordered the accounts suspended on Friday.", "en")
