"""`finalise_actions` merges repeats through an index: the same output as comparing every pair
(the original quadratic merge, kept here as the reference), in near-linear time."""

from __future__ import annotations

import datetime as dt
import random
import time
from decimal import Decimal
from pathlib import Path

import pytest

import regkg.extract.extractor as extractor_module
from regkg.articles import read_article
from regkg.extract.extractor import finalise_actions
from regkg.models import Action, DateValue, Evidence, Money

from .real_text import CORPUS, REPO_ROOT, SEEDS

BLIND = REPO_ROOT / "tests" / "blind" / "articles"


def pairwise_merge(actions: list[Action], views: list) -> list[Action]:
    """The merge as first written: each action against every merged one, in order."""
    headline_starts = {v.sentence.start for v in views if v.headline}
    body = [a for a in actions if a.evidence.start not in headline_starts]
    # A headline step the body restates under another actor ("New Mexico sues Snap" over
    # "New Mexico's attorney general sued Snap Inc."): same type, jurisdiction and targets.
    body_steps = {(a.type, a.actor) for a in body} | {
        ("identity", a.type, a.jurisdiction, a.targets) for a in body}
    kept = body + [a for a in actions if a.evidence.start in headline_starts
                   and (a.type, a.actor) not in body_steps
                   and ("identity", a.type, a.jurisdiction, a.targets) not in body_steps]
    merged: list[Action] = []
    for action in kept:
        same = next((i for i, m in enumerate(merged) if _repeats(m, action)), None)
        if same is None:
            merged.append(action)
        elif _support(action) > _support(merged[same]):
            merged[same] = action
    return sorted(merged, key=lambda a: a.evidence.start)


def _repeats(first: Action, second: Action) -> bool:
    if (first.type, first.actor, first.targets, first.date, first.status) != (
            second.type, second.actor, second.targets, second.date, second.status):
        return False
    return (first.evidence.start == second.evidence.start or first.date is not None
            or (first.amount is not None) != (second.amount is not None))


def _support(action: Action) -> int:
    return 2 * (action.amount is not None) + (action.deadline is not None)


def _article_paths() -> list[Path]:
    """Seeds, the odd (tuning) half of the corpus and the blind set: never the held-out half."""
    odd = [p for p in sorted(CORPUS.glob("*.txt")) if int(p.stem) % 2 == 1]
    return sorted(SEEDS.glob("*.txt")) + odd + sorted(BLIND.glob("*.txt"))


def test_regression_indexed_merge_gives_the_pairwise_output_on_real_articles(
        extractor, monkeypatch):
    compared = []

    def both(actions, views):
        indexed = finalise_actions(actions, views)
        compared.append((indexed, pairwise_merge(actions, views)))
        return indexed

    monkeypatch.setattr(extractor_module, "finalise_actions", both)
    for path in _article_paths():
        extractor.extract(read_article(path))
    assert len(compared) >= 5
    assert [a for a, _ in compared] == [b for _, b in compared]


def _random_actions(rng: random.Random, n: int) -> list[Action]:
    """Few steps, few sentences, amounts, deadlines and dates in every mix: replacements in
    place and merges by sentence and by amount interleave."""
    out = []
    for _ in range(n):
        start = rng.randrange(12) * 100
        dated = rng.random() < 0.2
        out.append(Action(
            type=rng.choice(["fine", "order"]), actor="authority/ofcom",
            targets=(rng.choice(["service/x", "service/tiktok"]),), jurisdiction="GB",
            laws=(), status="imposed",
            date=DateValue(dt.date(2025, 1, 1), "day") if dated else None,
            evidence=Evidence(f"s{start}", start, start + 50),
            amount=Money(Decimal(rng.randrange(3)), "GBP") if rng.random() < 0.4 else None,
            deadline="P1D" if rng.random() < 0.3 else None))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_indexed_merge_equals_pairwise_merge_on_mixed_repeats(seed):
    actions = _random_actions(random.Random(seed), 60)
    assert finalise_actions(actions, []) == pairwise_merge(actions, [])


def test_merge_of_many_distinct_statements_is_near_linear():
    """20,000 undated statements of one step in different sentences (no repeats): the
    pairwise merge compares every pair; the index does not."""
    actions = [Action(type="order", actor="authority/ofcom", targets=("service/x",),
                      jurisdiction="GB", laws=(), date=None, status="imposed",
                      evidence=Evidence("s", i * 10, i * 10 + 5)) for i in range(20_000)]
    start = time.process_time()
    merged = finalise_actions(actions, [])
    assert len(merged) == 20_000
    assert time.process_time() - start < 2
