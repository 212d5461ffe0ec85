"""Where /sparql queries run, chosen by the kind of store served. Layer 4.

- Embedded store: `WorkerBackend`, the pool of worker processes over an in-memory copy (see
  `workers`): a query past its deadline gets its worker killed.
- Remote store (Virtuoso, Fuseki, GraphDB): `RemoteBackend` forwards the query to the server's
  own endpoint through `RemoteStore.endpoint_query`: no copy, no dump, no worker. The server
  does the work; the client's timeout bounds the wait (the server's own limit, for Virtuoso
  MaxQueryExecutionTime, bounds its work), and rows past `max_rows` are cut here.

Both answer a `QueryJob` with a `QueryReply` serialised by the same writers, so a client sees
the same formats, headers, row cap and errors whichever store is served. The endpoint's
refusals (updates, SERVICE, remote FROM) happen in `sparql` before either is called.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Protocol

import anyio
import pyoxigraph as ox
from rdflib import Graph

from regkg.api.workers import (
    PoolClosed,
    QueryJob,
    QueryReply,
    WorkerError,
    WorkerPool,
    boolean_reply,
    graph_reply,
    select_reply,
)
from regkg.api.workers import QueryTimeout as WorkerTimeout
from regkg.store import QueryError, QueryTimeout, SelectResult, StoreError
from regkg.store.embedded import from_cell, to_ox
from regkg.store.remote import RemoteStore


class QueryBackend(Protocol):
    async def execute(self, job: QueryJob, timeout: float) -> QueryReply:
        """The reply, or WorkerTimeout / PoolClosed / WorkerError (client or server fault)."""
        ...

    def workers(self) -> tuple[int, int]:
        """(live worker processes, restarts so far), for /health."""
        ...

    def close(self) -> None: ...


class WorkerBackend:
    """The worker pool of the served in-memory copy; `pool_of` reads the current pool (an
    ingest replaces it with one over the new dump)."""

    def __init__(self, pool_of: Callable[[], WorkerPool | None],
                 limiter: anyio.CapacityLimiter) -> None:
        self._pool_of = pool_of
        self._limiter = limiter

    async def execute(self, job: QueryJob, timeout: float) -> QueryReply:
        pool = self._pool_of()
        if pool is None:
            raise PoolClosed("the SPARQL endpoint has no query workers")
        return await anyio.to_thread.run_sync(pool.execute, job, timeout, limiter=self._limiter)

    def workers(self) -> tuple[int, int]:
        pool = self._pool_of()
        return (pool.alive, pool.restarts) if pool else (0, 0)

    def close(self) -> None:
        """The pool belongs to the server state, which closes it."""


class RemoteBackend:
    """Queries forwarded to the remote store's endpoint, in threads (the HTTP call blocks)."""

    def __init__(self, store: RemoteStore, limiter: anyio.CapacityLimiter) -> None:
        self._store = store
        self._limiter = limiter

    async def execute(self, job: QueryJob, timeout: float) -> QueryReply:
        return await anyio.to_thread.run_sync(
            run_remote, self._store, job, timeout, limiter=self._limiter)

    def workers(self) -> tuple[int, int]:
        return (0, 0)

    def close(self) -> None:
        """Nothing held: each request opens its own connection."""


def run_remote(store: RemoteStore, job: QueryJob, timeout: float) -> QueryReply:
    """One job on the remote server, serialised like a worker's reply."""
    start = time.perf_counter()
    try:
        result = store.endpoint_query(
            job.query, timeout=timeout, default_graphs=job.default_graph,
            named_graphs=job.named_graphs, base_iri=job.base_iri)
    except QueryTimeout as error:
        raise WorkerTimeout(str(error)) from None
    except QueryError as error:
        raise WorkerError(str(error), client=True) from None
    except StoreError as error:
        raise WorkerError(str(error), client=False) from None
    if isinstance(result, bool):
        return boolean_reply(job, result, start)
    if isinstance(result, SelectResult):
        names = list(result.variables)
        bnodes: dict[str, ox.BlankNode] = {}  # one node per label within this result
        rows = (tuple(from_cell(row[n], bnodes) if n in row else None for n in names)
                for row in result.rows)
        return select_reply(job, names, rows, start)
    return graph_reply(job, _triples(result), start)


def _triples(graph: Graph) -> Iterator[ox.Triple]:
    for s, p, o in graph:
        yield ox.Triple(to_ox(s), to_ox(p), to_ox(o))  # type: ignore[arg-type]
