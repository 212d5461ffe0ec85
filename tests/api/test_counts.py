"""The counts the count routes show stay equal to a fresh COUNT query, on both backends.

Embedded: computed when the served store is set up and after each ingest, never at request
time. Virtuoso (REGKG_TEST_VIRTUOSO): queried per request, or reused for remote_counts_ttl_s.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from regkg.api import counts, ingest
from regkg.api.app import create_app
from regkg.api.counts import COUNT_QUERIES, RemoteCounts, count_table
from regkg.api.lookup_common import served_counts
from regkg.api.pages_data import home
from regkg.api.state import ServerState
from regkg.pipeline import Pipeline
from regkg.settings import Settings
from regkg.store import Store
from regkg.store.remote import RemoteStore

from ..store.conftest import virtuoso_store
from .conftest import TestClient, build_store
from .test_ingest_http import AUTH, TEXT, TOKEN, FakeExtractor, body

OFCOM = "https://w3id.org/regkg/id/authority/ofcom"
GB = "https://w3id.org/regkg/id/jurisdiction/GB"
OSA = "https://w3id.org/regkg/id/law/online-safety-act"


def seeded(backend: str) -> Store:
    seed = build_store()
    if backend == "embedded":
        return seed
    remote = virtuoso_store()  # skips without REGKG_TEST_VIRTUOSO; starts empty
    for graph in seed.graph_names():
        remote.replace_graph(graph, seed.graph(graph))
    return remote


def serve(store: Store, **settings: Any) -> Iterator[tuple[TestClient, ServerState]]:
    config = Settings(store="memory", ingest_token=TOKEN, **settings)
    app = create_app(config, store, workers=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        state: ServerState = app.state.regkg
        state.cache["ingest.pipeline"] = Pipeline(config, store, extractor=FakeExtractor())
        yield client, state


@pytest.fixture(params=["embedded", "virtuoso"])
def served(request: pytest.FixtureRequest) -> Iterator[tuple[TestClient, ServerState]]:
    store = seeded(request.param)
    yield from serve(store)
    store.close()


def fresh(state: ServerState) -> dict[str, dict[str, int]]:
    """Each count query run now against the served store."""
    return {name: count_table(state.store, state.queries, name) for name in COUNT_QUERIES}


def shown(state: ServerState) -> dict[str, dict[str, int]]:
    return {name: served_counts(state, name) for name in COUNT_QUERIES}


def route_counts(client: TestClient) -> dict[str, int]:
    """Ofcom's, the Online Safety Act's and GB's action counts as the routes show them."""
    authorities = {a["id"]: a["actions"] for a in client.get("/authorities").json()["items"]}
    laws = {law["id"]: law["actions"] for law in client.get("/laws").json()["items"]}
    places = {j["code"]: j["actions"] for j in client.get("/jurisdictions").json()["items"]}
    return {"ofcom": authorities["authority/ofcom"], "osa": laws["law/online-safety-act"],
            "GB": places["GB"]}


def test_counts_equal_a_fresh_count_query_at_start(served):
    client, state = served
    assert shown(state) == fresh(state)
    assert shown(state)["authority-action-counts"][OFCOM] == 1
    assert route_counts(client) == {"ofcom": 1, "osa": 1, "GB": 1}
    assert home(state)["counts"]["actions"] == 5


def test_an_ingest_updates_the_counts(served):
    client, state = served
    response = client.post("/articles", json=body(), headers=AUTH)
    assert response.status_code == 201, response.text
    assert shown(state) == fresh(state)
    assert route_counts(client) == {"ofcom": 2, "osa": 2, "GB": 2}
    assert home(state)["counts"]["articles"] == 6


def test_a_rejected_ingest_leaves_the_counts_as_they_were(served):
    client, state = served
    before = shown(state)
    response = client.post("/articles", json=body(text="NOAMOUNT " + TEXT), headers=AUTH)
    assert response.status_code == 422, response.text
    assert shown(state) == fresh(state) == before


