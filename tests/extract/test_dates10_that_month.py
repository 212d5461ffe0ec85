"""A step told "that month" or "the same year" takes the month or year told just before it
(issue 3, D10, guideline 6): broad 701's "Similar notices ... went out that month to Google,
TikTok, Twitch and Discord" after "a legal transparency notice in February" (four requests
left undated). Not when the sentence before gives two months, nor with no period told before.
Invented snippets, each written with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 10, 16)

CASES = [
    ("en", "The FTC sued Meta in December 2020. The same year, it sued Google.",
     ("lawsuit", "google", "2020")),
    ("fr", "En mars 2023, la CNIL a sanctionné Clearview. Le même mois, elle a mis en demeure "
           "Amazon.", ("order", "amazon", "2023-03")),
    ("en", "eSafety issued a legal transparency notice to X in February. Similar notices went out "
           "that month to Google and TikTok.", ("request_for_information", "google", "2023-02")),
    # hard negatives: two months before, no period before
    ("en", "The CNIL fined Google on 3 March and Meta on 5 April. That month, it also fined "
           "Amazon.", ("fine", "amazon", None)),
    ("en", "The FTC sued Meta. That year, it also sued Google.", ("lawsuit", "google", None)),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES,
                         ids=[body[:40] for _, body, _ in CASES])
def test_a_step_told_that_month_takes_the_month_before(dated_steps, language, body, expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")


def test_regression_broad_701_notices_that_month(dated_steps) -> None:
    """The annotated article's shape: the month is told in the sentence before, after a quote."""
    text = ("Update\n\nAustralia's eSafety Commissioner said on Monday it had fined X A$610,500."
            "\n\nThe regulator said X had left some questions blank after it received a legal "
            "transparency notice in February. Similar notices, issued under the Online Safety "
            "Act, went out that month to Google, TikTok, Twitch and Discord.\n")
    found = dated_steps(PUBLISHED)(text, "en", title="Update")
    assert ("request_for_information", "twitch", "2023-02") in found
