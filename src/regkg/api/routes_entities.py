"""REST lookups of authorities, laws and targets and their actions, and the timeline. Layer 4."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from regkg.api.index import Entity
from regkg.api.lookup_common import (
    AUTHORITY_CLASSES,
    TARGET_KINDS,
    LawFilter,
    Limit,
    Offset,
    Since,
    TargetFilter,
    TypeFilter,
    Until,
    filters,
    find_entity,
    find_jurisdiction,
    respond,
    served_counts,
    state_of,
)
from regkg.api.lookup_data import (
    action_page,
    jurisdiction_ref,
    rank_actions,
)

router = APIRouter()


def _entity_actions(
    request: Request, entity: Entity, role: str, filters: dict[str, str],
    limit: int, offset: int, since: str | None, until: str | None,
) -> Response:
    """One page of the actions of an authority, law or target: queries/{role}-actions.rq with
    the entity bound as `role`, and the entity itself in the payload under `role`."""
    filters[role] = entity.iri
    payload = action_page(state_of(request), f"{role}-actions", filters, limit=limit,
                          offset=offset, since=since, until=until)
    payload[role] = entity.ref()
    return respond(request, payload, [i["iri"] for i in payload["items"]])


@router.get("/authorities", tags=["authorities"],
            summary="Every authority with its kind, jurisdiction and number of actions")
def list_authorities(request: Request) -> Response:
    state = state_of(request)
    counts = served_counts(state, "authority-action-counts")
    items = []
    for e in state.index.of_kind("authority"):
        kinds = sorted(AUTHORITY_CLASSES[c] for c in e.classes if c in AUTHORITY_CLASSES)
        items.append({
            **e.ref(),
            "kind": kinds[0] if kinds else None,
            "jurisdiction": jurisdiction_ref(state, e.jurisdiction) if e.jurisdiction else None,
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
    state = state_of(request)
    entity = find_entity(state, ("authority",), id, "authority")
    return _entity_actions(request, entity, "authority", filters(state, type, law, target),
                           limit, offset, since, until)


@router.get("/laws", tags=["laws"],
            summary="Every law with its abbreviations, jurisdiction and number of actions")
def list_laws(request: Request) -> Response:
    state = state_of(request)
    counts = served_counts(state, "law-action-counts")
    items = [{
        **e.ref(),
        "abbreviations": sorted(a for a in e.aliases if a.isupper() and len(a) <= 6),
        "jurisdiction": jurisdiction_ref(state, e.jurisdiction) if e.jurisdiction else None,
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
    state = state_of(request)
    entity = find_entity(state, ("law",), id, "law")
    return _entity_actions(request, entity, "law", filters(state, type, None, target),
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
    state = state_of(request)
    entity = find_entity(state, TARGET_KINDS, id, "target")
    return _entity_actions(request, entity, "target", filters(state, type, law, None),
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
    state = state_of(request)
    params: dict[str, str] = {}
    if jurisdiction:
        params["jurisdiction"] = find_jurisdiction(state, jurisdiction).iri
    if target:
        params["target"] = find_entity(state, TARGET_KINDS, target, "target", status=400).iri
    ranked = rank_actions(state, "timeline", params)
    months = Counter(best[0][:7] for _, best, _ in ranked if best)
    payload = action_page(state, "timeline", params, limit=limit, offset=offset, since=None,
                          until=None)
    payload["by_month"] = [{"month": m, "actions": n} for m, n in sorted(months.items())]
    payload["undated"] = sum(1 for _, best, _ in ranked if best is None)
    return respond(request, payload, [i["iri"] for i in payload["items"]])
