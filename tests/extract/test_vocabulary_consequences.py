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
ARCOM, KICK = "authority/arcom", "service/kick"
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


@pytest.mark.parametrize("text", [
    "L'Arcom a précisé que Kick s'exposerait à une astreinte de 1 000 euros par jour s'il ne se "
    "conformait pas.",
    "L'Arcom a infligé une amende à Kick. L'Arcom a ajouté que la plateforme devra payer une "
    "astreinte de 1 000 euros par jour si elle ne retire pas les vidéos.",
])
def test_a_reported_consequence_in_french_is_a_warning(extractor, without_lexicon, article_of,
                                                       text):
    article = article_of(text, "fr", D)
    assert ("warning", ARCOM, (KICK,)) in facts(extractor, article)
    assert ("warning", ARCOM, (KICK,)) not in facts(without_lexicon, article)


@pytest.mark.parametrize("text", [
    "L'Arcom a précisé que Kick pourrait s'exposer à une astreinte s'il ne se conformait pas.",
    "Kick a affirmé qu'il s'exposerait à une astreinte s'il se conformait à une décision "
    "illégale.",
    "L'Arcom a précisé que Kick ne s'exposerait pas à une astreinte s'il se conformait.",
    "L'Arcom a précisé que Kick s'exposerait à une astreinte de 1 000 euros par jour.",
])
def test_no_french_warning_without_a_condition_or_from_the_platform(extractor, article_of,
                                                                   text):
    assert not [f for f in facts(extractor, article_of(text, "fr", D)) if f[0] == "warning"]
