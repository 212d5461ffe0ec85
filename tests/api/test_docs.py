"""Every route is documented in docs/api.md and every setting in docs/settings.md."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from fastapi.routing import APIRoute

from regkg.api.app import create_app
from regkg.settings import Settings

DOCS = Path(__file__).resolve().parents[2] / "docs"


def api_routes(routes: list[Any]) -> list[APIRoute]:
    """APIRoutes, including those of routers (FastAPI wraps included routers)."""
    out: list[APIRoute] = []
    for route in routes:
        if isinstance(route, APIRoute):
            out.append(route)
        router = getattr(route, "original_router", None)
        if router is not None:
            out.extend(api_routes(list(router.routes)))
    return out


def test_every_route_is_in_api_md():
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    app = create_app(Settings(store="memory"))
    routes = api_routes(app.routes)
    assert len(routes) > 15
    missing = []
    for route in routes:
        path = re.sub(r"\{(\w+)(:\w+)?\}", r"{\1}", route.path)
        for method in route.methods:
            if f"`{method} {path}`" not in text and f"`{path}`" not in text:
                missing.append(f"{method} {path}")
    assert not missing, f"routes missing from docs/api.md: {missing}"


def test_every_route_is_in_openapi():
    app = create_app(Settings(store="memory"))
    paths = app.openapi()["paths"]
    for route in api_routes(app.routes):
        if route.include_in_schema:
            path = re.sub(r"\{(\w+)(:\w+)?\}", r"{\1}", route.path)
            assert path in paths, path
            for method in route.methods:
                assert paths[path][method.lower()].get("summary"), f"{method} {path}"


def test_every_setting_is_in_settings_md():
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    missing = [f.name for f in dataclasses.fields(Settings) if f"`{f.name}`" not in text]
    assert not missing, f"settings missing from docs/settings.md: {missing}"
