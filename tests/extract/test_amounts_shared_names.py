"""Currency names several countries share ("rupees", "pesos", "shillings", "dinars") take the
acting body's country (guideline 1: the currency from context). "10 million rupees" fined in
Pakistan were read as Indian rupees: a wrong fact (session 6 regression tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from regkg.extract.money import find_money


@pytest.mark.parametrize(("text", "country", "currency"), [
    ("a fine of 10 million rupees", "PK", "PKR"),
    ("a fine of 10 million rupees", "IN", "INR"),
    ("a fine of 10 million rupees", None, "INR"),  # no country known: India's, the most cited
    ("a fine of Rs 10 million", "LK", "LKR"),
    ("une amende de 50 millions de pesos", "AR", "ARS"),
    ("a fine of 5 million shillings", "KE", "KES"),
    ("a fine of 2 million dinars", "TN", "TND"),
])
def test_shared_name_takes_the_country(text, country, currency):
    (mention,) = find_money(text, "fr" if text.startswith("une") else "en", None, country)
    assert mention.money is not None
    assert (mention.money.currency, mention.money.amount % 1) == (currency, Decimal(0))


def test_pesos_of_no_known_country_are_no_amount():
    assert find_money("a fine of 50 million pesos", "en", None, None) == []


def test_pakistani_fine_in_rupees(extractor, article_of):
    article = article_of("Title\n\nPakistan's telecom regulator fined X 10 million rupees.",
                         "en", None, "Title", None)
    (fine,) = [a for a in extractor.extract(article).actions if a.type == "fine"]
    assert fine.amount is not None and fine.amount.currency == "PKR"
