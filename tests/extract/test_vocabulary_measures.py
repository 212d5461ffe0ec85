"""Measures told in less common words (issue 3): a platform "further told to cease" in the
passive, "required to adjust", "contrainte de modifier", a service "fermé" or "fait
déréférencer" by the state.
Invented sentences, written before the rules."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission fined Apple €500 million and Meta €200 million. Apple and Meta "
     "were further told to cease the practices within 60 days.", "en",
     {("order", "european-commission", "apple"), ("order", "european-commission", "meta")}),
    ("The European Commission fined Apple €500 million. Apple was told to cease the practice.",
     "en", {("order", "european-commission", "apple")}),
    ("The Dutch competition authority ACM required Apple to adjust its conditions for dating "
     "apps.", "en", {("order", "acm", "apple")}),
    ("Apple a été contrainte par la Commission européenne de modifier ses conditions.", "fr",
     {("order", "european-commission", "apple")}),
    ("La Commission européenne a contraint Meta à modifier son modèle.", "fr",
     {("order", "european-commission", "meta")}),
    ("Le gouvernement français a fermé TikTok en Nouvelle-Calédonie.", "fr",
     {("block", "french-government", "tiktok")}),
    ("L'Arcom a fait déréférencer le site de Pornhub.", "fr", {("block", "arcom", "pornhub")}),
    ("The Canadian government banned TikTok nationwide.", "en",
     {("block", "government-of-canada", "tiktok")}),
])
def test_measure_in_other_words(steps, text: str, language: str, expected: set) -> None:
    assert expected <= steps(text, language)


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("Apple was told by analysts to expect a fine.", "en", "order"),
    ("Meta a fermé son bureau de Paris.", "fr", "block"),
    ("Google a fait déréférencer ses propres pages.", "fr", "block"),
    ("La Commission européenne a contraint Meta à lui fournir des documents.", "fr", "order"),
])
def test_no_measure_against_the_platform(steps, text: str, language: str, kind: str) -> None:
    assert not {s for s in steps(text, language) if s[0] == kind}
