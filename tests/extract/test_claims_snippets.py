"""The invented snippets of tests/extract/claims_snippets.yaml (issue 3, task C7): quotes and
speakers in the shapes real reporting gives them, with hard negatives, each written with its
expected claims before the rules were run on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from regkg.extract.gold import to_gold

SNIPPETS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "claims_snippets.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", SNIPPETS, ids=[c["id"] for c in SNIPPETS])
def test_invented_snippet(extractor, reference, article_of, case: dict[str, Any]) -> None:
    if "xfail" in case:
        pytest.xfail(case["xfail"])
    article = article_of(case["text"], case["lang"], published=dt.date(2023, 3, 1))
    claims = to_gold(extractor.extract(article), reference)["claims"]
    found = [(c["speaker"], c["quote"]) for c in claims]
    assert [s for s, _ in found] == [s for s, _ in case["expect"]]
    for (_, quote), (_, start) in zip(found, case["expect"], strict=True):
        assert quote.startswith(start)


def test_the_snippets_are_many_and_half_french() -> None:
    languages = [c["lang"] for c in SNIPPETS]
    assert len(SNIPPETS) >= 150
    assert 0.35 <= languages.count("fr") / len(languages) <= 0.65
    assert sum(not c["expect"] for c in SNIPPETS) >= 40  # hard negatives
