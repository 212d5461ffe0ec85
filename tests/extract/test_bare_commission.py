""""The Commission" after another body called a Commission is that body, never the
European Commission by default (bare_commission.py; a wrong actor found by probing real
release leads: a Korean competition release gave an order by the European Commission).

Every text is invented for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def actors(extractor, article_of):
    def run(text: str, language: str = "en") -> list[tuple[str, str | None]]:
        article = article_of(text, language, published=dt.date(2025, 3, 4))
        return [(a.type, a.actor) for a in extractor.extract(article).actions]
    return run


def test_regression_the_commission_after_a_described_fair_trade_commission_is_it(actors):
    assert actors("South Korea's Fair Trade Commission has fined Google. The Commission has "
                  "also ordered Google to stop the practice.") == [
        ("fine", "authority/kftc"), ("order", "authority/kftc")]


def test_the_commission_after_an_unknown_commission_is_nobody(actors):
    # The reference does not know this body: no step rather than the EU's.
    assert actors("The Fair Trade Commission has sent its examination report to Google. "
                  "The Commission has also ordered Google to stop the practice.") == []


def test_the_commission_after_a_known_us_commission_is_it(actors):
    assert actors("The Securities and Exchange Commission has fined the platform. The "
                  "Commission has also ordered X to stop.") == [("order", "authority/sec")]


@pytest.mark.parametrize(("text", "language"), [
    ("The Commission has ordered Google to stop the practice under the Digital Markets Act.",
     "en"),
    # a full mention of the EU's Commission after the other body: the bare form is the EU's
    ("The Federal Trade Commission sued Meta in 2020. The European Commission opened "
     "proceedings against Meta today, and the Commission also ordered Meta to stop.", "en"),
    ("La Commission a ordonné à Google de cesser cette pratique.", "fr"),
])
def test_the_commission_stays_the_european_commission(actors, text, language):
    assert ("order", "authority/european-commission") in actors(text, language)
