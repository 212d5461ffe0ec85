"""A description after the named target is that target's (issue 3, A9; tests/sweep 804): "issued
administrative guidance to LY Corp., saying the company's response had been inadequate" under a
headline naming LY and Naver gave Naver a step too, a wrong fact (the description read the
headline's last name). The description still refers back where no name precedes it."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2024, 4, 16)
MIC = "Japanese Ministry of Internal Affairs and Communications"
CASES = [
    ("Pressure on LY over Naver ties",
     ["Japan's communications ministry on Tuesday issued administrative guidance to LY Corp., "
      "saying the company's response had been inadequate."],
     {("order", MIC, "JP", "LY Corporation")}),
    ("Pressure on LY over Naver ties",
     ["Japan's communications ministry on Tuesday fined LY Corp., saying the company's response "
      "had been inadequate."],
     {("fine", MIC, "JP", "LY Corporation")}),
    ("Ofcom and 4chan",
     ["Ofcom has been looking at 4chan for months.",
      "On Tuesday it fined the company £20,000."],
     {("fine", "Ofcom", "GB", "4chan")}),
]


@pytest.mark.parametrize(("title", "sentences", "expected"), CASES)
def test_description_after_name(extractor: Extractor, reference: Reference, article_of,
                                title: str, sentences: list[str], expected: set[tuple]):
    text = f"{title}\n\n" + "".join(s + "\n\n" for s in sentences)
    found = to_gold(extractor.extract(article_of(text, "en", D, title)), reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected
