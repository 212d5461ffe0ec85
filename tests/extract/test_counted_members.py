"""A block of a counted class that names its members blocks each member (issue 3, session 19).

House gold (fog): "a ordonné aux fournisseurs d'accès de bloquer 25 plateformes ..., dont A, B,
C et D" is one block per member named, none for the count (counted_targets.py,
counted_members.py, data/patterns/counted.yaml). Members the reference does not know become
unlinked organisations.
Invented sentences in the style of Indian, Pakistani and French wire copy.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le ministère indien de l'Électronique et des Technologies de l'information a ordonné "
     "mardi aux fournisseurs d'accès à Internet de bloquer 30 sites de paris, dont Melbet et "
     "Parimatch.", "fr", {("IN", "melbet", "2025-03-04"), ("IN", "parimatch", "2025-03-04")}),
    ("India's Ministry of Electronics and Information Technology on Tuesday ordered internet "
     "service providers to block 40 gambling websites, including Stake and 1xBet.", "en",
     {("IN", "stake", "2025-03-04"), ("IN", "1xbet", "2025-03-04")}),
    ("Le ministère de l'Électronique et des Technologies de l'information a fait bloquer 12 "
     "applications de prêt, dont KreditBee, Cash Bean et Kissht, accusées de harceler leurs "
     "clients.", "fr", {("IN", "kreditbee", None), ("IN", "cash-bean", None),
                        ("IN", "kissht", None)}),
    ("The Pakistan Telecommunication Authority blocked 27 websites on Monday, including "
     "YouTube and Dailymotion, over blasphemous content.", "en",
     {("PK", "youtube", "2025-03-03"), ("PK", "dailymotion", "2025-03-03")}),
])
def test_a_block_of_a_counted_class_blocks_each_member_named(blocks, text, language, expected):
    assert blocks(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    # members not named: the class introduces them, the step is too vague to state
    ("Le ministère indien de l'Électronique a fait bloquer 30 sites, dont plusieurs liés à des "
     "paris illégaux.", "fr"),
    ("India's Ministry of Electronics and Information Technology blocked 40 websites, "
     "including some that offered betting.", "en"),
    ("The Pakistan Telecommunication Authority blocked 27 websites on Monday, including "
     "several that hosted blasphemous content.", "en"),
])
def test_a_counted_class_whose_members_are_not_named_gives_no_block(blocks, text, language):
    assert blocks(text, language) == set()

