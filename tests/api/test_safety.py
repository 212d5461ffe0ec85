"""Read-only, no outbound connections, timeouts that stop work, row and body caps, nesting."""

from __future__ import annotations

import contextlib
import http.server
import os
import threading
import time
from collections.abc import Iterator

import httpx
import pyoxigraph as ox
import pytest
import uvicorn
from fastapi import FastAPI

from regkg.api.app import create_app
from regkg.settings import Settings
from regkg.store import canonical_digest

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


class Canary:
    """An HTTP server on 127.0.0.1 that counts every request it receives."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        canary = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                canary.hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.end_headers()
                self.wfile.write(b'{"head":{"vars":[]},"results":{"bindings":[]}}')

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args: object) -> None:
                return None

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()


@pytest.fixture(scope="module")
def live_app(api_store) -> FastAPI:
    """The app behind `live`: two workers and a short row cap."""
    settings = Settings(store="memory", sparql_workers=2, query_timeout_s=20.0, max_rows=3,
                        max_body_bytes=10_000, max_query_depth=30)
    return create_app(settings, api_store)


@pytest.fixture(scope="module")
def live(live_app: FastAPI) -> Iterator[str]:
    """A real server (uvicorn in a thread) serving `live_app`."""
    app = live_app
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(20)


def test_the_canary_would_see_an_unguarded_service_call(canary):
    # Proof the canary works: pyoxigraph itself does call out for SERVICE.
    store = ox.Store()
    with contextlib.suppress(RuntimeError, OSError):  # the canary's answer is not parsed
        list(store.query(f"SELECT * WHERE {{ SERVICE <{canary.url}> {{ ?s ?p ?o }} }}"))
    assert canary.hits


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ ?x ?y ?z OPTIONAL {{ service silent <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX c: <{url}#> SELECT * WHERE {{ ?a ?b ?c FILTER(?a < ?b) SERVICE c:x {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ # comment\n SERVICE\n<{url}> {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <{url}> {{ }} }}",
])
def test_no_outbound_connection(client, canary, template):
    query = template.format(url=canary.url)
    response = client.get("/sparql", params={"query": query})
    assert 400 <= response.status_code < 500
    message = response.json()["message"]
    assert "SERVICE" in message or "FROM" in message
    assert canary.hits == []


def test_protocol_graph_uris_are_never_fetched(client, canary):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }",
                                             "default-graph-uri": canary.url,
                                             "named-graph-uri": canary.url})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"] == []
    assert canary.hits == []


UPDATES = [
    ("post", {"data": {"update": "CLEAR ALL"}}),
    ("post", {"content": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}}),
    ("get", {"params": {"update": "CLEAR ALL"}}),
    ("get", {"params": {"query": "DROP ALL"}}),
    ("get", {"params": {"query": "PREFIX a: <http://a/> INSERT DATA { a:a a:a a:a }"}}),
    ("post", {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}}),
    ("post", {"content": "# hi\nLOAD <http://example.org/x>",
              "headers": {"Content-Type": "application/sparql-query"}}),
    ("get", {"params": {"query": "\\u0043LEAR ALL"}}),
]


@pytest.mark.parametrize("method,kwargs", UPDATES, ids=range(len(UPDATES)))
def test_updates_are_403_and_change_nothing(client, api_store, method, kwargs):
    before = canonical_digest(api_store)
    response = getattr(client, method)("/sparql", **kwargs)
    assert response.status_code == 403
    assert response.json()["error"] == "read_only"
    assert canonical_digest(api_store) == before
    everything = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
    count = client.get("/sparql", params={"query": everything})
    assert count.json()["results"]["bindings"][0]["n"]["value"] == str(api_store.triple_count())


def test_row_cap_is_signalled(live):
    response = httpx.get(f"{live}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 200
    assert response.headers["x-regkg-truncated"] == "true"
    assert response.headers["x-regkg-max-rows"] == "3"
    body = response.json()
    assert len(body["results"]["bindings"]) == 3 and body["truncated"] is True
    small = httpx.get(f"{live}/sparql", params={"query": "SELECT * WHERE { VALUES ?x { 1 2 } }"})
    assert small.headers["x-regkg-truncated"] == "false"
    construct = httpx.get(f"{live}/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                          headers={"Accept": "application/n-triples"})
    assert construct.headers["x-regkg-truncated"] == "true"
    assert len(construct.text.strip().splitlines()) == 3


def test_body_cap_is_413(live):
    big = "ASK {}" + " " * 20_000
    response = httpx.post(f"{live}/sparql", content=big,
                          headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap counts what arrives
        yield b"ASK {}"
        for _ in range(30):
            yield b" " * 1000

    chunked = httpx.post(f"{live}/sparql", content=chunks(),
                         headers={"Content-Type": "application/sparql-query"})
    assert chunked.status_code == 413


@pytest.mark.parametrize("query", [
    "SELECT * WHERE " + "{ " * 200 + "}" * 200,
    "SELECT * WHERE { FILTER(" + "(" * 1000 + "1" + ")" * 1000 + ") }",
    "SELECT * WHERE { ?s ?p \"unterminated }",
    "SELECT ~ WHERE { }",
    "NOT SPARQL AT ALL",
])
def test_deep_or_malformed_queries_are_400(live, query):
    response = httpx.post(f"{live}/sparql", data={"query": query})
    assert response.status_code == 400
    assert response.json()["error"] in ("query_too_deep", "malformed_query", "query_error")


def _worker_pids(app: FastAPI) -> set[int]:
    """This server's workers only. (Regression: counting every child process of the test
    run also counted the workers of other tests' servers, which exit in their own time: the
    test then saw two killed workers for one timeout.)"""
    return app.state.regkg.pool.live_pids()


def test_timeout_stops_the_work_and_the_next_request_is_served(live, live_app):
    before = _worker_pids(live_app)
    start = time.monotonic()
    response = httpx.get(f"{live}/sparql", params={"query": SLOW, "timeout": "1"}, timeout=30)
    elapsed = time.monotonic() - start
    assert response.status_code == 503
    assert response.json()["error"] == "timeout"
    assert elapsed < 5
    killed = before - _worker_pids(live_app)
    assert len(killed) == 1
    for pid in killed:  # the process that ran the query is gone: the work really stopped
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    start = time.monotonic()
    nxt = httpx.get(f"{live}/sparql", params={"query": "ASK {}"}, timeout=30)
    assert nxt.status_code == 200 and time.monotonic() - start < 1.0


def test_a_client_cannot_raise_the_timeout(live):
    response = httpx.get(f"{live}/sparql", params={"query": "ASK {}", "timeout": "9999"})
    assert response.status_code == 200
    negative = httpx.get(f"{live}/sparql", params={"query": "ASK {}", "timeout": "-1"})
    assert negative.status_code == 400


def test_slow_queries_do_not_starve_health_or_lookups(live):
    results: list[int] = []

    def slow() -> None:
        r = httpx.get(f"{live}/sparql", params={"query": SLOW, "timeout": "5"}, timeout=30)
        results.append(r.status_code)

    threads = [threading.Thread(target=slow) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    for _ in range(5):
        start = time.monotonic()
        health = httpx.get(f"{live}/health", timeout=5)
        assert health.status_code == 200 and health.json()["triples"] > 1000
        # Starved, it would wait for a slow query (5 s, 4.5 s after this loop starts); the
        # margins leave room for a loaded CI machine (1.0 s failed once under load).
        assert time.monotonic() - start < 2.0
        start = time.monotonic()
        lookup = httpx.get(f"{live}/jurisdiction/UK/actions", timeout=5)
        assert lookup.status_code == 200
        assert time.monotonic() - start < 3.0
    for t in threads:
        t.join()
    assert results == [503] * 4
    deadline = time.monotonic() + 30
    while httpx.get(f"{live}/health").json()["workers"] < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert httpx.get(f"{live}/health").json()["workers"] == 2
