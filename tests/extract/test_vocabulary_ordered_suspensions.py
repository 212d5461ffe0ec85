"""A French suspension ordered with a day or an adverb between the verb and its object ("Un juge
brésilien a ordonné mardi la suspension de X") is a block (A9's finding: the day had hidden the
step); the suspension of a processing stays none. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Un juge brésilien a ordonné mardi la suspension de X.", ("block", None, "x")),
    ("La justice brésilienne a ordonné immédiatement le blocage de Telegram.",
     ("block", None, "telegram")),
])
def test_suspension_ordered_with_a_day_between(steps, text: str, expected: tuple) -> None:
    assert expected in steps(text, "fr")


def test_suspension_of_a_processing_is_no_block(steps) -> None:
    assert not {s for s in steps("Le juge a ordonné mardi la suspension du traitement des "
                                 "données par Meta.", "fr") if s[0] == "block"}
