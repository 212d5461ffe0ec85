"""The JSON documents of actions, claims, articles and jurisdictions, for the REST lookups
and the pages. Layer 4.

Lists are two steps: a query that matches actions (one row per action and reported date),
ranked in Python (newest first, undated last, total count), then one query for the facts of
the page's actions. Every query is a `queries/*.rq` file with bound parameters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import pyoxigraph as ox

from regkg import namespaces as ns
from regkg.api.errors import bad_request, not_found
from regkg.api.index import Entity
from regkg.api.lookup_claims import claims_json
from regkg.api.lookup_common import (
    PRECISION_OF,
    PRECISION_RANK,
    STATUS_OF,
    STATUS_ORDER,
    TYPE_OF,
    best_date,
    date_text,
    echo,
    json_number,
    page_args,
    parse_day,
    select,
    served_counts,
)
from regkg.api.state import ServerState
from regkg.queries import ParameterError
from regkg.store import SelectResult
from regkg.store.base import bind_iris

# --- actions: ranked, loaded, paged -----------------------------------------------------------
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
        names, rows = _rows(state, bind_iris(state.queries["action-details"].text, "action",
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


class _ActionRows:
    """The rows of one action's query, grouped by property, read by column name."""

    def __init__(self, names: list[str], rows: Rows) -> None:
        self.col = {n: i for i, n in enumerate(names)}
        self.by_property: dict[str, list[tuple[str | None, ...]]] = defaultdict(list)
        for row in rows:
            self.by_property[row[self.col["property"]] or ""].append(row)

    def of(self, prop: Any) -> list[tuple[str | None, ...]]:
        return self.by_property.get(str(prop), [])

    def cell(self, row: tuple[str | None, ...], name: str) -> str | None:
        return row[self.col[name]]

    def values(self, prop: Any) -> list[str]:
        found = {self.cell(r, "value") for r in self.of(prop)}
        return sorted(v for v in found if v is not None)

    def first(self, prop: Any) -> str | None:
        found = self.values(prop)
        return found[0] if found else None


def _action_json(state: ServerState, iri: str, names: list[str], rows: Rows) -> dict[str, Any]:
    facts = _ActionRows(names, rows)
    types = [TYPE_OF[c] for c in facts.values(ns.RDF.type) if c in TYPE_OF]
    statuses = sorted((STATUS_OF[x] for x in facts.values(ns.status) if x in STATUS_OF),
                      key=STATUS_ORDER.index)
    best = _best_date(facts)
    actor, place = facts.first(ns.actor), facts.first(ns.jurisdiction)
    return {
        "id": iri.rpartition("/")[2],
        "iri": iri,
        "type": types[0] if types else None,
        "label": facts.first(ns.RDFS.label),
        "date": date_text(*best) if best else None,
        "date_precision": best[1] if best else None,
        "status": statuses[0] if statuses else None,
        "actor": state.index.ref(actor) if actor else None,
        "jurisdiction": jurisdiction_ref(state, place) if place else None,
        "targets": [state.index.ref(t) for t in facts.values(ns.target)],
        "laws": [state.index.ref(law) for law in facts.values(ns.legalBasis)],
        "amount": _amount(facts),
        "deadline": facts.first(ns.deadline),
        "sources": _sources(facts),
    }


def _best_date(facts: _ActionRows) -> tuple[str, str] | None:
    """The most precise date any article gives, each with the precision its graph states."""
    precision_in = {facts.cell(r, "graph"): PRECISION_OF.get(facts.cell(r, "value") or "")
                    for r in facts.of(ns.datePrecision)}
    return best_date((facts.cell(r, "value"), precision_in.get(facts.cell(r, "graph")))  # type: ignore[misc]
                     for r in facts.of(ns.date))


def _amount(facts: _ActionRows) -> dict[str, Any] | None:
    for r in sorted(facts.of(ns.amount), key=lambda r: str(facts.cell(r, "amount"))):
        value, currency = facts.cell(r, "amount"), facts.cell(r, "currency")
        if value and currency:
            return {"value": json_number(value), "currency": currency}
    return None


def _sources(facts: _ActionRows) -> list[dict[str, Any]]:
    """One source per (article, sentence), oldest article first."""
    sources: dict[tuple[str, str], dict[str, Any]] = {}
    for r in facts.of(ns.evidence):
        article = facts.cell(r, "article")
        if not article:
            continue
        stem, sentence = article.rpartition("/")[2], facts.cell(r, "sentence") or ""
        sources[(stem, sentence)] = {
            "article": stem,
            "title": facts.cell(r, "title"),
            "url": facts.cell(r, "url"),
            "published": facts.cell(r, "published"),
            "evidence": sentence,
        }
    return sorted(sources.values(), key=lambda s: (s["published"] or "", s["article"]))


def jurisdiction_ref(state: ServerState, iri: str) -> dict[str, str]:
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
    limit, offset = page_args(state, limit, offset)
    since_day, until_day = parse_day(since, "since"), parse_day(until, "until", True)
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


# --- jurisdictions ---------------------------------------------------------------------------
def _jurisdiction_kind(entity: Entity) -> str:
    if str(ns.SupranationalUnion) in entity.classes:
        return "union"
    if str(ns.Subdivision) in entity.classes or entity.parent:
        return "subdivision"
    return "country"


def jurisdiction_summary(state: ServerState, entity: Entity,
                         counts: dict[str, int] | None = None) -> dict[str, Any]:
    """Code, label, kind, parent and action counts; a list of them passes the counts it read
    once (a remote store's are queried per read)."""
    if counts is None:
        counts = served_counts(state, "jurisdiction-action-counts")
    parent = state.index.get(entity.parent) if entity.parent else None
    return {
        "code": entity.code or entity.slug,
        "label": entity.label,
        "kind": _jurisdiction_kind(entity),
        "part_of": (parent.code or parent.slug) if parent else None,
        "actions": counts.get(entity.iri, 0),
        "actions_with_subdivisions": sum(counts.get(i, 0) for i in state.index.within(entity.iri)),
    }


# --- claims, actions, articles by id ----------------------------------------------------------
def action_or_404(state: ServerState, id: str) -> dict[str, Any]:
    if not re.fullmatch(r"[0-9a-f]{16}", id):
        raise not_found(f"no action {echo(id)} (action ids are 16 hex digits)")
    iri = str(ns.action_iri(id))
    action = load_actions(state, [iri]).get(iri)
    if action is None:
        raise not_found(f"no action {echo(id)}")
    return action



def article_or_404(state: ServerState, id: str) -> dict[str, Any]:
    graph = ns.ARTICLE_GRAPH_PREFIX + id
    if graph not in state.graphs:
        raise not_found(f"no article {echo(id)}")
    iri = str(ns.article_iri(id))
    rows = select(state, "article-facts", article=iri, graph=graph).rows
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
        claims = claims_json(state, state.store.select(bind_iris(query.text, "claim",
                                                                  claim_iris)))
    article["actions"] = [actions[i] for i in action_iris if i in actions]
    article["claims"] = claims
    article["provisions"] = sorted(facts.get(str(ns.PenaltyProvision), set()))
    article["new_entities"] = sorted(
        f for c, fs in facts.items() if c in {str(v) for v in ns.ENTITY_KINDS.values()}
        for f in fs
    )
    return article
