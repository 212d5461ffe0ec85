"""The scorer on hand-made gold/prediction pairs, and the recorded baseline's shape."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from regkg.evaluation import EvalReport, compare_to_baseline, evaluate, score_article

BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"


def action(type_: str = "investigation", target: str | None = "X", **kw: Any) -> dict[str, Any]:
    base = {
        "type": type_, "actor": "Ofcom", "jurisdiction": "GB", "target": target, "law": None,
        "date": "2026-01-12", "amount": None, "currency": None, "deadline": None, "evidence": "S.",
    }  # fmt: skip
    return {**base, **kw}


def claim(speaker: str = "Liz Kendall", quote: str = "We will not tolerate this at all") -> dict:
    return {"speaker": speaker, "speaker_role": None, "quote": quote, "date": None}


GOLD = {
    "published": "2026-01-14", "language": "en", "jurisdictions": ["GB"], "regulators": ["Ofcom"],
    "laws": [], "targets": ["X", "xAI"],
    "actions": [action(), action("fine", amount=1000, currency="GBP"), action(target="xAI")],
    "claims": [claim(), claim("Keir Starmer", "They must act now")],
    "notes": [],
}  # fmt: skip


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "001.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def test_perfect_prediction_scores_one(gold_dir):
    report = evaluate(gold_dir, {"001": copy.deepcopy(GOLD)})
    totals = report.totals()
    assert all(totals[k] == 1.0 for k in totals), totals


def test_missing_action_lowers_recall_only(gold_dir):
    predicted = copy.deepcopy(GOLD)
    predicted["actions"].pop()
    totals = evaluate(gold_dir, {"001": predicted}).totals()
    assert totals["actions_precision"] == 1.0
    assert totals["actions_recall"] == pytest.approx(2 / 3)


def test_wrong_type_lowers_precision(gold_dir):
    predicted = copy.deepcopy(GOLD)
    predicted["actions"].append(action("order"))
    totals = evaluate(gold_dir, {"001": predicted}).totals()
    assert totals["actions_precision"] == pytest.approx(3 / 4)
    assert totals["actions_recall"] == 1.0


def test_match_needs_type_jurisdiction_and_target():
    row = score_article("x", GOLD, {"actions": [action(jurisdiction="EU"), action(target="Meta")]})
    assert (row.actions.tp, row.actions.fp, row.actions.fn) == (0, 2, 3)


def test_one_to_one_prefers_the_candidate_with_the_same_date():
    gold = {"actions": [action(date="2026-01-12"), action(date="2026-01-14")]}
    predicted = {"actions": [action(date="2026-01-14"), action(date="2026-01-12")]}
    row = score_article("x", gold, predicted)
    assert row.actions.tp == 2 and row.dates.value == 1.0
    duplicate = score_article("x", {"actions": [action()]}, {"actions": [action(), action()]})
    assert (duplicate.actions.tp, duplicate.actions.fp) == (1, 1)


def test_regression_two_fines_on_one_day_pair_by_amount_not_by_order():
    """Melt 1011: the DOJ's $4.3bn and FinCEN's $3.4bn on Binance, same day; pairing by order
    swapped the sums (amounts 0/2 where the prediction had one right)."""
    doj = action("fine", actor="US Department of Justice", amount=4.3e9, currency="USD")
    fincen = action("fine", actor="FinCEN", amount=3.4e9, currency="USD")
    gold = {"actions": [doj, fincen]}
    predicted = {"actions": [action("fine", actor="FinCEN", amount=3.4e9, currency="USD"),
                             action("fine", actor="FinCEN", amount=None, currency=None)]}
    row = score_article("x", gold, predicted)
    assert row.actions.tp == 2 and (row.amounts.correct, row.amounts.total) == (1, 2)
    gold = {"actions": [doj, {**fincen, "date": "2026-02-01"}]}
    crossed = {"actions": [action("fine", amount=3.4e9, currency="USD"),
                           action("fine", amount=4.3e9, currency="USD", date="2026-02-01")]}
    row = score_article("x", gold, crossed)  # the date still comes before the amount
    assert (row.dates.correct, row.amounts.correct) == (2, 0)


def test_date_and_amount_accuracy_on_matched_actions_only():
    predicted = {
        "actions": [
            action(date=None),  # matched, wrong date
            action("fine", amount=1000, currency="EUR"),  # matched, wrong currency
            action("order", amount=5, currency="GBP"),  # unmatched: not counted
        ]
    }
    row = score_article("x", GOLD, predicted)
    assert (row.dates.correct, row.dates.total) == (1, 2)
    assert (row.amounts.correct, row.amounts.total) == (0, 1)  # only where gold has an amount


def test_claims_match_on_speaker_and_overlapping_quote():
    predicted = {
        "claims": [
            claim(quote="“We will not tolerate this at all,”"),  # quotation marks ignored
            claim("Keir Starmer", "must act now"),  # contained
            claim("Rob Bonta", "They must act now"),  # wrong speaker
        ]
    }
    row = score_article("x", GOLD, predicted)
    assert (row.claims.tp, row.claims.fp, row.claims.fn) == (2, 1, 0)
    overlap = score_article("x", GOLD, {"claims": [claim(quote="we will tolerate nothing at all")]})
    assert overlap.claims.tp == 1  # 4 of 7 words shared
    far = score_article("x", GOLD, {"claims": [claim(quote="this is fine")]})
    assert far.claims.tp == 0


def test_missing_prediction_and_empty_article():
    row = score_article("x", GOLD, {})
    assert row.actions.recall == 0.0 and row.actions.precision == 1.0
    empty = score_article("x", {"actions": [], "claims": []}, {"actions": [], "claims": []})
    assert empty.actions.f1 == 1.0 and empty.claims.f1 == 1.0


def test_ids_restrict_and_table_renders(gold_dir):
    (gold_dir / "002.json").write_text(json.dumps(GOLD), encoding="utf-8")
    report = evaluate(gold_dir, {"001": GOLD, "002": GOLD}, ids=["002"])
    assert [r.id for r in report.rows] == ["002"]
    table = report.render_table()
    assert "002" in table and "total" in table
    assert json.loads(json.dumps(report.to_json()))["totals"]["claims_f1"] == 1.0


def test_baseline_comparison_flags_drops(gold_dir):
    report = evaluate(gold_dir, {"001": {**GOLD, "claims": GOLD["claims"][:1]}})
    baseline = {"claims_recall": 1.0, "claims_f1": 1.0, "actions_f1": 1.0, "amount_accuracy": None}
    drops = compare_to_baseline(report, baseline)
    assert len(drops) == 2 and drops[0].startswith("claims_recall")
    assert compare_to_baseline(report, report.totals()) == []


def test_recorded_baseline_has_every_gold_set():
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert {"corpus-odd", "corpus-even", "seeds"} <= set(baseline)
    names = set(EvalReport([]).totals())
    for figures in (baseline[k] for k in ("corpus-odd", "corpus-even", "seeds")):
        assert names <= set(figures)


def test_odd_and_even_selections(gold_dir):
    for stem in ("002", "003", "010"):
        (gold_dir / f"{stem}.json").write_text(json.dumps(GOLD), encoding="utf-8")
    predictions = {stem: GOLD for stem in ("001", "002", "003", "010")}
    assert [r.id for r in evaluate(gold_dir, predictions, "odd").rows] == ["001", "003"]
    assert [r.id for r in evaluate(gold_dir, predictions, "even").rows] == ["002", "010"]
    assert len(evaluate(gold_dir, predictions, "all").rows) == 4
    with pytest.raises(ValueError):
        evaluate(gold_dir, predictions, "seeds")
