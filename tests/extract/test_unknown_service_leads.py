"""An unknown service named after its kind or after a verb of closing (issue 3, session 16).

Takedowns and blocks are often of services the reference cannot list (dark-web markets,
small messaging apps): "shut down the darknet market Zorblix", "shut down Zorblix, a darknet
market", "a bloqué l'application de messagerie Zangi". The unknown-name rule reads a name
only after a lead (actions.yaml `unknown_target_lead`); these leads were missing. French verbs
of closing are left out on purpose: spaCy's names after them include feasts and streets ("a
fermé Mardi Gras").

Every name here is invented; each case failed before the change or is a trap.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 3, 6)
BKA, RKN = "Federal Criminal Police Office", "Roskomnadzor"


@pytest.fixture(scope="module")
def placed(placed_facts):
    """placed(body, language) -> {(type, actor label, jurisdiction, target labels)}."""
    return placed_facts(DAY)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The Federal Criminal Police Office shut down Zorblix, a darknet market, on Tuesday.",
     "en", ("block", BKA, "DE", ("organisation/zorblix",))),
    ("The Federal Criminal Police Office shut down the darknet market Zorblix on Tuesday.",
     "en", ("block", BKA, "DE", ("organisation/zorblix",))),
    ("Roskomnadzor a bloqué l'application de messagerie Zangi mardi.", "fr",
     ("block", RKN, "RU", ("organisation/zangi",))),
])
def test_an_unknown_service_after_its_kind_or_a_closing_verb_is_the_target(
        placed, body, language, expected):
    assert expected in placed(body, language)


@pytest.mark.parametrize(("body", "language"), [
    ("La CNIL a fermé Mardi Gras.", "fr"),
    ("Ofcom closed Christmas Market.", "en"),
    ("The ministry suspended Parliament on Tuesday.", "en"),
])
def test_a_closed_feast_street_or_assembly_is_no_target(placed, body, language):
    assert placed(body, language) == set()
