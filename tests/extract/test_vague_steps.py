"""A step told with neither its body nor its company is a vague report the guidelines leave
out ("Vague reports are left out": no authority, no target; tests/gold/README.md), except a
block, which a country's authorities take ("les autorités avaient bloqué l'accès à plusieurs
réseaux sociaux": the country cut access, tests/reserve gold). Issue 3, s18: gale 1127 ("Russian
courts also imposed a string of smaller fines on foreign platforms") stated a fine with no
actor and no target. Invented sentences."""

from __future__ import annotations

import pytest

DAY = "2025-07-01"

VAGUE = [
    "Russian courts also imposed a string of smaller fines on foreign platforms earlier this year.",
    "Turkish courts have fined foreign platforms repeatedly since 2020.",
]


@pytest.mark.parametrize("text", VAGUE)
def test_a_step_with_no_body_and_no_company_is_left_out(rows, text) -> None:
    assert rows(text, "en", DAY) == []


KEPT = [
    ("Russia fined Google on Friday.", ("fine", "RU", "Google")),
    ("A Moscow court fined Google on Friday.", ("fine", "RU", "Google")),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_a_step_with_its_company_is_kept_without_a_named_body(rows, text, expected) -> None:
    assert [(r["type"], r["jurisdiction"], r["target"]) for r in rows(text, "en", DAY)] == [
        expected]
