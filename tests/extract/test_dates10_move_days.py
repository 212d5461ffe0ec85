"""The day a sentence gives "the move" or "the announcement" just told dates the steps of the
sentence right before (issue 3, D10, guideline 6): "The Garante blocked DeepSeek in Italy. The
move came on Thursday", "The regulator announced the move on Tuesday", "L'annonce a été faite
jeudi". Not a company's move ("Meta announced the move on Tuesday"), not past another sentence,
not a day that follows something else ("The move came after a probe launched on 3 May 2021").
Invented snippets, each written with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday

CASES = [
    ("en", "Ofcom fined 4chan £20,000 for failing to respond to information requests. The "
           "announcement came on Monday.", ("fine", "4chan", "2023-02-27")),
    ("en", "The Garante blocked DeepSeek in Italy. The move came on Thursday, days after the "
           "chatbot's launch.", ("order", "deepseek", "2023-02-23")),
    ("en", "Ofcom has opened an investigation into 4chan. The regulator announced the move on "
           "Tuesday.", ("investigation", "4chan", "2023-02-28")),
    ("fr", "Le Garante a bloqué DeepSeek en Italie. L'annonce a été faite jeudi.",
     ("order", "deepseek", "2023-02-23")),
    # hard negatives
    ("en", "The CNIL fined Google. Meta announced the move on Tuesday.",
     ("fine", "google", None)),
    ("en", "The CNIL has fined Meta. Meta then changed its policy. The move came on Tuesday.",
     ("fine", "meta", None)),
    ("en", "The FTC sued Amazon. The move came after a two-year investigation launched on 3 May "
           "2021.", ("lawsuit", "amazon", None)),
]


@pytest.mark.parametrize(("language", "body", "expected"), CASES,
                         ids=[body[:40] for _, body, _ in CASES])
def test_the_move_told_next_dates_the_step_before(dated_steps, language, body, expected):
    assert expected in dated_steps(PUBLISHED)(f"Update\n\n{body}\n", language, title="Update")
