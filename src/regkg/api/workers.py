"""Query worker processes: the only way to really stop a pyoxigraph query. Layer 4.

pyoxigraph 0.5 has no timeout or cancellation in its Python API (oxigraph issue #1926), and a
thread can stop reading a lazy result but not an aggregate that has not produced its first row.
So SPARQL requests run in a small pool of worker processes, each holding an in-memory read copy
of the store loaded once from an N-Quads dump. A request that passes its deadline gets its
worker killed (SIGKILL: the work stops) and a fresh one started in the background while the
others keep serving. Workers only ever call `Store.query`; the copy they hold is private, so
nothing a query does can change the served store.

Messages are plain tuples (pickled over a pipe): the worker imports only pyoxigraph and the
serialisers, so it starts in a fraction of a second plus the load.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import queue
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from regkg.api import serialize

log = logging.getLogger("regkg.api.workers")


@dataclass(frozen=True)
class QueryJob:
    query: str
    format_name: str  # a row name of media.RESULT_FORMATS or media.RDF_FORMATS
    max_rows: int
    default_graph: tuple[str, ...] | None = None  # protocol dataset (None: not given)
    named_graphs: tuple[str, ...] | None = None
    union_default: bool = True  # the union of the named graphs as default graph
    variable_order: tuple[str, ...] = ()  # SELECT *: columns in order of appearance
    base_iri: str | None = None  # relative IRIs in the query resolve against the endpoint


@dataclass(frozen=True)
class QueryReply:
    kind: str  # "select" | "boolean" | "graph"
    body: bytes
    rows: int
    truncated: bool
    seconds: float


class WorkerError(RuntimeError):
    """The query failed inside the worker; `client` says whether it is the client's fault."""

    def __init__(self, message: str, client: bool) -> None:
        super().__init__(message)
        self.client = client


class QueryTimeout(RuntimeError):
    """The query did not finish in time; its worker was killed."""


class PoolClosed(RuntimeError):
    pass


# --- inside a worker -------------------------------------------------------------------------
def _load(dump: Path) -> ox.Store:
    store = ox.Store()
    if dump.stat().st_size:
        store.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    return store


def run_job(store: ox.Store, job: QueryJob) -> QueryReply:
    """Evaluate one job against `store` and serialise at most `max_rows` rows or triples."""
    start = time.perf_counter()
    options: dict[str, Any] = {"base_iri": job.base_iri} if job.base_iri else {}
    if job.default_graph is not None or job.named_graphs is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graph or ()]
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or ()]
    elif job.union_default:
        options["use_default_graph_as_union"] = True
    result = store.query(job.query, **options)
    if isinstance(result, ox.QueryBoolean):
        return boolean_reply(job, bool(result), start)
    if isinstance(result, ox.QuerySolutions):
        # a solution iterates its values in the order of `result.variables`
        return select_reply(job, [v.value for v in result.variables], map(tuple, result), start)
    return graph_reply(job, result, start)


def boolean_reply(job: QueryJob, value: bool, start: float) -> QueryReply:
    body = serialize.boolean_bytes(job.format_name, value)
    return QueryReply("boolean", body, 1, False, time.perf_counter() - start)


def select_reply(job: QueryJob, given: list[str], solutions: Iterable[tuple[Any, ...]],
                 start: float) -> QueryReply:
    """At most `max_rows` rows (pyoxigraph terms, None when unbound, in `given` order),
    serialised in the job's format; SELECT * columns in order of appearance."""
    variables = list(given)
    if job.variable_order:
        rank = {name: i for i, name in enumerate(job.variable_order)}
        variables.sort(key=lambda v: rank.get(v, len(rank)))
    order = [given.index(v) for v in variables]
    permute = order != list(range(len(order)))
    rows: list[tuple[Any, ...]] = []
    truncated = False
    for values in solutions:
        if len(rows) == job.max_rows:
            truncated = True
            break
        rows.append(tuple(values[i] for i in order) if permute else values)
    body = serialize.SELECT_WRITERS[job.format_name](variables, rows, truncated)
    return QueryReply("select", body, len(rows), truncated, time.perf_counter() - start)


def graph_reply(job: QueryJob, result: Iterable[ox.Triple], start: float) -> QueryReply:
    """At most `max_rows` triples, serialised in the job's RDF format."""
    triples: list[ox.Triple] = []
    truncated = False
    for triple in result:
        if len(triples) == job.max_rows:
            truncated = True
            break
        triples.append(triple)
    fmt = _RDF_FORMATS[job.format_name]
    if job.format_name == "turtle":
        written = ox.serialize(triples, format=fmt, prefixes=PREFIXES)
    else:
        written = ox.serialize(triples, format=fmt)
    return QueryReply("graph", written or b"", len(triples), truncated, time.perf_counter() - start)


