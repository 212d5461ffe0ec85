"""A sum a company pays to settle an authority's case, or must pay under its decision, is that
authority's fine (issue 3, V10: the domain's vocabulary of payments). Invented sentences,
written before the rules were run on them.

Shapes: the company's agreement ("agreed to a $2.5 billion settlement with the FTC", "agreed to
pay $1.4 billion to the Texas Attorney General to settle"), the headline ("Amazon settles FTC
lawsuit for $2.5 billion"), the body securing it ("secured a $20 million settlement from"), a
sum fixed by a decision ("must pay a fine of €746 million under the decision of the CNPD",
"will have to pay €500 million after the Commission found"), and the passive order to pay a
sum ("was ordered by the Autorité de la concurrence to pay €250 million": a fine, not an
order). A decimal point in the sum ("$2.5 billion") no longer ends the search for the body.
Negatives: settlements with shareholders, users or a class, a payment threatened, sums paid
with no authority.
"""

from __future__ import annotations

import pytest

from .conftest import Case, case_ids, steps_of

pytestmark = pytest.mark.slow

FTC, TEXAS = "authority/ftc", "authority/texas-attorney-general"
EC = "authority/european-commission"
CNPD, ADLC = "authority/cnpd-luxembourg", "authority/autorite-de-la-concurrence"
AMAZON, GOOGLE, MSFT = "organisation/amazon", "organisation/google", "organisation/microsoft"
APPLE = "organisation/apple"

PAYMENTS: list[Case] = [
    ("Amazon agreed to a $2.5 billion settlement with the Federal Trade Commission over Prime "
     "enrolment.", "en", [("fine", FTC, "US", (AMAZON,))]),
    ("Amazon agreed to pay $2.5 billion in a settlement with the FTC.", "en",
     [("fine", FTC, "US", (AMAZON,))]),
    ("Amazon settles FTC lawsuit for $2.5 billion", "en", [("fine", FTC, "US", (AMAZON,))]),
    ("The FTC secured a $20 million settlement from Microsoft over Xbox accounts of children.",
     "en", [("fine", FTC, "US", (MSFT,))]),
    ("Google has agreed to pay $1.4 billion to the Texas Attorney General to settle two lawsuits "
     "over its collection of biometric data.", "en", [("fine", TEXAS, "US-TX", (GOOGLE,))]),
    ("Microsoft will pay $20 million to settle Federal Trade Commission charges that it "
     "illegally collected children's data.", "en", [("fine", FTC, "US", (MSFT,))]),
    ("Amazon must pay a fine of €746 million under the decision of the CNPD.", "en",
     [("fine", CNPD, "LU", (AMAZON,))]),
    ("Apple will have to pay €500 million after the European Commission found it broke the "
     "Digital Markets Act.", "en", [("fine", EC, "EU", (APPLE,))]),
    ("Google was ordered by the Autorité de la concurrence to pay €250 million.", "en",
     [("fine", ADLC, "FR", (GOOGLE,))]),
]

NOT_AUTHORITY_PAYMENTS = [
    "Apple agreed to pay $490 million to settle a lawsuit by shareholders.",
    "Apple agreed to pay $490 million to its shareholders.",
    "Meta settled a class action brought by users for $725 million.",
    "Google could have to pay $5 billion if the court rules against it.",
    "Apple will have to pay €500 million after the European Commission sued it.",
    "Meta will pay users in the EU for their data, the company said.",
]


@pytest.mark.parametrize(("text", "language", "expected"), PAYMENTS, ids=case_ids(PAYMENTS))
def test_payment_is_the_authority_fine(extractor, article_of, text: str, language: str,
                                       expected: list) -> None:
    assert steps_of(extractor, article_of, text, language) == sorted(expected)


@pytest.mark.parametrize("text", NOT_AUTHORITY_PAYMENTS)
def test_payment_without_an_authority_case_is_no_fine(extractor, article_of, text: str) -> None:
    # ("after the European Commission sued it" is a suit, still reported; no fine)
    assert [s for s in steps_of(extractor, article_of, text, "en") if s[0] == "fine"] == []
