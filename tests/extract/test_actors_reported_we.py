"""A body's first person reported by others (issue 3, A9): "We have opened an investigation
into Snap," the ICO said / "Nous avons infligé une amende à TikTok, a indiqué la CNIL". The "we"
is the reporting clause's body; a platform or a person as the speaker gives no step. Cases
written with their expected (type, actor, jurisdiction, target) before the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
ICO = "Information Commissioner's Office"
CASES = [
    ("en", "Today we are opening an investigation into Snap over its My AI chatbot, the "
           "Information Commissioner's Office said.",
     {("investigation", ICO, "GB", "Snap")}),
    ("en", "\"We have opened an investigation into Snap,\" the ICO said.",
     {("investigation", ICO, "GB", "Snap")}),
    ("en", "\"We have today fined TikTok,\" said the ICO.", {("fine", ICO, "GB", "TikTok")}),
    # regression: the comma inside "£20,000" had been taken for the end of the step's clause
    ("en", "\"We have fined 4chan £20,000,\" Ofcom said.", {("fine", "Ofcom", "GB", "4chan")}),
    ("fr", "Nous avons infligé une amende de 5 millions d'euros à TikTok, a indiqué la CNIL mardi.",
     {("fine", "CNIL", "FR", "TikTok")}),
    ("fr", "« Nous avons mis en demeure X », a annoncé l'Arcom.", {("order", "Arcom", "FR", "X")}),
    # the platform's or a person's "we" is no body's step
    ("en", "\"We have opened an investigation into Snap,\" TikTok said.", set()),
    ("en", "\"We have opened an investigation into Snap,\" said John Edwards, a lawyer.", set()),
    ("fr", "« Nous avons saisi la CNIL contre Meta », a indiqué l'association.", set()),
    # a possible step stays none
    ("en", "\"We could fine TikTok,\" the ICO said.", set()),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_reported_first_person(extractor: Extractor, reference: Reference, article_of,
                               language: str, sentence: str, expected: set[tuple]):
    found = to_gold(extractor.extract(article_of(f"Titre\n\n{sentence}\n\n", language, D,
                                                 "Titre")), reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected
