"""A remote SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB) over SPARQLWrapper. Layer 2.

Selected by `--store sparql+http://host:port/sparql` (or REGKG_STORE); the other settings come
from REGKG_REMOTE_* variables (see `RemoteConfig.from_env` and docs/scaling.md).

- Writes: `replace_graph` fills a fresh staging graph and MOVEs it onto the target, in ONE
  SPARQL update (`DROP SILENT GRAPH <stage> ; INSERT DATA ... ; MOVE SILENT GRAPH <stage> TO
  GRAPH <g>`). Virtuoso commits each operation of a request by itself, so a plain
  `DROP ; INSERT DATA` that fails in the INSERT leaves the graph empty; staged, a failure
  leaves the old graph whole. INSERT DATA operations hold at most `chunk_triples` (Virtuoso's
  parser refuses ~5,000); an update over `max_request_bytes` is sent as several requests,
  the target still changing only in the last one's MOVE. Writes are never retried.
- Reads: the default graph is the union of the store's named graphs, like the embedded
  store's. In `dataset=named` mode (the default) each read names those graphs with the
  protocol's `default-graph-uri`/`named-graph-uri` parameters; `dataset=server` trusts the
  server's own default graph (Virtuoso and GraphDB: all graphs; Fuseki: unionDefaultGraph).
  Reads are retried with backoff on server faults (Virtuoso answers some during checkpoints).
- The store's graphs are those whose IRI starts with `graph_prefix` (a shared server holds
  other graphs too, Virtuoso its own system graphs).
"""

from __future__ import annotations

import logging
import math
import re
import socket
import time
import urllib.error
import uuid
import warnings
from collections.abc import Callable, Iterable
from http.client import HTTPException
from typing import BinaryIO, TypeVar

import pyoxigraph as ox
from rdflib import Graph
from SPARQLWrapper import DIGEST, JSON, POST, TURTLE, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    QueryBadFormed,
    SPARQLWrapperException,
)

from regkg.store.base import (
    JOIN_ORDER_HINT,
    Binding,
    QueryError,
    QueryTimeout,
    SelectResult,
    StoreError,
    Triple,
    bind_values,
)
from regkg.store.embedded import to_ox
from regkg.store.remote_codec import (
    FIXED_JOIN_ORDER,
    encode_term,
    parse_json,
    parse_triples,
    query_form,
    update_requests,
    with_dataset,
)
from regkg.store.remote_config import RemoteConfig, default_urls

__all__ = ["STAGING_PREFIX", "RemoteConfig", "RemoteStore", "default_urls", "query_form",
           "update_requests"]

log = logging.getLogger(__name__)
T = TypeVar("T")

STAGING_PREFIX = "urn:regkg:staging:"  # outside graph_prefix: never read as data
NO_GRAPH = "urn:regkg:no-graph"  # names an empty dataset when the store has no graph yet
READ_FORMS = {"SELECT": JSON, "ASK": JSON, "CONSTRUCT": TURTLE, "DESCRIBE": TURTLE}
_NETWORK_ERRORS = (urllib.error.URLError, ConnectionError, TimeoutError, HTTPException)
_VIRTUOSO_ERROR = re.compile(r"Virtuoso (\w{5}) Error")
_TRANSIENT_STATES = ("08", "40", "S1T", "HT")  # connection, deadlock/rollback, timeouts
_BASE = re.compile(r"^\s*BASE\s*<", re.IGNORECASE | re.MULTILINE)
_COMMENTS = re.compile(r"#[^\n<>\"']*$", re.MULTILINE)


