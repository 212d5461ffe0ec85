"""A remote SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB) over SPARQLWrapper. Layer 2.

Selected by `--store sparql+http://host:port/sparql` (or REGKG_STORE); the other settings come
from REGKG_REMOTE_* variables (see `RemoteConfig.from_env` and docs/scaling.md).

- Writes: `replace_graph` sends ONE SPARQL update, `DROP SILENT GRAPH <g>` followed by as many
  `INSERT DATA` operations as the graph needs (Virtuoso's parser refuses ~5,000 triples in one
  operation, so each holds at most `chunk_triples`). Only a graph whose update would exceed
  `max_request_bytes` is sent in several requests, and is then not atomic (docs/scaling.md
  says exactly what each server guarantees). Writes are never retried.
- Reads: the default graph is the union of the store's named graphs, like the embedded
  store's. In `dataset=named` mode (the default) each read names those graphs with the
  protocol's `default-graph-uri`/`named-graph-uri` parameters; `dataset=server` trusts the
  server's own default graph (Virtuoso and GraphDB: all graphs; Fuseki: unionDefaultGraph).
  Reads are retried with backoff on server faults (Virtuoso answers some during checkpoints).
- The store's graphs are those whose IRI starts with `graph_prefix` (a shared server holds
  other graphs too, Virtuoso its own system graphs).
"""

from __future__ import annotations

import io
import logging
import os
import re
import time
import urllib.error
import uuid
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from http.client import HTTPException
from typing import Any, BinaryIO, TypeVar
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node
from SPARQLWrapper import DIGEST, JSON, POST, TURTLE, URLENCODED, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    QueryBadFormed,
    SPARQLWrapperException,
)

from regkg.namespaces import GRAPH
from regkg.store.base import (
    Binding,
    Cell,
    QueryError,
    SelectResult,
    StoreError,
    Triple,
    bind_values,
)
from regkg.store.embedded import to_ox, to_rdflib

log = logging.getLogger(__name__)
T = TypeVar("T")

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
STAGING_PREFIX = "urn:regkg:staging:"  # outside graph_prefix: never read as data
ENCODED_DATATYPE = "urn:regkg:datatype:"  # + the xsd IRI, for encode_durations
DURATIONS = {str(XSD.duration), str(XSD.dayTimeDuration), str(XSD.yearMonthDuration)}
NO_GRAPH = "urn:regkg:no-graph"  # names an empty dataset when the store has no graph yet
READ_FORMS = {"SELECT": JSON, "ASK": JSON, "CONSTRUCT": TURTLE, "DESCRIBE": TURTLE}
_NETWORK_ERRORS = (urllib.error.URLError, ConnectionError, TimeoutError, HTTPException)
_COMMENT_LINE = re.compile(r"^\s*#.*$", re.MULTILINE)
_PROLOGUE = re.compile(r"^(?:\s*(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>))*", re.I)
_VIRTUOSO_ERROR = re.compile(r"Virtuoso (\w{5}) Error")
_TRANSIENT_STATES = ("08", "40", "S1T", "HT")  # connection, deadlock/rollback, timeouts


@dataclass(frozen=True)
class RemoteConfig:
    query_url: str
    update_url: str
    graph_store_url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    auth: str = "digest"  # or "basic"
    realm: str = "SPARQL"  # digest realm: Virtuoso's is "SPARQL"
    dataset: str = "named"  # or "server"
    graph_prefix: str = str(GRAPH)
    timeout_s: float = 60.0
    chunk_triples: int = 2_000
    max_request_bytes: int = 8_000_000  # Virtuoso refuses update texts over 10 MB
    retries: int = 4
    backoff_s: float = 0.5
    encode_durations: bool = False  # Virtuoso 7.2 cannot store xsd:duration literals

    @classmethod
    def from_env(cls, query_url: str, env: Mapping[str, str] | None = None) -> RemoteConfig:
        env = os.environ if env is None else env
        query_url = _without_userinfo(query_url)
        user = env.get("REGKG_REMOTE_USER") or None
        update, store = default_urls(query_url, authenticated=user is not None)
        config = cls(
            query_url=query_url,
            update_url=env.get("REGKG_REMOTE_UPDATE_URL") or update,
            graph_store_url=env.get("REGKG_REMOTE_GRAPH_STORE_URL") or store,
            user=user,
            password=env.get("REGKG_REMOTE_PASSWORD") or None,
            encode_durations=_flag(env.get("REGKG_REMOTE_ENCODE_DURATIONS"), query_url),
        )
        numbers = {
            "timeout_s": float, "chunk_triples": int, "max_request_bytes": int,
            "retries": int, "backoff_s": float,
        }
        changes: dict[str, Any] = {}
        for name in ("auth", "realm", "dataset", "graph_prefix", *numbers):
            raw = env.get(f"REGKG_REMOTE_{name.removesuffix('_s').upper()}")
            if raw:
                changes[name] = numbers[name](raw) if name in numbers else raw
        return replace(config, **changes).checked()

    def checked(self) -> RemoteConfig:
        if self.auth not in ("digest", "basic"):
            raise StoreError(f"REGKG_REMOTE_AUTH must be digest or basic, not {self.auth!r}")
        if self.dataset not in ("named", "server"):
            raise StoreError(f"REGKG_REMOTE_DATASET must be named or server, not {self.dataset!r}")
        if (self.user is None) != (self.password is None):
            raise StoreError("set both REGKG_REMOTE_USER and REGKG_REMOTE_PASSWORD, or neither")
        if self.chunk_triples < 1 or self.retries < 0:
            raise StoreError("REGKG_REMOTE_CHUNK_TRIPLES must be >= 1, REGKG_REMOTE_RETRIES >= 0")
        return self


