"""A step's day given through a pronoun (`regkg.extract.pronoun_days`, issue 3, guideline 6):
"qui l'a notifiée vendredi", "which it sent to Meta on Friday". Only the one undated step of
the sentence, only a day right after the verb.

Every text is invented for these tests in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 7, 15)  # a Monday


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


def test_regression_findings_notified_on_a_day_take_it(dated) -> None:
    text = ("Le réseau social TikTok enfreint les règles européennes sur les contenus en ligne, "
            "estime la Commission européenne. C'est la conclusion préliminaire à laquelle est "
            "parvenue l'institution, qui l'a notifiée vendredi à TikTok dans le cadre de la "
            "procédure ouverte le 18 décembre 2023 au titre du règlement sur les services "
            "numériques (DSA).")
    assert dated(text, "fr") == [("investigation", "tiktok", "2024-07-12"),
                                 ("investigation", "tiktok", "2023-12-18")]


@pytest.mark.parametrize("text", [
    # nothing sent on a day
    "Le réseau social TikTok enfreint les règles européennes, estime la Commission européenne. "
    "C'est la conclusion préliminaire à laquelle est parvenue l'institution, qui l'a notifiée à "
    "TikTok.",
    # the day is not right after the verb
    "Le réseau social TikTok enfreint les règles européennes, estime la Commission européenne. "
    "C'est la conclusion préliminaire à laquelle est parvenue l'institution, qui l'a notifiée à "
    "TikTok, dont les dirigeants avaient été entendus par les services de la Commission vendredi.",
])
def test_no_day_right_after_sending_it_gives_none(dated, text) -> None:
    assert [d for t, _, d in dated(text, "fr") if t == "investigation"] == [None]
