"""Days of another event near a step (issue 3, D10, guideline 6). A step's day read after its
verb stops at a comma or at a word that opens another event's clause: "The regulator also sent
the site a request for information, under rules that came into force in March 2022" had dated
the request March 2022 (a wrong date). And a sentence that adds a step with "also" keeps the
day of the step before when its only dates are another event's: a rule in force, a relative
aside, a year naming a thing ("the 2024 elections"). Invented snippets, each written with its
expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday

CASES = [
    ("en", "On Monday, Ofcom opened an investigation into 4chan. The regulator also sent the site "
           "a request for information, under rules that came into force in March 2022.",
     ("request_for_information", "4chan", "2023-02-27")),
    ("en", "The Commission on Tuesday opened proceedings against X. The Commission also sent a "
           "request for information to X about its policies for the 2024 elections.",
     ("request_for_information", "x", "2023-02-28")),
    ("en", "On Monday, the CNIL fined Google €150 million. It also fined Amazon, whose cookies "
           "have been placed since 2019 without consent.", ("fine", "amazon", "2023-02-27")),
    ("fr", "Lundi, la CNIL a infligé une amende de 150 millions d'euros à Google. Elle a "
           "également enjoint à la société de cesser ces pratiques, en vigueur depuis 2019.",
     ("order", "google", "2023-02-27")),
    # a date of the step's own stays
    ("en", "The Commission on Tuesday opened proceedings against X. It also sent a request for "
           "information to Meta in 2021.", ("request_for_information", "meta", "2021")),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES,
                         ids=[body[:40] for _, body, _ in CASES])
def test_another_events_day_is_no_steps_day(dated_steps, language, body, expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")
