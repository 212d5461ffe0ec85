"""A stated consequence of non-compliance inside a reported sentence is a warning (issue 3, L6;
corpus guideline 4: "stated consequences of non-compliance = warning"): "Ofcom said the board
would also incur a daily penalty ... if it kept ignoring the requests". The sum itself stays a
threatened fine (no fine imposed); a consequence with no condition of non-compliance, a mere
possibility, a denial or the platform's own words state no warning.

The sentences are invented in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import facts

pytestmark = pytest.mark.slow

OFCOM, CHAN = "authority/ofcom", "service/4chan"
D = dt.date(2025, 6, 4)


@pytest.mark.parametrize("text", [
    "Ofcom said 4chan would also incur a daily penalty of 100 pounds if it kept ignoring the "
    "requests.",
    "Ofcom fined 4chan £20,000 on Monday. Ofcom, which enforces the Online Safety Act, said the "
    "anonymous message board would also incur a daily penalty of 100 pounds for up to 60 days "
    "if it kept ignoring the requests.",
    "Ofcom said 4chan will face a daily fine unless it answers the requests by Friday.",
])
def test_a_reported_consequence_of_non_compliance_is_a_warning(extractor, without_lexicon,
                                                              article_of, text):
    article = article_of(text, "en", D)
    assert ("warning", OFCOM, (CHAN,)) in facts(extractor, article)
    assert ("warning", OFCOM, (CHAN,)) not in facts(without_lexicon, article)


@pytest.mark.parametrize("text", [
    "Ofcom said 4chan would incur a daily penalty of 100 pounds.",
    "Ofcom said 4chan could incur a daily penalty of 100 pounds if it kept ignoring the "
    "requests.",
    "Ofcom said 4chan will not face a daily penalty if it answers by Friday.",
    "4chan said it would face a daily penalty if it complied with the requests.",
])
def test_no_warning_without_a_stated_condition_or_from_the_platform(extractor, article_of,
                                                                   text):
    assert not [f for f in facts(extractor, article_of(text, "en", D)) if f[0] == "warning"]


def test_regression_the_warnings_sum_is_the_daily_penalty(extractor, article_of):
    """The warning carries the sum it states (consequence_terms), not the fine's."""
    text = ("Ofcom fined 4chan £20,000 on Monday. Ofcom said the board would also incur a daily "
            "penalty of 100 pounds if it kept ignoring the requests.")
    actions = extractor.extract(article_of(text, "en", D)).actions
    warnings = [a for a in actions if a.type == "warning"]
    assert len(warnings) == 1 and warnings[0].amount is not None
    assert int(warnings[0].amount.amount) == 100
