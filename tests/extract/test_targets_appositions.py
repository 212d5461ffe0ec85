"""An unknown name described by a class-noun apposition as the subject of a passive step
(issue 3, G6; wide 506): "Musical.ly, the app that became TikTok, was handed a penalty" is
Musical.ly's penalty, TikTok only describes it. An unknown name with no class noun, or a
person described through a company, is no target. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

FTC, CNIL = "authority/ftc", "authority/cnil"


@pytest.fixture
def facts(factual_steps):
    return factual_steps(dt.date(2024, 8, 2))


def _targets(found, kind):
    return [(a, t) for k, a, t, _ in found if k == kind]


def test_regression_the_unknown_name_before_the_app_apposition_is_the_target(facts):
    text = ("The Justice Department sued TikTok on Friday. Five years ago, Musical.ly, the app "
            "that became TikTok, was handed a $5.7 million penalty to settle FTC charges.")
    assert _targets(facts(text), "fine") == [(FTC, ("organisation/musical-ly",))]


def test_regression_french_une_application_apposition(facts):
    text = ("La CNIL a publié sa décision lundi. En 2022, Zapchat, une application de "
            "messagerie, a été mise en demeure par la CNIL.")
    assert _targets(facts(text, "fr"), "order") == [(CNIL, ("organisation/zapchat",))]


def test_regression_a_messaging_app_based_in_apposition(facts):
    text = ("The CNIL published its decision on Monday. In 2022, Zapchat, a messaging app "
            "based in Dublin, was fined €50,000 by the CNIL.")
    assert _targets(facts(text), "fine") == [(CNIL, ("organisation/zapchat",))]


@pytest.mark.parametrize("text", [
    # No class noun: nothing says the unknown name is a platform.
    "Five years ago, Musical.ly, which later became TikTok, was fined $5.7 million by the FTC.",
    # A person described through a company, not a platform.
    "Five years ago, John Smith, the company's founder, was fined $5.7 million by the FTC.",
    "Five years ago, John Smith, the former company director, was fined $5.7 million by the FTC.",
])
def test_hard_negatives_no_unknown_name_becomes_a_target(facts, text):
    found = facts(text)
    assert not any(t and not t[0].startswith(("service/", "organisation/tiktok"))
                   and t[0].startswith("organisation/") for _, _, t, _ in found), found
