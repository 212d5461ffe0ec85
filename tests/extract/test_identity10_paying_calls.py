"""A call on a company to pay a fine is the fine, not a statement (issue 3, type boundaries;
`regkg.extract.paying_calls`). Invented sentences; hard negatives where the fine is only
possible or the call is for another step."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    return short_steps(D)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Commission urged Meta to pay the €200 million fine it imposed in April.", "en",
     {("fine", "european-commission", "meta")}),
    ("La CNIL a demandé à Google de payer une amende de 150 millions d'euros.", "fr",
     {("fine", "cnil", "google")}),
    ("La CNIL appelle Google à payer l'amende de 150 millions d'euros infligée lundi.", "fr",
     {("fine", "cnil", "google")}),
    ("The ICO called on TikTok to pay the £12.7 million penalty it imposed last year.", "en",
     {("fine", "ico", "tiktok")}),
])
def test_regression_a_call_to_pay_a_fine_is_the_fine(steps, text, language, expected):
    assert steps(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("The Commission could ask Apple to pay a fine.", "en"),
    ("Consumer groups urged Meta to pay the fine.", "en"),
    ("La CNIL a demandé à Google de modifier ses pratiques.", "fr"),
])
def test_hard_negatives_no_fine(steps, text, language):
    assert not [s for s in steps(text, language) if s[0] == "fine"]