class RemoteStore:
    """The `Store` protocol over the SPARQL 1.1 Protocol (HTTP)."""

    def __init__(self, url: str, config: RemoteConfig | None = None) -> None:
        self.config = config or RemoteConfig.from_env(url)
        self.url = self.config.query_url
        self._graphs: set[str] | None = None  # the graph list reads name, kept up to date
        self._listed_at = 0.0  # by this store's own writes and re-read after graph_ttl_s

    def _dataset_graphs(self) -> list[str]:
        """The store's graphs for a dataset=named read: listing them costs a request (0.3 s
        with 2,000 graphs in a 1M-triple Virtuoso), so the list is reused for graph_ttl_s.
        Another writer's new graph shows within that time; this store's at once."""
        if self._graphs is None or time.monotonic() - self._listed_at >= self.config.graph_ttl_s:
            self._graphs = set(self.graph_sizes())
            self._listed_at = time.monotonic()
        return sorted(self._graphs)

    def _written(self, graph: str, present: bool) -> None:
        if self._graphs is not None:
            (self._graphs.add if present else self._graphs.discard)(graph)

    # --- writes -------------------------------------------------------------------------------
    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Fill a fresh staging graph, then MOVE it onto `graph`: all of it or nothing."""
        self._check_graph(graph)
        stage = STAGING_PREFIX + uuid.uuid4().hex
        requests = update_requests(graph, triples, self.config, stage)  # input errors propagate
        if len(requests) > 1:
            log.info("graph %s is sent in %d update requests", graph, len(requests))
        try:
            for text in requests:
                self._update(text, graph)
        except StoreError:
            self._drop_stage(stage)
            raise
        self._written(graph, present="MOVE SILENT GRAPH" in requests[-1])

    def _drop_stage(self, stage: str) -> None:
        try:
            self._update(f"DROP SILENT GRAPH {ox.NamedNode(stage)}", stage)
        except StoreError as error:
            log.warning("could not drop the staging graph %s: %s", stage, error)

    def remove_graph(self, graph: str) -> None:
        self._check_graph(graph)
        self._update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}", graph)
        self._written(graph, present=False)

    def _check_graph(self, graph: str) -> None:
        if not graph.startswith(self.config.graph_prefix):
            raise StoreError(
                f"graph {graph} is outside this store's prefix {self.config.graph_prefix} "
                "(REGKG_REMOTE_GRAPH_PREFIX)"
            )

    def _update(self, text: str, graph: str) -> None:
        wrapper = self._wrapper(text)
        try:
            wrapper.query().response.read()
        except QueryBadFormed as error:
            _close(error)
            raise StoreError(
                f"{self.config.update_url} refused the update of graph {graph}: {_brief(error)}"
            ) from error
        except (SPARQLWrapperException, urllib.error.HTTPError, *_NETWORK_ERRORS) as error:
            _close(error)
            raise StoreError(
                f"update of graph {graph} at {self.config.update_url} failed "
                f"(writes are not retried): {_brief(error)}"
            ) from error

    # --- graphs ---------------------------------------------------------------------------------
    def graph_names(self) -> list[str]:
        return sorted(self.graph_sizes())

    def has_graph(self, graph: str) -> bool:
        text = f"ASK WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}"
        return graph.startswith(self.config.graph_prefix) and bool(self._read(text, None, False))

    def graph_sizes(self) -> dict[str, int]:
        """Triples per graph of the store. Virtuoso answers a GROUP BY ?g from its indexes
        (ms) but scans every quad for a DISTINCT ?g or a FILTER on ?g: the prefix is
        applied here."""
        text = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        prefix = self.config.graph_prefix
        return {
            row["g"].value: int(row["n"].value)
            for row in self._select(text, dataset=False).rows
            if row["g"].kind == "uri" and row["g"].value.startswith(prefix)
        }

    def triple_count(self) -> int:
        return sum(self.graph_sizes().values())

    def graph(self, graph: str) -> Graph:
        text = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}"
        result = self._read(text, None, False)
        assert isinstance(result, Graph)
        return result

    def dump_nquads(self, out: BinaryIO) -> None:
        """Graph by graph; a graph the server truncated (a row limit) raises StoreError."""
        for name, size in sorted(self.graph_sizes().items()):
            triples = self.graph(name)
            if len(triples) != size:
                raise StoreError(
                    f"{self.url} returned {len(triples)} of the {size} triples of {name}: "
                    "raise the server's result row limit (Virtuoso: ResultSetMaxRows)"
                )
            graph_name = ox.NamedNode(name)
            quads = (
                ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_name)  # type: ignore[arg-type]
                for s, p, o in triples
            )
            ox.serialize(quads, out, ox.RdfFormat.N_QUADS)

    # --- queries --------------------------------------------------------------------------------
    def query(self, query: str, bindings: Binding | None = None) -> SelectResult | bool | Graph:
        """Any query form: SELECT rows, an ASK answer, or CONSTRUCT/DESCRIBE triples."""
        return self._read(query, bindings, True)

    def select(self, query: str, bindings: Binding | None = None) -> SelectResult:
        return self._select(query, bindings, expect="SELECT")

    def ask(self, query: str, bindings: Binding | None = None) -> bool:
        result = self._read(query, bindings, True, expect=("ASK",))
        assert isinstance(result, bool)
        return result

    def construct(self, query: str, bindings: Binding | None = None) -> Graph:
        result = self._read(query, bindings, True, expect=("CONSTRUCT", "DESCRIBE"))
        assert isinstance(result, Graph)
        return result

    def _select(
        self, query: str, bindings: Binding | None = None, *, dataset: bool = True,
        expect: str = "SELECT",
    ) -> SelectResult:
        result = self._read(query, bindings, dataset, expect=(expect,))
        assert isinstance(result, SelectResult)
        return result

    def _read(
        self, query: str, bindings: Binding | None, dataset: bool,
        expect: tuple[str, ...] | None = None,
    ) -> SelectResult | bool | Graph:
        if bindings and self.config.encode_durations:
            bindings = {k: encode_term(v) for k, v in bindings.items()}  # type: ignore[misc]
        text = bind_values(query, bindings)
        form = query_form(text)
        if form not in READ_FORMS or (expect and form not in expect):
            wanted = " or ".join(expect or tuple(READ_FORMS))
            raise QueryError(f"not a {wanted} query")
        graphs = (self._dataset_graphs() or [NO_GRAPH]) if dataset and self.named else []
        scoped = with_dataset(text, graphs) if graphs else text
        fixed = self.config.join_order and JOIN_ORDER_HINT.search(query) is not None
        pragma = FIXED_JOIN_ORDER if fixed else ""
        wrapper = self._wrapper(pragma + (scoped or text), form)
        if graphs and scoped is None:  # no place for FROM clauses: the protocol's parameters
            for name in graphs:
                wrapper.addDefaultGraph(name)
                wrapper.addNamedGraph(name)
        wrapper.setReturnFormat(READ_FORMS[form])
        if form in ("CONSTRUCT", "DESCRIBE"):  # Virtuoso's Turtle writes "12"^^decimal as 12
            wrapper.addCustomHttpHeader("Accept", "application/n-triples, text/turtle;q=0.5")
        body = self._retrying(lambda: wrapper.query().response.read())
        if form in ("CONSTRUCT", "DESCRIBE"):
            return parse_triples(body, self.url)
        return parse_json(body, self.url)

    def endpoint_query(
        self, query: str, *, timeout: float, default_graphs: tuple[str, ...] | None = None,
        named_graphs: tuple[str, ...] | None = None, base_iri: str | None = None,
    ) -> SelectResult | bool | Graph:
        """A client's query as the /sparql endpoint forwards it: read-only forms only, the
        client's timeout (QueryTimeout, never retried: the client's time is spent), relative
        IRIs against `base_iri`, and a protocol dataset kept to this store's graphs (a graph
        outside the prefix reads as empty, never a server's system graph)."""
        form = query_form(query)
        if form not in READ_FORMS:
            raise QueryError("not a SELECT, ASK, CONSTRUCT or DESCRIBE query")
        text = query
        if base_iri and not _BASE.search(_COMMENTS.sub("", query)):
            text = f"BASE {ox.NamedNode(base_iri)}\n{query}"
        protocol = default_graphs is not None or named_graphs is not None
        scoped = None
        if not protocol and self.named:
            scoped = with_dataset(text, self._dataset_graphs() or [NO_GRAPH])
        wrapper = self._wrapper(scoped or text)
        if protocol or (self.named and scoped is None):
            mine = set(self._dataset_graphs())
            everything = tuple(sorted(mine)) or (NO_GRAPH,)
            given = (default_graphs, named_graphs) if protocol else (everything, everything)
            for name in given[0] or ():
                wrapper.addDefaultGraph(name if name in mine else NO_GRAPH)
            for name in given[1] or ():
                wrapper.addNamedGraph(name if name in mine else NO_GRAPH)
        wrapper.setReturnFormat(READ_FORMS[form])
        wrapper.setTimeout(max(1, math.ceil(timeout)))
        if form in ("CONSTRUCT", "DESCRIBE"):
            wrapper.addCustomHttpHeader("Accept", "application/n-triples, text/turtle;q=0.5")
        body = self._once(lambda: wrapper.query().response.read(), timeout)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return parse_triples(body, self.url)
        return parse_json(body, self.url)

    def _once(self, read: Callable[[], bytes], timeout: float) -> bytes:
        try:
            return read()
        except QueryBadFormed as error:
            _close(error)
            raise QueryError(f"{self.url} refused the query: {_brief(error)}") from error
        except (SPARQLWrapperException, urllib.error.HTTPError, *_NETWORK_ERRORS) as error:
            _close(error)
            if _timed_out(error):
                raise QueryTimeout(
                    f"the query ran longer than {timeout:g} s at {self.url}"
                ) from error
            raise StoreError(f"query at {self.url} failed: {_brief(error)}") from error

    def _retrying(self, read: Callable[[], T]) -> T:
        """Run an idempotent read, retrying server faults and network errors with backoff."""
        for attempt in range(self.config.retries + 1):
            try:
                return read()
            except QueryBadFormed as error:
                _close(error)
                raise QueryError(f"{self.url} refused the query: {_brief(error)}") from error
            except (EndPointInternalError, urllib.error.HTTPError, *_NETWORK_ERRORS) as error:
                _close(error)
                if not _transient(error) or attempt == self.config.retries:
                    raise StoreError(f"query at {self.url} failed: {_brief(error)}") from error
                pause = self.config.backoff_s * 2**attempt
                log.warning(
                    "retrying a read at %s in %.1f s (attempt %d of %d) after: %s",
                    self.url, pause, attempt + 1, self.config.retries, _brief(error),
                )
                time.sleep(pause)
            except SPARQLWrapperException as error:
                _close(error)
                raise StoreError(f"query at {self.url} failed: {_brief(error)}") from error
        raise AssertionError("unreachable")

    def _wrapper(self, text: str, form: str | None = None) -> SPARQLWrapper:
        config = self.config
        wrapper = SPARQLWrapper(config.query_url, updateEndpoint=config.update_url)
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(URLENCODED)
        wrapper.setOnlyConneg(True)
        wrapper.setTimeout(max(1, round(config.timeout_s)))
        if config.user is not None and config.password is not None:
            wrapper.setHTTPAuth(DIGEST if config.auth == "digest" else "BASIC")
            wrapper.setCredentials(config.user, config.password, realm=config.realm)
        with warnings.catch_warnings(record=True):
            warnings.simplefilter("always")  # it warns when it finds no form: we decide below
            wrapper.setQuery(text)
        # its own guess reads words in comments ("created"), and a DEFINE pragma hides the form
        wrapper.queryType = form or query_form(text)
        return wrapper

    @property
    def named(self) -> bool:
        return self.config.dataset == "named"

    def close(self) -> None:
        """Nothing to release: each request opens its own connection."""


