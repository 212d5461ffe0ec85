"""Scoring extraction against hand-annotated gold files (`gold/NNN.json`). Layer 3.

Actions: a predicted action matches a gold action when type, jurisdiction and target agree;
matching is one-to-one and greedy, pairs that also agree on date and amount first, then on date
(which pairs are made never changes how many: matching is within classes of equal type,
jurisdiction and target). Claims: same speaker label
and overlapping quotes (normalised; one contains the other, or they share at least half of the
longer quote's words). On matched actions: date accuracy (exact string, null = null) and amount
accuracy (amount and currency, only where the gold action has an amount). Totals are micro
averages over all articles. A score with nothing to find and nothing found is 1.0.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from regkg.articles import ARTICLE_SUFFIXES, read_article
from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold

QUOTE_OVERLAP = 0.5
Gold = dict[str, Any]
Selection = str | Iterable[str] | None  # "all" | "odd" | "even" | stems


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)


@dataclass
class ArticleRow:
    id: str
    actions: Score = field(default_factory=Score)
    claims: Score = field(default_factory=Score)
    dates: Accuracy = field(default_factory=Accuracy)
    amounts: Accuracy = field(default_factory=Accuracy)


@dataclass
class EvalReport:
    rows: list[ArticleRow]

    @property
    def total(self) -> ArticleRow:
        total = ArticleRow("total")
        for row in self.rows:
            total.actions += row.actions
            total.claims += row.claims
            total.dates += row.dates
            total.amounts += row.amounts
        return total

    def totals(self) -> dict[str, float | None]:
        """The figures `compare_to_baseline` and tests/eval_baseline.json use."""
        return _figures(self.total)

    def render_table(self) -> str:
        header = (
            f"{'article':<24} {'act P':>6} {'act R':>6} {'act F1':>6} {'tp/fp/fn':>9}  "
            f"{'cl P':>5} {'cl R':>5} {'cl F1':>5} {'tp/fp/fn':>9}  {'dates':>7} {'amounts':>7}"
        )
        lines = [header, "-" * len(header)]
        lines += [_table_line(row) for row in [*self.rows, self.total]]
        lines.insert(len(lines) - 1, "-" * len(header))
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        rows = [{"id": r.id, **_figures(r), **_counts(r)} for r in self.rows]
        return {"rows": rows, "totals": {**self.totals(), **_counts(self.total)}}


def evaluate(gold_dir: Path, predictions: dict[str, Gold], ids: Selection = None) -> EvalReport:
    """Score `predictions` (gold-schema dicts keyed by article id = gold file stem) against the
    gold files of `gold_dir` (all of them, or the `ids` selected); a missing prediction finds
    nothing."""
    rows = []
    for path in _gold_files(gold_dir, ids):
        gold = json.loads(path.read_text(encoding="utf-8"))
        rows.append(score_article(path.stem, gold, predictions.get(path.stem, {})))
    return EvalReport(rows)


def evaluate_dir(
    gold_dir: Path, articles_dir: Path, extractor: Extractor, ids: Selection = None
) -> EvalReport:
    """Extract every article of `articles_dir` that has a gold file (same stem) and score it.
    `ids`: None or "all", "odd" or "even" (by the stem's leading number), or the stems."""
    stems = [path.stem for path in _gold_files(gold_dir, ids)]
    articles = [read_article(_article_path(articles_dir, stem)) for stem in stems]
    predictions = {
        extraction.article.id: to_gold(extraction, extractor.reference)
        for extraction in extractor.extract_many(articles)
    }
    return evaluate(gold_dir, predictions, stems)


class PredictionError(ValueError):
    """A file of predicted facts that is not a gold-schema JSON object."""


def load_predictions(directory: Path) -> dict[str, Gold]:
    """Facts another system (or a second annotator) wrote in the gold schema, one `NNN.json` per
    article, keyed by stem: scored as they are, without running extraction."""
    predictions = {}
    for path in sorted(directory.glob("*.json")):
        try:
            facts = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise PredictionError(f"{path}: not UTF-8 JSON ({error})") from error
        problem = _prediction_problem(facts)
        if problem:
            raise PredictionError(f"{path}: {problem}")
        predictions[path.stem] = facts
    return predictions


def _prediction_problem(facts: Any) -> str | None:
    if not isinstance(facts, dict):
        return "not a JSON object in the gold schema"
    for key in ("actions", "claims"):
        items = facts.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            return f"{key!r} is not a list of objects"
    if any(not isinstance(c.get("quote") or "", str) for c in facts.get("claims", [])):
        return "a claim's 'quote' is not a string"
    return None


def select_ids(stems: Iterable[str], ids: Selection) -> list[str]:
    """The stems `ids` selects: all, the odd or even numbered ones, or those listed."""
    stems = list(stems)
    if ids is None or ids == "all":
        return stems
    if ids in ("odd", "even"):
        parity = 1 if ids == "odd" else 0
        return [s for s in stems if (n := re.match(r"\d+", s)) and int(n.group()) % 2 == parity]
    if isinstance(ids, str):
        raise ValueError(f"ids must be 'all', 'odd', 'even' or a list of stems, not {ids!r}")
    wanted = set(ids)
    return [s for s in stems if s in wanted]


def _gold_files(gold_dir: Path, ids: Selection) -> list[Path]:
    paths = {path.stem: path for path in sorted(gold_dir.glob("*.json"))}
    return [paths[stem] for stem in select_ids(paths, ids)]


def compare_to_baseline(report: EvalReport, baseline: dict[str, Any]) -> list[str]:
    """Every total that fell below its recorded figure (figures missing on either side skip)."""
    drops = []
    for name, now in report.totals().items():
        before = baseline.get(name)
        if isinstance(before, int | float) and now is not None and now < before - 1e-9:
            drops.append(f"{name}: {now:.3f} < baseline {before:.3f}")
    return drops


def score_article(article_id: str, gold: Gold, predicted: Gold) -> ArticleRow:
    row = ArticleRow(article_id)
    gold_actions, predicted_actions = gold.get("actions", []), predicted.get("actions", [])
    pairs = _match(gold_actions, predicted_actions, _same_action, *_ACTION_PREFERENCES)
    row.actions = Score(
        len(pairs), len(predicted_actions) - len(pairs), len(gold_actions) - len(pairs)
    )
    for g, p in pairs:
        row.dates += Accuracy(int(g.get("date") == p.get("date")), 1)
        if g.get("amount") is not None:
            same = g["amount"] == p.get("amount") and g.get("currency") == p.get("currency")
            row.amounts += Accuracy(int(same), 1)
    gold_claims, predicted_claims = gold.get("claims", []), predicted.get("claims", [])
    matched = len(_match(gold_claims, predicted_claims, _same_claim, _same_date))
    row.claims = Score(matched, len(predicted_claims) - matched, len(gold_claims) - matched)
    return row


Pair = tuple[Gold, Gold]
Test = Callable[[Gold, Gold], bool]


def _match(gold: list[Gold], predicted: list[Gold], same: Test, *preferences: Test) -> list[Pair]:
    """Greedy one-to-one matching: pairs that also pass the first preference first, then the
    next, then the rest."""
    pairs: list[Pair] = []
    free = list(range(len(predicted)))
    unmatched = list(range(len(gold)))
    for prefer in (*preferences, _anything):
        for gi in list(unmatched):
            for pi in free:
                g, p = gold[gi], predicted[pi]
                if same(g, p) and prefer(g, p):
                    pairs.append((g, p))
                    free.remove(pi)
                    unmatched.remove(gi)
                    break
    return pairs


def _same_action(gold: Gold, predicted: Gold) -> bool:
    return all(gold.get(k) == predicted.get(k) for k in ("type", "jurisdiction", "target"))


def _same_date(gold: Gold, predicted: Gold) -> bool:
    return gold.get("date") == predicted.get("date")


def _anything(gold: Gold, predicted: Gold) -> bool:
    return True


def _same_date_and_amount(gold: Gold, predicted: Gold) -> bool:
    return _same_date(gold, predicted) and all(
        gold.get(k) == predicted.get(k) for k in ("amount", "currency"))


# Two fines of one company on one day ("Binance will pay $4.3bn ...; $3.4bn of it is FinCEN's
# penalty"): pairing by order would swap their sums (melt 1011, s17).
_ACTION_PREFERENCES: tuple[Test, ...] = (_same_date_and_amount, _same_date)


def _same_claim(gold: Gold, predicted: Gold) -> bool:
    if gold.get("speaker") != predicted.get("speaker"):
        return False
    a, b = _normalise(gold.get("quote") or ""), _normalise(predicted.get("quote") or "")
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    words_a, words_b = a.split(), b.split()
    common = len(set(words_a) & set(words_b))
    return common / max(len(set(words_a)), len(set(words_b))) >= QUOTE_OVERLAP


def _normalise(text: str) -> str:
    """Case, accents kept; quotation marks, apostrophes, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFC", text).casefold().replace("’", "'")
    return " ".join(re.findall(r"[\w']+", text))


def _article_path(articles_dir: Path, stem: str) -> Path:
    for suffix in ARTICLE_SUFFIXES:
        path = articles_dir / f"{stem}{suffix}"
        if path.is_file():
            return path
    raise FileNotFoundError(f"no article for gold file {stem!r} in {articles_dir}")


def _figures(row: ArticleRow) -> dict[str, float | None]:
    return {
        "actions_precision": row.actions.precision,
        "actions_recall": row.actions.recall,
        "actions_f1": row.actions.f1,
        "claims_precision": row.claims.precision,
        "claims_recall": row.claims.recall,
        "claims_f1": row.claims.f1,
        "date_accuracy": row.dates.value,
        "amount_accuracy": row.amounts.value,
    }


def _counts(row: ArticleRow) -> dict[str, dict[str, int]]:
    return {
        "actions": asdict(row.actions),
        "claims": asdict(row.claims),
        "dates": asdict(row.dates),
        "amounts": asdict(row.amounts),
    }


def _table_line(row: ArticleRow) -> str:
    a, c = row.actions, row.claims

    def acc(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    return (
        f"{row.id:<24} {a.precision:>6.2f} {a.recall:>6.2f} {a.f1:>6.2f} "
        f"{f'{a.tp}/{a.fp}/{a.fn}':>9}  {c.precision:>5.2f} {c.recall:>5.2f} {c.f1:>5.2f} "
        f"{f'{c.tp}/{c.fp}/{c.fn}':>9}  {acc(row.dates.value):>7} {acc(row.amounts.value):>7}"
    )
