"""Authenticated ingest over HTTP: `POST /articles`. Layer 4.

The posted article goes through the same chain as `regkg build`: its fields are written as a
`.txt` file and `.meta.json` sidecar in a private temporary directory and read back with
`articles.read_article` (size cap, UTF-8, control characters, language, publication date,
content hash), then the pipeline extracts, validates (SHACL) and writes it, all or nothing.
The write runs in a worker thread, one ingest at a time (`ServerState.ingest_lock`); readers
keep being served from the previous state until `refresh` swaps in the new one.

Where the write goes: an injected store (tests) or a remote store (served where it is) is
written directly; a served copy of a durable store is written through to the durable store, and
the changed graphs are copied into the served in-memory copy. Each stored article adds one entry
to the change log, graph `graph/changes`
(kept out of the article graph so that rebuilds stay byte-identical): see `changes.py`.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import re
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV

from regkg import namespaces as ns
from regkg.api.counts import compute_all
from regkg.api.errors import ApiError, bad_request
from regkg.api.index import EntityIndex
from regkg.api.sparql import read_body
from regkg.api.state import LRU, ServerState, write_dump
from regkg.api.workers import WorkerPool
from regkg.articles import ArticleError, read_article
from regkg.models import Article
from regkg.pipeline import IngestOutcome, Pipeline, Timings
from regkg.store import Store, open_store

router = APIRouter(tags=["ingest"])

CHANGES_GRAPH = str(ns.GRAPH["changes"])
STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}")
FIELDS = ("id", "text", "title", "url", "published", "language", "outlet")
_PIPELINE_KEY = "ingest.pipeline"


def check_token(request: Request) -> None:
    """403 when no token is configured, 401 unless `Authorization: Bearer <token>` matches."""
    token = request.app.state.regkg.settings.ingest_token
    if not token:
        raise ApiError(403, "ingest_disabled",
                       "ingest disabled: the server has no REGKG_INGEST_TOKEN")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode("utf-8"), token.encode("utf-8")):
        error = ApiError(401, "unauthorized", "a valid 'Authorization: Bearer' token is required")
        error.headers["WWW-Authenticate"] = 'Bearer realm="regkg"'
        raise error


def parse_body(body: bytes) -> dict[str, Any]:
    """The posted JSON object, checked: known fields, a safe id, text as a string."""
    try:
        payload = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise bad_request(f"the body is not UTF-8: {error}", "unreadable") from None
    except (json.JSONDecodeError, RecursionError) as error:
        raise bad_request(f"the body is not JSON: {error}", "unreadable") from None
    if not isinstance(payload, dict):
        raise bad_request("the body must be a JSON object", "unreadable")
    unknown = sorted(set(payload) - set(FIELDS))
    if unknown:
        raise bad_request(f"unknown field(s) {unknown[:5]}; known: {', '.join(FIELDS)}",
                          "unreadable")
    stem = payload.get("id")
    if not isinstance(stem, str) or not STEM.fullmatch(stem):
        raise bad_request("id must be 1-128 characters of A-Z a-z 0-9 _ - (a file stem), "
                          "starting with a letter or digit", "unreadable")
    if not isinstance(payload.get("text"), str):
        raise bad_request("text must be a string", "unreadable")
    return payload


def read_posted(payload: dict[str, Any], max_bytes: int) -> Article:
    """The posted fields as an `Article`, read exactly as `regkg build` reads a .txt file."""
    stem = payload["id"]
    metadata = {k: v for k, v in payload.items() if k not in ("id", "text")}
    with tempfile.TemporaryDirectory(prefix="regkg-ingest-") as tmp:
        path = Path(tmp) / f"{stem}.txt"
        try:
            path.write_bytes(payload["text"].encode("utf-8"))
        except UnicodeEncodeError as error:
            raise bad_request(f"text is not valid Unicode: {error}", "unreadable") from None
        (Path(tmp) / f"{stem}.meta.json").write_text(json.dumps(metadata), encoding="utf-8")
        try:
            article = read_article(path, max_bytes)
        except ArticleError as error:
            message = str(error).replace(str(path), f"{stem} (posted)")
            raise bad_request(message, "unreadable") from None
    return replace(article, source_file=f"api:{stem}")


@contextmanager
def write_store(state: ServerState) -> Iterator[Store]:
    """The store an ingest writes: the served one, unless it is a copy of a durable store.
    (A remote store is served where it is: writing it through a second connection and then
    copying the graphs onto the same server did every write twice.)"""
    if not state.served_copy:
        yield state.store
        return
    durable = open_store(state.settings.store)
    try:
        yield durable
    finally:
        durable.close()


def _pipeline(state: ServerState, store: Store) -> Pipeline:
    with state.cache_lock:
        pipeline = state.cache.get(_PIPELINE_KEY)
    if not isinstance(pipeline, Pipeline):
        pipeline = Pipeline(state.settings, store)
        with state.cache_lock:
            state.cache[_PIPELINE_KEY] = pipeline
    pipeline.store = store
    return pipeline


def change_log(store: Store, pipeline: Pipeline, article: Article, now: dt.datetime) -> URIRef:
    """Append one entry (time, article, extractor version, its actions) to graph/changes."""
    change = ns.ID[f"change/{now.strftime('%Y%m%dT%H%M%S%fZ')}-{article.id}"]
    graph = Graph()
    if store.has_graph(CHANGES_GRAPH):
        graph += store.graph(CHANGES_GRAPH)
    article_iri = ns.article_iri(article.id)
    graph.add((change, PROV.used, article_iri))
    graph.add((change, PROV.endedAtTime, Literal(now)))
    graph.add((change, ns.extractorVersion, Literal(pipeline.version)))
    rows = pipeline.queries.select(store, "article-actions",
                                   graph=ns.article_graph(article.id)).rows
    for row in rows:
        graph.add((change, PROV.generated, URIRef(row["action"].value)))
    store.replace_graph(CHANGES_GRAPH, graph)
    return change


def ingest(state: ServerState, article: Article) -> tuple[IngestOutcome, str | None]:
    """Validate and write one article (all or nothing); on success log it and refresh."""
    with state.ingest_lock, write_store(state) as store:
        pipeline = _pipeline(state, store)
        pipeline.install_schema()
        if pipeline.is_stored(article):
            return IngestOutcome(article.source_file or article.id, "unchanged", article.id), None
        try:
            outcome = list(pipeline.ingest_articles([article], Timings()))[0]
            if outcome.status != "stored":  # all or nothing: nothing was written
                return outcome, None
            change = change_log(store, pipeline, article, dt.datetime.now(dt.UTC))
            if store is not state.store:
                for name in (str(ns.article_graph(article.id)), CHANGES_GRAPH,
                             str(ns.ONTOLOGY_GRAPH), str(ns.REFERENCE_GRAPH)):
                    state.store.replace_graph(name, store.graph(name))
        except BaseException:
            # Part of it may be written (the article graph, not yet the change log or the
            # served copy): serve what the store holds now, counts included, then fail.
            refresh(state)
            raise
        refresh(state)
        return outcome, str(change)


def refresh(state: ServerState) -> None:
    """Serve the changed store: new index, counts and caches, and SPARQL workers on a new dump.

    The counts of an embedded store are computed again here, whole (about 0.1 s at 1M triples:
    an article can add an action other articles already report, so no cheap delta is exact);
    a remote store's cached counts are dropped. The old worker pool keeps answering the queries
    it has until their timeout, then stops.
    """
    index = EntityIndex.load(state.store, state.queries)
    counts = compute_all(state.store, state.queries) if state.counts is not None else None
    state.index = index
    state.counts = counts
    state.remote_counts.clear()
    state.triple_count = state.store.triple_count()
    state.graphs = frozenset(state.store.graph_names())
    with state.cache_lock:
        kept = {k: v for k, v in state.cache.items() if k.endswith("pipeline")}
        state.cache.clear()
        state.cache.update(kept)
        state.lru = LRU(state.settings.lookup_cache_entries)
    old = state.pool
    if old is None or state.workdir is None:
        return
    dump = write_dump(state.store, state.workdir)
    pool = WorkerPool(dump, state.settings.sparql_workers)
    pool.start()
    state.pool = pool
    timer = threading.Timer(state.settings.query_timeout_s + 1.0, old.close)
    timer.daemon = True
    timer.start()


def _outcome_json(outcome: IngestOutcome, change: str | None) -> dict[str, Any]:
    report = outcome.report
    return {
        "status": outcome.status,
        "id": outcome.article_id,
        "graph": str(ns.article_graph(outcome.article_id)) if outcome.article_id else None,
        "triples": outcome.triples,
        "actions": list(outcome.actions),
        "claims": outcome.claims,
        "change": change,
        "warnings": len(report.warnings) if report else 0,
    }


@router.post(
    "/articles",
    summary="Ingest one article (JSON) with a bearer token: validated, all or nothing",
    responses={201: {"description": "stored"}, 200: {"description": "already stored"},
               400: {"description": "unreadable input"}, 401: {"description": "bad token"},
               403: {"description": "ingest disabled"}, 413: {"description": "too large"},
               422: {"description": "rejected by SHACL (report)"}},
)
async def post_article(request: Request) -> Response:
    check_token(request)
    state: ServerState = request.app.state.regkg
    body = await read_body(request, state.settings.max_body_bytes)
    payload = parse_body(body)
    article = await anyio.to_thread.run_sync(
        read_posted, payload, state.settings.max_article_bytes)
    outcome, change = await anyio.to_thread.run_sync(ingest, state, article)
    if outcome.status == "rejected":
        report = outcome.report
        raise ApiError(422, "rejected", "the article's graph violates the shapes; nothing was "
                       "written", report=outcome.message,
                       violations=len(report.violations) if report else 0)
    if outcome.status == "unreadable":
        raise bad_request(outcome.message, "unreadable")
    status = 201 if outcome.status == "stored" else 200
    return JSONResponse(_outcome_json(outcome, change), status_code=status)
