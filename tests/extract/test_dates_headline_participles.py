"""A headline's step dated by its own participle in a lead that tells a later event (issue 3,
D9, guideline 6; tests/broad 707): "Tribunal upholds FCCPC's $220m fine against Meta" over "The
Tribunal on Friday dismissed Meta's appeal against the $220 million penalty slammed on the
social media giant by the FCCPC in July last year" is a fine of July last year, not Friday's.
Texts invented in the style of wires, each written with its expected date before the rule ran.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


def _article(headline: str, lead: str) -> tuple[str, str]:
    return f"{headline}\n{lead}", headline


@pytest.mark.parametrize(("headline", "lead", "expected"), [
    ("Court upholds CNIL's €150m fine against Google",
     "PARIS - France's highest administrative court on Friday dismissed Google's appeal against "
     "the €150 million fine imposed on the search giant by the CNIL in December last year.",
     ("fine", "google", "2022-12")),
])
def test_regression_a_headline_step_takes_its_own_participles_date_in_the_lead(
        dated, headline, lead, expected) -> None:
    text, title = _article(headline, lead)
    assert expected in dated(text, "en", title=title)


def test_guard_a_date_past_the_steps_reasons_is_not_its_own(dated) -> None:
    text, title = _article(
        "Court upholds CNIL's €150m fine against Google",
        "PARIS - France's highest administrative court on Friday dismissed Google's appeal "
        "against the €150 million fine imposed on the search giant for cookies placed in 2020.")
    assert ("fine", "google", "2020") not in dated(text, "en", title=title)
