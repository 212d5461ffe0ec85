"""REST lookups of claims, actions and articles, and the dereferencing of entity IRIs. Layer 4."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from regkg import namespaces as ns
from regkg.api.errors import ApiError, not_found
from regkg.api.lookup_claims import claims_json
from regkg.api.lookup_common import (
    ID,
    RESOURCE_KINDS,
    SPEAKER_KINDS,
    TARGET_KINDS,
    Limit,
    Offset,
    Since,
    echo,
    find_entity,
    page_args,
    parse_day,
    respond,
    select,
    state_of,
)
from regkg.api.lookup_data import action_or_404, article_or_404

router = APIRouter()


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
    state = state_of(request)
    limit, offset = page_args(state, limit, offset)
    params: dict[str, str] = {}
    if speaker:
        params["speaker"] = find_entity(state, SPEAKER_KINDS, speaker, "speaker", status=400).iri
    if about:
        kinds = (*TARGET_KINDS, "law", "jurisdiction")
        params["about"] = find_entity(state, kinds, about, "entity", status=400).iri
    day = parse_day(since, "since")
    if day:
        params["since"] = day
    items = claims_json(state, select(state, "claims", **params))
    page = items[offset:offset + limit]
    payload = {"total": len(items), "limit": limit, "offset": offset, "items": page}
    return respond(request, payload, [c["iri"] for c in page])


@router.get("/actions/{id}", tags=["actions"], summary="One action with its sources")
def get_action(
    request: Request, id: Annotated[str, Path(description="the action's id (16 hex digits)")]
) -> Response:
    state = state_of(request)
    action = action_or_404(state, id)
    return respond(request, action, [action["iri"]])


@router.get("/articles/{id}", tags=["articles"],
            summary="One article with the facts extracted from it")
def get_article(
    request: Request, id: Annotated[str, Path(description="the article's id (file stem)")]
) -> Response:
    state = state_of(request)
    article = article_or_404(state, id)
    return respond(request, article, [article["iri"], *[a["iri"] for a in article["actions"]]])


# --- entity IRIs dereference ------------------------------------------------------------------


@router.get("/id/{kind}/{slug:path}", tags=["linked data"],
            summary="Dereference an entity IRI (https://w3id.org/regkg/id/...): JSON, "
                    "JSON-LD, Turtle by Accept")
def dereference(
    request: Request,
    kind: Annotated[str, Path(description="jurisdiction, authority, law, organisation, "
                                          "service, person, action, claim, article, evidence")],
    slug: Annotated[str, Path(description="the rest of the IRI")],
) -> Response:
    state = state_of(request)
    if kind not in RESOURCE_KINDS:
        raise not_found(f"no kind {echo(kind)}; kinds: {', '.join(RESOURCE_KINDS)}")
    if kind == "action":
        action = action_or_404(state, slug)
        return respond(request, action, [action["iri"]])
    if kind == "article":
        article = article_or_404(state, slug)
        return respond(request, article, [article["iri"]])
    payload = _entity_payload(state, kind, slug)
    return respond(request, payload, [payload["iri"]])


def _entity_payload(state: Any, kind: str, slug: str) -> dict[str, Any]:
    """Every property of the entity `kind/slug` in every graph that states one; 404 if none does."""
    iri = ID + f"{kind}/{slug}"
    try:
        rows = select(state, "entity-describe", entity=iri).rows
    except ApiError:
        raise not_found(f"no {kind} {echo(slug)}") from None
    if not rows:
        raise not_found(f"no {kind} {echo(slug)}")
    entity = state.index.get(iri)
    return {
        "id": f"{kind}/{slug}",
        "iri": iri,
        "kind": kind,
        "label": entity.label if entity else None,
        "properties": _properties(rows),
        "graphs": sorted({row["graph"].value for row in rows}),
    }


def _properties(rows: Sequence[Any]) -> dict[str, list[Any]]:
    """Values by property CURIE, in first-seen order, each once; tagged literals keep their tag."""
    properties: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        value = row["value"]
        entry: Any = value.value if value.kind != "literal" or not value.lang \
            else {"value": value.value, "lang": value.lang}
        if entry not in properties[_curie(row["property"].value)]:
            properties[_curie(row["property"].value)].append(entry)
    return dict(properties)


def _curie(iri: str) -> str:
    for prefix, base in ns.PREFIXES.items():
        if iri.startswith(base) and prefix not in ("id", "graph"):
            return f"{prefix}:{iri[len(base):]}"
    return iri
