"""The OpenAPI document, completed with the JSON errors every route can answer. Layer 4.

FastAPI documents `422` for parameter validation errors, but this API answers them with `400`
(`app.validation_error`), and it does not list the `404`/`406` every route can give. Schema
fuzzing (tests/api/test_fuzz.py) flagged both as undocumented status codes; here each operation
gets them, with the error body's schema (`errors.ApiError`).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from regkg.api import media

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {"error": {"type": "string"}, "message": {"type": "string"}},
}
COMMON = {"400": "bad request: a parameter is malformed or out of range",
          "404": "no such resource", "406": "no acceptable format"}
SPARQL = {"403": "update or SERVICE refused", "413": "body too large",
          "415": "unsupported media type or charset",
          "429": "query-time budget used (Retry-After)", "503": "timeout or no worker"}
KEEPS_422 = {("/articles", "post")}  # the ingest route's 422 is its SHACL rejection


def _error(description: str, html: bool) -> dict[str, Any]:
    content: dict[str, Any] = {"application/json": {"schema": ERROR_SCHEMA}}
    if html:  # an HTML page answers its errors as HTML pages
        content["text/html"] = {"schema": {"type": "string"}}
    return {"description": description, "content": content}


def _sparql_results(responses: dict[str, Any]) -> None:
    """/sparql answers results, graphs or its service description in many formats."""
    tables = (media.RESULT_FORMATS, media.RDF_FORMATS, media.SERVICE_DESCRIPTION_FORMATS)
    types = sorted({fmt.media_type for table in tables for fmt in table})
    ok = responses.setdefault("200", {"description": "results"})
    ok["content"] = {t: {"schema": {}} for t in types}


def complete(schema: dict[str, Any]) -> dict[str, Any]:
    """Add the error statuses (JSON bodies) to each operation; drop FastAPI's unused 422."""
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            if (path, method) not in KEEPS_422:
                responses.pop("422", None)
            ok = responses.get("200", {}).get("content", {})
            html = "text/html" in ok
            extra = dict(COMMON)
            if path.startswith("/sparql") or path == "/articles":
                extra.update(SPARQL)
            if path.startswith("/sparql"):
                _sparql_results(responses)
            for status, description in extra.items():
                given = responses.get(status)
                text = given.get("description", description) if given else description
                responses[status] = _error(text, html)
    return schema


def install(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete(get_openapi(
                title=app.title, version=app.version, summary=app.summary,
                description=app.description, routes=app.routes))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
