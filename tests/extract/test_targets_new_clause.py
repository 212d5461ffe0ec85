"""A name after "and"/"et" that opens a clause of its own is no target (issue 3, A9): "Meta was
fined by the CNIL and Google said it would appeal", "The Commission fined Apple and Spotify
welcomed the decision", "a infligé une amende à Google et Meta a salué la décision" gave fines
of Google, Spotify, Meta: wrong facts. Two names before a plural verb are one subject ("WhatsApp
et Telegram sont bloqués") and a plain list stays a list. Cases written with their expected
(type, actor, jurisdiction, target) before the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
EC = "European Commission"
CASES = [
    ("en", "Meta was fined by the CNIL and Google said it would appeal.",
     {("fine", "CNIL", "FR", "Meta")}),
    ("en", "The Commission fined Apple and Spotify welcomed the decision.",
     {("fine", EC, "EU", "Apple")}),
    ("en", "The Commission fined Apple on Monday and Meta said it was studying the decision.",
     {("fine", EC, "EU", "Apple")}),
    ("fr", "La CNIL a infligé une amende à Google et Meta a salué la décision.",
     {("fine", "CNIL", "FR", "Google")}),
    # lists and plural subjects stay
    ("en", "The Commission fined Apple and Meta on Monday.",
     {("fine", EC, "EU", "Apple"), ("fine", EC, "EU", "Meta")}),
    ("fr", "Les appels passés via WhatsApp et Telegram sont désormais bloqués, a confirmé "
           "Roskomnadzor.",
     {("block", "Roskomnadzor", "RU", "WhatsApp"), ("block", "Roskomnadzor", "RU", "Telegram")}),
    ("fr", "La CNIL a infligé lundi une amende à Google et à Meta.",
     {("fine", "CNIL", "FR", "Google"), ("fine", "CNIL", "FR", "Meta")}),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_new_clause_names(extractor: Extractor, reference: Reference, article_of,
                          language: str, sentence: str, expected: set[tuple]):
    found = to_gold(extractor.extract(article_of(f"Titre\n\n{sentence}\n\n", language, D,
                                                 "Titre")), reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected
