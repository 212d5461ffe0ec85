"""The remote store without Virtuoso: configuration, URL defaults, retries, update texts.

A scripted HTTP server on 127.0.0.1 plays the endpoint, so retries and error reporting are
tested against real HTTP exchanges.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from regkg.store import QueryError, StoreError, open_store
from regkg.store.remote import RemoteConfig, RemoteStore, default_urls, query_form, update_requests
from regkg.store.remote_codec import parse_triples, to_cell, with_dataset

SECRET = "s3cret-Pa55"
ROWS = {"head": {"vars": ["n"]}, "results": {"bindings": [
    {"n": {"type": "typed-literal", "datatype": str(XSD.integer), "value": "3"}},
]}}


class Script(BaseHTTPRequestHandler):
    """Answers each POST with the next (status, body) of the server's script."""

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        server = self.server
        length = int(self.headers.get("Content-Length", 0))
        server.bodies.append(self.rfile.read(length))  # type: ignore[attr-defined]
        status, body = server.script.pop(0)  # type: ignore[attr-defined]
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def endpoint() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Script)
    server.script = []  # type: ignore[attr-defined]
    server.bodies = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def remote(server: ThreadingHTTPServer, **changes: object) -> RemoteStore:
    url = f"http://127.0.0.1:{server.server_address[1]}/ds/sparql"
    env = {"REGKG_REMOTE_DATASET": "server", "REGKG_REMOTE_BACKOFF": "0.01"}
    config = RemoteConfig.from_env(url, env)
    return RemoteStore(url, RemoteConfig(**{**config.__dict__, **changes}))


