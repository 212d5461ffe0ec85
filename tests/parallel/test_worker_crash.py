"""A worker killed mid-run (SIGKILL, as the OOM killer or a segfault in spaCy would): the run
recovers, loses no article and keeps the input order; an article that kills every worker it
runs on is the only one given up. Stub extraction (tests/parallel/helpers.py); the real
extractor and the store are in test_parallel_build.py."""

from __future__ import annotations

import functools
import os

import pytest

from regkg.models import Extraction
from regkg.parallel import ExtractionFailure, extract_stream
from regkg.settings import Settings
from tests.parallel.helpers import CRASH, CrashOnce, crash_once_factory, deadline, stub_factory
from tests.parallel.test_executors import article, ids

pytestmark = pytest.mark.slow


def run(spec: str, articles, factory, chunk_size: int, seconds: float = 40):
    with deadline(seconds):
        return list(extract_stream(articles, Settings(executor=spec), factory=factory,
                                   chunk_size=chunk_size))


def killing_once(tmp_path, victim: str) -> tuple[CrashOnce, functools.partial]:
    crash = CrashOnce(victim, str(tmp_path / f"killed-{victim}"))
    return crash, functools.partial(crash_once_factory, crash, stub_factory)


def pids(results) -> set[str]:
    return {r.warnings[0] for r in results if isinstance(r, Extraction)}


def assert_all_extracted(results, articles) -> None:
    assert ids(results) == [a.id for a in articles]
    failed = [(r.article.id, r.message) for r in results if isinstance(r, ExtractionFailure)]
    assert failed == []


def test_process_pool_recovers_from_a_killed_worker(tmp_path):
    articles = [article(i) for i in range(30)]
    crash, factory = killing_once(tmp_path, "a009")
    results = run("processes:2", articles, factory, chunk_size=4)
    assert crash.struck
    assert_all_extracted(results, articles)


def test_process_pool_retries_the_only_article_in_flight_when_its_worker_died(tmp_path):
    """Regression: an article alone in the pool when its worker died was given up at once,
    though the death may come from outside it (the OOM killer, another process's memory)."""
    articles = [article(0)]
    crash, factory = killing_once(tmp_path, "a000")
    results = run("processes:2", articles, factory, chunk_size=1)
    assert crash.struck
    assert_all_extracted(results, articles)


def test_process_pool_gives_up_an_article_that_always_kills_its_worker_alone():
    articles = [article(0, CRASH), article(1)]
    results = run("processes:2", articles, stub_factory, chunk_size=1)
    assert ids(results) == ["a000", "a001"]
    assert isinstance(results[1], Extraction)
    assert isinstance(results[0], ExtractionFailure)
    assert results[0].message.startswith(
        "worker crashed extracting it alone: BrokenProcessPool")


def test_dask_reruns_a_killed_workers_task_on_another_worker(tmp_path):
    pytest.importorskip("distributed")
    articles = [article(i) for i in range(20)]
    crash, factory = killing_once(tmp_path, "a007")
    results = run("dask:local:2", articles, factory, chunk_size=3)
    assert crash.struck
    assert_all_extracted(results, articles)
    assert f"pid:{os.getpid()}" not in pids(results)


def test_dask_recovers_when_every_worker_holding_the_extractor_died(tmp_path):
    """Regression: the extractor was scattered to the workers; when the workers holding it had
    all died (here the only one), Dask cancelled every task (FutureCancelledError, run lost).
    It is now a worker plugin, which the scheduler gives to restarted workers too."""
    pytest.importorskip("distributed")
    articles = [article(i) for i in range(8)]
    crash, factory = killing_once(tmp_path, "a003")
    results = run("dask:local:1", articles, factory, chunk_size=2)
    assert crash.struck
    assert_all_extracted(results, articles)


def test_dask_gives_up_only_the_article_that_kills_every_worker():
    """Regression as above: the article killed both workers, the scattered extractor died with
    them and the run ended in FutureCancelledError. Now that article only is given up, after
    Dask's retries and one more run alone (innocent articles on the same workers are not)."""
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    articles = [article(i, CRASH if i == 4 else "") for i in range(12)]
    # The scheduler (in this process for a LocalCluster) re-runs a task once, not 3 times.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        results = run("dask:local:2", articles, stub_factory, chunk_size=3)
    assert ids(results) == [a.id for a in articles]
    failed = {r.article.id: r.message for r in results if isinstance(r, ExtractionFailure)}
    assert list(failed) == ["a004"]
    assert failed["a004"].startswith("worker crashed extracting it alone: KilledWorker")


def test_a_pool_already_broken_at_submit_is_reported_as_a_crash():
    """Regression: when a worker died between two waits, `submit` itself raised
    BrokenProcessPool (out of the build, a traceback) instead of handing the crash to the
    scheduler, which restarts the pool. Seen in a real build under load."""
    from regkg.parallel.processes import ProcessBackend

    backend = ProcessBackend(Settings(), stub_factory, 2)
    try:
        with deadline(30):
            first = backend.submit([article(0, CRASH)])
            assert backend.crash_scope(backend.outcome(backend.wait_any([first])[0])) == "pool"
            late = backend.submit([article(1)])  # the pool is broken now
            assert backend.wait_any([late]) == [late]
            assert backend.crash_scope(backend.outcome(late)) == "pool"
            backend.restart()
            again = backend.submit([article(2)])
            result = backend.outcome(backend.wait_any([again])[0])
            assert not isinstance(result, BaseException)
            assert [r.article.id for r in result] == ["a002"]
    finally:
        backend.close()