def test_an_ingest_failing_after_its_write_still_refreshes_the_counts(served, monkeypatch):
    """Regression: the article graph was written, then the change log failed; the counts
    kept their old values although the store held the new action."""
    client, state = served

    def broken(*args: object) -> None:
        raise RuntimeError("change log unavailable")

    monkeypatch.setattr(ingest, "change_log", broken)
    response = client.post("/articles", json=body(), headers=AUTH)
    assert response.status_code == 500
    assert shown(state) == fresh(state)
    assert route_counts(client)["ofcom"] == 2  # the stored article's fine is counted


def test_the_embedded_store_runs_no_count_query_at_request_time(monkeypatch):
    store = build_store()
    for client, state in serve(store):
        def no_query(*args: object) -> None:
            raise AssertionError("a count query ran at request time")

        monkeypatch.setattr(counts, "count_table", no_query)
        for route in ("/authorities", "/laws", "/jurisdictions", "/jurisdiction/GB"):
            assert client.get(route).status_code == 200, route
        assert home(state)["counts"]["claims"] == 1


def test_remote_counts_are_queried_per_request_by_default(monkeypatch):
    """Another writer removes an article graph from Virtuoso: the next request shows it."""
    remote = seeded("virtuoso")
    assert isinstance(remote, RemoteStore)
    for client, state in serve(remote):
        assert route_counts(client)["ofcom"] == 1
        other = RemoteStore(remote.url, remote.config)
        other.remove_graph("https://w3id.org/regkg/graph/article/uk-ofcom-x")
        other.close()
        assert route_counts(client)["ofcom"] == 0
        assert shown(state) == fresh(state)
    remote.close()


def test_a_remote_jurisdiction_list_queries_its_counts_once(monkeypatch):
    """Regression: each jurisdiction of /jurisdictions (and of the home page) read the counts
    again, one query per jurisdiction on a remote store (32 at 100k triples, 0.9 s)."""
    remote = seeded("virtuoso")
    ran: list[str] = []
    real = counts.count_table

    def counted(store: Store, queries: Any, name: str) -> dict[str, int]:
        ran.append(name)
        return real(store, queries, name)

    monkeypatch.setattr(counts, "count_table", counted)
    for client, state in serve(remote):
        assert client.get("/jurisdictions").status_code == 200
        assert ran == ["jurisdiction-action-counts"]
        home(state)
        assert sorted(ran[1:]) == ["jurisdiction-action-counts", "stats-actions-by-type",
                                   "stats-counts"]
    remote.close()


def test_remote_counts_are_reused_within_their_ttl(monkeypatch):
    remote = seeded("virtuoso")
    assert isinstance(remote, RemoteStore)
    now = [1000.0]
    monkeypatch.setattr(counts.time, "monotonic", lambda: now[0])
    for client, _ in serve(remote, remote_counts_ttl_s=60.0):
        assert route_counts(client)["ofcom"] == 1
        other = RemoteStore(remote.url, remote.config)
        other.remove_graph("https://w3id.org/regkg/graph/article/uk-ofcom-x")
        other.close()
        now[0] += 59.0
        assert route_counts(client)["ofcom"] == 1  # within the TTL: the counts it has
        now[0] += 2.0
        assert route_counts(client)["ofcom"] == 0  # past it: queried again
    remote.close()


def test_remote_counts_ttl_zero_never_keeps_a_table():
    store = build_store()
    keeper = RemoteCounts(0.0)
    settings = Settings()
    from regkg.queries import registry

    queries = registry(settings.queries_dir)
    first = keeper.get(store, queries, "authority-action-counts")
    store.remove_graph("https://w3id.org/regkg/graph/article/uk-ofcom-x")
    assert OFCOM in first and OFCOM not in keeper.get(store, queries, "authority-action-counts")
