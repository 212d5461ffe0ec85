"""A payment split into a civil penalty and refunds: the fine is the penalty's part (issue 3,
session 10, split_payments.py). "agreed to pay $2.5 billion to settle FTC charges, including a
$1 billion civil penalty and $1.5 billion in refunds" had given the FTC a $2.5 billion fine: a
wrong sum (the refunds are redress, no fine)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

FTC = "authority/ftc"


def _fine_amounts(extractor, article_of, text: str, language: str) -> set[object]:
    article = article_of("Settlement\n\n" + text + "\n", language, dt.date(2025, 9, 26))
    return {a.amount.amount if a.amount else None
            for a in extractor.extract(article).actions if a.type == "fine"}


@pytest.mark.parametrize(("text", "language", "amount"), [
    ("Amazon agreed on Thursday to pay $2.5 billion to settle FTC charges, including a $1 "
     "billion civil penalty and $1.5 billion in refunds.", "en", Decimal("1000000000")),
    ("Amazon versera 2,5 milliards de dollars pour solder les poursuites de la FTC, dont une "
     "amende civile de 1 milliard de dollars et 1,5 milliard de dollars de remboursements.", "fr",
     Decimal("1000000000")),
    # no penalty named beside the refunds: no sum rather than the total
    ("Amazon agreed on Thursday to pay $2.5 billion to settle FTC charges, $1.5 billion of it in "
     "refunds to customers.", "en", None),
], ids=["en", "fr", "unnamed"])
def test_regression_a_split_payment_fines_the_penalty_part(extractor, article_of, text,
                                                           language, amount):
    assert _fine_amounts(extractor, article_of, text, language) == {amount}


def test_a_fine_beside_an_order_to_refund_keeps_its_sum(extractor, article_of):
    text = ("The FTC fined Amazon $25 million on Thursday and ordered it to pay $5.8 million in "
            "refunds.")
    assert _fine_amounts(extractor, article_of, text, "en") == {Decimal("25000000")}
