"""A later hour of the day just told is that day (issue 3, D10, guideline 6): "Later in the day",
"That evening", "Plus tard dans la journée", "Le soir même" date a step as "the same day" does.
With no day told before, nothing. Invented snippets, each written with its expected date before
the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday

CASES = [
    ("en", "On Monday, the Commission opened proceedings against TikTok. Later in the day, it "
           "sent a request for information to Meta.",
     ("request_for_information", "meta", "2023-02-27")),
    ("en", "On Monday, the Commission opened proceedings against TikTok. That evening, it sent a "
           "request for information to Meta.", ("request_for_information", "meta", "2023-02-27")),
    ("en", "On Monday, Meta announced new teen accounts. That evening, the Commission sent a "
           "request for information to Meta.", ("request_for_information", "meta", "2023-02-27")),
    ("fr", "Lundi, la Commission a ouvert une procédure contre TikTok. Plus tard dans la journée, "
           "elle a adressé une demande d'informations à Meta.",
     ("request_for_information", "meta", "2023-02-27")),
    ("fr", "Le 14 février, la Commission a ouvert une procédure contre TikTok. Le soir même, elle "
           "a adressé une demande d'informations à Meta.",
     ("request_for_information", "meta", "2023-02-14")),
    # no day told before
    ("en", "The Commission opened proceedings against TikTok. That evening, it sent a request for "
           "information to Meta.", ("request_for_information", "meta", None)),
    # not surely the same day: "dans la foulée"
    ("fr", "Le 14 février, la Commission a ouvert une procédure contre TikTok. Dans la foulée, "
           "elle a adressé une demande d'informations à Meta.",
     ("request_for_information", "meta", None)),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES,
                         ids=[body[:40] for _, body, _ in CASES])
def test_a_later_hour_of_the_day_told_is_that_day(dated_steps, language, body, expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")
