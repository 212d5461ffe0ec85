"""The executors behind `--jobs`/`--executor`: spec parsing, input order, failure isolation.

Extraction here is a stub (tests/parallel/helpers.py) so that pools restart in a second; the
real extractor runs in test_parallel_build.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket

import pytest

from regkg.models import Article, Extraction
from regkg.parallel import (
    ExecutorError,
    ExecutorSpec,
    ExtractionFailure,
    extract_stream,
    parse_executor,
)
from regkg.settings import Settings
from tests.parallel.helpers import CRASH, RAISE, crashing_factory, stub_factory


def article(i: int, marker: str = "") -> Article:
    text = f"Article {i}. {marker}"
    return Article(f"a{i:03d}", text, None, None, None, None, "en",
                   hashlib.sha256(text.encode()).hexdigest())


def ids(results) -> list[str]:
    return [r.article.id for r in results]


@pytest.mark.parametrize(("spec", "jobs", "expected"), [
    (None, 1, ExecutorSpec("serial")),
    (None, 3, ExecutorSpec("processes", 3)),
    ("serial", 4, ExecutorSpec("serial")),
    ("processes:2", 1, ExecutorSpec("processes", 2)),
    ("processes:1", 1, ExecutorSpec("serial")),
    ("processes", 3, ExecutorSpec("processes", 3)),
    ("dask:local:2", 1, ExecutorSpec("dask", 2, "local")),
    ("dask:local", 3, ExecutorSpec("dask", 3, "local")),
    ("dask:tcp://10.0.0.5:8786", 1, ExecutorSpec("dask", 0, "tcp://10.0.0.5:8786")),
    ("dask:file:/shared/scheduler.json", 1, ExecutorSpec("dask", 0, "file:/shared/scheduler.json")),
])
def test_executor_specs(spec, jobs, expected):
    assert parse_executor(spec, jobs) == expected


@pytest.mark.parametrize("spec", [
    "threads:2", "processes:0", "processes:x", "dask:", "dask:local:-1", "dask:http://h:1",
    "dask:file:", "serial:2", "spark://h:7077",
])
def test_malformed_specs_are_refused(spec):
    with pytest.raises(ExecutorError):
        parse_executor(spec, 1)


def test_cli_refuses_a_malformed_executor_as_usage_error(tmp_path, capsys):
    from regkg.cli import main

    code = main(["build", str(tmp_path), "--store", "memory", "--executor", "threads:2"])
    assert code == 2
    assert "unknown executor" in capsys.readouterr().err


@pytest.mark.slow
def test_processes_keep_input_order_and_use_every_worker():
    articles = [article(i) for i in range(40)]
    settings = Settings(jobs=2)
    results = list(extract_stream(articles, settings, factory=stub_factory, chunk_size=3))
    assert ids(results) == [a.id for a in articles]
    extractions = [r for r in results if isinstance(r, Extraction)]
    assert len(extractions) == len(articles)
    pids = {r.warnings[0] for r in extractions}
    assert len(pids) == 2 and f"pid:{os.getpid()}" not in pids


@pytest.mark.slow
def test_a_worker_crash_loses_only_the_article_that_crashes_it():
    articles = [article(i, CRASH if i == 9 else "") for i in range(30)]
    results = list(extract_stream(articles, Settings(executor="processes:2"),
                                  factory=stub_factory, chunk_size=4))
    assert ids(results) == [a.id for a in articles]
    failed = [r for r in results if isinstance(r, ExtractionFailure)]
    assert [f.article.id for f in failed] == ["a009"]
    assert "crashed" in failed[0].message
    # Work went on after the crash in a new pool: two generations of workers answered.
    pids = {r.warnings[0] for r in results if isinstance(r, Extraction)}
    assert len(pids) >= 3


@pytest.mark.slow
def test_an_article_that_raises_is_reported_and_its_chunk_retried():
    articles = [article(i, RAISE if i in (2, 17) else "") for i in range(24)]
    results = list(extract_stream(articles, Settings(jobs=2), factory=stub_factory,
                                  chunk_size=5))
    assert ids(results) == [a.id for a in articles]
    failed = {r.article.id: r.message for r in results if isinstance(r, ExtractionFailure)}
    assert set(failed) == {"a002", "a017"}
    assert all(m.startswith("ValueError: poisoned article") for m in failed.values())


@pytest.mark.slow
def test_workers_that_always_crash_stop_the_run():
    articles = [article(i) for i in range(12)]
    # The error names what was in flight: the user knows where to look.
    with pytest.raises(ExecutorError, match=r"crashed 6 times in a row, the last while "
                                            r"extracting a0\d\d"):
        list(extract_stream(articles, Settings(jobs=2), factory=crashing_factory, chunk_size=2))


@pytest.mark.slow
def test_dask_local_cluster_keeps_order_and_isolates_failures():
    pytest.importorskip("distributed")
    articles = [article(i, RAISE if i == 5 else "") for i in range(20)]
    results = list(extract_stream(articles, Settings(executor="dask:local:2"),
                                  factory=stub_factory, chunk_size=3))
    assert ids(results) == [a.id for a in articles]
    failed = [r.article.id for r in results if isinstance(r, ExtractionFailure)]
    assert failed == ["a005"]
    pids = {r.warnings[0] for r in results if isinstance(r, Extraction)}
    assert len(pids) == 2 and f"pid:{os.getpid()}" not in pids


@pytest.mark.slow
def test_regression_dask_local_starts_while_port_8787_is_taken():
    """CI failed with "Port 8787 is already in use" (a warning, an error under strict pytest):
    dashboard_address=None does not disable Dask's dashboard. It now takes a free port."""
    pytest.importorskip("distributed")
    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        with contextlib.suppress(OSError):  # taken by someone else: the same case
            taken.bind(("127.0.0.1", 8787))
        taken.listen()
        articles = [article(i, "") for i in range(4)]
        results = list(extract_stream(articles, Settings(executor="dask:local:1"),
                                      factory=stub_factory, chunk_size=2))
    assert ids(results) == [a.id for a in articles]


def test_unreachable_dask_scheduler_is_an_executor_error(monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr("regkg.parallel.cluster.CONNECT_TIMEOUT_S", 1)
    import socket

    with socket.socket() as probe:  # a free port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(executor=f"dask:tcp://127.0.0.1:{port}")
    with pytest.raises(ExecutorError, match="cannot reach"):
        list(extract_stream([article(1)], settings, factory=stub_factory))


@pytest.mark.slow
def test_dask_executor_connects_to_a_running_scheduler():
    distributed = pytest.importorskip("distributed")
    articles = [article(i) for i in range(12)]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        results = list(extract_stream(articles, Settings(executor=f"dask:{address}"),
                                      factory=stub_factory, chunk_size=2))
        assert ids(results) == [a.id for a in articles]
        pids = {r.warnings[0] for r in results if isinstance(r, Extraction)}
        assert len(pids) == 2 and f"pid:{os.getpid()}" not in pids
        # regkg closed its client only: the cluster it did not start still runs.
        assert cluster.scheduler_info["workers"]
