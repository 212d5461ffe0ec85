"""'sanctionné X d'amendes de ...': a fine on every company named, not a sanction outside the
gold types (issue 3; session 6 regression tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "targets"), [
    ("La CNIL a sanctionné Google et Meta d'amendes de 150 et 60 millions d'euros.",
     {"organisation/google", "organisation/meta"}),
    ("La CNIL a sanctionné Google et Meta, ces deux géants du numérique, d'amendes record de "
     "150 et 60 millions d'euros.", {"organisation/google", "organisation/meta"}),
    ("La CNIL a sanctionné la société Google et sa filiale irlandaise pour un montant total de "
     "150 millions d'euros.", {"organisation/google"}),
])
def test_sanctioned_with_fines_is_a_fine_on_each(steps_in, text, targets):
    steps = steps_in(f"Titre\n\n{text}", "fr")
    assert {t for kind, _, found in steps for t in found if kind == "fine"} == targets
    assert all(kind == "fine" for kind, _, _ in steps)


def test_possible_fine_is_no_fine(steps_in):
    assert steps_in("Titre\n\nLa CNIL pourrait sanctionner Google d'une amende.", "fr") == set()
