"""A platform named in a relative clause about the company the step is aimed at is no target
of its own, and a description followed by the company's name introduces it rather than
referring back (issue 3, A7; target_relatives.py): tests/broad 714 fined Replika, a wrong
fact, beside Luka Inc., "qui développe l'application Replika"."""

from __future__ import annotations

import datetime as dt

D = dt.date(2025, 5, 19)
GARANTE, REPLIKA = "authority/garante", "service/replika"


def test_regression_the_app_a_company_develops_is_not_fined(steps_in):
    text = ("Replika\n\nLa Garante italienne frappe Replika. L'autorité italienne a annoncé "
            "lundi avoir sanctionné d'une amende de 5 millions d'euros la société américaine "
            "Luka Inc., qui développe l'application Replika, un compagnon virtuel.\n")
    found = steps_in(text, "fr", D)
    assert not any(s[2] == (REPLIKA,) for s in found)
    assert any(s[0] == "fine" and s[1] == GARANTE for s in found)


def test_regression_a_description_before_a_name_is_no_anaphor(steps_in):
    text = ("Replika\n\nLa Garante a enquêté sur Replika. Elle a infligé une amende à la "
            "société américaine Luka Inc. le 10 avril.\n")
    assert not any(s[2] == (REPLIKA,) and s[0] == "fine" for s in steps_in(text, "fr", D))


def test_a_description_before_a_day_still_refers_back(steps_in):
    text = "TikTok\n\nTikTok faces scrutiny. The ICO fined the company on Monday.\n"
    assert ("fine", "authority/ico", ("service/tiktok",)) in steps_in(text, "en", D)


def test_a_known_company_before_the_relative_clause_stays_the_target(steps_in):
    text = "Meta\n\nThe CNIL fined Meta, which owns Instagram, €60 million.\n"
    assert steps_in(text, "en", D) == {("fine", "authority/cnil", ("organisation/meta",))}
