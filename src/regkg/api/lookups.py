"""REST lookups: jurisdictions, authorities, laws, targets, claims, actions, articles. Layer 4.

Every lookup runs `queries/*.rq` files with bound parameters. Path and query parameters are
first resolved in Python (entity index, typed values), so what reaches a query is an IRI or a
typed literal serialised by Oxigraph, never text pasted into the query. Lists are two steps: a
query that matches actions (one row per action and reported date), ranked in Python (newest
first, undated last, total count), then one query for the facts of the page's actions.

Endpoints are plain `def` functions: FastAPI runs them in its thread pool, never on the event
loop, and pyoxigraph releases the GIL while it evaluates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from regkg import namespaces as ns
from regkg.api import media
from regkg.api.errors import ApiError, bad_request, not_found
from regkg.api.index import Entity
from regkg.api.state import ServerState
from regkg.queries import ParameterError
from regkg.store import Cell, SelectResult

router = APIRouter()

ID = str(ns.ID)
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
PRECISION_OF = {str(v): k for k, v in ns.PRECISIONS.items()}
STATUS_OF = {str(v): k for k, v in ns.STATUSES.items()}
STATUS_ORDER = list(ns.STATUSES)
TYPE_OF = {str(cls): code for cls, code in ns.ACTION_TYPES.items()}
TARGET_KINDS = ("service", "organisation", "person", "authority")
SPEAKER_KINDS = ("person", "authority", "organisation", "service")
AUTHORITY_CLASSES = {
    str(ns.Regulator): "regulator", str(ns.Government): "government",
    str(ns.ProsecutorOrCourt): "prosecutor_or_court", str(ns.Legislature): "legislature",
}
# 'id:' and 'graph:' would need escaped slashes in local names: full IRIs read better.
TURTLE_PREFIXES = {k: v for k, v in ns.PREFIXES.items() if k not in ("id", "graph")}
_WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)

Limit = Annotated[int, Query(ge=1, description="page size (at most settings.max_page_size)")]
Offset = Annotated[int, Query(ge=0, description="number of items to skip")]
Since = Annotated[str | None, Query(description="earliest date, YYYY-MM-DD (or YYYY-MM, YYYY)")]
Until = Annotated[str | None, Query(description="latest date, YYYY-MM-DD (or YYYY-MM, YYYY)")]
TypeFilter = Annotated[str | None, Query(
    alias="type", description="action type: " + ", ".join(ns.ACTION_CLASSES))]
LawFilter = Annotated[str | None, Query(description="law id, name or abbreviation (DSA)")]
TargetFilter = Annotated[str | None, Query(description="target id or name (X, Grok, xAI)")]


# --- plumbing ------------------------------------------------------------------------------
def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.regkg
    return state


def _echo(value: str) -> str:
    """A client value safe to repeat in a message: short, control characters escaped."""
    return repr(value[:60] + ("..." if len(value) > 60 else ""))


def bind_rows(text: str, name: str, iris: Sequence[str]) -> str:
    """Bind `?name` to several IRIs: a VALUES block whose terms Oxigraph serialises.

    The one-row `store.bind_values` cannot express a page of actions; the IRIs bound here come
    from the store's own results, and are still written by Oxigraph's term serialiser.
    """
    match = _WHERE_OPEN.search(text)
    if match is None or not re.fullmatch(r"[A-Za-z_]\w*", name):
        raise ValueError("a bound query needs a WHERE group and a variable name")
    terms = " ".join(str(ox.NamedNode(i)) for i in iris)
    return f"{text[:match.end()]} VALUES ?{name} {{ {terms} }} {text[match.end():]}"


def _select_rows(state: ServerState, name: str, var: str, iris: Sequence[str]) -> SelectResult:
    query = state.queries[name]
    return state.store.select(bind_rows(query.text, var, iris))


def _select(state: ServerState, name: str, **params: object) -> SelectResult:
    try:
        return state.queries.select(state.store, name, **params)
    except ParameterError as error:
        raise bad_request(str(error)) from None


def _value(row: dict[str, Cell], name: str) -> str | None:
    cell = row.get(name)
    return cell.value if cell is not None else None


def _date_text(value: str, precision: str | None) -> str:
    if precision == "year":
        return value[:4]
    if precision == "month":
        return value[:7]
    return value


def _number(text: str) -> int | float | str:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    return int(number) if number == number.to_integral_value() else float(number)


def _parse_day(raw: str | None, name: str, end: bool = False) -> str | None:
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
                          f"not {_echo(raw)}") from None
    return day.isoformat()


def _page_args(state: ServerState, limit: int, offset: int) -> tuple[int, int]:
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
    state = _state(request)
    wanted = list(dict.fromkeys(iris))
    query = state.queries["entity-construct"]
    graph = state.store.construct(bind_rows(query.text, "entity", wanted)) if wanted else None
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


# --- actions -------------------------------------------------------------------------------
def _best_date(dates: Iterable[tuple[str, str | None]]) -> tuple[str, str] | None:
    """The most precise date reported, the earliest among equally precise ones."""
    ranked = sorted(
        ((PRECISION_RANK.get(p or "", 9), d, p or "day") for d, p in dates if d),
    )
    if not ranked:
        return None
    _, value, precision = ranked[0]
    return value, precision


Rows = list[tuple[str | None, ...]]


def _rows(state: ServerState, text: str) -> tuple[list[str], Rows]:
    """(variables, rows of plain values) for one of our queries, bound already.

    Served stores are in-memory `EmbeddedStore`s: their pyoxigraph results are read as tuples
    (the per-cell `Cell` conversion of `Store.select` cost 2-3x the query on large pages).
    """
    native = getattr(state.store, "native", None)
    if isinstance(native, ox.Store):
        result = native.query(text, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        return names, [tuple(None if t is None else t.value for t in sol) for sol in result]
    selected = state.store.select(text)
    names = list(selected.variables)
    return names, [tuple(r[n].value if n in r else None for n in names) for r in selected.rows]


def _bound_text(state: ServerState, name: str, params: dict[str, str]) -> str:
    from regkg.store.base import bind_values

    query = state.queries[name]
    try:
        return bind_values(query.text, query.bindings(params))
    except ParameterError as error:
        raise bad_request(str(error)) from None


Ranked = list[tuple[str, tuple[str, str] | None, frozenset[str]]]


def rank_actions(state: ServerState, name: str, params: dict[str, str]) -> Ranked:
    """(action IRI, best date, jurisdictions) per matching action, newest first, undated last.

    Cached per query and parameters: the served store does not change while it is served.
    """
    key = ("rank", name, tuple(sorted(params.items())))
    cached = state.lru.get(key)
    if cached is not None:
        ranked: Ranked = cached
        return ranked
    ranked = _rank_rows(*_rows(state, _bound_text(state, name, params)))
    state.lru.put(key, ranked)
    return ranked


PRECISION_BY_RANK = sorted(PRECISION_RANK, key=PRECISION_RANK.__getitem__)


def _rank_rows(names: list[str], rows: Rows) -> Ranked:
    """Rank the rows of an *-actions query: ?action ?where ?best ("<precision rank> <date>",
    the minimum over the action's reported dates, so the most precise, then earliest)."""
    a, w, b = (names.index(v) for v in ("action", "where", "best"))
    best: dict[str, tuple[str, str] | None] = {}
    places: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        action, where, key = row[a], row[w], row[b]
        assert action is not None
        if where:
            places[action].add(where)
        if key:
            rank, _, day = key.partition(" ")
            candidate = (day, PRECISION_BY_RANK[int(rank)])
            current = best.get(action)
            if current is None or (PRECISION_RANK[candidate[1]], candidate[0]) < (
                    PRECISION_RANK[current[1]], current[0]):
                best[action] = candidate
        else:
            best.setdefault(action, None)
    ranked = [(action, date, frozenset(places[action])) for action, date in best.items()]
    ranked.sort(key=lambda r: r[0])
    ranked.sort(key=lambda r: r[1][0] if r[1] else "", reverse=True)
    return ranked


def _in_range(ranked: Ranked, since: str | None, until: str | None) -> Ranked:
    if not since and not until:
        return ranked
    return [r for r in ranked if r[1] is not None
            and (not since or r[1][0] >= since) and (not until or r[1][0] <= until)]


def load_actions(state: ServerState, iris: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The JSON of each action in `iris` (absent if the store has no facts about it)."""
    out: dict[str, dict[str, Any]] = {}
    missing = []
    for iri in iris:
        cached = state.lru.get(("action", iri))
        if cached is None:
            missing.append(iri)
        else:
            out[iri] = cached
    if missing:
        names, rows = _rows(state, bind_rows(state.queries["action-details"].text, "action",
                                             missing))
        grouped: dict[str, Rows] = defaultdict(list)
        for row in rows:
            grouped[row[0]].append(row)  # type: ignore[index]
        for iri in missing:
            if iri in grouped:
                action = _action_json(state, iri, names, grouped[iri])
                state.lru.put(("action", iri), action)
                out[iri] = action
    return {iri: dict(out[iri]) for iri in iris if iri in out}  # callers may add keys


def _action_json(state: ServerState, iri: str, names: list[str], rows: Rows) -> dict[str, Any]:
    index = state.index
    col = {n: i for i, n in enumerate(names)}
    by_property: dict[str, list[tuple[str | None, ...]]] = defaultdict(list)
    for row in rows:
        by_property[row[col["property"]] or ""].append(row)

    def values(prop: Any) -> list[str]:
        found = {r[col["value"]] for r in by_property.get(str(prop), [])}
        return sorted(v for v in found if v is not None)

    types = [TYPE_OF[c] for c in values(ns.RDF.type) if c in TYPE_OF]
    statuses = [STATUS_OF[x] for x in values(ns.status) if x in STATUS_OF]
    statuses.sort(key=STATUS_ORDER.index)
    precision_in = {r[col["graph"]]: PRECISION_OF.get(r[col["value"]] or "")
                    for r in by_property.get(str(ns.datePrecision), [])}
    best = _best_date((r[col["value"]], precision_in.get(r[col["graph"]]))  # type: ignore[misc]
                      for r in by_property.get(str(ns.date), []))
    actors = values(ns.actor)
    places = values(ns.jurisdiction)
    amount = None
    for r in sorted(by_property.get(str(ns.amount), []), key=lambda r: str(r[col["amount"]])):
        if r[col["amount"]] and r[col["currency"]]:
            amount = {"value": _number(r[col["amount"]] or ""), "currency": r[col["currency"]]}
            break
    sources: dict[tuple[str, str], dict[str, Any]] = {}
    for r in by_property.get(str(ns.evidence), []):
        article = r[col["article"]]
        if not article:
            continue
        stem = article.rpartition("/")[2]
        sentence = r[col["sentence"]] or ""
        sources[(stem, sentence)] = {
            "article": stem,
            "title": r[col["title"]],
            "url": r[col["url"]],
            "published": r[col["published"]],
            "evidence": sentence,
        }
    deadlines = values(ns.deadline)
    labels = values(ns.RDFS.label)
    return {
        "id": iri.rpartition("/")[2],
        "iri": iri,
        "type": types[0] if types else None,
        "label": labels[0] if labels else None,
        "date": _date_text(*best) if best else None,
        "date_precision": best[1] if best else None,
        "status": statuses[0] if statuses else None,
        "actor": index.ref(actors[0]) if actors else None,
        "jurisdiction": _jurisdiction_ref(state, places[0]) if places else None,
        "targets": [index.ref(t) for t in values(ns.target)],
        "laws": [index.ref(law) for law in values(ns.legalBasis)],
        "amount": amount,
        "deadline": deadlines[0] if deadlines else None,
        "sources": sorted(sources.values(), key=lambda s: (s["published"] or "", s["article"])),
    }


def _jurisdiction_ref(state: ServerState, iri: str) -> dict[str, str]:
    entity = state.index.get(iri)
    code = entity.code if entity and entity.code else iri.rpartition("/")[2]
    return {"code": code, "label": entity.label if entity else code}


def action_page(
    state: ServerState,
    source: str | SelectResult,
    params: dict[str, str] | None = None,
    *,
    limit: int,
    offset: int,
    since: str | None,
    until: str | None,
    jurisdiction: str | None = None,
) -> dict[str, Any]:
    limit, offset = _page_args(state, limit, offset)
    since_day, until_day = _parse_day(since, "since"), _parse_day(until, "until", True)
    if isinstance(source, str):  # a query name: ranked once, then cached
        ranked = rank_actions(state, source, params or {})
    else:  # rows a caller selected itself
        names = list(source.variables)
        ranked = _rank_rows(names, [tuple(r[n].value if n in r else None for n in names)
                                    for r in source.rows])
    ranked = _in_range(ranked, since_day, until_day)
    page = ranked[offset:offset + limit]
    loaded = load_actions(state, [iri for iri, _, _ in page])
    items = []
    for iri, _, places in page:
        item = loaded.get(iri)
        if item is None:
            continue
        if jurisdiction is not None:
            item["subdivision"] = jurisdiction not in places
        items.append(item)
    return {"total": len(ranked), "limit": limit, "offset": offset, "items": items}


def _filters(
    state: ServerState, type_: str | None, law: str | None, target: str | None
) -> dict[str, str]:
    params: dict[str, str] = {}
    if type_:
        cls = ns.ACTION_CLASSES.get(type_.strip().lower())
        if cls is None:
            raise bad_request(f"unknown action type {_echo(type_)}; use one of: "
                              + ", ".join(ns.ACTION_CLASSES))
        params["type"] = str(cls)
    if law:
        params["law"] = _entity(state, ("law",), law, "law", status=400).iri
    if target:
        params["target"] = _entity(state, TARGET_KINDS, target, "target", status=400).iri
    return params


def _entity(
    state: ServerState, kinds: tuple[str, ...], name: str, what: str, status: int = 404
) -> Entity:
    entity = state.index.resolve(kinds, name)
    if entity is None:
        closest = state.index.closest(kinds, name)
        raise ApiError(status, "not_found" if status == 404 else "unknown_" + what,
                       f"no {what} {_echo(name)}; closest: {', '.join(closest) or 'none'}",
                       closest=closest)
    return entity


def _jurisdiction(state: ServerState, code: str) -> Entity:
    entity = state.index.jurisdiction(code)
    if entity is None:
        closest = state.index.closest_codes(code)
        raise not_found(
            f"no jurisdiction {_echo(code)}; closest known codes: {', '.join(closest)}",
            closest=closest,
        )
    return entity


def _counts(state: ServerState, name: str, var: str) -> dict[str, int]:
    """Actions per entity; computed once (the served store does not change)."""
    with state.cache_lock:
        cached = state.cache.get(name)
    if cached is None:
        rows = _select(state, name).rows
        cached = {r[var].value: int(r["actions"].value) for r in rows}
        with state.cache_lock:
            state.cache[name] = cached
    assert isinstance(cached, dict)
    return cached


# --- jurisdictions -------------------------------------------------------------------------
def _jurisdiction_kind(entity: Entity) -> str:
    if str(ns.SupranationalUnion) in entity.classes:
        return "union"
    if str(ns.Subdivision) in entity.classes or entity.parent:
        return "subdivision"
    return "country"


def _jurisdiction_summary(state: ServerState, entity: Entity) -> dict[str, Any]:
    counts = _counts(state, "jurisdiction-action-counts", "jurisdiction")
    parent = state.index.get(entity.parent) if entity.parent else None
    return {
        "code": entity.code or entity.slug,
        "label": entity.label,
        "kind": _jurisdiction_kind(entity),
        "part_of": (parent.code or parent.slug) if parent else None,
        "actions": counts.get(entity.iri, 0),
        "actions_with_subdivisions": sum(counts.get(i, 0) for i in state.index.within(entity.iri)),
    }


@router.get("/jurisdictions", tags=["jurisdictions"],
            summary="Every jurisdiction with its number of actions")
def list_jurisdictions(request: Request) -> Response:
    state = _state(request)
    items = [_jurisdiction_summary(state, e) for e in state.index.of_kind("jurisdiction")]
    items.sort(key=lambda j: j["code"])
    return respond(request, {"total": len(items), "items": items},
                   [e.iri for e in state.index.of_kind("jurisdiction")])


@router.get("/jurisdiction/{code}", tags=["jurisdictions"],
            summary="One jurisdiction: labels, parent, subdivisions, authorities, laws",
            responses={404: {"description": "unknown code; names the closest known codes"}})
def get_jurisdiction(
    request: Request,
    code: Annotated[str, Path(description="ISO 3166 code (GB, US-CA), alias (UK) or EU")],
) -> Response:
    state = _state(request)
    entity = _jurisdiction(state, code)
    rows = _select(state, "entity-describe", entity=entity.iri).rows
    payload = _jurisdiction_summary(state, entity)
    payload.update({
        "id": entity.key,
        "iri": entity.iri,
        "labels": entity.labels,
        "aliases": sorted(entity.aliases),
        "wikidata": next((r["value"].value for r in rows
                          if r["property"].value == str(ns.wikidata)), None),
        "subdivisions": sorted(
            (state.index.get(i).code or i) for i in state.index.within(entity.iri)  # type: ignore[union-attr]
            if i != entity.iri and state.index.get(i) is not None
        ),
        "authorities": [e.ref() for e in state.index.of_kind("authority")
                        if e.jurisdiction == entity.iri],
        "laws": [e.ref() for e in state.index.of_kind("law") if e.jurisdiction == entity.iri],
    })
    return respond(request, payload, [entity.iri])


@router.get("/jurisdiction/{code}/actions", tags=["jurisdictions", "actions"],
            summary="Actions in a jurisdiction and its subdivisions, newest first",
            responses={404: {"description": "unknown code; names the closest known codes"}})
def jurisdiction_actions(
    request: Request,
    code: Annotated[str, Path(description="ISO 3166 code (GB, US-CA), alias (UK) or EU")],
    type: TypeFilter = None,
    since: Since = None,
    until: Until = None,
    law: LawFilter = None,
    target: TargetFilter = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    state = _state(request)
    entity = _jurisdiction(state, code)
    params = _filters(state, type, law, target)
    params["jurisdiction"] = entity.iri
    payload = action_page(state, "jurisdiction-actions", params, limit=limit, offset=offset,
                          since=since, until=until, jurisdiction=entity.iri)
    payload["jurisdiction"] = _jurisdiction_ref(state, entity.iri)
    return respond(request, payload, [i["iri"] for i in payload["items"]])


# --- authorities, laws, targets ------------------------------------------------------------
def _entity_actions(
    request: Request, entity: Entity, role: str, filters: dict[str, str],
    limit: int, offset: int, since: str | None, until: str | None,
) -> Response:
    """One page of the actions of an authority, law or target: queries/{role}-actions.rq with
    the entity bound as `role`, and the entity itself in the payload under `role`."""
    filters[role] = entity.iri
    payload = action_page(_state(request), f"{role}-actions", filters, limit=limit,
                          offset=offset, since=since, until=until)
    payload[role] = entity.ref()
    return respond(request, payload, [i["iri"] for i in payload["items"]])


@router.get("/authorities", tags=["authorities"],
            summary="Every authority with its kind, jurisdiction and number of actions")
def list_authorities(request: Request) -> Response:
    state = _state(request)
    counts = _counts(state, "authority-action-counts", "authority")
    items = []
    for e in state.index.of_kind("authority"):
        kinds = sorted(AUTHORITY_CLASSES[c] for c in e.classes if c in AUTHORITY_CLASSES)
        items.append({
            **e.ref(),
            "kind": kinds[0] if kinds else None,
            "jurisdiction": _jurisdiction_ref(state, e.jurisdiction) if e.jurisdiction else None,
            "actions": counts.get(e.iri, 0),
        })
    return respond(request, {"total": len(items), "items": items},
                   [e.iri for e in state.index.of_kind("authority")])


@router.get("/authority/{id}/actions", tags=["authorities", "actions"],
            summary="Actions taken by one authority, newest first")
def authority_actions(
    request: Request,
    id: Annotated[str, Path(description="authority id (ofcom), name or alias")],
    type: TypeFilter = None,
    since: Since = None,
    until: Until = None,
    law: LawFilter = None,
    target: TargetFilter = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    state = _state(request)
    entity = _entity(state, ("authority",), id, "authority")
    return _entity_actions(request, entity, "authority", _filters(state, type, law, target),
                           limit, offset, since, until)


@router.get("/laws", tags=["laws"],
            summary="Every law with its abbreviations, jurisdiction and number of actions")
def list_laws(request: Request) -> Response:
    state = _state(request)
    counts = _counts(state, "law-action-counts", "law")
    items = [{
        **e.ref(),
        "abbreviations": sorted(a for a in e.aliases if a.isupper() and len(a) <= 6),
        "jurisdiction": _jurisdiction_ref(state, e.jurisdiction) if e.jurisdiction else None,
        "actions": counts.get(e.iri, 0),
    } for e in state.index.of_kind("law")]
    return respond(request, {"total": len(items), "items": items},
                   [e.iri for e in state.index.of_kind("law")])


@router.get("/law/{id}/actions", tags=["laws", "actions"],
            summary="Actions based on one law, newest first")
def law_actions(
    request: Request,
    id: Annotated[str, Path(description="law id (digital-services-act), name or abbreviation")],
    type: TypeFilter = None,
    since: Since = None,
    until: Until = None,
    target: TargetFilter = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    state = _state(request)
    entity = _entity(state, ("law",), id, "law")
    return _entity_actions(request, entity, "law", _filters(state, type, None, target),
                           limit, offset, since, until)


@router.get("/target/{id}/actions", tags=["actions"],
            summary="Actions targeting one service or company (X, Grok, xAI), newest first")
def target_actions(
    request: Request,
    id: Annotated[str, Path(description="target id or name: x, grok, xai, ...")],
    type: TypeFilter = None,
    since: Since = None,
    until: Until = None,
    law: LawFilter = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    state = _state(request)
    entity = _entity(state, TARGET_KINDS, id, "target")
    return _entity_actions(request, entity, "target", _filters(state, type, law, None),
                           limit, offset, since, until)


@router.get("/timeline", tags=["actions"],
            summary="Actions over time, optionally in a jurisdiction and against a target")
def timeline(
    request: Request,
    jurisdiction: Annotated[str | None, Query(description="ISO 3166 code, alias or EU")] = None,
    target: TargetFilter = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    state = _state(request)
    params: dict[str, str] = {}
    if jurisdiction:
        params["jurisdiction"] = _jurisdiction(state, jurisdiction).iri
    if target:
        params["target"] = _entity(state, TARGET_KINDS, target, "target", status=400).iri
    ranked = rank_actions(state, "timeline", params)
    months = Counter(best[0][:7] for _, best, _ in ranked if best)
    payload = action_page(state, "timeline", params, limit=limit, offset=offset, since=None,
                          until=None)
    payload["by_month"] = [{"month": m, "actions": n} for m, n in sorted(months.items())]
    payload["undated"] = sum(1 for _, best, _ in ranked if best is None)
    return respond(request, payload, [i["iri"] for i in payload["items"]])


# --- claims, actions, articles --------------------------------------------------------------
def _claims_json(state: ServerState, result: SelectResult) -> list[dict[str, Any]]:
    grouped: dict[str, dict[str, list[dict[str, Cell]]]] = defaultdict(lambda: defaultdict(list))
    for row in result.rows:
        grouped[row["claim"].value][row["facet"].value].append(row)
    items: list[dict[str, Any]] = []
    for iri, facts in grouped.items():
        def first(facet: str, facts: dict[str, list[dict[str, Cell]]] = facts) -> str | None:
            rows = facts.get(facet)
            return rows[0]["value"].value if rows else None

        best = _best_date(
            (r["value"].value, PRECISION_OF.get(_value(r, "extra") or ""))
            for r in facts.get("date", [])
        )
        speaker = first("speaker")
        sources = {
            (r["extra"].value, r["value"].value): {
                "article": r["extra"].value.rpartition("/")[2],
                "title": _value(r, "title"),
                "url": _value(r, "url"),
                "published": _value(r, "published"),
                "evidence": r["value"].value,
            }
            for r in facts.get("source", [])
        }
        items.append({
            "id": iri.rpartition("/")[2],
            "iri": iri,
            "speaker": state.index.ref(speaker) if speaker else None,
            "role": first("role"),
            "quote": first("quote"),
            "language": first("language"),
            "indirect": first("indirect") == "true",
            "date": _date_text(*best) if best else None,
            "date_precision": best[1] if best else None,
            "about": [state.index.ref(r["value"].value)
                      for r in sorted(facts.get("about", []), key=lambda r: r["value"].value)],
            "sources": sorted(sources.values(), key=lambda s: (s["published"] or "",
                                                               s["article"])),
        })
    items.sort(key=lambda c: c["id"])
    items.sort(key=lambda c: c["date"] or "", reverse=True)
    return items


@router.get("/claims", tags=["claims"],
            summary="Claims (quotes), newest first; by speaker, subject and date")
def list_claims(
    request: Request,
    speaker: Annotated[str | None, Query(description="speaker id or name (elon-musk)")] = None,
    about: Annotated[str | None, Query(description="entity the claim is about (X, DSA...)")] = None,
    since: Since = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    state = _state(request)
    limit, offset = _page_args(state, limit, offset)
    params: dict[str, str] = {}
    if speaker:
        params["speaker"] = _entity(state, SPEAKER_KINDS, speaker, "speaker", status=400).iri
    if about:
        kinds = (*TARGET_KINDS, "law", "jurisdiction")
        params["about"] = _entity(state, kinds, about, "entity", status=400).iri
    day = _parse_day(since, "since")
    if day:
        params["since"] = day
    items = _claims_json(state, _select(state, "claims", **params))
    page = items[offset:offset + limit]
    payload = {"total": len(items), "limit": limit, "offset": offset, "items": page}
    return respond(request, payload, [c["iri"] for c in page])


def _action_or_404(state: ServerState, id: str) -> dict[str, Any]:
    if not re.fullmatch(r"[0-9a-f]{16}", id):
        raise not_found(f"no action {_echo(id)} (action ids are 16 hex digits)")
    iri = str(ns.action_iri(id))
    action = load_actions(state, [iri]).get(iri)
    if action is None:
        raise not_found(f"no action {_echo(id)}")
    return action


@router.get("/actions/{id}", tags=["actions"], summary="One action with its sources")
def get_action(
    request: Request, id: Annotated[str, Path(description="the action's id (16 hex digits)")]
) -> Response:
    state = _state(request)
    action = _action_or_404(state, id)
    return respond(request, action, [action["iri"]])


def _article_or_404(state: ServerState, id: str) -> dict[str, Any]:
    graph = ns.ARTICLE_GRAPH_PREFIX + id
    if graph not in state.graphs:
        raise not_found(f"no article {_echo(id)}")
    iri = str(ns.article_iri(id))
    rows = _select(state, "article-facts", article=iri, graph=graph).rows
    article: dict[str, Any] = {"id": id, "iri": iri, "graph": graph}
    facts: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        facet = row["facet"].value
        if facet == "fact":
            facts[row["extra"].value].add(row["value"].value)
        else:
            article[facet] = row["value"].value
    action_iris = sorted({f for c, fs in facts.items() if c in TYPE_OF for f in fs})
    claim_iris = sorted(facts.get(str(ns.Claim), set()))
    actions = load_actions(state, action_iris)
    claims: list[dict[str, Any]] = []
    if claim_iris:
        query = state.queries["claims"]
        claims = _claims_json(state, state.store.select(bind_rows(query.text, "claim",
                                                                  claim_iris)))
    article["actions"] = [actions[i] for i in action_iris if i in actions]
    article["claims"] = claims
    article["provisions"] = sorted(facts.get(str(ns.PenaltyProvision), set()))
    article["new_entities"] = sorted(
        f for c, fs in facts.items() if c in {str(v) for v in ns.ENTITY_KINDS.values()}
        for f in fs
    )
    return article


@router.get("/articles/{id}", tags=["articles"],
            summary="One article with the facts extracted from it")
def get_article(
    request: Request, id: Annotated[str, Path(description="the article's id (file stem)")]
) -> Response:
    state = _state(request)
    article = _article_or_404(state, id)
    return respond(request, article, [article["iri"], *[a["iri"] for a in article["actions"]]])


# --- entity IRIs dereference ------------------------------------------------------------------
RESOURCE_KINDS = (*ns.ENTITY_KINDS, "action", "claim", "article", "evidence")


@router.get("/id/{kind}/{slug:path}", tags=["linked data"],
            summary="Dereference an entity IRI (https://w3id.org/regkg/id/...): JSON, "
                    "JSON-LD, Turtle by Accept")
def dereference(
    request: Request,
    kind: Annotated[str, Path(description="jurisdiction, authority, law, organisation, "
                                          "service, person, action, claim, article, evidence")],
    slug: Annotated[str, Path(description="the rest of the IRI")],
) -> Response:
    state = _state(request)
    if kind not in RESOURCE_KINDS:
        raise not_found(f"no kind {_echo(kind)}; kinds: {', '.join(RESOURCE_KINDS)}")
    if kind == "action":
        action = _action_or_404(state, slug)
        return respond(request, action, [action["iri"]])
    if kind == "article":
        article = _article_or_404(state, slug)
        return respond(request, article, [article["iri"]])
    iri = ID + f"{kind}/{slug}"
    try:
        rows = _select(state, "entity-describe", entity=iri).rows
    except ApiError:
        raise not_found(f"no {kind} {_echo(slug)}") from None
    if not rows:
        raise not_found(f"no {kind} {_echo(slug)}")
    properties: dict[str, list[Any]] = defaultdict(list)
    graphs: set[str] = set()
    for row in rows:
        prop = _curie(row["property"].value)
        value = row["value"]
        entry: Any = value.value if value.kind != "literal" or not value.lang \
            else {"value": value.value, "lang": value.lang}
        if entry not in properties[prop]:
            properties[prop].append(entry)
        graphs.add(row["graph"].value)
    entity = state.index.get(iri)
    payload = {
        "id": f"{kind}/{slug}",
        "iri": iri,
        "kind": kind,
        "label": entity.label if entity else None,
        "properties": dict(properties),
        "graphs": sorted(graphs),
    }
    return respond(request, payload, [iri])


def _curie(iri: str) -> str:
    for prefix, base in ns.PREFIXES.items():
        if iri.startswith(base) and prefix not in ("id", "graph"):
            return f"{prefix}:{iri[len(base):]}"
    return iri
