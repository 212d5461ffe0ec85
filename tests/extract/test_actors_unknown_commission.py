"""A pronoun after a "... Commission" the reference does not know (issue 3, A9; tests/sweep
804): "The Personal Information Protection Commission reached a similar view. In June it
cautioned OpenAI" made the ministry named before the actor, a wrong fact; the pronoun may be
the unknown commission's: nobody. A pronoun after known bodies only keeps its referent. Since
session 15 (shared_names.py) "the Personal Information Protection Commission" in a text about
Japan is Japan's PPC, a known body, whose step the pronoun's is (it did caution OpenAI in June
2023); a commission no place's body holds the name of stays nobody's."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
MIC = "Japanese Ministry of Internal Affairs and Communications"
CASES = [
    ("en", ["Japan's communications ministry ordered LY Corp. on Tuesday to overhaul its "
            "security.",
            "The Personal Information Protection Commission reached a similar view.",
            "In June it cautioned OpenAI against collecting sensitive data."],
     {("order", MIC, "JP", "LY Corporation"),
      ("statement", "Personal Information Protection Commission of Japan", "JP", "OpenAI")}),
    ("en", ["Japan's communications ministry ordered LY Corp. on Tuesday to overhaul its "
            "security.",
            "The Digital Platform Oversight Commission reached a similar view.",
            "In June it cautioned OpenAI against collecting sensitive data."],
     {("order", MIC, "JP", "LY Corporation")}),
    ("en", ["The CMA fined Google on Monday. The Fair Competition Commission of Tanzania was "
            "not involved. It also ordered Google to change its contracts."],
     {("fine", "Competition and Markets Authority", "GB", "Google")}),
    ("en", ["Ofcom fined 4chan on Tuesday.", "It also ordered the forum to answer its questions."],
     {("fine", "Ofcom", "GB", "4chan"), ("order", "Ofcom", "GB", "4chan")}),
    ("fr", ["La CNIL a infligé une amende à Google mardi.", "Elle lui a aussi ordonné de cesser."],
     {("fine", "CNIL", "FR", "Google"), ("order", "CNIL", "FR", "Google")}),
]


@pytest.mark.parametrize(("language", "sentences", "expected"), CASES)
def test_pronoun_after_unknown_commission(extractor: Extractor, reference: Reference, article_of,
                                          language: str, sentences: list[str],
                                          expected: set[tuple]):
    text = "Titre\n\n" + "".join(s + "\n\n" for s in sentences)
    found = to_gold(extractor.extract(article_of(text, language, D, "Titre")),
                    reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected
