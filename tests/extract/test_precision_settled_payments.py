"""A penalty a platform agrees to pay to settle a body's charges is that body's fine, even when
the article reports no earlier step of the body (task P9; the convention of tests/blind 102 and
of settlements.py: "agreed to pay $20 million to resolve allegations by the FTC"); a payment
that settles a private class action is no step. Invented sentences written with their answers
before measuring.
"""

from __future__ import annotations

import pytest

FTC = "Federal Trade Commission"

# (text, the steps a careful analyst records: {(type, actor)})
CASES = [
    ("TikTok agreed to pay a $5.7 million civil penalty to settle FTC charges.",
     {("fine", FTC)}),
    ("TikTok agreed to pay a $5.7 million civil penalty to settle charges brought by the Federal "
     "Trade Commission.", {("fine", FTC)}),
    ("TikTok was handed a $5.7 million penalty to settle FTC charges.", {("fine", FTC)}),
    # a class action is no body's case
    ("TikTok agreed to pay a $92 million penalty to settle a class action brought by users.",
     set()),
    ("Google agreed to pay $700 million to settle a lawsuit brought by consumers.", set()),
    # the body the payment settles with, not the article's earlier one
    ("The CNIL fined Google in 2022. Google agreed to pay a $5 million penalty to settle FTC "
     "charges.", {("fine", "CNIL"), ("fine", FTC)}),
]


@pytest.mark.parametrize(("text", "steps"), CASES)
def test_a_penalty_settling_a_bodys_charges_is_its_fine(labelled, text, steps):
    assert {(kind, actor) for kind, actor, _ in labelled(f"Title\n\n{text}", "en")} == steps
