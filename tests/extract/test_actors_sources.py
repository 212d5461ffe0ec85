"""A body named as the source of a report is not the actor of the step it reports (issue 3,
A7; source_bodies.py): "Selon l'Arcom, la Commission européenne a ouvert une enquête sur X"
gave Arcom an investigation of X, a wrong fact."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2025, 5, 1)
X, EC = ("service/x",), "authority/european-commission"


@pytest.mark.parametrize(("text", "language"), [
    ("Selon l'Arcom, la Commission européenne a ouvert une enquête sur X.", "fr"),
    ("D'après l'Arcom, la Commission européenne a ouvert une enquête sur X.", "fr"),
    ("According to Ofcom, the European Commission opened an investigation into X.", "en"),
])
def test_regression_the_source_of_a_report_is_not_an_actor(steps_in, text, language):
    found = steps_in(f"Titre\n\n{text}\n", language, D)
    assert found == {("investigation", EC, X)}


def test_a_body_after_according_to_a_newspaper_still_acts(steps_in):
    found = steps_in("Titre\n\nAccording to Reuters, the CNIL fined Google.\n", "en", D)
    assert ("fine", "authority/cnil", ("organisation/google",)) in found
