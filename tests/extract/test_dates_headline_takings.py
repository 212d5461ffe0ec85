"""A headline accepting commitments or sending a request dates its step by the lead's day, as
a headline that fines or opens a probe does (issue 3, D9, guideline 6; tests/broad 711: the
lead's own statement of the step is a second mention of the headline's). Texts invented in the
style of releases, each written with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


def _text(headline: str, body: str) -> tuple[str, str]:
    return f"{headline}\n{body}", headline


@pytest.mark.parametrize(("headline", "body", "language", "expected"), [
    ("La Commission rend contraignants les engagements d'AliExpress au titre du DSA",
     "Bruxelles, le 28 février 2023\nLa Commission européenne a accepté aujourd'hui les "
     "engagements pris par AliExpress pour améliorer la transparence de sa publicité, et les a "
     "rendus juridiquement contraignants en vertu du règlement sur les services numériques.",
     "fr", ("commitment", "aliexpress", "2023-02-28")),
    ("Commission makes AliExpress commitments binding under the DSA",
     "Brussels, 28 February 2023\nThe European Commission today accepted the commitments "
     "offered by AliExpress to improve the transparency of its advertising and made them "
     "legally binding under the Digital Services Act.",
     "en", ("commitment", "aliexpress", "2023-02-28")),
])
def test_regression_a_headline_commitment_takes_the_leads_day(
        dated, headline, body, language, expected) -> None:
    text, title = _text(headline, body)
    assert expected in dated(text, language, title=title)


def test_guard_a_headline_commitment_over_an_undated_lead_keeps_no_day(dated) -> None:
    text, title = _text(
        "Commission makes AliExpress commitments binding under the DSA",
        "The European Commission has accepted the commitments offered by AliExpress to "
        "improve the transparency of its advertising and made them legally binding.")
    assert [d for t, _, d in dated(text, "en", title=title) if t == "commitment"] in ([None], [])
