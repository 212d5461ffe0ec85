"""A company named as a comparison is no target of the step (issue 3, task T10, point 2: another
entity of the sentence): "TikTok, like Meta before it, was fined", "À l'instar de Meta, TikTok
a été sanctionné", "Unlike Google and Apple, TikTok was fined" had each given a second fine,
on the company compared with. Names after "like" that are examples of a class stay a class;
a body compared with ("like the CNIL") leaves the targets alone. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "language"), [
    ("TikTok, like Meta before it, was fined 345 million euros by the Irish Data Protection "
     "Commission on Friday.", "en"),
    ("À l'instar de Meta, TikTok a été sanctionné vendredi par la DPC irlandaise d'une amende "
     "de 345 millions d'euros.", "fr"),
    ("Unlike Google and Meta, TikTok was fined 345 million euros by the Irish Data Protection "
     "Commission on Friday.", "en"),
])
def test_company_compared_with_is_no_target(step_targets, text: str, language: str) -> None:
    assert step_targets(text, language) == {("fine", "tiktok")}


def test_targets_after_a_compared_body_stay(step_targets) -> None:
    text = "The Commission fined Meta and TikTok on Friday, like the CNIL did in 2022."
    assert step_targets(text, "en") == {("fine", "meta"), ("fine", "tiktok")}


@pytest.mark.parametrize("text", [
    "The Dutch data protection authority fined Uber 290 million euros on Monday, as the CNIL "
    "did with Google in 2022.",
    "The Dutch data protection authority fined Uber 290 million euros on Monday, just as the "
    "CNIL had done with Google.",
    "The Dutch data protection authority fined Uber 290 million euros on Monday, as the CNIL "
    "did with Google and Amazon in 2020.",
])
def test_regression_a_company_of_another_bodys_step_recalled_is_no_target(step_targets,
                                                                           text: str) -> None:
    """P11's finding: "as the CNIL did with Google" had given the Dutch authority a fine on
    Google (a wrong fact)."""
    assert step_targets(text, "en") == {("fine", "uber")}


def test_companies_named_after_as_well_as_stay_targets(step_targets) -> None:
    text = "The Dutch data protection authority fined Uber as well as Google on Monday."
    assert step_targets(text, "en") == {("fine", "uber"), ("fine", "google")}
