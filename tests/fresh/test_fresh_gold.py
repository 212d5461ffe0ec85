"""Mechanical checks of the fresh held-out set (tests/fresh): files, metadata and gold schema.

These tests check that the annotation is well formed and agrees with its texts; they say nothing
about extraction quality, which only the lead engineer measures on this set (see README.md).
Each check is a function returning problems, so the last tests can show it catches bad gold.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.gold_checks import date_problems, gold_problems
from tests.gold_checks import load as load_from

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold"
IDS = [str(n) for n in range(401, 415)]
META_KEYS = {"url", "title", "published", "language", "outlet", "licence_note"}
OUTLET = "invented (regkg held-out set fresh)"
MIN_WORDS, MAX_WORDS = 150, 450


def load(stem: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    return load_from(HERE, stem)


def meta_problems(stem: str, text: str, meta: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if set(meta) != META_KEYS:
        return [f"meta keys {sorted(meta)}"]
    if meta["url"] is not None or meta["outlet"] != OUTLET:
        problems.append("url must be null and outlet the fresh held-out marker")
    if meta["licence_note"] != "written for regkg":
        problems.append("licence_note")
    if meta["language"] not in ("en", "fr"):
        problems.append(f"language {meta['language']!r}")
    problems += date_problems(meta["published"], "published")
    if not isinstance(meta["published"], str) or len(meta["published"]) != 10:
        problems.append("published is not a full day")
    if text.split("\n", 1)[0] != meta["title"]:
        problems.append("the title is not the text's headline line")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{stem}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    return problems


def test_the_set_is_exactly_fourteen_texts_seven_per_language() -> None:
    names = {p.name for p in ARTICLES.iterdir()}
    assert names == {f"{i}.txt" for i in IDS} | {f"{i}.meta.json" for i in IDS}
    assert {p.name for p in GOLD.iterdir()} == {f"{i}.json" for i in IDS}
    languages = [load(i)[1]["language"] for i in IDS]
    assert languages.count("en") == 7 and languages.count("fr") == 7


@pytest.mark.parametrize("stem", IDS)
def test_metadata_is_well_formed(stem: str) -> None:
    text, meta, _ = load(stem)
    assert meta_problems(stem, text, meta) == []


@pytest.mark.parametrize("stem", IDS)
def test_gold_follows_the_corpus_schema_and_its_text(stem: str) -> None:
    text, meta, gold = load(stem)
    assert gold_problems(text, meta, gold) == []


def test_every_text_has_an_action_a_claim_and_notes() -> None:
    golds = [load(i)[2] for i in IDS]
    assert all(g["actions"] and g["claims"] for g in golds)
    assert all(g["notes"] for g in golds), "every hard call is explained in notes"


def test_the_set_covers_every_action_type_of_the_checker() -> None:
    types = {a["type"] for i in IDS for a in load(i)[2]["actions"]}
    assert types == {
        "investigation", "request_for_information", "order", "fine", "block", "lawsuit",
        "legislation", "statement", "warning", "commitment",
    }  # fmt: skip


def _broken(stem: str, edit: Any) -> list[str]:
    text, meta, gold = load(stem)
    gold = copy.deepcopy(gold)
    edit(gold)
    return gold_problems(text, meta, gold)


def test_the_checks_catch_a_partial_sentence_as_evidence() -> None:
    def cut(gold: dict[str, Any]) -> None:
        gold["actions"][0]["evidence"] = gold["actions"][0]["evidence"][:-12]

    assert any("whole sentence" in p for p in _broken("403", cut))


def test_the_checks_catch_evidence_or_quotes_not_in_the_text() -> None:
    def reword(gold: dict[str, Any]) -> None:
        gold["actions"][0]["evidence"] = gold["actions"][0]["evidence"].replace("la", "le", 1)
        gold["claims"][0]["quote"] = "des mots que personne n'a prononcés"

    problems = _broken("411", reword)
    assert any("evidence not in text" in p for p in problems)
    assert any("quote not in text" in p for p in problems)


def test_the_checks_catch_bad_dates_amounts_and_unlisted_entities() -> None:
    def spoil(gold: dict[str, Any]) -> None:
        gold["actions"][0].update(date="2023-02-29", amount="1,2 milliard", target="Nobody")
        gold["actions"][0]["jurisdiction"] = "Ireland"

    problems = _broken("401", spoil)
    assert any("impossible date" in p for p in problems)
    assert any("not a positive number" in p for p in problems)
    assert any("not in targets" in p for p in problems)
    assert any("not listed" in p for p in problems)


def test_the_checks_catch_an_action_dated_after_publication_and_a_foreign_deadline() -> None:
    def spoil(gold: dict[str, Any]) -> None:
        gold["actions"][0]["date"] = "2024-09-01"
        gold["actions"][1]["deadline"] = "dans les 48 heures"

    problems = _broken("408", spoil)
    assert any("after publication" in p for p in problems)
    assert any("deadline is not the text's own words" in p for p in problems)


def test_the_checks_catch_a_quote_with_its_trailing_comma_and_a_schema_change() -> None:
    text, meta, gold = load("404")
    comma = copy.deepcopy(gold)
    comma["claims"][0]["quote"] += ","
    assert any("quotation marks, comma" in p for p in gold_problems(text, meta, comma))
    renamed = copy.deepcopy(gold)
    renamed["facts"] = renamed.pop("actions")
    assert gold_problems(text, meta, renamed) != []


def test_the_metadata_check_catches_a_wrong_marker_and_a_text_too_long() -> None:
    text, meta, _ = load("405")
    wrong = dict(meta, outlet="invented (regkg held-out set)")
    assert any("marker" in p for p in meta_problems("405", text, wrong))
    longer = text + " word" * MAX_WORDS
    assert any("words, outside" in p for p in meta_problems("405", longer, meta))
