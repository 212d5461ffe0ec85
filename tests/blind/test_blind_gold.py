"""The blind development set's gold files are well-formed and consistent with their texts.

Checks, per article: the gold is valid JSON in the corpus schema; every `evidence` and `quote`
occurs exactly in the .txt; every action's actor, target, law and jurisdiction appears in the
top-level lists; dates, amounts and currencies have the guideline forms; `published` and
`language` agree with the .meta.json sidecar. The checker is tested on broken copies too, so a
check that silently passes everything fails here.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

BLIND = Path(__file__).resolve().parent
ARTICLES = BLIND / "articles"
GOLD = BLIND / "gold"

TOP_KEYS = {"published", "language", "jurisdictions", "regulators", "laws", "targets",
            "actions", "claims"}
OPTIONAL_TOP_KEYS = {"penalty_provisions", "notes"}
ACTION_KEYS = {"type", "actor", "jurisdiction", "target", "law", "date", "amount", "currency",
               "deadline", "evidence"}
CLAIM_KEYS = {"speaker", "speaker_role", "quote", "date"}
PROVISION_KEYS = {"law", "jurisdiction", "max_amount", "currency", "max_turnover_share", "rule"}
META_KEYS = {"url", "title", "published", "language", "outlet", "licence_note"}
ACTION_TYPES = {"investigation", "order", "request_for_information", "warning", "lawsuit",
                "statement", "fine", "legislation", "commitment"}
RULES = {None, "whichever_higher", "whichever_lower", "cumulative"}
JURISDICTION = re.compile(r"^(EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$")
CURRENCY = re.compile(r"^[A-Z]{3}$")


def valid_date(value: Any) -> bool:
    """Guideline 6: YYYY-MM-DD, YYYY-MM or YYYY, and a real calendar date."""
    if not isinstance(value, str):
        return False
    for fmt, pattern in (("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"), ("%Y-%m", r"\d{4}-\d{2}"),
                         ("%Y", r"\d{4}")):
        if re.fullmatch(pattern, value):
            try:
                dt.datetime.strptime(value, fmt)
            except ValueError:
                return False
            return True
    return False


SENTENCE_END = ".!?:;»”\"')"


def whole_sentence(evidence: str, text: str) -> bool:
    """Guideline 8: the evidence starts and ends at sentence (or line) boundaries somewhere."""
    start = text.find(evidence)
    while start != -1:
        before = text[:start].rstrip(" ")
        after = text[start + len(evidence):]
        starts = not before or before.endswith("\n") or before[-1] in SENTENCE_END + "—–-"
        ends = evidence[-1] in SENTENCE_END or after.startswith("\n") or not after
        if starts and ends and (not after or after[0].isspace()):
            return True
        start = text.find(evidence, start + 1)
    return False


def action_problems(i: int, action: dict[str, Any], gold: dict[str, Any], text: str) -> list[str]:
    where = f"actions[{i}]"
    if set(action) != ACTION_KEYS:
        return [f"{where}: keys {sorted(set(action) ^ ACTION_KEYS)} differ from the schema"]
    found = []
    if action["type"] not in ACTION_TYPES:
        found.append(f"{where}: unknown type {action['type']!r}")
    if action["actor"] not in gold["regulators"] + gold["targets"]:
        found.append(f"{where}: actor {action['actor']!r} not in regulators or targets")
    if action["jurisdiction"] not in gold["jurisdictions"]:
        found.append(f"{where}: jurisdiction {action['jurisdiction']!r} not listed")
    for key, listed in (("target", "targets"), ("law", "laws")):
        if action[key] is not None and action[key] not in gold[listed]:
            found.append(f"{where}: {key} {action[key]!r} not in {listed}")
    if action["date"] is not None and not valid_date(action["date"]):
        found.append(f"{where}: date {action['date']!r} is not YYYY[-MM[-DD]]")
    if (action["amount"] is None) != (action["currency"] is None):
        found.append(f"{where}: amount and currency must come together")
    if action["amount"] is not None and not isinstance(action["amount"], int):
        found.append(f"{where}: amount {action['amount']!r} is not a plain integer")
    if action["currency"] is not None and not CURRENCY.match(action["currency"]):
        found.append(f"{where}: currency {action['currency']!r} is not ISO 4217")
    if action["deadline"] is not None and action["deadline"] not in text:
        found.append(f"{where}: deadline {action['deadline']!r} is not the text's own words")
    if not action["evidence"] or action["evidence"] not in text:
        found.append(f"{where}: evidence is not an exact substring of the text")
    elif not whole_sentence(action["evidence"], text):
        found.append(f"{where}: evidence is not a whole sentence of the text")
    return found


def claim_problems(i: int, claim: dict[str, Any], text: str) -> list[str]:
    where = f"claims[{i}]"
    if set(claim) != CLAIM_KEYS:
        return [f"{where}: keys {sorted(set(claim) ^ CLAIM_KEYS)} differ from the schema"]
    found = []
    if not claim["quote"] or claim["quote"] not in text:
        found.append(f"{where}: quote is not an exact substring of the text")
    elif len(claim["quote"].split()) < 3:
        found.append(f"{where}: quote under three words")
    if not claim["speaker"]:
        found.append(f"{where}: no speaker")
    if claim["date"] is not None and not valid_date(claim["date"]):
        found.append(f"{where}: date {claim['date']!r} is not YYYY[-MM[-DD]]")
    return found


def provision_problems(i: int, provision: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    where = f"penalty_provisions[{i}]"
    if set(provision) != PROVISION_KEYS:
        return [f"{where}: keys {sorted(set(provision) ^ PROVISION_KEYS)} differ from the schema"]
    found = []
    if provision["law"] is not None and provision["law"] not in gold["laws"]:
        found.append(f"{where}: law {provision['law']!r} not in laws")
    if provision["jurisdiction"] not in gold["jurisdictions"]:
        found.append(f"{where}: jurisdiction {provision['jurisdiction']!r} not listed")
    if provision["max_amount"] is None and provision["max_turnover_share"] is None:
        found.append(f"{where}: states no maximum")
    share = provision["max_turnover_share"]
    if share is not None and not 0 < share < 1:
        found.append(f"{where}: turnover share {share!r} is not a fraction")
    if provision["rule"] not in RULES:
        found.append(f"{where}: unknown rule {provision['rule']!r}")
    return found


def gold_problems(gold: dict[str, Any], text: str, meta: dict[str, Any]) -> list[str]:
    """Every way `gold` departs from the schema, its text or its metadata (empty when clean)."""
    keys = set(gold)
    if not keys >= TOP_KEYS or not keys <= TOP_KEYS | OPTIONAL_TOP_KEYS:
        return [f"top-level keys {sorted(keys ^ TOP_KEYS)} differ from the schema"]
    found = []
    if gold["published"] != meta.get("published") or gold["language"] != meta.get("language"):
        found.append("published/language disagree with the .meta.json")
    found += [f"jurisdiction {code!r} is not ISO 3166 or EU"
              for code in gold["jurisdictions"] if not JURISDICTION.match(code)]
    for i, action in enumerate(gold["actions"]):
        found += action_problems(i, action, gold, text)
    for i, claim in enumerate(gold["claims"]):
        found += claim_problems(i, claim, text)
    for i, provision in enumerate(gold.get("penalty_provisions", [])):
        found += provision_problems(i, provision, gold)
    return found


def load(stem: str) -> tuple[dict[str, Any], str, dict[str, Any]]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    text = (ARTICLES / f"{stem}.txt").read_text(encoding="utf-8")
    meta = json.loads((ARTICLES / f"{stem}.meta.json").read_text(encoding="utf-8"))
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
    assert valid_date(meta["published"]) and len(meta["published"]) == 10
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
