"""Routes about the service itself: liveness. Layer 4."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from regkg.api.state import ServerState

router = APIRouter()


@router.get("/health", tags=["service"], summary="Liveness: 200 with the store's triple count")
async def health(request: Request) -> JSONResponse:
    # Computed at startup (the served store is read-only): nothing here can block.
    state: ServerState = request.app.state.regkg
    alive, restarts = state.backend.workers() if state.backend else (0, 0)
    return JSONResponse({
        "status": "ok",
        "triples": state.triple_count,
        "graphs": len(state.graphs),
        "workers": alive,
        "worker_restarts": restarts,
    })