def test_reads_are_retried_on_server_faults_with_a_log_line(
    endpoint: ThreadingHTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    endpoint.script += [  # type: ignore[attr-defined]
        (500, b"Virtuoso 40001 Error SR172: Transaction deadlocked"),
        (503, b"checkpoint in progress"),
        (200, json.dumps(ROWS).encode()),
    ]
    with caplog.at_level(logging.WARNING, logger="regkg.store.remote"):
        rows = remote(endpoint).select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    assert rows[0]["n"].value == "3" and rows[0]["n"].datatype == str(XSD.integer)
    retries = [r.getMessage() for r in caplog.records if "retrying a read" in r.getMessage()]
    assert len(retries) == 2 and "attempt 1 of 4" in retries[0] and "attempt 2 of 4" in retries[1]


def test_query_faults_are_not_retried(endpoint: ThreadingHTTPServer) -> None:
    endpoint.script += [(500, b"Virtuoso 37000 Error SP030: SPARQL compiler, line 1")]  # type: ignore[attr-defined]
    with pytest.raises(StoreError, match="SP030"):
        remote(endpoint).select("SELECT * WHERE { ?s ?p ?o }")
    assert len(endpoint.bodies) == 1  # type: ignore[attr-defined]
    endpoint.script += [(400, b"Parse error: bad query")]  # type: ignore[attr-defined]
    with pytest.raises(QueryError, match="bad query"):
        remote(endpoint).select("SELECT * WHERE { ?s ?p ?o }")


def test_reads_give_up_after_the_configured_retries(endpoint: ThreadingHTTPServer) -> None:
    endpoint.script += [(500, b"Internal error")] * 3  # type: ignore[attr-defined]
    with pytest.raises(StoreError, match=r"query at http://127\.0\.0\.1:\d+/ds/sparql failed"):
        remote(endpoint, retries=2).ask("ASK { ?s ?p ?o }")
    assert len(endpoint.bodies) == 3  # type: ignore[attr-defined]


def test_writes_are_not_retried_and_never_show_the_password(
    endpoint: ThreadingHTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    endpoint.script += [(500, b"Internal error")]  # type: ignore[attr-defined]
    store = remote(endpoint, user="admin", password=SECRET, auth="basic")
    graph = "https://w3id.org/regkg/graph/article/x"
    with caplog.at_level(logging.DEBUG), pytest.raises(StoreError) as caught:
        store.replace_graph(graph, [(URIRef("urn:a"), URIRef("urn:p"), Literal("v"))])
    assert "/ds/update" in str(caught.value) and graph in str(caught.value)
    # one update, then one attempt to drop the staging graph (also answered by nobody: 500)
    assert len(endpoint.bodies) <= 2  # type: ignore[attr-defined]
    assert SECRET not in str(caught.value) + caplog.text + repr(store.config)


def test_credentials_in_the_url_are_refused_without_echoing_them() -> None:
    with pytest.raises(StoreError, match="REGKG_REMOTE_USER") as caught:
        open_store(f"sparql+http://dba:{SECRET}@127.0.0.1:8890/sparql")
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    ("query_url", "authenticated", "update", "graph_store"),
    [
        ("http://h:8890/sparql", True, "http://h:8890/sparql-auth",
         "http://h:8890/sparql-graph-crud-auth"),
        ("http://h:8890/sparql", False, "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
        ("http://h:3030/ds/sparql", False, "http://h:3030/ds/update", "http://h:3030/ds/data"),
        ("http://h:3030/ds/query", True, "http://h:3030/ds/update", "http://h:3030/ds/data"),
        ("http://h:7200/repositories/kg", True, "http://h:7200/repositories/kg/statements",
         "http://h:7200/repositories/kg/rdf-graphs/service"),
    ],
)
def test_default_urls_follow_each_server(
    query_url: str, authenticated: bool, update: str, graph_store: str
) -> None:
    assert default_urls(query_url, authenticated=authenticated) == (update, graph_store)


def test_config_from_environment() -> None:
    env = {
        "REGKG_REMOTE_USER": "dba", "REGKG_REMOTE_PASSWORD": SECRET,
        "REGKG_REMOTE_UPDATE_URL": "http://h/custom-update", "REGKG_REMOTE_TIMEOUT": "5",
        "REGKG_REMOTE_DATASET": "server", "REGKG_REMOTE_CHUNK_TRIPLES": "10",
    }
    config = RemoteConfig.from_env("http://h:8890/sparql", env)
    assert config.update_url == "http://h/custom-update"
    assert (config.timeout_s, config.dataset, config.chunk_triples) == (5.0, "server", 10)
    assert config.encode_durations  # Virtuoso's /sparql path
    assert SECRET not in repr(config)
    with pytest.raises(StoreError, match="both"):
        RemoteConfig.from_env("http://h/sparql", {"REGKG_REMOTE_USER": "dba"})
    with pytest.raises(StoreError, match="named or server"):
        RemoteConfig.from_env("http://h/sparql", {"REGKG_REMOTE_DATASET": "all"})


def test_update_requests_chunk_and_split_but_move_once() -> None:
    base = RemoteConfig.from_env("http://h/ds/sparql", {})
    data = [(URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal("x" * 50)) for i in range(25)]
    small = RemoteConfig(**{**base.__dict__, "chunk_triples": 10})
    (one,) = update_requests("urn:g", data, small, "urn:regkg:staging:1")
    assert one.count("INSERT DATA") == 3 and one.count("MOVE SILENT GRAPH") == 1
    assert one.startswith("DROP SILENT GRAPH <urn:regkg:staging:1>")
    tiny = RemoteConfig(**{**small.__dict__, "max_request_bytes": 1_000})
    several = update_requests("urn:g", data, tiny, "urn:regkg:staging:1")
    assert len(several) == 3 and "MOVE" in several[-1]
    assert all("MOVE" not in text for text in several[:-1])
    assert update_requests("urn:g", [], small, "urn:regkg:staging:1") == [
        "DROP SILENT GRAPH <urn:g>"
    ]


def test_query_form_ignores_comments_and_prefixes() -> None:
    text = "# summary: Entities extraction created\nPREFIX a: <urn:a#>\nprefix : <urn:b>\nSELECT *"
    assert query_form(text) == "SELECT"
    assert query_form("BASE <urn:x> CONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    with pytest.raises(QueryError):
        query_form("# only a comment")


def test_with_dataset_puts_from_clauses_before_the_top_level_group() -> None:
    graphs = ["urn:g1", "urn:g2"]
    nested = "# c: WHERE {\nSELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }"
    select = with_dataset(nested, graphs)
    assert select is not None
    head, _, rest = select.partition("WHERE {")
    assert head.count("FROM <urn:g") == 2 and head.count("FROM NAMED <urn:g") == 2
    assert "FROM" not in rest and "c: WHERE" not in select
    ask = with_dataset("ASK { ?s ?p ?o }", graphs)
    assert ask is not None and ask.startswith("ASK FROM <urn:g1>")
    construct = with_dataset("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", graphs)
    assert construct is not None and construct.index("FROM") > construct.index("}")
    own = "SELECT * FROM <urn:mine> WHERE { ?s ?p ?o }"
    assert with_dataset(own, graphs) == own
    assert with_dataset("DESCRIBE <urn:x>", graphs) is None


def test_regression_from_clauses_go_before_a_top_level_group_without_where() -> None:
    """queries/claims.rq opens with `SELECT ... {` and a sub-select: the FROM clauses went
    into the sub-select (not SPARQL; Virtuoso 7.2 failed with an internal compiler error)."""
    query = "SELECT ?c ?v\n{\n  { SELECT DISTINCT ?c WHERE { ?c <urn:p> ?x } }\n  ?c <urn:q> ?v\n}"
    scoped = with_dataset(query, ["urn:g1"])
    assert scoped is not None
    head, _, rest = scoped.partition("{")
    assert head.endswith("FROM <urn:g1>\nFROM NAMED <urn:g1>\n") and "FROM" not in rest


def test_regression_numbers_read_in_the_embedded_stores_canonical_form() -> None:
    """Jena answered "12.0"^^xsd:decimal as it was written, where Oxigraph and Virtuoso answer
    "12": rows and graphs from a remote store now read numbers in Oxigraph's form (a form
    that is not a number of its datatype stays as it is, as Oxigraph keeps it)."""
    decimal, integer = str(XSD.decimal), str(XSD.integer)
    cases = {("12.0", decimal): "12", ("0.50", decimal): "0.5", ("-0.0", decimal): "0",
             (".5", decimal): "0.5", ("100", decimal): "100", ("+042", integer): "42",
             ("12.0", integer): "12.0", ("1E3", decimal): "1E3", ("1250000.5", decimal):
             "1250000.5", ("0.50", str(XSD.double)): "0.50"}
    for (value, datatype), expected in cases.items():
        cell = to_cell({"type": "literal", "value": value, "datatype": datatype})
        assert cell.value == expected, (value, datatype)
    body = b'<urn:s> <urn:p> "3.10"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n'
    [(_, _, number)] = list(parse_triples(body, "http://test"))
    assert number == Literal("3.1", datatype=XSD.decimal) and str(number) == "3.1"


def test_jena_urls_and_no_duration_encoding() -> None:
    """Fuseki's layout (and .ci/jena.sh's): /DATASET/update and /DATASET/data, no auth, no
    private duration datatype (that is for Virtuoso's /sparql only)."""
    config = RemoteConfig.from_env("http://127.0.0.1:3030/regkg/sparql", {})
    assert config.update_url == "http://127.0.0.1:3030/regkg/update"
    assert config.graph_store_url == "http://127.0.0.1:3030/regkg/data"
    assert config.user is None and config.encode_durations is False


def test_virtuoso_reads_keep_the_written_join_order(endpoint: ThreadingHTTPServer) -> None:
    """Virtuoso 7.2 chose plans for the export queries from index statistics, and after a day
    of writes some plans returned no rows (tests/store/test_seed_parity.py): a query marked
    `# hint: join-order` carries the pragma that keeps its join order. Unmarked queries do not
    (the written order made the claims lookup 3x slower), nor does any read on another server."""
    from urllib.parse import parse_qs

    endpoint.script += [(200, json.dumps(ROWS).encode())] * 3  # type: ignore[attr-defined]
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    marked = "# name: n\n# hint: join-order  -- why\n" + query
    assert remote(endpoint, join_order=True).select(marked).rows[0]["n"].value == "3"
    remote(endpoint, join_order=True).select(query)
    remote(endpoint).select(marked)
    sent = [parse_qs(b.decode())["query"][0] for b in endpoint.bodies]  # type: ignore[attr-defined]
    assert sent == ['DEFINE sql:select-option "order"\n' + marked, query, marked]
    assert RemoteConfig.from_env("http://h:8890/sparql", {}).join_order
    switched_off = {"REGKG_REMOTE_JOIN_ORDER": "0"}
    assert not RemoteConfig.from_env("http://h:8890/sparql", switched_off).join_order
    assert not RemoteConfig.from_env("http://127.0.0.1:3030/regkg/sparql", {}).join_order
