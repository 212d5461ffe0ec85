""""Opened its investigation" after a body's step on one platform is that probe's opening
(issue 3, A9): "Ofcom fined 4chan on Friday. The regulator opened its investigation in June."
is a probe of 4chan dated June; when the probe's opening is already a step, "its
investigation" refers back to it and adds none. Cases written with their expected (type, actor,
jurisdiction, target) before the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
CASES = [
    ("en", ["Ofcom fined 4chan on Friday.", "The regulator opened its investigation in June."],
     {("fine", "Ofcom", "GB", "4chan", "2023-02-24"),
      ("investigation", "Ofcom", "GB", "4chan", "2022-06")}),
    ("fr", ["L'Arcom a mis en demeure X vendredi.",
            "Le régulateur avait ouvert son enquête en juin."],
     {("order", "Arcom", "FR", "X", "2023-02-24"),
      ("investigation", "Arcom", "FR", "X", "2022-06")}),
    # the opening already told: no second probe
    ("en", ["Ofcom opened an investigation into 4chan in June.", "On Friday it fined the forum.",
            "The regulator had opened its investigation after complaints."],
     {("investigation", "Ofcom", "GB", "4chan", "2022-06"),
      ("fine", "Ofcom", "GB", "4chan", "2023-02-24")}),
]


@pytest.mark.parametrize(("language", "sentences", "expected"), CASES)
def test_opened_its_investigation(extractor: Extractor, reference: Reference, article_of,
                                  language: str, sentences: list[str], expected: set[tuple]):
    text = "Titre\n\n" + "".join(s + "\n\n" for s in sentences)
    found = to_gold(extractor.extract(article_of(text, language, D, "Titre")),
                    reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"], a["date"])
            for a in found} == expected
