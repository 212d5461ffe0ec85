"""What a running server holds: the read copy of the store, the worker pool, the entity index.

Layer 4. Created by `create_app` (no module-level state): the store is read-only while it is
served, so whatever is derived from it (triple count, graph names, labels) is computed once at
startup, and lookups cache their ranked lists and action records (`lookup_cache_entries`).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio

from regkg.api.index import EntityIndex
from regkg.api.ratelimit import QueryBudget
from regkg.api.workers import WorkerPool
from regkg.queries import QueryRegistry, registry
from regkg.settings import Settings
from regkg.store import EmbeddedStore, Store, open_store

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
    pool: WorkerPool | None = None
    sparql_limiter: anyio.CapacityLimiter | None = None
    workdir: Path | None = None
    owns_store: bool = False
    cache: dict[str, object] = field(default_factory=dict)
    lru: LRU = field(default_factory=lambda: LRU(0))
    cache_lock: threading.Lock = field(default_factory=threading.Lock)
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)  # one writer at a time
    budget: QueryBudget | None = None  # per-client SPARQL worker time (rate_limit_query_s)

    def close(self) -> None:
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
    """Load everything a server needs; `store=None` opens `settings.store` and copies it."""
    workdir = Path(tempfile.mkdtemp(prefix="regkg-serve-"))
    dump = workdir / "store.nq"
    owns = store is None
    if store is None:
        durable = open_store(settings.store)
        try:
            served: Store = in_memory_copy(durable, dump)
        finally:
            durable.close()
    else:
        with dump.open("wb") as out:
            store.dump_nquads(out)
        served = store
    queries = registry(settings.queries_dir)
    state = ServerState(
        settings=settings,
        store=served,
        queries=queries,
        index=EntityIndex.load(served, queries),
        triple_count=served.triple_count(),
        graphs=frozenset(served.graph_names()),
        workdir=workdir,
        owns_store=owns,
        lru=LRU(settings.lookup_cache_entries),
    )
    if settings.rate_limit_query_s > 0:
        state.budget = QueryBudget(settings.rate_limit_query_s,
                                   limit_localhost=bool(settings.rate_limit_localhost))
    if workers:
        state.pool = WorkerPool(dump, settings.sparql_workers)
        state.pool.start()
        # Threads that wait for a worker: more than the workers (queued requests wait their
        # turn within their timeout) but bounded, so REST lookups keep their own threads.
        state.sparql_limiter = anyio.CapacityLimiter(max(4, 4 * settings.sparql_workers))
    log.info("serving %d triples in %d graphs", state.triple_count, len(state.graphs))
    return state
