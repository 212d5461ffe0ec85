"""Mechanical checks of gold files in the corpus schema (../shared/corpus/README.md), shared
by the invented sets tests/blind, tests/varied, tests/heldout and tests/fresh
(tests/test_gold_sets.py).

They check that an annotation is well formed and agrees with its text; they say nothing about
extraction quality (that is `regkg eval`). Each check returns problems, so a set's tests can
show it catches damaged gold.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GOLD_KEYS = [
    "published", "language", "jurisdictions", "regulators", "laws", "targets",
    "actions", "claims", "penalty_provisions", "notes",
]  # fmt: skip
OPTIONAL_GOLD_KEYS = {"penalty_provisions", "notes"}  # "only where the text states a maximum"
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
RULES = {None, "whichever_higher", "whichever_lower", "cumulative"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SENTENCE_END = '.!?;:»"”'
QUOTE_MARKS = "«»\"“”‘’'"


def load(folder: Path, stem: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """The text, metadata and gold of one article of a set laid out as the corpus is."""
    articles = folder / "articles"
    text = (articles / f"{stem}.txt").read_text(encoding="utf-8")
    meta = json.loads((articles / f"{stem}.meta.json").read_text(encoding="utf-8"))
    gold = json.loads((folder / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
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
    for i, provision in enumerate(gold.get("penalty_provisions", [])):
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
        if provision["rule"] not in RULES:
            problems.append(f"{where}: unknown rule {provision['rule']!r}")
    return problems


def gold_problems(text: str, meta: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Every problem of one gold file against its text and metadata; [] when it is sound."""
    if list(gold) != [key for key in GOLD_KEYS if key in gold or key not in OPTIONAL_GOLD_KEYS]:
        return [f"gold keys {list(gold)} are not those of {GOLD_KEYS}, in that order"]
    problems: list[str] = []
    if (gold["published"], gold["language"]) != (meta["published"], meta["language"]):
        problems.append("gold published/language disagree with the metadata")
    for key in ("jurisdictions", "regulators", "laws", "targets", "notes"):
        values = gold.get(key, [])
        if not all(isinstance(v, str) and v for v in values) or len(set(values)) != len(values):
            problems.append(f"{key}: not a list of distinct non-empty strings")
    bad = [j for j in gold["jurisdictions"] if not JURISDICTION.match(j)]
    problems += [f"bad jurisdiction {j!r}" for j in bad]
    problems += action_problems(text, gold, gold["published"])
    problems += claim_problems(text, gold)
    problems += provision_problems(gold)
    return problems


@dataclass(frozen=True)
class InventedSet:
    """One invented evaluation set: its folder, ids, marker and the size of its texts."""

    name: str
    ids: tuple[str, ...]
    outlet: str  # the .meta.json marker that says the text is invented
    per_language: int | None  # texts in each of en and fr, where the set is balanced
    words: tuple[int, int] | None = None  # body length in words (headline excluded), or
    chars: tuple[int, int] | None = None  # whole text length in characters
    full_day: bool = True  # published is a full day
    claims_everywhere: bool = False  # every text has an action AND a claim

    @property
    def folder(self) -> Path:
        return Path(__file__).resolve().parent / self.name


def set_meta_problems(spec: InventedSet, stem: str, text: str, meta: dict[str, Any]) -> list[str]:
    """The sidecar of an invented text: the marker, a real date, the headline, the length."""
    if set(meta) != META_KEYS:
        return [f"meta keys {sorted(meta)}"]
    problems = date_problems(meta["published"], "published")
    if meta["url"] is not None or meta["outlet"] != spec.outlet:
        problems.append(f"url must be null and outlet the {spec.name} marker")
    if meta["licence_note"] != "written for regkg":
        problems.append("licence_note")
    if meta["language"] not in ("en", "fr"):
        problems.append(f"language {meta['language']!r}")
    if spec.full_day and (not isinstance(meta["published"], str) or len(meta["published"]) != 10):
        problems.append("published is not a full day")
    headline = text.partition("\n")[0]
    if headline != meta["title"]:
        problems.append("the title is not the text's headline line")
    return problems + _length_problems(spec, stem, text)


def _length_problems(spec: InventedSet, stem: str, text: str) -> list[str]:
    if spec.words is None and spec.chars is None:
        return []
    body = text.partition("\n")[2]
    problems: list[str] = []
    low, high = spec.words or spec.chars or (0, 0)
    size = len(body.split()) if spec.words else len(text)
    if not low <= size <= high:
        unit = "words" if spec.words else "characters"
        problems.append(f"{stem}: {size} {unit}, outside {low}-{high}")
    return problems
