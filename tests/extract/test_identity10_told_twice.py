"""The same step told twice in other words is one action (issue 3, guideline 5): in a quote
and in narration, by the country and by its body, a block recalled without its day
(`regkg.extract.told_twice`). Distinct steps stay apart: a quote about another company,
another platform blocked, a block "again". Invented texts in the style of wire reports."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2023, 3, 1)  # a Wednesday
EC, BTK, RKN = "authority/european-commission", "authority/btk", "authority/roskomnadzor"


@pytest.fixture
def facts(factual_steps):
    return factual_steps(D)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ('Titre\n\nThe European Commission fined X €120 million on Friday for breaching the '
     'Digital Services Act.\n\n"Today we have fined X €120 million for deceiving users with '
     'its blue checkmark," said Henna Virkkunen, the Commission\'s executive vice-president.',
     "en", [("fine", EC, ("service/x",), "2023-02-24")]),
    ("Titre\n\nLa Commission européenne a infligé vendredi une amende de 120 millions d'euros "
     "à X.\n\n« Aujourd'hui, nous avons sanctionné X pour avoir trompé ses utilisateurs », a "
     "déclaré Henna Virkkunen.", "fr", [("fine", EC, ("service/x",), "2023-02-24")]),
    ("Titre\n\nTurkey blocked access to Instagram on Friday.\n\nInstagram was blocked by the "
     "Information and Communication Technologies Authority, which gave no reason.", "en",
     [("block", BTK, ("service/instagram",), "2023-02-24")]),
    ("Titre\n\nRussia's Roskomnadzor blocked Facebook on Friday.\n\nFacebook has been "
     "unavailable in Russia since the regulator blocked it.", "en",
     [("block", RKN, ("service/facebook",), "2023-02-24")]),
])
def test_regression_a_step_told_twice_is_one_action(facts, text, language, expected):
    assert [f[:4] for f in facts(text, language)] == expected


@pytest.mark.parametrize(("text", "language", "count"), [
    ('Titre\n\nThe European Commission fined Meta €200 million on Friday.\n\n"We have also '
     'fined Apple today," said Henna Virkkunen.', "en", 2),
    ("Titre\n\nTurkey blocked access to Instagram on Friday.\n\nThe Information and "
     "Communication Technologies Authority also blocked Roblox.", "en", 2),
    ("Titre\n\nRussia's Roskomnadzor blocked Facebook on Friday.\n\nThe regulator blocked "
     "Facebook again in 2021 after lifting an earlier ban.", "en", 2),
    ("Titre\n\nRoskomnadzor blocked Facebook on Friday.\n\nRoskomnadzor has also blocked "
     "Instagram.", "en", 2),
])
def test_distinct_steps_stay_apart(facts, text, language, count):
    assert len(facts(text, language)) == count
