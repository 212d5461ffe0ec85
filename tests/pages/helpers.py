"""Mount the pages router in an app the way app.py should: before the REST lookups."""

from __future__ import annotations

from fastapi import FastAPI

from regkg.api import pages


def with_pages(app: FastAPI) -> FastAPI:
    """Include `pages.router` first unless `create_app` already includes it."""
    if any(getattr(route, "path", None) == "/index.json" for route in app.router.routes):
        return app
    before = len(app.router.routes)
    app.include_router(pages.router)
    added = app.router.routes[before:]
    del app.router.routes[before:]
    app.router.routes[0:0] = added
    return app
