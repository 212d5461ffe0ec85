"""REST lookups of jurisdictions: the list, one jurisdiction, its actions. Layer 4."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from regkg import namespaces as ns
from regkg.api.lookup_common import (
    LawFilter,
    Limit,
    Offset,
    Since,
    TargetFilter,
    TypeFilter,
    Until,
    filters,
    find_jurisdiction,
    respond,
    select,
    served_counts,
    state_of,
)
from regkg.api.lookup_data import (
    action_page,
    jurisdiction_ref,
    jurisdiction_summary,
)

router = APIRouter()


@router.get("/jurisdictions", tags=["jurisdictions"],
            summary="Every jurisdiction with its number of actions")
def list_jurisdictions(request: Request) -> Response:
    state = state_of(request)
    counts = served_counts(state, "jurisdiction-action-counts")
    items = [jurisdiction_summary(state, e, counts) for e in state.index.of_kind("jurisdiction")]
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
    state = state_of(request)
    entity = find_jurisdiction(state, code)
    rows = select(state, "entity-describe", entity=entity.iri).rows
    payload = jurisdiction_summary(state, entity)
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
    state = state_of(request)
    entity = find_jurisdiction(state, code)
    params = filters(state, type, law, target)
    params["jurisdiction"] = entity.iri
    payload = action_page(state, "jurisdiction-actions", params, limit=limit, offset=offset,
                          since=since, until=until, jurisdiction=entity.iri)
    payload["jurisdiction"] = jurisdiction_ref(state, entity.iri)
    return respond(request, payload, [i["iri"] for i in payload["items"]])
