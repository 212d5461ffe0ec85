"""POST /articles (authenticated, all or nothing) and GET /changes (Atom)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from decimal import Decimal

import pytest
from lxml import etree

from regkg.api import ingest
from regkg.api.app import create_app
from regkg.models import Action, Article, DateValue, Evidence, Extraction, Money
from regkg.pipeline import Pipeline
from regkg.settings import Settings

from .conftest import TestClient, build_store

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ATOM = "{http://www.w3.org/2005/Atom}"
TEXT = ("Ofcom fined X 5 million pounds under the Online Safety Act. "
        "The regulator said the fine was final.")


class FakeExtractor:
    """A fine by Ofcom for any article; without an amount when the text says 'NOAMOUNT'."""

    def extract(self, article: Article) -> Extraction:
        sentence = article.text.split(". ")[0] + "."
        start = article.text.index(sentence)
        amount = None if "NOAMOUNT" in article.text else Money(Decimal("5000000"), "GBP")
        action = Action("fine", "authority/ofcom", ("service/x",), "GB",
                        ("law/online-safety-act",), DateValue(dt.date(2026, 1, 2), "day"),
                        "imposed", Evidence(sentence, start, start + len(sentence)),
                        amount=amount)
        return Extraction(article, "fake", actions=(action,))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            yield self.extract(article)


def body(stem: str = "gb-ofcom-fine", text: str = TEXT, **extra: object) -> dict[str, object]:
    return {"id": stem, "text": text, "title": "Ofcom fines X", "url": "https://n.example/1",
            "published": "2026-01-03", "language": "en", "outlet": "Wire", **extra}


@pytest.fixture()
def app_client() -> Iterator[TestClient]:
    settings = Settings(store="memory", sparql_workers=1, ingest_token=TOKEN)
    store = build_store()
    app = create_app(settings, store)
    with TestClient(app) as client:
        state = app.state.regkg
        state.cache["ingest.pipeline"] = Pipeline(settings, store, extractor=FakeExtractor())
        client.store = store  # type: ignore[attr-defined]
        yield client


def digest(store) -> str:  # type: ignore[no-untyped-def]
    import io

    out = io.BytesIO()
    store.dump_nquads(out)
    return hashlib.sha256(b"".join(sorted(out.getvalue().splitlines()))).hexdigest()


def test_no_token_configured_is_403(client):
    response = client.post("/articles", json=body())
    assert response.status_code == 403
    assert "ingest disabled" in response.json()["message"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic " + TOKEN, TOKEN])
def test_missing_or_wrong_token_is_401_and_nothing_changes(app_client, header):
    before = digest(app_client.store)
    headers = {"Authorization": header} if header else {}
    response = app_client.post("/articles", json=body(), headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert digest(app_client.store) == before


@pytest.mark.parametrize("raw", [
    b"not json", b"\xff\xfe{}", b"[1, 2]", b'{"id": "../etc/passwd", "text": "x"}',
    b'{"id": "ok", "text": 3}', b'{"id": "ok", "text": "x", "extra": 1}',
    b'{"id": "ok", "text": "   "}', b'{"id": "ok", "text": "Hello.", "published": "2026-02-30"}',
    b'{"id": "ok", "text": "Hello.", "language": "de"}',
    b'{"id": "ok", "text": "Hello.", "published": "2999-01-01"}',
    b'{"id": "ok", "text": "\\u0000\\u0001\\u0002 binary"}',
])
def test_unreadable_input_is_400_and_nothing_changes(app_client, raw):
    before = digest(app_client.store)
    response = app_client.post("/articles", content=raw, headers=AUTH)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "unreadable"
    assert digest(app_client.store) == before


def test_a_body_over_the_cap_is_413(app_client):
    huge = body(text="word " * 300_000)
    assert app_client.post("/articles", json=huge, headers=AUTH).status_code == 413


def test_a_violating_article_is_422_with_the_report_and_nothing_changes(app_client):
    before = digest(app_client.store)
    response = app_client.post("/articles", json=body(text="NOAMOUNT " + TEXT), headers=AUTH)
    assert response.status_code == 422, response.text
    payload = response.json()
    assert payload["error"] == "rejected" and payload["violations"] >= 1
    assert "amount" in payload["report"]
    assert digest(app_client.store) == before


def test_an_ingested_article_is_served_everywhere_and_in_the_atom_feed(app_client):
    response = app_client.post("/articles", json=body(), headers=AUTH)
    assert response.status_code == 201, response.text
    outcome = response.json()
    assert outcome["status"] == "stored" and outcome["actions"] == ["fine"]
    assert outcome["change"].startswith("https://w3id.org/regkg/id/change/")
    article = app_client.get("/articles/gb-ofcom-fine")
    assert article.status_code == 200 and article.json()["title"] == "Ofcom fines X"
    actions = app_client.get("/jurisdiction/GB/actions").json()["items"]
    assert any(a["type"] == "fine" for a in actions)  # caches were refreshed
    asked = app_client.get("/sparql", params={"query": "ASK { GRAPH <https://w3id.org/regkg/"
                                               "graph/article/gb-ofcom-fine> { ?s ?p ?o } }",
                                               "format": "json"})
    assert asked.json()["boolean"] is True  # the SPARQL workers serve the new dump

    feed = app_client.get("/changes")
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("application/atom+xml")
    root = etree.fromstring(feed.content)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].find(f"{ATOM}id").text == outcome["change"]
    assert "fine in GB" in entries[0].find(f"{ATOM}content").text
    assert [c.get("term") for c in entries[0].findall(f"{ATOM}category")] == ["fine"]

    again = app_client.post("/articles", json=body(), headers=AUTH)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"


def test_changes_filter_by_jurisdiction_newest_first(app_client):
    assert app_client.post("/articles", json=body("first"), headers=AUTH).status_code == 201
    second = body("second", text=TEXT.replace("5 million", "6 million"))
    assert app_client.post("/articles", json=second, headers=AUTH).status_code == 201
    root = etree.fromstring(app_client.get("/changes", params={"jurisdiction": "GB"}).content)
    ids = [e.find(f"{ATOM}link").get("href").rpartition("/")[2]
           for e in root.findall(f"{ATOM}entry")]
    assert ids == ["second", "first"]
    other = etree.fromstring(app_client.get("/changes", params={"jurisdiction": "FR"}).content)
    assert other.findall(f"{ATOM}entry") == []
    assert app_client.get("/changes", params={"jurisdiction": "ZZZ"}).status_code == 404


def test_the_change_log_is_kept_out_of_the_article_graph(app_client):
    assert app_client.post("/articles", json=body(), headers=AUTH).status_code == 201
    graph = app_client.store.graph("https://w3id.org/regkg/graph/article/gb-ofcom-fine")
    assert not any("endedAtTime" in str(p) for _, p, _ in graph)
    assert app_client.store.has_graph(ingest.CHANGES_GRAPH)


def test_the_token_is_not_in_the_settings_repr():
    assert TOKEN not in repr(dataclasses.replace(Settings(), ingest_token=TOKEN))


def test_a_served_durable_store_is_written_through(tmp_path):
    """`regkg serve` on a directory: the ingest reaches the durable store and the served copy."""
    from regkg.store import EmbeddedStore

    durable, seed = EmbeddedStore(tmp_path / "store"), build_store()
    for graph in seed.graph_names():
        durable.replace_graph(graph, seed.graph(graph))
    durable.close()
    settings = Settings(store=str(tmp_path / "store"), ingest_token=TOKEN)
    app = create_app(settings, workers=False)
    with TestClient(app) as client:
        pipeline = Pipeline(settings, app.state.regkg.store, extractor=FakeExtractor())
        app.state.regkg.cache["ingest.pipeline"] = pipeline
        assert client.post("/articles", json=body(), headers=AUTH).status_code == 201
        assert client.get("/articles/gb-ofcom-fine").status_code == 200
    reopened = EmbeddedStore(tmp_path / "store")
    try:
        assert reopened.has_graph("https://w3id.org/regkg/graph/article/gb-ofcom-fine")
        assert reopened.has_graph(ingest.CHANGES_GRAPH)
    finally:
        reopened.close()
