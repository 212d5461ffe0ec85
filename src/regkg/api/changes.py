"""`GET /changes`: an Atom 1.0 feed of what each HTTP ingest added, newest first. Layer 4.

The change log is data in the store (graph `graph/changes`, written by `ingest.change_log`):
per stored article, the time, the article, the extractor version and the actions its graph
holds. Read with `queries/changes.rq`; `?jurisdiction=CODE` keeps the entries with actions in
that jurisdiction or its subdivisions, and lists only those actions.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import OrderedDict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from regkg.api.ingest import CHANGES_GRAPH
from regkg.api.lookup_common import TYPE_OF
from regkg.api.lookup_common import find_jurisdiction as _jurisdiction
from regkg.api.lookup_common import select as _select
from regkg.api.state import ServerState

router = APIRouter(tags=["ingest"])

ATOM = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml"
EPOCH = "1970-01-01T00:00:00Z"


def _entries(state: ServerState) -> list[dict[str, Any]]:
    """One dict per change, newest first, with its (type, jurisdiction IRI, action) list."""
    rows = _select(state, "changes", changes=CHANGES_GRAPH).rows
    entries: OrderedDict[str, dict[str, Any]] = OrderedDict()
    for row in rows:
        change = row["change"].value
        entry = entries.setdefault(change, {
            "id": change, "time": row["time"].value, "article": row["article"].value,
            "title": row["title"].value if "title" in row else None,
            "version": row["version"].value, "actions": set(),
        })
        code = TYPE_OF.get(row["class"].value) if "class" in row else None
        if code and "where" in row:
            entry["actions"].add((code, row["where"].value, row["action"].value))
    return list(entries.values())


def _atom_time(value: str) -> str:
    """xsd:dateTime as RFC 3339 (Atom requires a zone; ours are UTC)."""
    if value.endswith("Z") or "+" in value[10:]:
        return value
    return value + "Z"


def _feed(request: Request, state: ServerState, entries: list[dict[str, Any]]) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        element.text = text
        return element

    sub(feed, "id", str(request.url))
    sub(feed, "title", "regkg: what each ingest added")
    sub(feed, "updated", _atom_time(entries[0]["time"]) if entries else EPOCH)
    sub(sub(feed, "author"), "name", "regkg")
    sub(feed, "link", rel="self", href=str(request.url))
    base = str(request.base_url)
    for item in entries:
        stem = item["article"].rpartition("/")[2]
        actions = sorted(item["actions"])
        entry = sub(feed, "entry")
        sub(entry, "id", item["id"])
        sub(entry, "title", f"{item['title'] or stem}: {len(actions)} action(s)")
        sub(entry, "updated", _atom_time(item["time"]))
        sub(entry, "link", href=f"{base}articles/{stem}")
        for code in sorted({a[0] for a in actions}):
            sub(entry, "category", term=code)
        lines = [f"{code} in {_code(state, where)}: {action}" for code, where, action in actions]
        lines.append(f"extractor {item['version']}")
        sub(entry, "content", "\n".join(lines), type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _code(state: ServerState, iri: str) -> str:
    entity = state.index.get(iri)
    return (entity.code or entity.slug) if entity else iri.rpartition("/")[2]


@router.get(
    "/changes",
    summary="Atom feed of what each HTTP ingest added, newest first",
    response_class=Response,
    responses={200: {"content": {ATOM_TYPE: {}}, "description": "Atom 1.0 feed"},
               404: {"description": "unknown jurisdiction code"}},
)
def get_changes(
    request: Request,
    jurisdiction: Annotated[str | None, Query(
        description="only entries with actions in this jurisdiction or its subdivisions")] = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="most entries")] = 100,
) -> Response:
    state: ServerState = request.app.state.regkg
    entries = _entries(state)
    if jurisdiction:
        within = set(state.index.within(_jurisdiction(state, jurisdiction).iri))
        for entry in entries:
            entry["actions"] = {a for a in entry["actions"] if a[1] in within}
        entries = [e for e in entries if e["actions"]]
    body = _feed(request, state, entries[:limit])
    return Response(body, media_type=ATOM_TYPE)

