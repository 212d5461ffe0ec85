"""What the browsable pages show, as JSON-ready dicts (each page's JSON twin). Layer 4.

The data comes from the REST lookups' own functions (`regkg.api.lookup_common`,
`regkg.api.lookup_data`) and from
`queries/page-*.rq`; nothing here writes SPARQL. Every function is blocking: the page routes
are plain `def` endpoints, which FastAPI runs in its thread pool.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from regkg import namespaces as ns
from regkg.api import lookup_claims, lookup_common, lookup_data
from regkg.api.errors import not_found
from regkg.api.index import Entity
from regkg.api.pages_svg import timeline_layout
from regkg.api.state import ServerState

ID = str(ns.ID)
PAGE_KINDS = ("authority", "law", "organisation", "service", "person")
BROWSE = "/browse/"
LATEST = 10


# --- links -----------------------------------------------------------------------------------
def page_url(ref: str | None) -> str | None:
    """The page of an entity key ('authority/ofcom') or of any regkg IRI; None if it has none."""
    if not ref:
        return None
    key = ref[len(ID):] if ref.startswith(ID) else ref
    kind, _, rest = key.partition("/")
    if not rest or kind not in (*PAGE_KINDS, "jurisdiction", "action", "claim", "article",
                                "evidence"):
        return None
    if kind == "evidence":
        stem, _, digest = rest.partition("/")
        return f"{BROWSE}article/{stem}#ev-{digest}"
    if kind in PAGE_KINDS:
        rest = rest.split("/")[0]  # a role or a penalty provision: its owner's page
    return f"{BROWSE}{kind}/{rest}"


def jurisdiction_url(code: str) -> str:
    return f"{BROWSE}jurisdiction/{code}"


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Réseau’s' -> "reseau's"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


# --- home ------------------------------------------------------------------------------------
def home(state: ServerState) -> dict[str, Any]:
    counts = dict(lookup_common.served_counts(state, "stats-counts"))  # a copy: "actions" added
    per_type = lookup_common.served_counts(state, "stats-actions-by-type")
    by_type = {lookup_common.TYPE_OF.get(iri, iri): count for iri, count in per_type.items()}
    counts["actions"] = sum(by_type.values())
    places = lookup_common.served_counts(state, "jurisdiction-action-counts")
    jurisdictions = [
        {**lookup_data.jurisdiction_summary(state, e, places),
         "url": jurisdiction_url(e.code or e.slug)}
        for e in state.index.of_kind("jurisdiction")
    ]
    active = [j for j in jurisdictions if j["actions_with_subdivisions"]]
    active.sort(key=lambda j: (-j["actions_with_subdivisions"], j["code"]))
    latest = action_page(state, "timeline", {}, limit=LATEST)
    return {
        "counts": counts,
        "actions_by_type": by_type,
        "jurisdictions": active,
        "latest_actions": latest["items"],
        "articles": articles(state),
    }


def articles(state: ServerState) -> list[dict[str, Any]]:
    out = []
    for row in lookup_common.select(state, "page-articles").rows:
        stem = row["article"].value.rpartition("/")[2]
        out.append({
            "id": stem,
            "title": lookup_common.cell_value(row, "title"),
            "outlet": lookup_common.cell_value(row, "outlet"),
            "language": lookup_common.cell_value(row, "language"),
            "published": lookup_common.cell_value(row, "published"),
            "url": f"{BROWSE}article/{stem}",
        })
    return out


# --- jurisdiction ----------------------------------------------------------------------------
def jurisdiction(state: ServerState, code: str, filters: dict[str, str | None]) -> dict[str, Any]:
    entity = lookup_common.find_jurisdiction(state, code)
    everything = _jurisdiction_actions(state, entity, {})
    wanted = {k: v for k, v in filters.items() if v}
    shown = _jurisdiction_actions(state, entity, wanted) if wanted else everything
    return {
        "jurisdiction": {**lookup_data.jurisdiction_summary(state, entity), "iri": entity.iri,
                         "url": jurisdiction_url(entity.code or entity.slug)},
        "filters": {k: filters.get(k) or None for k in ("type", "law", "target", "since",
                                                          "until")},
        "options": _filter_options(everything["items"]),
        "total": shown["total"],
        "actions": shown["items"],
        "timeline": timeline_layout(shown["items"]),
    }


def _jurisdiction_actions(
    state: ServerState, entity: Entity, filters: dict[str, str]
) -> dict[str, Any]:
    params = lookup_common.filters(state, filters.get("type"), filters.get("law"),
                              filters.get("target"))
    return action_page(state, "jurisdiction-actions", {"jurisdiction": entity.iri, **params},
                       since=filters.get("since"), until=filters.get("until"),
                       jurisdiction=entity.iri)


def _filter_options(items: list[dict[str, Any]]) -> dict[str, list[dict[str, str]]]:
    """The types, laws and targets the jurisdiction's actions have, for the filter form."""
    types = sorted({i["type"] for i in items if i["type"]}, key=list(ns.ACTION_CLASSES).index)
    laws = {law["id"]: law["label"] for i in items for law in i["laws"]}
    targets = {t["id"]: t["label"] for i in items for t in i["targets"]}
    return {
        "type": [{"value": t, "label": t.replace("_", " ")} for t in types],
        "law": [{"value": k.partition("/")[2], "label": v} for k, v in sorted(laws.items())],
        "target": [{"value": k.partition("/")[2], "label": v}
                   for k, v in sorted(targets.items())],
    }


