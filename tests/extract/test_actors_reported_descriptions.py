"""A body described, not named, as the step's subject, and named in the clause that reports the
step ("The regulator fined TikTok £12.7m, the ICO said"): the reporting clause's body acts (the
step had been dropped for want of an actor; D9's finding). A platform, an outlet or a source
("selon l'Arcom") as the reporter, or a description with a country of its own, gives nothing
from this rule. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The regulator fined TikTok £12.7m, the ICO said.", "en", ("fine", "ico", "tiktok")),
    ("The watchdog has opened an investigation into Snap, Ofcom said on Tuesday.", "en",
     ("investigation", "ofcom", "snap")),
    ("Le gendarme des données a infligé une amende de 5 millions d'euros à TikTok, a indiqué "
     "la CNIL.", "fr", ("fine", "cnil", "tiktok")),
])
def test_described_subject_is_the_reporting_body(steps, text: str, language: str,
                                                 expected: tuple) -> None:
    assert expected in steps(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("The regulator fined TikTok £12.7m, TikTok said.", "en"),
    ("The regulator fined TikTok £12.7m, the BBC reported.", "en"),
    ("L'autorité a infligé une amende de 5 millions d'euros à TikTok, selon l'Arcom.", "fr"),
    ("L'autorité irlandaise a infligé une amende à TikTok, a indiqué la Commission "
     "européenne.", "fr"),
])
def test_no_reporting_body_for_others(steps, text: str, language: str) -> None:
    assert not {s for s in steps(text, language) if s[1] in {"arcom", "european-commission"}
                or s[1] is None}
