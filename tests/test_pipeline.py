"""The write chain's all-or-nothing rule, without the NLP model: hand-made extractions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from regkg import namespaces as ns
from regkg.pipeline import Pipeline, Timings
from regkg.store import EmbeddedStore, canonical_digest

from .mapping.conftest import fine_extraction


@pytest.fixture
def pipeline(settings):
    store = EmbeddedStore(None)
    pipeline = Pipeline(settings, store)
    pipeline.install_schema()
    return pipeline


def test_a_valid_extraction_is_stored_in_its_own_graph(pipeline):
    extraction = fine_extraction()
    outcome = pipeline.ingest_extraction(extraction, Timings())
    assert outcome.status == "stored", outcome.message
    assert pipeline.store.has_graph(str(ns.article_graph(extraction.article.id)))


def test_a_violating_article_is_rejected_and_nothing_of_it_is_stored(pipeline):
    """A fine dated after its article was published: the report names node, rule, sentence."""
    good = fine_extraction()
    future = dataclasses.replace(
        good.actions[0], date=dataclasses.replace(good.actions[0].date, value=dt.date(2027, 1, 1))
    )
    bad = dataclasses.replace(good, actions=(future,))
    before = canonical_digest(pipeline.store)
    outcome = pipeline.ingest_extraction(bad, Timings())
    assert outcome.status == "rejected"
    assert canonical_digest(pipeline.store) == before
    assert "rkg:date" in outcome.message or "date" in outcome.message
    assert "infligé" in outcome.message  # the source sentence
    assert "action/" in outcome.message  # the node


def test_a_fine_without_an_amount_is_rejected(pipeline):
    good = fine_extraction()
    no_amount = dataclasses.replace(good.actions[0], amount=None)
    outcome = pipeline.ingest_extraction(dataclasses.replace(good, actions=(no_amount,)), Timings())
    assert outcome.status == "rejected"
    assert outcome.report is not None
    assert any("amount" in (f.path or "") for f in outcome.report.violations)


def test_a_rejected_reingest_keeps_the_previous_graph(pipeline):
    good = fine_extraction()
    assert pipeline.ingest_extraction(good, Timings()).status == "stored"
    before = canonical_digest(pipeline.store)
    no_amount = dataclasses.replace(good.actions[0], amount=None)
    pipeline.ingest_extraction(dataclasses.replace(good, actions=(no_amount,)), Timings())
    assert canonical_digest(pipeline.store) == before


def test_articles_are_ingested_in_bounded_batches(settings, monkeypatch, tmp_path):
    """A backfill holds one batch of article texts at a time, not every file it was given."""
    import shutil

    from regkg import pipeline as pipeline_module

    from .conftest import SEEDS

    for path in SEEDS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(pipeline_module, "READ_BATCH", 2)
    store = EmbeddedStore(None)
    pipe = Pipeline(settings, store)
    sizes: list[int] = []
    original = pipe.ingest_articles

    def recording(articles, timings):
        sizes.append(len(articles))
        return original(articles, timings)

    monkeypatch.setattr(pipe, "ingest_articles", recording)
    summary = pipe.build([tmp_path])
    assert summary.count("stored") == 5
    assert sizes == [2, 2, 1]
