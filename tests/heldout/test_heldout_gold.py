"""Mechanical checks of the held-out set (tests/heldout): files, metadata and gold schema.

These tests check the annotation is well-formed and agrees with its texts; they say nothing
about extraction quality (that is `regkg eval tests/heldout/gold tests/heldout/articles`).
Each check is a function returning problems, so the last tests can show it catches bad gold.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold"
IDS = [str(n) for n in range(201, 213)]

GOLD_KEYS = [
    "published", "language", "jurisdictions", "regulators", "laws", "targets",
    "actions", "claims", "penalty_provisions", "notes",
]  # fmt: skip
ACTION_KEYS = {
    "type", "actor", "jurisdiction", "target", "law", "date", "amount", "currency", "deadline",
    "evidence",
}  # fmt: skip
CLAIM_KEYS = {"speaker", "speaker_role", "quote", "date"}
PROVISION_KEYS = {"law", "jurisdiction", "max_amount", "currency", "max_turnover_share", "rule"}
META_KEYS = {"url", "title", "published", "language", "outlet", "licence_note"}
ACTION_TYPES = {
    "investigation", "request_for_information", "order", "fine", "block", "lawsuit",
    "legislation", "statement", "warning", "commitment",
}  # fmt: skip
JURISDICTION = re.compile(r"^(EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SENTENCE_END = '.!?;:»"”'
QUOTE_MARKS = "«»\"“”‘’'"


def load(stem: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    text = (ARTICLES / f"{stem}.txt").read_text(encoding="utf-8")
    meta = json.loads((ARTICLES / f"{stem}.meta.json").read_text(encoding="utf-8"))
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    return text, meta, gold


def date_problems(value: Any, where: str) -> list[str]:
    """A date is null or YYYY, YYYY-MM, YYYY-MM-DD naming a real calendar day or month."""
    if value is None:
        return []
    if not isinstance(value, str) or not PARTIAL_DATE.match(value):
        return [f"{where}: malformed date {value!r}"]
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return [f"{where}: impossible date {value!r}"]
    return []


def money_problems(amount: Any, currency: Any, where: str) -> list[str]:
    """An amount is a plain positive number with an ISO 4217 code, or both are null."""
    if amount is None:
        return [] if currency is None else [f"{where}: currency without amount"]
    if isinstance(amount, bool) or not isinstance(amount, int | float) or amount <= 0:
        return [f"{where}: amount {amount!r} is not a positive number"]
    if not isinstance(currency, str) or not CURRENCY.match(currency):
        return [f"{where}: currency {currency!r} is not an ISO 4217 code"]
    return []


def whole_sentence_problems(text: str, sentence: str, where: str) -> list[str]:
    """`sentence` occurs in `text` and is bounded like a sentence at some occurrence."""
    if not sentence or sentence != sentence.strip():
        return [f"{where}: evidence empty or padded with spaces"]
    start = text.find(sentence)
    if start < 0:
        return [f"{where}: evidence not in text: {sentence[:60]!r}"]
    while start >= 0:
        end = start + len(sentence)
        before = text[:start]
        starts = (
            before == ""
            or before.endswith("\n")
            or (before.endswith(" ") and before.rstrip()[-1:] in SENTENCE_END)
        )
        after = text[end : end + 1]
        ends = (after in ("", "\n")) or (sentence[-1] in SENTENCE_END and after == " ")
        if starts and ends:
            return []
        start = text.find(sentence, start + 1)
    return [f"{where}: evidence is not a whole sentence: {sentence[:60]!r}"]


def action_problems(text: str, gold: dict[str, Any], published: str) -> list[str]:
    problems: list[str] = []
    agents = set(gold["regulators"]) | set(gold["targets"])
    for i, action in enumerate(gold["actions"]):
        where = f"actions[{i}]"
        if set(action) != ACTION_KEYS:
            problems.append(f"{where}: keys {sorted(action)}")
            continue
        if action["type"] not in ACTION_TYPES:
            problems.append(f"{where}: unknown type {action['type']!r}")
        if action["actor"] is not None and action["actor"] not in agents:
            problems.append(f"{where}: actor {action['actor']!r} not in regulators/targets")
        if action["target"] is not None and action["target"] not in gold["targets"]:
            problems.append(f"{where}: target {action['target']!r} not in targets")
        if action["law"] is not None and action["law"] not in gold["laws"]:
            problems.append(f"{where}: law {action['law']!r} not in laws")
        if action["jurisdiction"] not in gold["jurisdictions"]:
            problems.append(f"{where}: jurisdiction {action['jurisdiction']!r} not listed")
        problems += date_problems(action["date"], where)
        if action["date"] is not None and action["date"] > published:
            problems.append(f"{where}: action dated after publication")
        problems += money_problems(action["amount"], action["currency"], where)
        if action["deadline"] is not None and action["deadline"] not in text:
            problems.append(f"{where}: deadline is not the text's own words")
        problems += whole_sentence_problems(text, action["evidence"], where)
    return problems


def claim_problems(text: str, gold: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for i, claim in enumerate(gold["claims"]):
        where = f"claims[{i}]"
        if set(claim) != CLAIM_KEYS:
            problems.append(f"{where}: keys {sorted(claim)}")
            continue
        quote = claim["quote"]
        if not claim["speaker"]:
            problems.append(f"{where}: no speaker")
        if not isinstance(quote, str) or quote not in text:
            problems.append(f"{where}: quote not in text")
        elif len(quote.split()) < 3:
            problems.append(f"{where}: quote shorter than three words")
        elif quote[0] in QUOTE_MARKS or quote[-1] in QUOTE_MARKS + "," or quote != quote.strip():
            problems.append(f"{where}: quote keeps its quotation marks, comma or spaces")
        problems += date_problems(claim["date"], where)
    return problems


def provision_problems(gold: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for i, provision in enumerate(gold["penalty_provisions"]):
        where = f"penalty_provisions[{i}]"
        if set(provision) != PROVISION_KEYS:
            problems.append(f"{where}: keys {sorted(provision)}")
            continue
        if provision["law"] not in gold["laws"]:
            problems.append(f"{where}: law not in laws")
        if provision["jurisdiction"] not in gold["jurisdictions"]:
            problems.append(f"{where}: jurisdiction not listed")
        problems += money_problems(provision["max_amount"], provision["currency"], where)
        share = provision["max_turnover_share"]
        if share is not None and not (isinstance(share, float) and 0 < share <= 1):
            problems.append(f"{where}: turnover share {share!r} not a fraction")
        if provision["max_amount"] is None and share is None:
            problems.append(f"{where}: states no maximum")
    return problems


def gold_problems(text: str, meta: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Every problem of one gold file against its text and metadata; [] when it is sound."""
    if list(gold) != GOLD_KEYS:
        return [f"gold keys {list(gold)} != {GOLD_KEYS}"]
    problems: list[str] = []
    if (gold["published"], gold["language"]) != (meta["published"], meta["language"]):
        problems.append("gold published/language disagree with the metadata")
    for key in ("jurisdictions", "regulators", "laws", "targets", "notes"):
        values = gold[key]
        if not all(isinstance(v, str) and v for v in values) or len(set(values)) != len(values):
            problems.append(f"{key}: not a list of distinct non-empty strings")
    bad = [j for j in gold["jurisdictions"] if not JURISDICTION.match(j)]
    problems += [f"bad jurisdiction {j!r}" for j in bad]
    problems += action_problems(text, gold, gold["published"])
    problems += claim_problems(text, gold)
    problems += provision_problems(gold)
    return problems


