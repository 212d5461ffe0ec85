"""The day of a decision told in a sentence of its own before its measures, in more wordings
(issue 3, D10, guideline 6): "The decision came on Monday", "La décision est tombée lundi",
"Monday's decision by the CNIL follows ...", and the deciding body's meeting ("The Dutch Data
Protection Authority's board met on 16 May", "La formation restreinte de la CNIL s'est réunie
le 9 février 2023", "At its meeting on 5 March, the board ...", "Lors de sa séance du 12 mars"),
and "The order was passed on 20 October" after the penalty. Not a meeting with a company, one
to come, nor one told after the step ("Its board met on Tuesday to discuss the appeal").
Invented snippets, each written with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)  # a Wednesday

CASES = [
    ("en", "The decision came on Monday. The CNIL fined Google €150 million over cookies.",
     ("fine", "google", "2023-02-27")),
    ("en", "Monday's decision by the CNIL follows a two-year investigation. The regulator fined "
           "Google €150 million.", ("fine", "google", "2023-02-27")),
    ("en", "The Dutch Data Protection Authority's board met on 16 May. It decided to fine Uber "
           "€290 million.", ("fine", "uber", "2022-05-16")),
    ("fr", "La formation restreinte de la CNIL s'est réunie le 9 février 2023. Elle a prononcé "
           "une amende de 5 millions d'euros à l'encontre de TikTok.",
     ("fine", "tiktok", "2023-02-09")),
    ("fr", "La décision est tombée lundi. La CNIL a infligé une amende de 150 millions d'euros à "
           "Google.", ("fine", "google", "2023-02-27")),
    ("en", "At its meeting on 5 March, the board of the Dutch Data Protection Authority "
           "discussed the case. It decided to fine Uber €290 million.",
     ("fine", "uber", "2023-03-05"), dt.date(2023, 3, 20)),
    ("fr", "Lors de sa séance du 12 mars 2023, le collège de l'Arcom a examiné la situation. Il a "
           "mis en demeure X de se conformer à ses obligations.",
     ("order", "x", "2023-03-12"), dt.date(2023, 3, 20)),
    ("en", "The Competition Commission of India has imposed a penalty of Rs 1,337 crore on Google. "
           "The order was passed on 20 October.", ("fine", "google", "2022-10-20")),
    # hard negatives
    ("en", "The Dutch Data Protection Authority met with Uber on 16 May. It fined Uber €290 "
           "million.", ("fine", "uber", None)),
    ("en", "The Dutch Data Protection Authority's board will meet on 16 March. It fined Uber "
           "€290 million last year.", ("fine", "uber", "2022")),
    ("en", "The Dutch Data Protection Authority fined Uber €290 million. Its board met on "
           "Tuesday to discuss the appeal.", ("fine", "uber", None)),
]


@pytest.mark.parametrize("case", CASES, ids=[case[1][:40] for case in CASES])
def test_a_decisions_day_told_before_its_measures(dated_steps, case):
    language, body, expected, *published = case
    found = dated_steps(published[0] if published else PUBLISHED)(
        f"Update\n\n{body}\n", language, title="Update")
    assert expected in found
