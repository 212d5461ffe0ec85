"""Bodies named by their country after their head (issue 3, A9): "Regulators in South Korea",
"Authorities in Nepal", "les autorités du Népal". Authorities are the country's government;
regulators of a country are the country's step with no actor (its government would be a
wrong actor; session 13: every country has a government now); a complement ("complaints with
regulators in Austria") is no actor. Cases written with their expected (type, actor,
jurisdiction, target) before the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
CASES = [
    ("en", "Regulators in South Korea fined Google on Tuesday.", {("fine", None, "KR", "Google")}),
    ("en", "Authorities in Nepal banned TikTok on Monday.",
     {("block", "Nepalese government", "NP", "TikTok")}),
    ("fr", "Les autorités du Népal ont bloqué TikTok lundi.",
     {("block", "Nepalese government", "NP", "TikTok")}),
    ("fr", "Les régulateurs de Corée du Sud ont infligé une amende à Google mardi.",
     {("fine", None, "KR", "Google")}),
    ("en", "Authorities in Turkey blocked Instagram on Friday.",
     {("block", "Turkish government", "TR", "Meta")}),
    # a country with a government: its regulators are not it (actor null, the country's step)
    ("en", "Regulators in China fined Alibaba on Saturday.", {("fine", None, "CN", "Alibaba")}),
    # complements and others' words
    ("en", "Noyb filed complaints with regulators in Austria against Meta.", set()),
    ("en", "Meta said regulators in Ireland had approved its plans.", set()),
    ("en", "Google, which faces regulators in South Korea, was fined by the KFTC on Tuesday.",
     {("fine", "Korea Fair Trade Commission", "KR", "Google")}),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_located_bodies(extractor: Extractor, reference: Reference, article_of,
                        language: str, sentence: str, expected: set[tuple]):
    found = to_gold(extractor.extract(article_of(f"Titre\n\n{sentence}\n\n", language, D,
                                                 "Titre")), reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected
