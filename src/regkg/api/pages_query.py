"""The query page: a SPARQL editor with the example queries of `queries/`. Layer 4.

A query typed here runs exactly as one sent to /sparql does (same refusals, worker processes,
timeout and row cap): the page calls the endpoint's own handler and turns its SPARQL JSON
results (or N-Triples, for CONSTRUCT and DESCRIBE) into a table whose regkg IRIs link to pages.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import Request

from regkg.api import sparql
from regkg.api.errors import ApiError
from regkg.api.pages_data import page_url
from regkg.api.sparqltext import QueryTextError, inspect
from regkg.api.state import ServerState

SHOWN_ROWS = 500
DEFAULT_EXAMPLE = "jurisdiction-action-counts"


def examples(state: ServerState) -> list[dict[str, str]]:
    """Queries of `queries/` that run as they are: SELECT or ASK, no required parameter."""
    out = []
    for query in state.queries:
        if any(p.required for p in query.parameters) or query.name.startswith(("export-", "page-")):
            continue
        try:
            operation = inspect(query.text).operation
        except QueryTextError:
            continue
        if operation in ("SELECT", "ASK"):
            out.append({"name": query.name, "summary": query.summary, "text": query.text})
    return out


async def query_page(request: Request, query: str | None, example: str | None) -> dict[str, Any]:
    state: ServerState = request.app.state.regkg
    shown = examples(state)
    text = query
    if not text:
        chosen = next((e for e in shown if e["name"] == (example or DEFAULT_EXAMPLE)), None)
        text = chosen["text"] if chosen else ""
    data: dict[str, Any] = {"query": text, "examples": shown, "result": None, "error": None,
                            "downloads": {}}
    if not query:  # an example shown in the editor is run only when asked
        return data
    try:
        data["result"] = await run(request, query)
    except ApiError as error:
        data["error"] = {"status": error.status, "code": error.code, "message": error.message}
        return data
    data["downloads"] = {fmt: "/sparql?" + urlencode({"query": query, "format": fmt})
                         for fmt in ("csv", "json")}
    return data


async def run(request: Request, text: str) -> dict[str, Any]:
    try:
        operation = inspect(text).operation
    except QueryTextError:
        operation = None  # the endpoint refuses it with its own message
    graph = operation in ("CONSTRUCT", "DESCRIBE")
    fmt = "ntriples" if graph else "json"
    response = await sparql._answer(request, [("query", text), ("format", fmt)], text)
    body = bytes(response.body)
    truncated = response.headers.get("X-Regkg-Truncated") == "true"
    if graph:
        return _triples(body, truncated)
    return _solutions(json.loads(body), truncated)


def cell(term: dict[str, Any] | None) -> dict[str, Any] | None:
    """A result term for the table: its text, and a link when it is a regkg IRI."""
    if term is None:
        return None
    kind = term.get("type", "literal")
    value = str(term.get("value", ""))
    return {"kind": kind, "value": value, "lang": term.get("xml:lang"),
            "datatype": term.get("datatype"),
            "url": page_url(value) if kind == "uri" else None}


def _solutions(doc: dict[str, Any], truncated: bool) -> dict[str, Any]:
    if "boolean" in doc:
        return {"vars": ["result"], "rows": [[cell({"type": "literal",
                                                    "value": str(doc["boolean"]).lower()})]],
                "total": 1, "truncated": False}
    variables = list(doc["head"]["vars"])
    bindings = doc["results"]["bindings"]
    rows = [[cell(b.get(v)) for v in variables] for b in bindings[:SHOWN_ROWS]]
    return {"vars": variables, "rows": rows, "total": len(bindings),
            "truncated": truncated or len(bindings) > SHOWN_ROWS}


def _triples(body: bytes, truncated: bool) -> dict[str, Any]:
    triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    rows = [[cell(_ox_json(t.subject)), cell(_ox_json(t.predicate)), cell(_ox_json(t.object))]
            for t in triples[:SHOWN_ROWS]]
    return {"vars": ["subject", "predicate", "object"], "rows": rows, "total": len(triples),
            "truncated": truncated or len(triples) > SHOWN_ROWS}


def _ox_json(term: Any) -> dict[str, Any]:
    from regkg.api.serialize import term_json

    return term_json(term)
