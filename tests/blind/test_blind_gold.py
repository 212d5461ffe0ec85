"""The blind development set's gold files are well-formed and consistent with their texts.

Checks, per article: the gold is valid JSON in the corpus schema; every `evidence` and `quote`
occurs exactly in the .txt; every action's actor, target, law and jurisdiction appears in the
top-level lists; dates, amounts and currencies have the guideline forms; `published` and
`language` agree with the .meta.json sidecar. The checker is tested on broken copies too, so a
check that silently passes everything fails here.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.gold_checks import date_problems
from tests.gold_checks import gold_problems as problems_of
from tests.gold_checks import load as load_from

BLIND = Path(__file__).resolve().parent
ARTICLES = BLIND / "articles"
GOLD = BLIND / "gold"
META_KEYS = {"url", "title", "published", "language", "outlet", "licence_note"}


def gold_problems(gold: dict[str, Any], text: str, meta: dict[str, Any]) -> list[str]:
    return problems_of(text, meta, gold)


def load(stem: str) -> tuple[dict[str, Any], str, dict[str, Any]]:
    text, meta, gold = load_from(BLIND, stem)
    return gold, text, meta


STEMS = sorted(path.stem for path in GOLD.glob("*.json"))


def test_every_article_has_gold_and_metadata():
    texts = sorted(path.stem for path in ARTICLES.glob("*.txt"))
    metas = sorted(path.name.removesuffix(".meta.json") for path in ARTICLES.glob("*.meta.json"))
    assert STEMS, "no gold files found"
    assert texts == STEMS == metas


@pytest.mark.parametrize("stem", STEMS)
def test_gold_is_consistent_with_its_text(stem):
    gold, text, meta = load(stem)
    assert gold_problems(gold, text, meta) == []


@pytest.mark.parametrize("stem", STEMS)
def test_metadata_marks_the_text_as_invented(stem):
    _, _, meta = load(stem)
    assert set(meta) == META_KEYS
    assert meta["url"] is None and meta["outlet"] == "invented (regkg blind dev set)"
    assert date_problems(meta["published"], "published") == [] and len(meta["published"]) == 10
    assert meta["language"] in {"en", "fr"}


def broken_copies(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """One damaged copy per check, each of which the checker must report."""
    edits = {
        "evidence": lambda g: g["actions"][0].update(evidence=g["actions"][0]["evidence"] + "x"),
        "cut": lambda g: g["actions"][0].update(evidence=g["actions"][0]["evidence"][3:-3]),
        "actor": lambda g: g["actions"][0].update(actor="Nobody"),
        "target": lambda g: g["actions"][0].update(target="Nobody Inc"),
        "jurisdiction": lambda g: g["actions"][0].update(jurisdiction="ZZ"),
        "date": lambda g: g["actions"][0].update(date="2025-02-30"),
        "type": lambda g: g["actions"][0].update(type="punishment"),
        "amount": lambda g: g["actions"][0].update(amount="1 million", currency="EUR"),
        "key": lambda g: g["actions"][0].pop("deadline"),
        "quote": lambda g: g["claims"][0].update(quote="words nobody ever wrote here"),
        "published": lambda g: g.update(published="1999-01-01"),
    }
    copies = {}
    for name, edit in edits.items():
        damaged = copy.deepcopy(gold)
        edit(damaged)
        copies[name] = damaged
    return copies


def test_checker_reports_each_kind_of_damage():
    stem = next(s for s in STEMS if load(s)[0]["actions"] and load(s)[0]["claims"])
    gold, text, meta = load(stem)
    for name, damaged in broken_copies(gold).items():
        assert gold_problems(damaged, text, meta), f"damage {name!r} went unreported"
