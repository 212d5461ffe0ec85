"""Browsable HTML pages, each with a JSON twin. Layer 4.

    /                              home: counts, jurisdictions, latest actions, articles, search
    /search?q=                     entities by label and claims by text (accent-insensitive)
    /browse/jurisdiction/{code}    actions table with filters and an SVG timeline
    /browse/{kind}/{slug}          authority, law, organisation, service, person
    /browse/action/{id}            one action;   /browse/claim/{id}   one claim
    /browse/article/{stem}         the article's text with every fact highlighted at its sentence
    /query                         a SPARQL editor with the examples of queries/

Every page answers JSON at the same path plus `.json` (`/index.json` for the home page), or at
its own path to `Accept: application/json`. Entity IRIs resolve to their pages: a browser
asking /id/... for HTML is redirected here (`HtmlRoute` matches only requests that prefer
HTML; the others fall through to the REST dereferencing route, so include this router first).
Server-rendered with Jinja2 (autoescape on); the only script-free stylesheet is our own.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.datastructures import Headers
from starlette.routing import Match
from starlette.types import Scope

from regkg import __version__
from regkg.api import media, pages_article, pages_data, pages_query
from regkg.api.errors import ApiError, not_found
from regkg.api.lookup_common import RESOURCE_KINDS
from regkg.api.state import ServerState

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
HTML = media.Format("html", "text/html", ("application/xhtml+xml",))
JSON = media.Format("json", "application/json")
PAGE_FORMATS = (HTML, JSON)

router = APIRouter(tags=["pages"])
templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.globals.update(page_url=pages_data.page_url, version=__version__)
PAGES: list[str] = []  # every HTML page route; each has a JSON twin (a test checks)


def twin_path(path: str) -> str:
    return "/index.json" if path == "/" else path + ".json"


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.regkg
    return state


def wants_json(request: Request) -> bool:
    try:
        return media.negotiate(PAGE_FORMATS, request.headers.get("accept")) is JSON
    except media.NotAcceptable as error:
        raise ApiError(406, "not_acceptable", str(error)) from None


def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> Response:
    twin = twin_path(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
    html = templates.get_template(template).render(json_url=twin, **data)
    return HTMLResponse(html, status_code=status, headers={"Vary": "Accept"})


def _html_or_json(request: Request, template: str, data: dict[str, Any]) -> Response:
    if wants_json(request):
        return JSONResponse(data, headers={"Vary": "Accept"})
    return render(request, template, data)


def _error_page(request: Request, error: ApiError) -> Response:
    if wants_json(request):
        return error.response()
    data = {"status": error.status, "code": error.code, "message": error.message}
    return render(request, "error.html", data, status=error.status)


View = Callable[..., Any]


def page(path: str, template: str) -> Callable[[View], View]:
    """Register `view` (returns the page's data) as an HTML page and as its JSON twin."""

    def decorate(view: View) -> View:
        if inspect.iscoroutinefunction(view):
            @functools.wraps(view)
            async def as_json(*args: Any, **kwargs: Any) -> Response:
                return JSONResponse(await view(*args, **kwargs))

            @functools.wraps(view)
            async def as_html(*args: Any, **kwargs: Any) -> Response:
                try:
                    data = await view(*args, **kwargs)
                except ApiError as error:
                    return _error_page(kwargs["request"], error)
                return _html_or_json(kwargs["request"], template, data)
        else:
            @functools.wraps(view)
            def as_json(*args: Any, **kwargs: Any) -> Response:
                return JSONResponse(view(*args, **kwargs))

            @functools.wraps(view)
            def as_html(*args: Any, **kwargs: Any) -> Response:
                try:
                    data = view(*args, **kwargs)
                except ApiError as error:
                    return _error_page(kwargs["request"], error)
                return _html_or_json(kwargs["request"], template, data)

        # The twin first: '/browse/law/dsa.json' must not reach '{slug}' as 'dsa.json'.
        router.add_api_route(twin_path(path), as_json, methods=["GET"],
                             summary=f"JSON of the page {path}")
        router.add_api_route(path, as_html, methods=["GET"], response_class=HTMLResponse,
                             summary=f"HTML page (JSON by Accept or {twin_path(path)})")
        PAGES.append(path)
        return view

    return decorate


# --- pages -----------------------------------------------------------------------------------
@page("/", "home.html")
def home(request: Request) -> dict[str, Any]:
    return pages_data.home(_state(request))


@page("/search", "search.html")
def search(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="words to find")] = None,
) -> dict[str, Any]:
    return pages_data.search(_state(request), q)


@page("/browse/jurisdiction/{code}", "jurisdiction.html")
def jurisdiction(
    request: Request,
    code: str,
    type: Annotated[str | None, Query(description="action type")] = None,
    law: Annotated[str | None, Query(description="law id or abbreviation")] = None,
    target: Annotated[str | None, Query(description="target id or name")] = None,
    since: Annotated[str | None, Query(description="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, Query(description="YYYY[-MM[-DD]]")] = None,
) -> dict[str, Any]:
    filters = {"type": type, "law": law, "target": target, "since": since, "until": until}
    return pages_data.jurisdiction(_state(request), code, filters)


@page("/browse/action/{id}", "action.html")
def action(request: Request, id: str) -> dict[str, Any]:
    return pages_data.action(_state(request), id)


@page("/browse/claim/{id}", "claim.html")
def claim(request: Request, id: str) -> dict[str, Any]:
    return pages_data.claim(_state(request), id)


@page("/browse/article/{stem}", "article.html")
def article(request: Request, stem: str) -> dict[str, Any]:
    return pages_article.article(_state(request), stem)


@page("/browse/{kind}/{slug}", "entity.html")
def entity(request: Request, kind: str, slug: str) -> dict[str, Any]:
    return pages_data.entity(_state(request), kind, slug)


@page("/query", "query.html")
async def query(
    request: Request,
    query: Annotated[str | None, Query(description="a SPARQL query to run")] = None,
    example: Annotated[str | None, Query(description="name of an example to show")] = None,
) -> dict[str, Any]:
    return await pages_query.query_page(request, query, example)


# --- static files and IRI resolution ---------------------------------------------------------
@router.get("/static/{name}", include_in_schema=False)
def static(name: str) -> Response:
    files = {p.name: p for p in STATIC.iterdir() if p.is_file()}
    if name not in files:
        raise not_found(f"no static file {name[:60]!r}")
    return FileResponse(files[name], headers={"Cache-Control": "max-age=3600"})


class HtmlRoute(APIRoute):
    """Matches only requests that prefer HTML; the others go on to the next route."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        match, child = super().matches(scope)
        if match is not Match.NONE and not _prefers_html(Headers(scope=scope).get("accept")):
            return Match.NONE, {}
        return match, child


def _prefers_html(accept: str | None) -> bool:
    try:
        return media.negotiate((JSON, HTML), accept) is HTML
    except media.NotAcceptable:
        return False


def resolve(kind: str, slug: str) -> Response:
    """A browser opening an entity IRI (https://w3id.org/regkg/id/...) lands on its page."""
    url = pages_data.page_url(f"{kind}/{slug}") if kind in RESOURCE_KINDS else None
    if url is None:
        raise not_found(f"no page for {kind}/{slug[:60]}")
    return RedirectResponse(url, status_code=303)


router.add_api_route("/id/{kind}/{slug:path}", resolve, methods=["GET"],
                     route_class_override=HtmlRoute, include_in_schema=False)
