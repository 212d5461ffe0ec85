"""Findings, bans and suits in other shapes (issue 3): the addressee before the findings
("informed Meta of its preliminary view that it breached": the target is Meta, not an empty
one), a data-protection ban on a platform's advertising (an order, not a block), a suspicion of
not protecting ("soupçonne TikTok de ne pas protéger les mineurs"), and a suit named only to
tell its outcome ("The FTC's lawsuit against Meta was dismissed": no suit). Invented
sentences, written before the rules."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)
EC = "european-commission"


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission informed Meta of its preliminary view that it breached the "
     "Digital Services Act.", "en", {("investigation", EC, "meta")}),
    ("The European Commission has informed Apple and Meta of its preliminary findings.", "en",
     {("investigation", EC, "apple"), ("investigation", EC, "meta")}),
    ("The Norwegian Data Protection Authority imposed a temporary ban on Meta's behavioural "
     "advertising.", "en", {("order", "norwegian-dpa", "meta")}),
    ("La Commission européenne soupçonne TikTok de ne pas protéger les mineurs.", "fr",
     {("investigation", EC, "tiktok")}),
])
def test_step_in_another_shape(steps, text: str, language: str, expected: set) -> None:
    assert steps(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("The FTC's lawsuit against Meta was dismissed by a federal judge.", "en"),
    ("Les associations soupçonnent TikTok de ne pas protéger les mineurs.", "fr"),
])
def test_no_step_in_a_near_shape(steps, text: str, language: str) -> None:
    assert not steps(text, language)