# --- entities --------------------------------------------------------------------------------
def entity(state: ServerState, kind: str, slug: str) -> dict[str, Any]:
    found = state.index.get(f"{ID}{kind}/{slug}") if kind in PAGE_KINDS else None
    if found is None:
        raise not_found(f"no {kind} {slug[:60]!r}")
    sections = {
        "actions_by": _actions(state, "authority-actions", authority=found.iri)
        if kind == "authority" else [],
        "actions_against": _actions(state, "target-actions", target=found.iri)
        if kind in lookup_common.TARGET_KINDS else [],
        "actions_under": _actions(state, "law-actions", law=found.iri) if kind == "law" else [],
        "claims_by": _claims(state, speaker=found.iri)
        if kind in lookup_common.SPEAKER_KINDS else [],
        "claims_about": _claims(state, about=found.iri),
    }
    return {"entity": describe(state, found), **sections, "roles": roles(state, found.iri)}


def describe(state: ServerState, found: Entity) -> dict[str, Any]:
    rows = lookup_common.select(state, "entity-describe", entity=found.iri).rows
    wikidata = sorted({r["value"].value for r in rows if r["property"].value == str(ns.wikidata)})
    where = state.index.get(found.jurisdiction) if found.jurisdiction else None
    return {
        "id": found.key,
        "iri": found.iri,
        "kind": found.kind,
        "label": found.label,
        "labels": found.labels,
        "aliases": sorted(found.aliases),
        "linked": found.linked,
        "wikidata": wikidata,
        "jurisdiction": {"code": where.code or where.slug, "label": where.label,
                         "url": jurisdiction_url(where.code or where.slug)} if where else None,
    }


def _actions(state: ServerState, query: str, **params: str) -> list[dict[str, Any]]:
    return action_page(state, query, params)["items"]


def action_page(
    state: ServerState, query: str, params: dict[str, str], *, limit: int | None = None,
    since: str | None = None, until: str | None = None, jurisdiction: str | None = None,
) -> dict[str, Any]:
    """The REST lookups' ranked, loaded page of actions (all of them unless `limit`)."""
    return lookup_data.action_page(
        state, query, params, limit=limit or state.settings.max_page_size, offset=0,
        since=since, until=until, jurisdiction=jurisdiction)


def _claims(state: ServerState, **params: str) -> list[dict[str, Any]]:
    return lookup_claims.claims_json(state, lookup_common.select(state, "claims", **params))


def roles(state: ServerState, iri: str) -> list[dict[str, Any]]:
    grouped: dict[str, dict[str, Any]] = {}
    for row in lookup_common.select(state, "page-roles", entity=iri).rows:
        role = row["role"].value
        entry = grouped.setdefault(role, {
            "person": state.index.ref(row["person"].value),
            "organisation": state.index.ref(row["organisation"].value)
            if "organisation" in row else None,
            "labels": {},
        })
        label = row["label"]
        entry["labels"].setdefault(label.lang or "", label.value)
    return list(grouped.values())


# --- one action, one claim -------------------------------------------------------------------
def action(state: ServerState, id: str) -> dict[str, Any]:
    return {"action": lookup_data.action_or_404(state, id)}


def claim(state: ServerState, id: str) -> dict[str, Any]:
    if not re.fullmatch(r"[0-9a-f]{16}", id):
        raise not_found(f"no claim {id[:60]!r} (claim ids are 16 hex digits)")
    items = _claims(state, claim=str(ns.claim_iri(id)))
    if not items:
        raise not_found(f"no claim {id!r}")
    return {"claim": items[0]}


# --- search ----------------------------------------------------------------------------------
def search(state: ServerState, q: str | None, limit: int = 50) -> dict[str, Any]:
    wanted = fold(q or "")
    if len(wanted) < 2:
        return {"q": q or "", "entities": [], "claims": []}
    entities = []
    for found in state.index.by_iri.values():
        names = [*found.labels.values(), *found.aliases, found.code or ""]
        if any(wanted in fold(n) for n in names if n):
            url = jurisdiction_url(found.code or found.slug) if found.kind == "jurisdiction" \
                else page_url(found.key) or ""
            entities.append({"id": found.key, "kind": found.kind, "label": found.label,
                             "url": url})
    entities.sort(key=lambda e: (not fold(e["label"]).startswith(wanted), e["label"]))
    claims = [
        {"id": iri.rpartition("/")[2], "quote": quote, "speaker": state.index.ref(speaker),
         "url": page_url(iri)}
        for iri, quote, speaker in _claim_texts(state) if wanted in fold(quote)
    ]
    return {"q": q, "entities": entities[:limit], "claims": claims[:limit]}


def _claim_texts(state: ServerState) -> list[tuple[str, str, str]]:
    """(claim IRI, quote, speaker IRI) of every claim; read once (the store is read-only)."""
    key = "pages.claim-texts"
    with state.cache_lock:
        cached = state.cache.get(key)
    if cached is None:
        cached = [(r["claim"].value, r["quote"].value, r["speaker"].value)
                  for r in lookup_common.select(state, "page-claim-texts").rows]
        with state.cache_lock:
            state.cache[key] = cached
    assert isinstance(cached, list)
    return cached
