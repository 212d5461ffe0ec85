"""The article page: the article's own text with every extracted fact at its sentence. Layer 4.

The text is not in the graph: it is read from the article file (rkg:sourceFile, as given or
relative to the data directory) with `regkg.articles.read_article`, and the evidence nodes'
rkg:charStart/charEnd cut it into plain and highlighted segments. SHACL findings are computed on
demand by re-validating the stored article graph, never stored.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal
from rdflib.namespace import XSD

from regkg import namespaces as ns
from regkg.api import lookup_common, lookup_data
from regkg.api.lookup_common import cell_value
from regkg.api.pages_data import page_url
from regkg.api.state import ServerState
from regkg.articles import ArticleError, read_article
from regkg.pipeline import Pipeline
from regkg.validation import validate

FACT_KINDS = {str(ns.Claim): "claim", str(ns.PenaltyProvision): "penalty provision",
              **{str(c): "action" for c in ns.ACTION_CLASSES.values()},
              **{str(c): "entity" for c in ns.ENTITY_KINDS.values()}}


def article(state: ServerState, stem: str) -> dict[str, Any]:
    meta = lookup_data.article_or_404(state, stem)
    spans = evidence_spans(state, stem, meta["graph"])
    text, problem = _read_text(state, meta.get("source_file"), meta.get("content_hash"))
    return {
        "article": meta,
        "text_problem": problem,
        "segments": segments(text, spans) if text is not None else [],
        "evidence": spans,
        "validation": validation(state, stem, meta["graph"]),
    }


def evidence_spans(state: ServerState, stem: str, graph: str) -> list[dict[str, Any]]:
    """One entry per evidence node: offsets, sentence, and the facts it supports."""
    rows = lookup_common.select(state, "page-article-evidence", article=str(ns.article_iri(stem)),
                           graph=graph).rows
    spans: dict[str, dict[str, Any]] = {}
    facts: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in rows:
        evidence = row["evidence"].value
        spans.setdefault(evidence, {
            "id": "ev-" + evidence.rpartition("/")[2],
            "start": int(row["start"].value),
            "end": int(row["end"].value),
            "sentence": row["sentence"].value,
        })
        fact = row["fact"].value
        kind = FACT_KINDS.get(row["class"].value)
        if kind is None:
            continue
        facts[evidence].setdefault(fact, {
            "id": fact.rpartition("/")[2], "iri": fact, "kind": kind, "url": page_url(fact),
            "label": cell_value(row, "label") or cell_value(row, "quote")
            or cell_value(row, "name") or fact.rpartition("/")[2],
        })
    out = []
    for evidence, span in spans.items():
        span["facts"] = sorted(facts[evidence].values(), key=lambda f: (f["kind"], f["label"]))
        out.append(span)
    out.sort(key=lambda s: (s["start"], s["end"]))
    return out


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut into plain and highlighted pieces; overlapping spans are merged."""
    merged: list[dict[str, Any]] = []
    for span in spans:
        start, end = max(0, span["start"]), min(len(text), span["end"])
        if start >= end:
            continue
        if merged and start < merged[-1]["end"]:
            last = merged[-1]
            last["end"] = max(last["end"], end)
            last["ids"].append(span["id"])
            last["facts"].extend(f for f in span["facts"] if f not in last["facts"])
            continue
        merged.append({"start": start, "end": end, "ids": [span["id"]],
                       "facts": list(span["facts"])})
    out: list[dict[str, Any]] = []
    cursor, seen = 0, set()
    for piece in merged:
        if piece["start"] > cursor:
            out.append({"text": text[cursor:piece["start"]], "highlight": False})
        anchors = [f["id"] for f in piece["facts"] if f["id"] not in seen]  # first mention
        seen.update(anchors)
        out.append({"text": text[piece["start"]:piece["end"]], "highlight": True,
                    "ids": piece["ids"], "facts": piece["facts"], "anchors": anchors})
        cursor = piece["end"]
    if cursor < len(text):
        out.append({"text": text[cursor:], "highlight": False})
    return out


def source_path(state: ServerState, source_file: str | None) -> Path | None:
    """The article file: the recorded path if it exists, else under the data directory."""
    if not source_file:
        return None
    given = Path(source_file)
    articles_dir = state.settings.articles_dir
    candidates = [given] if given.is_absolute() else [articles_dir / given,
                                                      state.settings.data_dir / given]
    candidates.append(articles_dir / given.name)
    return next((p for p in candidates if p.is_file()), None)


def _read_text(
    state: ServerState, source_file: str | None, content_hash: str | None
) -> tuple[str | None, str | None]:
    path = source_path(state, source_file)
    if path is None:
        return None, f"the article file {source_file or '(none recorded)'} was not found"
    try:
        found = read_article(path, state.settings.max_article_bytes)
    except ArticleError as error:
        return None, str(error)
    if content_hash and found.content_hash != content_hash:
        return found.text, ("the article file changed since it was extracted: "
                            "highlights may be misplaced (rebuild to refresh)")
    return found.text, None


def validation(state: ServerState, stem: str, graph: str) -> dict[str, Any]:
    """SHACL findings for the stored article graph, computed on first request."""
    key = "pages.validation." + stem
    with state.cache_lock:
        cached = state.cache.get(key)
    if isinstance(cached, dict):
        return cached
    pipeline = _pipeline(state)
    stored = _plain_strings(state.store.graph(graph))
    report = validate(pipeline.validation_data(stored), pipeline.shapes)
    result = {
        "conforms": report.conforms,
        "engine": report.engine,
        "violations": [dataclasses.asdict(f) for f in report.violations],
        "warnings": [dataclasses.asdict(f) for f in report.warnings],
    }
    with state.cache_lock:
        state.cache[key] = result
    return result


def _plain_strings(graph: Graph) -> Graph:
    """The graph with xsd:string literals as simple literals, as the mapping wrote them.

    Read back from the store, "fr" comes as "fr"^^xsd:string: the same RDF 1.1 term, but not
    equal in rdflib, so the shapes' sh:in ("fr" "en") would reject it.
    """
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


def _pipeline(state: ServerState) -> Pipeline:
    """Reference and shapes, loaded once per server (the NLP model is never loaded here)."""
    with state.cache_lock:
        cached = state.cache.get("pages.pipeline")
        if cached is None:
            cached = state.cache["pages.pipeline"] = Pipeline(state.settings, state.store)
    assert isinstance(cached, Pipeline)
    return cached
