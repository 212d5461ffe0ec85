"""`regkg serve --store sparql+http://...`: the remote store is queried where it is."""

from __future__ import annotations

import dataclasses

from regkg.api.app import create_app
from regkg.api.backend import RemoteBackend, WorkerBackend
from regkg.api.ingest import write_store
from regkg.api.state import open_state
from regkg.store.remote import RemoteStore

from .conftest import TestClient, serve_settings, server_environment, server_spec


def test_a_remote_store_is_served_without_dump_copy_or_workers(built, settings):
    if built.backend == "embedded":
        state = open_state(serve_settings(settings), built.store)
        try:  # the embedded path is unchanged: a dump for the worker processes
            assert isinstance(state.backend, WorkerBackend) and state.pool is not None
            assert state.workdir is not None and (state.workdir / "store.nq").stat().st_size
        finally:
            state.close()
        return
    spec = server_spec(built.backend)
    with server_environment(built.backend):
        state = open_state(dataclasses.replace(serve_settings(settings), store=spec), None)
    try:
        assert isinstance(state.store, RemoteStore) and isinstance(state.backend, RemoteBackend)
        assert state.pool is None and state.workdir is None  # nothing copied, nothing spawned
        assert state.triple_count == built.store.triple_count()
    finally:
        state.close()


def test_regression_ingest_writes_a_remote_store_once(built, settings, tmp_path):
    """An ingest into a remote store served where it is opened a second connection to the
    same server, wrote there, then copied the graphs onto the served store: every write twice.
    It now writes the served store; only an in-memory copy is written through."""
    remote = built.backend != "embedded"
    spec = server_spec(built.backend) if remote else str(tmp_path / "durable")
    with server_environment(built.backend):
        state = open_state(dataclasses.replace(serve_settings(settings), store=spec), None,
                           workers=False)
    try:
        assert state.served_copy is not remote
        with write_store(state) as store:  # an embedded store: the durable one behind the copy
            assert (store is state.store) is remote
    finally:
        state.close()


def test_serve_by_store_setting_answers_rest_and_sparql(built, settings, reference):
    remote = built.backend != "embedded"
    spec = server_spec(built.backend) if remote else "memory"
    served = dataclasses.replace(serve_settings(settings), store=spec)
    with server_environment(built.backend), TestClient(
        create_app(served, None if remote else built.store)
    ) as client:
        health = client.get("/health").json()
        assert health["triples"] == built.store.triple_count()
        assert health["workers"] == (0 if remote else 1)
        uk = client.get("/jurisdiction/UK/actions")
        assert uk.json() == reference.get("/jurisdiction/UK/actions").json()
        ask = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "format": "json"})
        assert ask.json()["boolean"] is True


def test_regression_a_worker_whose_pipe_closes_while_starting_is_not_ready():
    """A pool closed during a respawn closed the new worker's pipe under `wait_ready`, and
    the respawn thread died with OSError('handle is closed') (seen in the full suite)."""
    import multiprocessing as mp

    from regkg.api.workers import _Worker

    worker = object.__new__(_Worker)
    worker.conn, other = mp.Pipe()
    worker.conn.close()
    other.close()
    assert worker.wait_ready(0.1) is False


def test_regression_a_worker_killed_from_two_threads_closes_its_pipe_once():
    """The pool's `close` and a respawn thread discarding the same worker both closed its
    pipe; the second `os.close` failed with EBADF in the respawn thread (CI, session 12)."""
    import threading
    import time

    from regkg.api.workers import _Worker

    closes: list[int] = []

    class SlowPipe:
        def close(self) -> None:
            time.sleep(0.05)  # both threads are inside kill() before either finishes
            closes.append(1)

    class DeadProcess:
        def is_alive(self) -> bool:
            return False

        def join(self, timeout: float) -> None:
            pass

    worker = object.__new__(_Worker)
    worker.conn, worker.process = SlowPipe(), DeadProcess()
    worker._kill_lock, worker._killed = threading.Lock(), False
    threads = [threading.Thread(target=worker.kill) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert closes == [1]


def test_regression_a_pool_closed_during_a_respawn_leaves_no_worker_or_thread_error(
    tmp_path, monkeypatch
):
    import threading

    from regkg.api.workers import WorkerPool

    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    dump = tmp_path / "store.nq"
    dump.write_bytes(b"")
    pool = WorkerPool(dump, 1, start_timeout=60)
    pool.start()
    pool._replace(pool._idle.get())  # as a timed-out query does: a respawn starts
    pool.close()
    for thread in threading.enumerate():
        if thread.name == "regkg-respawn":
            thread.join(60)
    assert failures == [] and pool.live_pids() == set() and pool.alive == 0