_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
PREFIXES = {
    "rkg": "https://w3id.org/regkg/ontology#",
    "id": "https://w3id.org/regkg/id/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def worker_main(conn: Connection, dump: str) -> None:
    """A worker's life: load the dump, say 'ready', answer jobs until the pipe closes.

    Workers run at a lower CPU priority: under load, the server process (health, REST
    lookups, accepting connections) is scheduled first.
    """
    with contextlib.suppress(OSError):
        os.nice(5)
    store = _load(Path(dump))
    conn.send(("ready", len(store)))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", run_job(store, job)))
        except SyntaxError as error:
            conn.send(("client", f"malformed query: {error}"))
        except (ValueError, TypeError) as error:
            conn.send(("client", str(error)))
        except (OSError, RuntimeError, KeyError) as error:
            conn.send(("server", f"{type(error).__name__}: {error}"))


# --- in the server ---------------------------------------------------------------------------
class _Worker:
    def __init__(self, ctx: Any, dump: Path) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=worker_main, args=(child, str(dump)), daemon=True, name="regkg-query"
        )
        self.process.start()
        child.close()
        self._kill_lock = threading.Lock()
        self._killed = False

    def wait_ready(self, timeout: float) -> bool:
        """False when the worker died, or was killed (pipe closed) while starting: a pool
        closed during a respawn closes that worker's pipe under this call."""
        try:
            if not self.conn.poll(timeout):
                return False
            message = self.conn.recv()
        except (EOFError, OSError):
            return False
        return bool(message and message[0] == "ready")

    def kill(self) -> None:
        """Kill the process and close the pipe, once: the pool's `close` and a respawn
        thread discarding the same worker may both call this, and a second `os.close` of
        the pipe's descriptor fails (EBADF) or, worse, closes a descriptor reused since."""
        with self._kill_lock:
            if self._killed:
                return
            self._killed = True
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """`size` worker processes; `execute` blocks its (non-event-loop) thread until done."""

    def __init__(self, dump: Path, size: int, *, start_timeout: float = 600.0) -> None:
        self.dump = dump
        self.size = max(1, size)
        self.start_timeout = start_timeout
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.restarts = 0

    def start(self) -> None:
        """Start every worker and wait until each has loaded the dump."""
        workers = [self._spawn() for _ in range(self.size)]
        for worker in workers:
            self._admit(worker)

    @property
    def idle(self) -> int:
        return self._idle.qsize()

    @property
    def alive(self) -> int:
        with self._lock:
            return sum(1 for w in self._all if w.process.is_alive())

    def live_pids(self) -> set[int]:
        """The process ids of this pool's live workers (tests check that a timeout kills one)."""
        with self._lock:
            return {w.process.pid for w in self._all
                    if w.process.is_alive() and w.process.pid is not None}

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.dump)
        with self._lock:
            closed = self._closed
            if not closed:
                self._all.add(worker)
        if closed:  # closed while this one started: `close` never saw it
            worker.kill()
            raise PoolClosed("the query pool is closed")
        return worker

    def _admit(self, worker: _Worker) -> None:
        if worker.wait_ready(self.start_timeout) and not self._closed:
            self._idle.put(worker)
        else:
            self._discard(worker)
            if not self._closed:
                raise RuntimeError("a query worker failed to start")

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()

    def _replace(self, worker: _Worker) -> None:
        """Kill `worker` and start a fresh one in the background."""
        self._discard(worker)
        if self._closed:
            return
        self.restarts += 1

        def respawn() -> None:
            try:
                self._admit(self._spawn())
            except PoolClosed:
                return  # closed meanwhile: nothing to restart
            except RuntimeError as error:
                log.error("could not restart a query worker: %s", error)

        threading.Thread(target=respawn, name="regkg-respawn", daemon=True).start()

    def execute(self, job: QueryJob, timeout: float) -> QueryReply:
        if self._closed:
            raise PoolClosed("the query pool is closed")
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=max(0.0, timeout))
        except queue.Empty:
            raise QueryTimeout(
                f"no query worker became free within {timeout:g} s (all busy)"
            ) from None
        remaining = deadline - time.monotonic()
        try:
            worker.conn.send(job)
            ready = remaining > 0 and worker.conn.poll(remaining)
            if not ready:
                self._replace(worker)
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            status, payload = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as error:
            self._replace(worker)
            raise WorkerError(f"the query worker died ({error or 'no reply'})", False) from None
        self._idle.put(worker)
        if status == "ok":
            reply: QueryReply = payload
            return reply
        raise WorkerError(str(payload), client=status == "client")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
