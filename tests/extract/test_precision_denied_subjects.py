"""Two readings of a step's noun and what follows it (issue 3, point 4):
- the noun as the subject of a predicate that denies or defers it ("Une enquête de la Commission
  sur Meta n'est pas envisagée", "An EU investigation into Meta has been ruled out") is no step:
  it had been read as a probe, a wrong fact;
- a negation inside a relative clause after the step ("Criteo a écopé d'une amende ..., a
  annoncé la CNIL, qui lui reproche de ne pas ...") denies nothing of it: the fine had been lost
  (sweep 809).
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language"), [
    ("Une enquête de la Commission sur Meta n'est pas envisagée.", "fr"),
    ("Une enquête de la Commission sur Meta n'est pas envisagée pour l'instant.", "fr"),
    ("A fine against Meta is not expected before 2025.", "en"),
    ("An EU investigation into Meta has been ruled out.", "en"),
])
def test_noun_denied_by_its_predicate_is_no_step(steps, text: str, language: str) -> None:
    assert not steps(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Criteo a écopé d'une amende de 40 millions d'euros, a annoncé jeudi la CNIL, qui lui "
     "reproche de ne pas s'être assuré du consentement des internautes.", "fr",
     ("fine", "cnil", "criteo")),
    ("Une enquête a été ouverte par la CNIL sur Google.", "fr",
     ("investigation", "cnil", "google")),
    ("An investigation into Meta was opened by the Commission on Monday.", "en",
     ("investigation", "european-commission", "meta")),
    ("L'enquête de la CNIL sur Google n'a pas encore abouti.", "fr",
     ("investigation", "cnil", "google")),
])
def test_step_kept_beside_another_clauses_negation(steps, text: str, language: str,
                                                   expected: tuple) -> None:
    assert expected in steps(text, language)