def meta_problems(stem: str, text: str, meta: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if set(meta) != META_KEYS:
        return [f"meta keys {sorted(meta)}"]
    if meta["url"] is not None or meta["outlet"] != "invented (regkg held-out set)":
        problems.append("url must be null and outlet the held-out marker")
    if meta["licence_note"] != "written for regkg":
        problems.append("licence_note")
    if meta["language"] not in ("en", "fr"):
        problems.append(f"language {meta['language']!r}")
    problems += date_problems(meta["published"], "published")
    if not isinstance(meta["published"], str) or len(meta["published"]) != 10:
        problems.append("published is not a full day")
    if text.split("\n", 1)[0] != meta["title"]:
        problems.append("the title is not the text's headline line")
    if not 1200 <= len(text) <= 2200:
        problems.append(f"{stem}: {len(text)} characters, outside 1,200-2,200")
    return problems


def test_the_set_is_exactly_twelve_texts_six_per_language() -> None:
    names = {p.name for p in ARTICLES.iterdir()}
    assert names == {f"{i}.txt" for i in IDS} | {f"{i}.meta.json" for i in IDS}
    assert {p.name for p in GOLD.iterdir()} == {f"{i}.json" for i in IDS}
    languages = [load(i)[1]["language"] for i in IDS]
    assert languages.count("en") == 6 and languages.count("fr") == 6


@pytest.mark.parametrize("stem", IDS)
def test_metadata_is_well_formed(stem: str) -> None:
    text, meta, _ = load(stem)
    assert meta_problems(stem, text, meta) == []


@pytest.mark.parametrize("stem", IDS)
def test_gold_follows_the_corpus_schema_and_its_text(stem: str) -> None:
    text, meta, gold = load(stem)
    assert gold_problems(text, meta, gold) == []


def test_every_text_has_an_action_or_claim_and_notes() -> None:
    golds = [load(i)[2] for i in IDS]
    assert all(g["actions"] or g["claims"] for g in golds)
    assert all(g["notes"] for g in golds), "every hard call is explained in notes"


def _broken(stem: str, edit: Any) -> list[str]:
    text, meta, gold = load(stem)
    gold = copy.deepcopy(gold)
    edit(gold)
    return gold_problems(text, meta, gold)


def test_the_checks_catch_a_partial_sentence_as_evidence() -> None:
    def cut(gold: dict[str, Any]) -> None:
        gold["actions"][0]["evidence"] = gold["actions"][0]["evidence"][:-12]

    assert any("whole sentence" in p for p in _broken("201", cut))


def test_the_checks_catch_evidence_or_quotes_not_in_the_text() -> None:
    def reword(gold: dict[str, Any]) -> None:
        gold["actions"][0]["evidence"] = gold["actions"][0]["evidence"].replace("the", "a", 1)
        gold["claims"][0]["quote"] = "words the speaker never said"

    problems = _broken("205", reword)
    assert any("evidence not in text" in p for p in problems)
    assert any("quote not in text" in p for p in problems)


def test_the_checks_catch_bad_dates_amounts_and_unlisted_entities() -> None:
    def spoil(gold: dict[str, Any]) -> None:
        gold["actions"][0].update(date="2024-02-30", amount="5 millions", target="Nobody")
        gold["actions"][0]["jurisdiction"] = "France"

    problems = _broken("207", spoil)
    assert any("impossible date" in p for p in problems)
    assert any("not a positive number" in p for p in problems)
    assert any("not in targets" in p for p in problems)
    assert any("not listed" in p for p in problems)


def test_the_checks_catch_a_quote_with_its_trailing_comma_and_a_schema_change() -> None:
    text, meta, gold = load("202")
    comma = copy.deepcopy(gold)
    comma["claims"][0]["quote"] += ","
    assert any("quotation marks, comma" in p for p in gold_problems(text, meta, comma))
    renamed = copy.deepcopy(gold)
    renamed["facts"] = renamed.pop("actions")
    assert gold_problems(text, meta, renamed) != []
