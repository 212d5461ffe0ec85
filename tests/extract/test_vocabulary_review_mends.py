"""Wordings the helpers of the 2026-11-26 round found missing in files they did not own,
mended by the lead (issue 3). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.actions import find_triggers


def _steps(extractor, article_of, reference, text: str,
           language: str) -> list[tuple[str, str, str]]:
    article = article_of(f"T\n\n{text}\n", language, dt.date(2024, 6, 1), "T")
    return [(a.type, reference.get(a.actor).label if a.actor else "",
             reference.get(a.targets[0]).label if a.targets else "")
            for a in extractor.extract(article).actions]


def test_enjoignant_is_an_order(extractor, article_of, reference) -> None:
    """The order trigger read 'enjoin\\w*': 'enjoignant' and 'enjoignent' were no order."""
    text = ("L'Arcom a adressé lundi un avertissement à la plateforme Kick, lui enjoignant de "
            "retirer les vidéos.")
    assert ("order", "Arcom", "Kick.com") in _steps(extractor, article_of, reference, text, "fr")


def test_the_decision_requires_is_its_order(extractor, article_of, reference) -> None:
    """'The decision requires Uber to ...' after the fine gave no order."""
    text = ("The Dutch Data Protection Authority fined Uber €290 million on Monday. The decision "
            "requires Uber to stop transferring drivers' data to the United States.")
    steps = _steps(extractor, article_of, reference, text, "en")
    assert ("order", "Dutch Data Protection Authority", "Uber") in steps


@pytest.mark.parametrize("text", [
    "Meta a accepté de payer l'amende.",
    "Google avait accepté de verser la somme.",
    "TikTok a accepté de faire appel.",
])
def test_agreeing_to_pay_is_no_commitment_trigger(patterns, text) -> None:
    """'accepté (?:de|d.)\\s*(?!payer)' let 'de payer' through: 'd.' took 'de', the
    lookahead then saw ' payer'."""
    assert [t.type for t in find_triggers(text, patterns.of("fr"))
            if t.type == "commitment"] == []


def test_agreeing_to_change_is_still_a_commitment_trigger(patterns) -> None:
    text = "Google a accepté de modifier ses pratiques."
    assert "commitment" in [t.type for t in find_triggers(text, patterns.of("fr"))]
