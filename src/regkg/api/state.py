"""What a running server holds: the store it reads, the SPARQL backend, the entity index.

Layer 4. Created by `create_app` (no module-level state): the store changes only through
regkg's own ingest, so whatever is derived from it (triple count, graph names, labels, and on an
embedded store the per-entity action counts: see `counts`) is computed at startup and again by
`ingest.refresh`, and lookups cache their ranked lists and action records (`lookup_cache_entries`).
An embedded store is served from an in-memory copy with SPARQL worker processes; a remote
store (RemoteStore) is queried where it is, REST and SPARQL alike (see `backend`).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio

from regkg.api.backend import QueryBackend, RemoteBackend, WorkerBackend
from regkg.api.counts import RemoteCounts, Table, compute_all
from regkg.api.index import EntityIndex
from regkg.api.ratelimit import QueryBudget
from regkg.api.workers import WorkerPool
from regkg.queries import QueryRegistry, registry
from regkg.settings import Settings
from regkg.store import EmbeddedStore, Store, open_store
from regkg.store.remote import RemoteStore

log = logging.getLogger("regkg.api")


class LRU:
    """A small thread-safe LRU cache (size 0 disables it)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[object, object] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: object) -> Any:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                self.hits += 1
                return self._data[key]
            self.misses += 1
            return None

    def put(self, key: object, value: object) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


@dataclass
class ServerState:
    settings: Settings
    store: Store
    queries: QueryRegistry
    index: EntityIndex
    triple_count: int
    graphs: frozenset[str]
    pool: WorkerPool | None = None  # embedded stores: the query workers
    sparql_limiter: anyio.CapacityLimiter | None = None
    backend: QueryBackend | None = None  # where /sparql runs (None: REST only)
    workdir: Path | None = None
    owns_store: bool = False
    served_copy: bool = False  # `store` is an in-memory copy of the durable store it came from
    cache: dict[str, object] = field(default_factory=dict)
    # Embedded: every count the count routes and pages show, kept exact (startup, each ingest).
    # None on a remote store, whose counts `remote_counts` queries per request or per TTL.
    counts: dict[str, Table] | None = None
    remote_counts: RemoteCounts = field(default_factory=lambda: RemoteCounts(0.0))
    lru: LRU = field(default_factory=lambda: LRU(0))
    cache_lock: threading.Lock = field(default_factory=threading.Lock)
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)  # one writer at a time
    budget: QueryBudget | None = None  # per-client SPARQL worker time (rate_limit_query_s)

    def close(self) -> None:
        if self.backend is not None:
            self.backend.close()
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None
        if self.owns_store:
            self.store.close()


def in_memory_copy(store: Store, dump: Path) -> EmbeddedStore:
    """Dump `store` to N-Quads at `dump` and load it into a fresh in-memory store."""
    with dump.open("wb") as out:
        store.dump_nquads(out)
    copy = EmbeddedStore(None)
    if dump.stat().st_size:
        import pyoxigraph as ox

        copy.native.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    return copy


def write_dump(store: Store, workdir: Path) -> Path:
    """Dump `store` to `workdir/store.nq` atomically (workers load it when they start)."""
    dump = workdir / "store.nq"
    partial = workdir / "store.nq.partial"
    with partial.open("wb") as out:
        store.dump_nquads(out)
    partial.replace(dump)
    return dump


def open_state(settings: Settings, store: Store | None, *, workers: bool = True) -> ServerState:
    """Load everything a server needs; `store=None` opens `settings.store` (an embedded one is
    copied into memory, a remote one is served where it is)."""
    owns = store is None
    if store is None:
        store = open_store(settings.store)
    if isinstance(store, RemoteStore):
        return _remote_state(settings, store, owns=owns, workers=workers)
    workdir = Path(tempfile.mkdtemp(prefix="regkg-serve-"))
    dump = workdir / "store.nq"
    if owns:
        try:
            served: Store = in_memory_copy(store, dump)
        finally:
            store.close()
    else:
        with dump.open("wb") as out:
            store.dump_nquads(out)
        served = store
    state = _state(settings, served, owns=owns)
    state.workdir = workdir
    state.served_copy = owns
    started = time.perf_counter()
    state.counts = compute_all(served, state.queries)
    log.info("counts computed in %.2f s", time.perf_counter() - started)
    if workers:
        state.pool = WorkerPool(dump, settings.sparql_workers)
        state.pool.start()
        state.sparql_limiter = _limiter(settings)
        state.backend = WorkerBackend(lambda: state.pool, state.sparql_limiter)
    log.info("serving %d triples in %d graphs", state.triple_count, len(state.graphs))
    return state


def _remote_state(settings: Settings, store: RemoteStore, *, owns: bool,
                  workers: bool) -> ServerState:
    """A remote store, queried directly: no dump, no copy, no worker process."""
    state = _state(settings, store, owns=owns)
    if workers:
        state.sparql_limiter = _limiter(settings)
        state.backend = RemoteBackend(store, state.sparql_limiter)
    log.info("serving %s: %d triples in %d graphs", store.url, state.triple_count,
             len(state.graphs))
    return state


def _state(settings: Settings, served: Store, *, owns: bool) -> ServerState:
    queries = registry(settings.queries_dir)
    state = ServerState(
        settings=settings,
        store=served,
        queries=queries,
        index=EntityIndex.load(served, queries),
        triple_count=served.triple_count(),
        graphs=frozenset(served.graph_names()),
        owns_store=owns,
        lru=LRU(settings.lookup_cache_entries),
        remote_counts=RemoteCounts(settings.remote_counts_ttl_s),
    )
    if settings.rate_limit_query_s > 0:
        state.budget = QueryBudget(settings.rate_limit_query_s,
                                   limit_localhost=bool(settings.rate_limit_localhost))
    return state


def _limiter(settings: Settings) -> anyio.CapacityLimiter:
    # Threads that wait for a query: more than the workers (queued requests wait their turn
    # within their timeout) but bounded, so REST lookups keep their own threads.
    return anyio.CapacityLimiter(max(4, 4 * settings.sparql_workers))
