"""Named members of a group of attorneys general counted in words (issue 3, A7; groups.py):
"Nine other attorneys general, among them those of Massachusetts and the District of
Columbia, brought separate suits" (tests/broad 705) are two suits, Massachusetts' included."""

from __future__ import annotations

import datetime as dt

D = dt.date(2023, 10, 25)
META = ("organisation/meta",)


def test_regression_a_group_counted_in_words_names_its_members(steps_in):
    text = ("States\n\nAttorneys general sued Meta on Tuesday. Nine other attorneys general, "
            "among them those of Massachusetts and the District of Columbia, brought separate "
            "suits in their own courts the same day.\n")
    found = steps_in(text, "en", D)
    assert {("lawsuit", "authority/massachusetts-attorney-general", META),
            ("lawsuit", "authority/district-of-columbia-attorney-general", META)} <= found


def test_a_group_with_no_member_named_has_no_actor(steps_in):
    found = steps_in("States\n\nSeveral states sued Meta on Tuesday.\n", "en", D)
    assert not any(s[1] for s in found)
