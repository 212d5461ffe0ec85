"""`--jobs 2` and `--executor dask:local:2` write the same store as `--jobs 1`, byte for byte
(canonical N-Quads digest), on the seeds plus a replicated corpus; failures lose nothing else."""

from __future__ import annotations

import shutil

import pytest

from regkg.cli import main
from regkg.pipeline import Pipeline
from regkg.settings import Settings
from regkg.store import EmbeddedStore, canonical_digest, canonical_nquads, open_store
from tests.parallel.conftest import SEEDS
from tests.parallel.helpers import RAISE, poisonable_factory

pytestmark = pytest.mark.slow


@pytest.fixture
def no_extraction_here(monkeypatch):
    """Fail if the pipeline loads an extractor in this process: workers must do it."""
    def refuse(self):
        raise AssertionError("extraction ran in the writer process")

    monkeypatch.setattr(Pipeline, "extractor", property(refuse))


def assert_same_store(actual, expected) -> None:
    """Equal canonical digests; else the differing quads (a stale worker import shows here)."""
    if canonical_digest(actual) == canonical_digest(expected):
        return
    mine, theirs = (set(canonical_nquads(s).splitlines()) for s in (actual, expected))
    lost, extra = sorted(theirs - mine)[:5], sorted(mine - theirs)[:5]
    pytest.fail(f"stores differ: missing {lost}, unexpected {extra}")


def test_the_serial_reference_is_a_real_build(serial_build, parallel_corpus):
    digest, summary, store = serial_build
    articles = len(list(parallel_corpus.glob("*.meta.json")))
    assert articles >= 5
    assert summary.count("stored") == articles
    assert summary.count("unreadable") == 1
    assert summary.count("rejected") == 0
    assert summary.actions_by_type  # facts were extracted, not just metadata


@pytest.mark.parametrize("options", [["--jobs", "2"], ["--executor", "dask:local:2"]],
                         ids=["jobs-2", "dask-local-2"])
def test_parallel_build_writes_the_same_store(options, serial_build, parallel_corpus, tmp_path,
                                              no_extraction_here, capsys):
    if "--executor" in options:
        pytest.importorskip("distributed")
    store_dir = tmp_path / "store"
    code = main(["build", str(parallel_corpus), "--store", str(store_dir), *options])
    assert code == 2, capsys.readouterr().err  # the one unreadable file
    captured = capsys.readouterr()
    stored = serial_build[1].count("stored")
    assert f"articles: {stored} stored, 0 unchanged, 0 rejected, 1 unreadable" in captured.out
    store = open_store(str(store_dir))
    try:
        assert_same_store(store, serial_build[2])
    finally:
        store.close()


def test_a_failing_article_loses_no_other(seed_build, tmp_path, monkeypatch, no_extraction_here):
    import regkg.parallel

    poison_dir = tmp_path / "poison"
    poison_dir.mkdir()
    source = sorted(SEEDS.glob("*.txt"))[0]
    (poison_dir / "poison.txt").write_text(source.read_text("utf-8") + f"\n{RAISE}\n", "utf-8")
    shutil.copyfile(source.with_name(source.stem + ".meta.json"), poison_dir / "poison.meta.json")
    real = regkg.parallel.extract_stream
    monkeypatch.setattr(regkg.parallel, "extract_stream", lambda articles, settings: real(
        articles, settings, factory=poisonable_factory))

    store = EmbeddedStore(None)
    summary = Pipeline(Settings(store="memory", jobs=2), store).build([SEEDS, poison_dir])
    failed = [o for o in summary.outcomes if o.status != "stored"]
    assert [(o.article_id, o.status) for o in failed] == [("poison", "unreadable")]
    assert failed[0].message.startswith("extraction failed: ValueError: poisoned article")
    assert summary.exit_code == 2
    assert_same_store(store, seed_build[0])
