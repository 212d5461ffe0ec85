"""`--jobs 2` and `--executor dask:local:2` write the same store as `--jobs 1`, byte for byte
(canonical N-Quads digest), on the seeds plus a replicated corpus; failures lose nothing else."""

from __future__ import annotations

import functools
import shutil
import time

import pytest

from regkg.cli import main
from regkg.pipeline import Pipeline
from regkg.settings import Settings
from regkg.store import EmbeddedStore, canonical_digest, canonical_nquads, open_store
from tests.parallel.conftest import SEEDS
from tests.parallel.helpers import (
    CRASH,
    RAISE,
    CrashOnce,
    crash_once_factory,
    deadline,
    poisonable_factory,
    stub_factory,
)

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


def poisoned(tmp_path, marker: str):
    """A folder with one seed under a new stem, `marker` appended to its text."""
    poison_dir = tmp_path / "poison"
    poison_dir.mkdir()
    source = sorted(SEEDS.glob("*.txt"))[0]
    (poison_dir / "poison.txt").write_text(source.read_text("utf-8") + f"\n{marker}\n", "utf-8")
    shutil.copyfile(source.with_name(source.stem + ".meta.json"), poison_dir / "poison.meta.json")
    return poison_dir


def extract_with(monkeypatch, factory) -> None:
    """Every build in this test extracts with `factory` (on the workers)."""
    import regkg.parallel

    real = regkg.parallel.extract_stream
    monkeypatch.setattr(regkg.parallel, "extract_stream", lambda articles, settings: real(
        articles, settings, factory=factory))


def test_a_failing_article_loses_no_other(seed_build, tmp_path, monkeypatch, no_extraction_here):
    poison_dir = poisoned(tmp_path, RAISE)
    extract_with(monkeypatch, poisonable_factory)

    store = EmbeddedStore(None)
    summary = Pipeline(Settings(store="memory", jobs=2), store).build([SEEDS, poison_dir])
    failed = [o for o in summary.outcomes if o.status != "stored"]
    assert [(o.article_id, o.status) for o in failed] == [("poison", "unreadable")]
    assert failed[0].message.startswith("extraction failed: ValueError: poisoned article")
    assert summary.exit_code == 2
    assert_same_store(store, seed_build[0])


# --- a worker killed mid-build ------------------------------------------------------------------
@pytest.mark.parametrize("executor", ["processes:2", "dask:local:2"])
def test_a_killed_worker_costs_nothing(executor, seed_build, tmp_path, monkeypatch,
                                       no_extraction_here, capsys):
    """The worker extracting one seed is SIGKILLed (first attempt only): the build recovers and
    writes the `--jobs 1` store, byte for byte."""
    if executor.startswith("dask"):
        pytest.importorskip("distributed")
    victim = sorted(SEEDS.glob("*.txt"))[2].stem
    crash = CrashOnce(victim, str(tmp_path / "killed"))
    extract_with(monkeypatch, functools.partial(crash_once_factory, crash, poisonable_factory))
    store_dir = tmp_path / "store"
    start = time.monotonic()
    with deadline(60):
        code = main(["build", str(SEEDS), "--store", str(store_dir), "--executor", executor])
    elapsed = time.monotonic() - start
    out = capsys.readouterr().out
    assert crash.struck
    assert code == 0, out
    assert "articles: 5 stored, 0 unchanged, 0 rejected, 0 unreadable" in out
    store = open_store(str(store_dir))
    try:
        assert_same_store(store, seed_build[0])
    finally:
        store.close()
    print(f"{executor}: recovered build in {elapsed:.1f} s")


def test_an_article_that_always_kills_its_worker_is_named_and_not_stored(
        tmp_path, monkeypatch, no_extraction_here, capsys):
    """Every other article is stored (the same store as a serial build without it), the killer
    is reported by file with the crash, the exit code is non-zero, and nothing of it is stored.
    Stub extraction (no NLP): the recovery, not the extractor, is under test."""
    poison_dir = poisoned(tmp_path, CRASH)
    extract_with(monkeypatch, stub_factory)
    reference = tmp_path / "reference"
    assert main(["build", str(SEEDS), "--store", str(reference), "--executor", "serial"]) == 0
    store_dir = tmp_path / "store"
    with deadline(40):
        code = main(["build", str(SEEDS), str(poison_dir), "--store", str(store_dir),
                     "--jobs", "2"])
    captured = capsys.readouterr()
    assert code == 2
    assert "articles: 5 stored, 0 unchanged, 0 rejected, 1 unreadable" in captured.out
    assert f"unreadable {poison_dir / 'poison.txt'}" in " ".join(captured.err.split())
    assert "extraction failed: worker crashed extracting it alone: BrokenProcessPool" in \
        " ".join(captured.err.split())
    expected, store = open_store(str(reference)), open_store(str(store_dir))
    try:
        assert_same_store(store, expected)
    finally:
        store.close()
        expected.close()
