"""`GET /export/{view}.{ext}`: the export formats over HTTP (see docs/export.md). Layer 4.

    /export/enforcement.gexf?jurisdiction=uk&since=2026-01
    /export/full.ttl          /export/claims.jsonld        /export/full.nq
    /export/enforcement.nodes.csv   /export/enforcement.edges.csv   (or .csv?table=nodes)

Filters are query parameters, resolved and bound exactly as `regkg export` does. The export is
written to a spooled temporary file (memory up to 8 MB, then disk) in a worker thread, so an
error becomes a JSON 4xx before any byte is sent, and then streamed in chunks.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from regkg.export import (
    TABLES,
    Exporter,
    ExportError,
    ExportOptions,
    NotFoundError,
    get_exporter,
    resolve_options,
)
from regkg.store import Store

router = APIRouter(tags=["export"])
SPOOL_BYTES = 8 * 1024 * 1024
CHUNK_BYTES = 64 * 1024


@router.get(
    "/export/{view}.{ext}",
    summary="The graph as GEXF, GraphML, CSV, Turtle, N-Quads, TriG or JSON-LD",
    responses={404: {"description": "unknown view, format, jurisdiction or target"}},
)
def export(
    request: Request,
    view: str,
    ext: str,
    jurisdiction: str | None = Query(None, description="ISO code, any case; UK = GB"),
    target: str | None = Query(None, description="entity key, IRI, Wikidata id or label"),
    since: str | None = Query(None, description="YYYY[-MM[-DD]], inclusive"),
    until: str | None = Query(None, description="YYYY[-MM[-DD]], inclusive"),
    table: str | None = Query(None, description="csv: nodes or edges"),
) -> Response:
    view, _, table_in_path = view.partition(".")
    state = request.app.state.regkg
    store: Store = state.store
    try:
        exporter = _exporter(ext, table or table_in_path or None)
        options = resolve_options(
            store, state.settings.queries_dir, view=view, jurisdiction=jurisdiction,
            target=target, since=since, until=until, table=table or table_in_path or None,
        )
        spool, report_line = _spool(exporter, store, options)
    except NotFoundError as error:
        return _error(404, "not_found", str(error))
    except ExportError as error:
        status = 404 if "unknown view" in str(error) else 400
        return _error(status, "not_found" if status == 404 else "bad_request", str(error))
    name = f"regkg-{view}{'.' + options.table if options.table else ''}.{exporter.extension}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"',
               "X-Regkg-Report": report_line}
    media_type = exporter.media_type + ("; charset=utf-8" if exporter.name == "csv" else "")
    return StreamingResponse(_chunks(spool), media_type=media_type, headers=headers)


def _exporter(ext: str, table: str | None) -> Exporter:
    try:
        exporter = get_exporter(ext)
    except ExportError as error:
        raise NotFoundError(str(error)) from error
    if exporter.name == "csv" and table not in TABLES:
        raise ExportError("csv is one table per request: /export/{view}.nodes.csv or .edges.csv "
                          "(or ?table=nodes|edges)")
    return exporter


def _spool(exporter: Exporter, store: Store, options: ExportOptions) -> tuple[IO[bytes], str]:
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 (streamed, closed later)
    try:
        report = exporter.write(store, spool, options)  # type: ignore[arg-type]
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool, report.line()


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(CHUNK_BYTES):
            yield chunk
    finally:
        spool.close()


def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status)