def _flag(raw: str | None, query_url: str) -> bool:
    """Explicit 1/0, else on for Virtuoso's conventional `/sparql` path."""
    if raw:
        return raw.strip().lower() in ("1", "true", "yes", "on")
    return urlsplit(query_url).path.rstrip("/") == "/sparql"


def _without_userinfo(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"not an http(s) SPARQL endpoint URL: {parts.scheme}://{parts.hostname}")
    if parts.username or parts.password:
        raise StoreError(
            f"credentials in the store URL for {parts.hostname} are refused: "
            "set REGKG_REMOTE_USER and REGKG_REMOTE_PASSWORD instead"
        )
    return url


def default_urls(query_url: str, *, authenticated: bool) -> tuple[str, str]:
    """(update URL, graph store URL) by each server's conventions, from the query URL.

    Virtuoso `/sparql` -> `/sparql-auth` with credentials (digest) else `/sparql`, and
    `/sparql-graph-crud(-auth)`; Fuseki `/ds/sparql` or `/ds/query` -> `/ds/update`, `/ds/data`;
    GraphDB `/repositories/r` -> `/repositories/r/statements`, `/repositories/r/rdf-graphs/service`.
    """
    parts = urlsplit(query_url)
    path = parts.path.rstrip("/")

    def at(new_path: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

    if path == "/sparql":
        suffix = "-auth" if authenticated else ""
        return at(f"/sparql{suffix}"), at(f"/sparql-graph-crud{suffix}")
    head, _, last = path.rpartition("/")
    if head.endswith("/repositories") or head == "/repositories":
        return at(f"{path}/statements"), at(f"{path}/rdf-graphs/service")
    if last in ("sparql", "query") and head:
        return at(f"{head}/update"), at(f"{head}/data")
    return query_url, query_url


class RemoteStore:
    """The `Store` protocol over the SPARQL 1.1 Protocol (HTTP)."""

    def __init__(self, url: str, config: RemoteConfig | None = None) -> None:
        self.config = config or RemoteConfig.from_env(url)
        self.url = self.config.query_url

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

    def _drop_stage(self, stage: str) -> None:
        try:
            self._update(f"DROP SILENT GRAPH {ox.NamedNode(stage)}", stage)
        except StoreError as error:
            log.warning("could not drop the staging graph %s: %s", stage, error)

    def remove_graph(self, graph: str) -> None:
        self._check_graph(graph)
        self._update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}", graph)

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
        text = (
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {ox.Literal(self.config.graph_prefix)})) }}"
        )
        rows = self._select(text, dataset=False).rows
        return sorted(row["g"].value for row in rows if row["g"].kind == "uri")

    def has_graph(self, graph: str) -> bool:
        text = f"ASK WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}"
        return graph.startswith(self.config.graph_prefix) and bool(self._read(text, None, False))

    def graph_sizes(self) -> dict[str, int]:
        text = (
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {ox.Literal(self.config.graph_prefix)})) }} GROUP BY ?g"
        )
        return {r["g"].value: int(r["n"].value) for r in self._select(text, dataset=False).rows}

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
        wrapper = self._wrapper(bind_values(query, bindings))
        form = wrapper.queryType
        if form not in READ_FORMS or (expect and form not in expect):
            wanted = " or ".join(expect or tuple(READ_FORMS))
            raise QueryError(f"not a {wanted} query")
        wrapper.setReturnFormat(READ_FORMS[form])
        if form in ("CONSTRUCT", "DESCRIBE"):  # Virtuoso's Turtle writes "12"^^decimal as 12
            wrapper.addCustomHttpHeader("Accept", "application/n-triples, text/turtle;q=0.5")
        if dataset and self.config.dataset == "named":
            for name in self.graph_names() or [NO_GRAPH]:
                wrapper.addDefaultGraph(name)
                wrapper.addNamedGraph(name)
        body = self._retrying(lambda: wrapper.query().response.read())
        if form in ("CONSTRUCT", "DESCRIBE"):
            return _parse_triples(body, self.url)
        return _parse_json(body, self.url)

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

    def _wrapper(self, text: str) -> SPARQLWrapper:
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
        wrapper.queryType = query_form(text)  # its guess reads words in comments ("created")
        return wrapper

    def close(self) -> None:
        """Nothing to release: each request opens its own connection."""


