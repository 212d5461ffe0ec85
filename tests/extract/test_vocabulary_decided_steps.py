"""A step told as the body's decision, vote or resolve with the bare verb after it ("decided
to fine Apple", "voted 3-0 to sue Amazon", "a décidé de mettre en demeure Kick") is that step;
the same verb after a plan, a possibility, a refusal or an open question is not (issue 3, point
4). Invented sentences, written before the rules."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission decided to fine Apple €1.8 billion.", "en",
     ("fine", "european-commission", "apple")),
    ("Ofcom has decided to fine 4chan £20,000 for failing to respond.", "en",
     ("fine", "ofcom", "4chan")),
    ("The FTC voted 3-0 to sue Amazon over its Prime cancellation process.", "en",
     ("lawsuit", "ftc", "amazon")),
    ("The Texas Attorney General decided on Monday to sue Meta.", "en",
     ("lawsuit", "texas-attorney-general", "meta")),
    ("L'Arcom a décidé de mettre en demeure Kick.", "fr", ("order", "arcom", "kick")),
    ("La CNIL n'a pas hésité à mettre en demeure Clearview AI.", "fr",
     ("order", "cnil", "clearview-ai")),
])
def test_decided_step_is_that_step(steps, text: str, language: str, expected: tuple) -> None:
    assert expected in steps(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("The European Commission could decide to fine Apple €1.8 billion.", "en"),
    ("The European Commission has yet to decide whether to fine Apple.", "en"),
    ("The FTC voted against suing Amazon.", "en"),
    ("The FTC is expected to decide to sue Amazon next month.", "en"),
    ("Consumer groups urged the Commission to decide to fine Apple.", "en"),
    ("L'Arcom pourrait décider de mettre en demeure Kick.", "fr"),
    ("L'Arcom a refusé de mettre en demeure Kick.", "fr"),
])
def test_no_step_from_a_decision_not_taken(steps, text: str, language: str) -> None:
    assert not {s for s in steps(text, language) if s[0] in {"fine", "lawsuit", "order"}}
