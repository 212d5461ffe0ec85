"""The agent inside a fronted participle's trigger words (issue 3, A9): "Condamné par la CNIL
à une amende de 50 millions d'euros en 2019, Google a fait appel" is the CNIL's fine on Google
(the trigger "Condamné par la CNIL à une amende" holds the agent; no actor was found). Not
when the participle's agent is no body, nor when the participle does not open the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
CASES = [
    ("fr", "Condamné par la CNIL à une amende de 50 millions d'euros en 2019, Google a fait "
           "appel.", {("fine", "CNIL", "FR", "Google")}),
    ("fr", "Condamnée par la CNIL à une amende de 50 millions d'euros, la société Google a fait "
           "appel.", {("fine", "CNIL", "FR", "Google")}),
    ("en", "Fined by the CNIL for its cookie banners, Google said it would comply.",
     {("fine", "CNIL", "FR", "Google")}),
    ("fr", "Saisie par l'Arcom, la justice a ordonné le blocage de X.", set()),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_agent_inside_fronted_participle(extractor: Extractor, reference: Reference, article_of,
                                         language: str, sentence: str, expected: set[tuple]):
    found = to_gold(extractor.extract(article_of(f"Titre\n\n{sentence}\n\n", language, D,
                                                 "Titre")), reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected
