"""What the REST lookups and the pages share: request plumbing, parameters, responses. Layer 4.

Path and query parameters are resolved here in Python (entity index, typed values), so what
reaches a query is an IRI or a typed literal serialised by Oxigraph, never pasted text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import Query, Request
from fastapi.responses import JSONResponse, Response

from regkg import namespaces as ns
from regkg.api import counts, media
from regkg.api.errors import ApiError, bad_request, not_found
from regkg.api.index import Entity
from regkg.api.state import ServerState
from regkg.queries import ParameterError
from regkg.store import Cell, SelectResult
from regkg.store.base import bind_iris

ID = str(ns.ID)
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
PRECISION_OF = {str(v): k for k, v in ns.PRECISIONS.items()}
STATUS_OF = {str(v): k for k, v in ns.STATUSES.items()}
STATUS_ORDER = list(ns.STATUSES)
TYPE_OF = {str(cls): code for cls, code in ns.ACTION_TYPES.items()}
RESOURCE_KINDS = (*ns.ENTITY_KINDS, "action", "claim", "article", "evidence")  # under /id/
TARGET_KINDS = ("service", "organisation", "person", "authority")
SPEAKER_KINDS = ("person", "authority", "organisation", "service")
AUTHORITY_CLASSES = {
    str(ns.Regulator): "regulator", str(ns.Government): "government",
    str(ns.ProsecutorOrCourt): "prosecutor_or_court", str(ns.Legislature): "legislature",
}
# 'id:' and 'graph:' would need escaped slashes in local names: full IRIs read better.
TURTLE_PREFIXES = {k: v for k, v in ns.PREFIXES.items() if k not in ("id", "graph")}

Limit = Annotated[int, Query(ge=1, description="page size (at most settings.max_page_size)")]
Offset = Annotated[int, Query(ge=0, description="number of items to skip")]
Since = Annotated[str | None, Query(description="earliest date, YYYY-MM-DD (or YYYY-MM, YYYY)")]
Until = Annotated[str | None, Query(description="latest date, YYYY-MM-DD (or YYYY-MM, YYYY)")]
TypeFilter = Annotated[str | None, Query(
    alias="type", description="action type: " + ", ".join(ns.ACTION_CLASSES))]
LawFilter = Annotated[str | None, Query(description="law id, name or abbreviation (DSA)")]
TargetFilter = Annotated[str | None, Query(description="target id or name (X, Grok, xAI)")]


# --- plumbing ------------------------------------------------------------------------------
def state_of(request: Request) -> ServerState:
    state: ServerState = request.app.state.regkg
    return state


def echo(value: str) -> str:
    """A client value safe to repeat in a message: short, control characters escaped."""
    return repr(value[:60] + ("..." if len(value) > 60 else ""))


def select(state: ServerState, name: str, **params: object) -> SelectResult:
    try:
        return state.queries.select(state.store, name, **params)
    except ParameterError as error:
        raise bad_request(str(error)) from None


def cell_value(row: dict[str, Cell], name: str) -> str | None:
    cell = row.get(name)
    return cell.value if cell is not None else None


def date_text(value: str, precision: str | None) -> str:
    if precision == "year":
        return value[:4]
    if precision == "month":
        return value[:7]
    return value


def json_number(text: str) -> int | float | str:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    return int(number) if number == number.to_integral_value() else float(number)


def parse_day(raw: str | None, name: str, end: bool = False) -> str | None:
    if raw is None or raw == "":
        return None
    text = raw.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            day = dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
        elif re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = map(int, text.split("-"))
            day = dt.date(year, month, 1)
            if end:
                day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) \
                    - dt.timedelta(days=1)
        else:
            day = dt.date.fromisoformat(text)
    except ValueError:
        raise bad_request(f"{name} must be a date (YYYY-MM-DD, YYYY-MM or YYYY), "
                          f"not {echo(raw)}") from None
    return day.isoformat()


def page_args(state: ServerState, limit: int, offset: int) -> tuple[int, int]:
    ceiling = state.settings.max_page_size
    if limit > ceiling:
        raise bad_request(f"limit must be at most {ceiling}")
    return limit, offset


def respond(request: Request, payload: Any, iris: Iterable[str]) -> Response:
    """JSON by default; JSON-LD, Turtle, N-Triples or RDF/XML of `iris` by Accept/format."""
    try:
        fmt = media.negotiate(media.RESOURCE_FORMATS, request.headers.get("accept"),
                              request.query_params.get("format"))
    except media.NotAcceptable as error:
        raise ApiError(406, "not_acceptable", str(error)) from None
    if fmt is media.JSON:
        return JSONResponse(payload, headers={"Vary": "Accept"})
    state = state_of(request)
    wanted = list(dict.fromkeys(iris))
    query = state.queries["entity-construct"]
    graph = state.store.construct(bind_iris(query.text, "entity", wanted)) if wanted else None
    assert fmt.ox_rdf is not None
    triples = [] if graph is None else [
        ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in graph
    ]
    if fmt.ox_rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
        body = ox.serialize(triples, format=fmt.ox_rdf, prefixes=TURTLE_PREFIXES)
    else:
        body = ox.serialize(triples, format=fmt.ox_rdf)
    return Response(body, media_type=fmt.media_type, headers={"Vary": "Accept"})


def _ox(term: Any) -> Any:
    from regkg.store.embedded import to_ox

    return to_ox(term)


# --- parameters: names, codes and types resolved to IRIs before any query ---------------
def filters(
    state: ServerState, type_: str | None, law: str | None, target: str | None
) -> dict[str, str]:
    params: dict[str, str] = {}
    if type_:
        cls = ns.ACTION_CLASSES.get(type_.strip().lower())
        if cls is None:
            raise bad_request(f"unknown action type {echo(type_)}; use one of: "
                              + ", ".join(ns.ACTION_CLASSES))
        params["type"] = str(cls)
    if law:
        params["law"] = find_entity(state, ("law",), law, "law", status=400).iri
    if target:
        params["target"] = find_entity(state, TARGET_KINDS, target, "target", status=400).iri
    return params


def find_entity(
    state: ServerState, kinds: tuple[str, ...], name: str, what: str, status: int = 404
) -> Entity:
    entity = state.index.resolve(kinds, name)
    if entity is None:
        closest = state.index.closest(kinds, name)
        raise ApiError(status, "not_found" if status == 404 else "unknown_" + what,
                       f"no {what} {echo(name)}; closest: {', '.join(closest) or 'none'}",
                       closest=closest)
    return entity


def find_jurisdiction(state: ServerState, code: str) -> Entity:
    entity = state.index.jurisdiction(code)
    if entity is None:
        closest = state.index.closest_codes(code)
        raise not_found(
            f"no jurisdiction {echo(code)}; closest known codes: {', '.join(closest)}",
            closest=closest,
        )
    return entity


def served_counts(state: ServerState, name: str) -> dict[str, int]:
    """A count table (queries/`name`.rq, see `counts`): precomputed on an embedded store,
    from the remote store per request (or per `remote_counts_ttl_s`)."""
    return counts.table_of(state.counts, state.remote_counts, state.store, state.queries, name)


def best_date(dates: Iterable[tuple[str, str | None]]) -> tuple[str, str] | None:
    """The most precise date reported, the earliest among equally precise ones."""
    ranked = sorted(
        ((PRECISION_RANK.get(p or "", 9), d, p or "day") for d, p in dates if d),
    )
    if not ranked:
        return None
    _, value, precision = ranked[0]
    return value, precision
