"""The web application: one factory, no global state. Layer 4.

`create_app(settings, store=None)`: with a store (tests inject an in-memory one) it is served as
given; without one, `settings.store` is opened at startup: an embedded store is copied into
memory (pyoxigraph's on-disk store answered lookups 2-8x slower than its in-memory store at 1M
triples), a remote store is queried where it is. SPARQL goes to the state's query backend
(worker processes, or the remote endpoint: see `backend`); REST lookups run fixed, bound
queries in threads; nothing blocking runs on the event loop; /health never waits for either.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from regkg import __version__
from regkg.api import changes, ingest, lookups, openapi, pages, routes_export, service, sparql
from regkg.api.errors import ApiError
from regkg.api.state import ServerState, open_state
from regkg.settings import Settings
from regkg.store import Store

access_log = logging.getLogger("regkg.access")


def create_app(settings: Settings, store: Store | None = None, *, workers: bool = True) -> FastAPI:
    """The regkg API; `workers=False` serves REST only (SPARQL answers 503)."""
    app = FastAPI(
        title="regkg",
        version=__version__,
        summary="Authorities acting against online platforms, as a knowledge graph.",
        description="SPARQL 1.1 Protocol endpoint (read-only) and REST lookups. "
        "See docs/api.md.",
        lifespan=_lifespan(settings, store, workers),
    )
    _allow_origins(app, settings)
    _log_requests(app, settings)
    _answer_errors_as_json(app)
    _include_routes(app)
    openapi.install(app)
    return app


Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def _lifespan(settings: Settings, store: Store | None, workers: bool) -> Lifespan:
    """Open the server state off the event loop at startup, close it at shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio

        state: ServerState = await anyio.to_thread.run_sync(
            lambda: open_state(settings, store, workers=workers)
        )
        app.state.regkg = state
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(state.close)

    return lifespan


def _allow_origins(app: FastAPI, settings: Settings) -> None:
    """CORS for the origins the settings list; the row and time headers stay readable."""
    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["X-Regkg-Rows", "X-Regkg-Truncated", "X-Regkg-Max-Rows",
                        "X-Regkg-Query-Seconds"],
    )


def _log_requests(app: FastAPI, settings: Settings) -> None:
    """One access-log line per request; a declared body over the limit is refused unread."""

    @app.middleware("http")
    async def log_requests(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        start = time.perf_counter()
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > settings.max_body_bytes:
            response: Response = ApiError(
                413, "body_too_large", f"the request body exceeds {settings.max_body_bytes} bytes"
            ).response()
        else:
            response = await call_next(request)
        access_log.info(
            '%s "%s %s" %d %.1fms',
            request.client.host if request.client else "-",
            request.method,
            request.url.path,
            response.status_code,
            (time.perf_counter() - start) * 1000,
        )
        return response


def _answer_errors_as_json(app: FastAPI) -> None:
    """Every error, ours or the framework's, as the same JSON body (docs/api.md, Errors)."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Response:
        return error.response()

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "http_error")
        return ApiError(error.status_code, code, str(error.detail)).response()

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
            for e in error.errors()
        )
        return ApiError(400, "bad_request", problems[:500]).response()


def _include_routes(app: FastAPI) -> None:
    # HTML pages go first: their /id route matches only requests that prefer HTML and
    # lets the others fall through to the REST dereferencing route.
    app.include_router(pages.router)
    app.include_router(service.router)
    app.include_router(sparql.router)
    app.include_router(lookups.router)
    app.include_router(ingest.router)
    app.include_router(changes.router)
    app.include_router(routes_export.router)
