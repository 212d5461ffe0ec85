"""Bodies named by a short description (issue 3, A7; actions.yaml authority_anaphora and
demonyms): "the Bureau"/"le Bureau" after the Competition Bureau (tests/broad 716), a capital
standing for its country in a domain description ("Seoul's antitrust watchdog")."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2025, 5, 1)
BUREAU, AMAZON, GOOGLE = "authority/competition-bureau-canada", "organisation/amazon", \
    "organisation/google"


@pytest.mark.parametrize(("text", "language"), [
    ("Bureau\n\nLe Bureau de la concurrence enquête sur Google. Le Bureau avait par ailleurs "
     "annoncé, en août 2020, une enquête sur les pratiques d'Amazon.\n", "fr"),
    ("Bureau\n\nThe Competition Bureau sued Google on Thursday. The Bureau also opened an "
     "investigation into Amazon.\n", "en"),
])
def test_regression_the_bureau_is_the_competition_bureau(steps_in, text, language):
    assert ("investigation", BUREAU, (AMAZON,)) in steps_in(text, language, D)


def test_the_bureau_after_another_body_is_that_bodys_bureau(steps_in):
    # The FTC's bureaus act for it, as "the agency" would: never the Canadian Bureau.
    text = ("FTC\n\nThe Federal Trade Commission sued Amazon. The Bureau also opened an "
            "investigation into Google.\n")
    found = steps_in(text, "en", D)
    assert ("investigation", "authority/ftc", (GOOGLE,)) in found
    assert not any(s[1] == BUREAU for s in found)


@pytest.mark.parametrize(("text", "actor"), [
    ("Seoul's antitrust watchdog fined Google 42.1 billion won for blocking rival app stores.",
     "authority/kftc"),
    ("Tokyo's competition watchdog ordered Google to stop the practice.", "authority/jftc"),
])
def test_regression_a_capital_gives_the_descriptions_country(steps_in, text, actor):
    found = steps_in(f"Title\n\n{text}\n", "en", D)
    assert any(s[1] == actor and s[2] == (GOOGLE,) for s in found)
