"""A sentence that refers back to a step with its day and is itself read as the step dates the
undated statement before it, and the two are one step (issue 3, D10, guideline 6): "The Federal
Trade Commission sued Amazon ... The complaint was filed on Tuesday" gave one undated lawsuit
and one dated (a duplicate and a missing day). Not when the earlier statement has a day of its
own, nor for another company ("Meta was fined on Monday"). Invented snippets, each written with
its expected steps before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday

CASES = [
    ("en", "The Federal Trade Commission sued Amazon over its Prime cancellation process. The "
           "complaint was filed on Tuesday in federal court in Seattle.",
     [("lawsuit", "amazon", "2023-02-28")]),
    ("en", "The European Commission fined Apple €1.8 billion. The fine was imposed on Monday.",
     [("fine", "apple", "2023-02-27")]),
    ("fr", "La CNIL a infligé une amende de 5 millions d'euros à TikTok. L'amende a été "
           "prononcée jeudi par la formation restreinte.",
     [("fine", "tiktok", "2023-02-23")]),
    # another company: two steps, the first undated
    ("en", "The European Commission fined Apple €1.8 billion. Meta was fined on Monday.",
     [("fine", "apple", None), ("fine", "meta", "2023-02-27")]),
    # the earlier statement has its own date: left alone
    ("en", "The European Commission fined Apple €1.8 billion in 2021. The fine was imposed on "
           "Monday.",
     [("fine", "apple", "2021"), ("fine", "apple", "2023-02-27")]),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES,
                         ids=[body[:40] for _, body, _ in CASES])
def test_a_referring_sentence_dates_the_step_it_restates(dated_steps, language, body, expected):
    assert dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update") == expected


APPOSED = [
    # an apposition between the step's noun and its participle
    ("en", "The ICO fined TikTok £12.7 million. The fine, the regulator's largest under the GDPR, "
           "was announced on Tuesday.", [("fine", "tiktok", "2023-02-28")]),
    ("fr", "La CNIL a infligé une amende de 150 millions d'euros à Google. Cette amende, la plus "
           "lourde de son histoire, a été annoncée lundi.", [("fine", "google", "2023-02-27")]),
    # two days in the referring sentence: none is surely the fine's
    ("en", "The ICO fined TikTok £12.7 million. The fine, which follows a probe opened on 3 May "
           "2021, was announced on Tuesday.",
     [("fine", "tiktok", None), ("investigation", "tiktok", "2021-05-03")]),
]


@pytest.mark.parametrize(("language", "body", "expected"), APPOSED,
                         ids=[body[:40] for _, body, _ in APPOSED])
def test_a_step_referred_to_past_an_apposition_takes_its_day(dated_steps, language, body,
                                                              expected):
    assert dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update") == expected