# --- helpers --------------------------------------------------------------------------------
def update_requests(
    graph: str, triples: Iterable[Triple], config: RemoteConfig, stage: str
) -> list[str]:
    """The update texts replacing `graph`, via the staging graph `stage`; usually one.

    The triples go into `stage` in INSERT DATA operations of config.chunk_triples (Virtuoso's
    parser refuses ~5,000 in one), then one `MOVE` replaces `graph`. A text that would exceed
    config.max_request_bytes is split into several requests; `graph` still changes only in
    the final MOVE. Blank nodes are refused, as by the embedded store.
    """
    target, staged = ox.NamedNode(graph), ox.NamedNode(stage)
    lines: list[str] = []
    for s, p, o in triples:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise StoreError("blank nodes are not stored: skolemise them first")
        lines.append(f"{_term(s, config)} {_term(p, config)} {_term(o, config)} .")
    if not lines:
        return [f"DROP SILENT GRAPH {target}"]
    size = config.chunk_triples
    operations = [
        f"INSERT DATA {{ GRAPH {staged} {{\n" + "\n".join(lines[i : i + size]) + "\n} }"
        for i in range(0, len(lines), size)
    ]
    operations.append(f"MOVE SILENT GRAPH {staged} TO GRAPH {target}")
    requests = [f"DROP SILENT GRAPH {staged}"]
    for operation in operations:
        if len(requests[-1].encode()) + len(operation.encode()) > config.max_request_bytes:
            requests.append(operation)
        else:
            requests[-1] += " ;\n" + operation
    return requests


def _term(term: Node, config: RemoteConfig) -> str:
    return str(to_ox(encode_term(term) if config.encode_durations else term))


def encode_term(term: Node) -> Node:
    """xsd:*duration literals under a datatype Virtuoso 7.2 stores as given (see docs)."""
    if isinstance(term, Literal) and str(term.datatype) in DURATIONS:
        return Literal(str(term), datatype=URIRef(ENCODED_DATATYPE + str(term.datatype)))
    return term


def decode_datatype(datatype: str) -> str:
    return datatype.removeprefix(ENCODED_DATATYPE)


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or the first keyword of an update."""
    body = _PROLOGUE.sub("", _COMMENT_LINE.sub("", text))
    match = re.match(r"\s*([A-Za-z]+)", body)
    if match is None:
        raise QueryError("not a SPARQL query or update: no query form")
    return match.group(1).upper()


def _parse_json(body: bytes, url: str) -> SelectResult | bool:
    import json

    try:
        data = json.loads(body)
    except ValueError as error:
        raise StoreError(f"{url} answered with invalid SPARQL JSON: {error}") from error
    if "boolean" in data:
        return bool(data["boolean"])
    names = tuple(data["head"].get("vars", ()))
    rows = tuple(
        {n: to_cell(b[n]) for n in names if n in b} for b in data["results"]["bindings"]
    )
    return SelectResult(names, rows)


def to_cell(term: Mapping[str, str]) -> Cell:
    """A SPARQL JSON term as the embedded store's Cell (legacy 'typed-literal' is a literal).

    Simple literals get xsd:string and language-tagged ones rdf:langString with a lower-case
    tag, as RDF 1.1 (and Oxigraph) has them.
    """
    kind = term["type"]
    if kind in ("literal", "typed-literal"):
        lang = term.get("xml:lang")
        if lang:
            return Cell("literal", term["value"], RDF_LANGSTRING, lang.lower())
        datatype = decode_datatype(term.get("datatype") or XSD_STRING)
        value = term["value"]
        if datatype == XSD_BOOLEAN and value in ("0", "1"):  # Virtuoso's JSON says 0/1
            value = "true" if value == "1" else "false"
        return Cell("literal", value, datatype)
    if kind in ("uri", "bnode"):
        return Cell(kind, term["value"])
    return Cell("triple", str(term.get("value")))


def _parse_triples(body: bytes, url: str) -> Graph:
    graph = Graph()
    try:
        for t in ox.parse(io.BytesIO(body), ox.RdfFormat.TURTLE):
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), decoded(t.object)))
    except SyntaxError as error:
        raise StoreError(f"{url} answered with invalid Turtle: {error}") from error
    return graph


def decoded(term: object) -> Identifier:
    node = to_rdflib(term)
    if isinstance(node, Literal) and str(node.datatype).startswith(ENCODED_DATATYPE):
        return Literal(str(node), datatype=URIRef(decode_datatype(str(node.datatype))))
    return node


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