# --- helpers --------------------------------------------------------------------------------


def _transient(error: BaseException) -> bool:
    """Network errors and server faults, but not the query errors Virtuoso also reports as
    HTTP 500: its message's SQLSTATE tells (08 connection, 40 deadlock, S1T timeout)."""
    if isinstance(error, urllib.error.HTTPError):
        return error.code in (502, 503, 504)
    if isinstance(error, EndPointInternalError):
        text = str(error)
        state = _VIRTUOSO_ERROR.search(text)
        if state is None:
            return True
        return state.group(1).startswith(_TRANSIENT_STATES) or "checkpoint" in text.lower()
    return True


def _timed_out(error: BaseException) -> bool:
    """A socket timeout, raised as such or wrapped by urllib."""
    if isinstance(error, (TimeoutError, socket.timeout)):
        return True
    reason = getattr(error, "reason", None)
    return isinstance(reason, (TimeoutError, socket.timeout))


def _close(error: BaseException | None) -> None:
    """Close the HTTP response that SPARQLWrapper leaves open behind its exceptions."""
    while error is not None:
        if isinstance(error, urllib.error.HTTPError):
            error.close()
        error = error.__context__


def _brief(error: BaseException, limit: int = 300) -> str:
    """The first line(s) of a server's message, without echoing the whole request."""
    text = " ".join(str(error).split())
    text = text.replace("The endpoint returned the HTTP status code", "HTTP")
    return text if len(text) <= limit else text[:limit] + "…"
