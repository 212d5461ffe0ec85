"""The counts the count routes and pages show: actions per authority, law and jurisdiction,
and the home page's totals. Layer 4.

Embedded store: the server owns it. Every write goes through regkg (`POST /articles`), and an
ingest refreshes the served copy (`ingest.refresh`), so the counts are computed when the served
copy is built and again after every refresh, and requests read them: no count route runs a
query at request time. Each count is its own `queries/*.rq` (the one definition, also what a
remote store runs), one GROUP BY over one predicate's triples. Measured at 1M triples on the
in-memory store, the three per-entity counts: these three GROUP BYs 92-97 ms together; the
same three as UNIONed sub-selects in one query 96-99 ms (no faster); one GROUP BY over the
three predicates (`VALUES ?p`) 134 ms; one SELECT of the (action, predicate, entity) rows
aggregated in Python 412-435 ms; pyoxigraph's `quads_for_pattern` per predicate, aggregated in
Python, 363-527 ms. So: the separate GROUP BYs, each one index range scan.

Remote store: others may write it, so nothing is kept beyond `remote_counts_ttl_s` (default 0:
queried per request, always what the store holds). A TTL bounds the load a busy server puts on
the store to one count query per count and TTL, at the price of counts up to that old (the
remote store's own list of graphs is reused for its `graph_ttl_s` in the same way). regkg's own
ingest into the remote store drops them at once (`ingest.refresh` clears the cache).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping

from regkg.queries import QueryRegistry
from regkg.store import Store

# query name -> (the row's key variable, its count variable)
COUNT_QUERIES: dict[str, tuple[str, str]] = {
    "authority-action-counts": ("authority", "actions"),
    "law-action-counts": ("law", "actions"),
    "jurisdiction-action-counts": ("jurisdiction", "actions"),
    "stats-counts": ("kind", "count"),
    "stats-actions-by-type": ("type", "count"),
}

Table = dict[str, int]  # key (an IRI or a kind) -> count, in the query's row order


def count_table(store: Store, queries: QueryRegistry, name: str) -> Table:
    """One count query's rows as {key: count}."""
    key, count = COUNT_QUERIES[name]
    return {row[key].value: int(row[count].value)
            for row in queries.select(store, name).rows}


def compute_all(store: Store, queries: QueryRegistry) -> dict[str, Table]:
    """Every count, from the store as it is now (a new dict: readers keep the old one)."""
    return {name: count_table(store, queries, name) for name in COUNT_QUERIES}


class RemoteCounts:
    """Counts of a store others may write: queried again once older than `ttl_s` (0: always)."""

    def __init__(self, ttl_s: float) -> None:
        self.ttl_s = ttl_s
        self._fetched: dict[str, tuple[float, Table]] = {}
        self._lock = threading.Lock()

    def get(self, store: Store, queries: QueryRegistry, name: str) -> Table:
        if self.ttl_s > 0:
            with self._lock:
                fetched = self._fetched.get(name)
            if fetched is not None and time.monotonic() - fetched[0] < self.ttl_s:
                return fetched[1]
        started = time.monotonic()
        table = count_table(store, queries, name)
        if self.ttl_s > 0:
            with self._lock:
                self._fetched[name] = (started, table)
        return table

    def clear(self) -> None:
        with self._lock:
            self._fetched.clear()


def table_of(precomputed: Mapping[str, Table] | None, remote: RemoteCounts, store: Store,
             queries: QueryRegistry, name: str) -> Table:
    """The precomputed table (embedded), else the remote store's, per its TTL."""
    if precomputed is not None:
        return precomputed[name]
    return remote.get(store, queries, name)
