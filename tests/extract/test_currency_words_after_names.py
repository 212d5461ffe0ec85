"""A currency written as a word before its sum is no part of the company's name and no end of
the sentence (issue 3 point 6, s18 probes): "fined Meta Rs 213 crore" had the target "Meta Rs"
(a company that does not exist: a wrong fact), "Rs. 213 crore" cut the sentence after "Rs.",
losing the sum and the day, and "Sh9 million", "NIS 1 million" gave no sum. Invented sentences.
"""

from __future__ import annotations

import pytest

DAY = "2025-03-06"  # a Thursday: "on Friday" is 2025-02-28

CASES = [
    ("The Competition Commission of India fined Meta Rs 213 crore on Friday.",
     ("Competition Commission of India", "Meta", 2130000000, "INR")),
    ("The Competition Commission of India fined Meta Rs. 213 crore on Friday.",
     ("Competition Commission of India", "Meta", 2130000000, "INR")),
    ("The Competition Commission of India fined MakeMyTrip Rs 392 crore on Friday.",
     ("Competition Commission of India", "MakeMyTrip", 3920000000, "INR")),
    ("Kenya's ODPC fined Meta Sh9 million on Friday.",
     ("Office of the Data Protection Commissioner of Kenya", "Meta", 9000000, "KES")),
    ("Kenya's ODPC fined Zorvex Sh 9 million on Friday.",
     ("Office of the Data Protection Commissioner of Kenya", "Zorvex", 9000000, "KES")),
    ("Israel's Privacy Protection Authority fined Meta NIS 1 million on Friday.",
     ("Privacy Protection Authority", "Meta", 1000000, "ILS")),
    # s20 probes: a dollar sign with its country's letters, a riyal's or a taka's letters
    ("Singapore's Personal Data Protection Commission fined Grab S$10,000 on Friday.",
     ("Personal Data Protection Commission Singapore", "Grab", 10000, "SGD")),
    ("The Saudi competition authority fined Careem SR10 million on Friday.",
     ("General Authority for Competition", "Careem", 10000000, "SAR")),
    ("Bangladesh's telecom regulator fined Grameenphone Tk 10 crore on Friday.",
     ("Bangladesh Telecommunication Regulatory Commission", "Grameenphone", 100000000,
      "BDT")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_currency_word_before_the_sum_is_no_part_of_the_name(rows, text, expected) -> None:
    found = [(r["actor"], r["target"], r["amount"], r["currency"], r["date"])
             for r in rows(text, "en", DAY) if r["type"] == "fine"]
    assert found == [(*expected, "2025-02-28")]


# A company named after its group keeps its own name when a sum in won follows it.
KEPT = [
    ("The KFTC fined Kakao Pay 2 billion won on Friday.", "Kakao Pay"),
    ("Kenya's ODPC fined Zorvex Labs 9 million shillings on Friday.", "Zorvex Labs"),
]


@pytest.mark.parametrize(("text", "target"), KEPT)
def test_a_name_before_its_sum_keeps_its_words(rows, text, target) -> None:
    assert [r["target"] for r in rows(text, "en", DAY)] == [target]


# s20 probe: a currency's letters before a sum after a company noun are no company's name
# ("The regulator also fined the platform RM50,000" had the target "RM50": a wrong fact)
@pytest.mark.parametrize("text", [
    "The Malaysian Communications and Multimedia Commission fined the platform RM50,000 on "
    "Friday.",
    "Kenya's ODPC fined the company KSh 9 million on Friday.",
    "Bangladesh's telecom regulator fined the operator Tk 10 crore on Friday.",
])
def test_regression_currency_letters_after_a_company_noun_are_no_name(rows, text) -> None:
    assert all(not (r["target"] or "").upper().startswith(("RM", "KSH", "TK"))
               for r in rows(text, "en", DAY))
