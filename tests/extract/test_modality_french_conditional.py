"""The French conditional of the step's verb ("qu'elle infligerait une amende", "la Commission
infligerait ..., selon Reuters", "l'Arcom mettrait en demeure") tells a step to come or a rumour,
not one taken (issue 3, point 4): it had been read as a fine imposed, a wrong fact. The past
conditional of a report ("aurait infligé", the project's "reported") and the conditional of
another verb in an aside keep their reading. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


@pytest.mark.parametrize("text", [
    "La CNIL a annoncé qu'elle infligerait une amende à Google.",
    "La Commission infligerait une amende de 500 millions d'euros à Meta, selon Reuters.",
    "L'Arcom mettrait en demeure Kick dans les prochains jours.",
    "Selon nos informations, la Commission ouvrirait une enquête sur Temu.",
    "La Commission sanctionnerait Meta d'une amende de 500 millions d'euros.",
])
def test_conditional_step_is_not_taken(steps, text: str) -> None:
    assert not steps(text, "fr")


@pytest.mark.parametrize(("text", "expected"), [
    ("La CNIL a infligé une amende de 10 millions d'euros à Google.",
     ("fine", "cnil", "google")),
    ("La CNIL, qui estime que Google aurait dû recueillir le consentement, a infligé une "
     "amende de 10 millions d'euros à Google.", ("fine", "cnil", "google")),
    ("L'Arcom a mis en demeure Kick, qui devrait répondre sous quinze jours.",
     ("order", "arcom", "kick")),
])
def test_step_taken_beside_a_conditional(steps, text: str, expected: tuple) -> None:
    assert expected in steps(text, "fr")
