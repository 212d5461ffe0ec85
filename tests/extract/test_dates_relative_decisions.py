"""A step told in a relative clause of a dated decision takes the decision's date (issue 3,
D9, guideline 6): "la mesure d'urgence adoptée le 22 janvier par le Garante, qui a ordonné à
TikTok de bloquer ..." orders on 22 January. Texts invented in the style of newspapers, each
written with its expected date before the rule was run.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("text", "language"), [
    ("Cette volte-face fait suite à la mesure d'urgence adoptée le 22 janvier par le Garante, "
     "qui a ordonné à TikTok de bloquer provisoirement le traitement des données.", "fr"),
    ("The move follows an emergency measure adopted on 22 January by the Garante, which "
     "ordered TikTok to block the processing of data.", "en"),
])
def test_regression_a_relative_clause_step_takes_its_decisions_date(
        dated, text, language) -> None:
    assert dated(text, language) == [("order", "tiktok", "2023-01-22")]


@pytest.mark.parametrize(("text", "language"), [
    # the antecedent is a report, not a decision
    ("Le rapport publié le 3 février par l'Arcom, qui a mis en demeure Kick, fait le point.",
     "fr"),
    # the antecedent is the body: its date is another step's
    ("Le 3 février, l'Arcom a publié un rapport sur Kick, qui a été mise en demeure.", "fr"),
])
def test_guard_a_relative_clause_step_takes_no_date_but_its_decisions(
        dated, text, language) -> None:
    assert ("order", "kick", None) in dated(text, language) or all(
        t != "order" for t, _, _ in dated(text, language))


def test_regression_a_step_noun_dated_by_its_own_relative_clause(dated) -> None:
    # "on Monday" is the judge's; the lawsuit's own date is in the clause after its noun
    text = ("A federal judge on Monday dismissed the FTC's lawsuit against Meta, which the agency "
            "filed in December 2020.")
    assert dated(text, "en") == [("lawsuit", "meta", "2020-12")]


def test_guard_a_relative_clause_of_another_verb_gives_the_step_no_date(dated) -> None:
    text = ("The Commission opened an investigation into Meta, which the company said it "
            "welcomed in December 2020.")
    assert ("investigation", "meta", "2020-12") not in dated(text, "en")
