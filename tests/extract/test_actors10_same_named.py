"""'The same <words> division', 'the same office': the last body whose names hold the head
word (issue 3, R10, actor_anaphora.py). tests/sweep 801's wording ("In October 2023 the same
consumer protection division took TikTok to court") had lost the Utah division's lawsuit."""

from __future__ import annotations

UTAH = "authority/utah-division-of-consumer-protection"


def test_regression_the_same_division_is_the_division_named_before(steps_in):
    text = ("Update\n\nUtah's Division of Consumer Protection sued Snap on Monday. Attorney "
            "General Derek Brown said the app was dangerous. In October 2023 the same consumer "
            "protection division took TikTok to court, arguing that the app was addictive.\n")
    assert ("lawsuit", UTAH, ("service/tiktok",)) in steps_in(text)


def test_the_same_office_is_the_body_whose_name_holds_it(steps_in):
    text = "Update\n\nOfcom fined 4chan on Monday. In 2023 the same office fined TikTok.\n"
    assert ("fine", "authority/ofcom", ("service/tiktok",)) in steps_in(text)


def test_no_body_whose_name_holds_the_head_is_nobody(steps_in):
    text = "Update\n\nOfcom fined 4chan on Monday. In 2023 the same division fined TikTok.\n"
    assert not any(targets == ("service/tiktok",) for _, _, targets in steps_in(text))
