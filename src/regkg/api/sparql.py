"""The SPARQL 1.1 Protocol endpoint at /sparql, read-only. Layer 4.

https://www.w3.org/TR/sparql11-protocol/ : query by GET, URL-encoded POST or direct POST;
`default-graph-uri` / `named-graph-uri` pick graphs of this store (never fetched); results by
Accept or `format`; a service description on GET without a query. Refusals, in order:
413 body too large, 403 any update, 415 unsupported body type or charset, 400 malformed, too
deeply nested, or naming remote graphs, 403 SERVICE (no outbound connection is ever made),
406 no acceptable format, 503 timeout or no free worker (JSON, never partial results).
Queries run where `state.backend` says: worker processes over the in-memory copy of an
embedded store, or the remote store's own endpoint (same refusals, formats and row cap).
"""

from __future__ import annotations

import time
from typing import Annotated
from urllib.parse import parse_qsl

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from regkg import namespaces as ns
from regkg.api import media
from regkg.api.errors import ApiError, bad_request
from regkg.api.sparqltext import QueryInfo, QueryTextError, TooDeep, inspect
from regkg.api.state import ServerState
from regkg.api.workers import PoolClosed, QueryJob, QueryReply, QueryTimeout, WorkerError

router = APIRouter(tags=["sparql"])

RESULT_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                      "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML")

_DOC_PARAMS = {
    "query": "the SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)",
    "default-graph-uri": "a graph of this store to use as (part of) the default graph",
    "named-graph-uri": "a graph of this store to make available to GRAPH",
    "format": "result format name (json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml) "
              "or media type; overrides Accept",
    "timeout": "seconds; may lower the server's timeout, never raise it",
}


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.regkg
    return state


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past `limit` bytes (declared or actual)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "body_too_large", f"the request body exceeds {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "body_too_large", f"the request body exceeds {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _content_type(request: Request) -> tuple[str, str | None]:
    raw = request.headers.get("content-type", "")
    parts = [p.strip() for p in raw.split(";")]
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return parts[0].lower(), charset


def _decode(body: bytes, charset: str | None) -> str:
    if charset not in (None, "utf-8", "utf8"):
        raise ApiError(415, "unsupported_charset", f"bodies must be UTF-8, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise bad_request(f"the body is not valid UTF-8: {error}") from None


def _one(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise bad_request(f"give one '{name}' parameter, not {len(values)}")
    return values[0] if values else None


def _refuse_updates(params: list[tuple[str, str]]) -> None:
    if any(k in ("update", "using-graph-uri", "using-named-graph-uri") for k, _ in params):
        raise ApiError(403, "read_only", "this endpoint is read-only: SPARQL Update is refused")


async def _answer(request: Request, params: list[tuple[str, str]], text: str) -> Response:
    state = _state(request)
    info = _readable_query(text, state.settings.max_query_depth)
    default_graphs = tuple(v for k, v in params if k == "default-graph-uri")
    named_graphs = tuple(v for k, v in params if k == "named-graph-uri")
    protocol_dataset = bool(default_graphs or named_graphs)
    if not protocol_dataset:
        _refuse_remote_dataset(info, state)
    fmt = _result_format(info, request, params)
    job = QueryJob(
        query=text,
        format_name=fmt.name,
        max_rows=state.settings.max_rows,
        default_graph=default_graphs if protocol_dataset else None,
        named_graphs=named_graphs if protocol_dataset else None,
        union_default=not info.has_dataset,
        variable_order=tuple(info.variables) if info.select_star else (),
        base_iri=_endpoint(request),
    )
    start = time.perf_counter()
    reply = await _run(state, job, request, _timeout(_one(params, "timeout"),
                                                     state.settings.query_timeout_s))
    return _reply_response(reply, fmt, state.settings.max_rows, time.perf_counter() - start)


def _readable_query(text: str, max_depth: int) -> QueryInfo:
    """The query's shape, or the 4xx that says why this endpoint will not run it."""
    try:
        info = inspect(text, max_depth)
    except TooDeep as error:
        raise bad_request(str(error), "query_too_deep") from None
    except QueryTextError as error:
        raise bad_request(f"malformed query: {error}", "malformed_query") from None
    if info.is_update:
        raise ApiError(403, "read_only",
                       f"this endpoint is read-only: {info.operation} (an update) is refused")
    if info.operation is None:
        raise bad_request("malformed query: no SELECT, ASK, CONSTRUCT or DESCRIBE",
                          "malformed_query")
    if info.service:
        raise ApiError(403, "service_refused",
                       "SERVICE is not allowed: this endpoint never connects to other "
                       "endpoints (federated queries are disabled)")
    return info


def _refuse_remote_dataset(info: QueryInfo, state: ServerState) -> None:
    unknown = [g for g in [*info.from_graphs, *info.from_named] if g not in state.graphs]
    if unknown:
        raise bad_request(
            f"FROM <{unknown[0]}> is not a graph of this store; the endpoint never "
            "fetches remote data (FROM and FROM NAMED name stored graphs only)",
            "remote_dataset", graphs=unknown,
        )


def _result_format(info: QueryInfo, request: Request, params: list[tuple[str, str]]
                   ) -> media.Format:
    """Content negotiation over the table for the query's form (graphs or results)."""
    table = media.RDF_FORMATS if info.operation in ("CONSTRUCT", "DESCRIBE") \
        else media.RESULT_FORMATS
    try:
        return media.negotiate(table, request.headers.get("accept"), _one(params, "format"))
    except media.NotAcceptable as error:
        raise ApiError(406, "not_acceptable", str(error)) from None


async def _run(state: ServerState, job: QueryJob, request: Request, timeout: float) -> QueryReply:
    """Run on the query backend within the client's budget; its failures as HTTP errors."""
    backend = state.backend
    if backend is None:
        raise ApiError(503, "unavailable", "the SPARQL endpoint has no query workers")
    client = request.client.host if request.client else "-"
    _check_budget(state, client)
    start = time.perf_counter()
    try:
        return await backend.execute(job, timeout)
    except QueryTimeout as error:
        raise ApiError(503, "timeout", str(error), timeout_s=timeout) from None
    except PoolClosed as error:
        raise ApiError(503, "unavailable", str(error)) from None
    except WorkerError as error:
        if error.client:
            raise bad_request(str(error), "query_error") from None
        raise ApiError(500, "query_failed", str(error)) from None
    finally:
        if state.budget is not None:
            state.budget.charge(client, time.perf_counter() - start)


def _reply_response(reply: QueryReply, fmt: media.Format, max_rows: int, seconds: float
                    ) -> Response:
    headers = {
        "X-Regkg-Rows": str(reply.rows),
        "X-Regkg-Max-Rows": str(max_rows),
        "X-Regkg-Truncated": "true" if reply.truncated else "false",
        "X-Regkg-Query-Seconds": f"{seconds:.4f}",
        "Vary": "Accept",
    }
    media_type = fmt.media_type
    if media_type.startswith("text/") or media_type.endswith(("json", "xml")):
        media_type += "; charset=utf-8"
    return Response(reply.body, media_type=media_type, headers=headers)


def _check_budget(state: ServerState, client: str) -> None:
    """429 with Retry-After when `client` has used its minute's SPARQL worker time."""
    if state.budget is None:
        return
    wait = state.budget.retry_after(client)
    if wait is not None:
        error = ApiError(429, "rate_limited",
                         f"this client used its {state.budget.budget:g} s of query time per "
                         f"minute; retry in {wait} s", retry_after_s=wait)
        error.headers["Retry-After"] = str(wait)
        raise error


def _timeout(raw: str | None, ceiling: float) -> float:
    if raw is None or raw == "":
        return ceiling
    try:
        asked = float(raw)
    except ValueError:
        raise bad_request(f"timeout must be a number of seconds, not {raw[:40]!r}") from None
    if not asked > 0:
        raise bad_request("timeout must be positive")
    return min(asked, ceiling)


def _endpoint(request: Request) -> str:
    """This endpoint's URL (the service-defined base IRI of queries)."""
    return str(request.url.replace(query="", fragment=""))


def service_description(request: Request) -> Response:
    triples = _service_triples(_state(request), ox.NamedNode(_endpoint(request)))
    try:
        fmt = media.negotiate(media.SERVICE_DESCRIPTION_FORMATS, request.headers.get("accept"),
                              request.query_params.get("format"))
    except media.NotAcceptable:
        fmt = media.RDF_FORMATS[0]
    assert fmt.ox_rdf is not None
    body = ox.serialize(triples, format=fmt.ox_rdf, prefixes={"sd": str(ns.SD)})
    return Response(body, media_type=fmt.media_type)


def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _service_triples(state: ServerState, endpoint: ox.NamedNode) -> list[ox.Triple]:
    """The endpoint, its language, formats and dataset (SPARQL 1.1 Service Description, 3)."""
    a, sd = _node(str(ns.RDF.type)), ns.SD
    dataset, default = ox.BlankNode("dataset"), ox.BlankNode("default")
    count = ox.Literal(str(state.triple_count), datatype=_node(str(ns.XSD.integer)))
    triples = [
        ox.Triple(endpoint, a, _node(sd.Service)),
        ox.Triple(endpoint, _node(sd.endpoint), endpoint),
        ox.Triple(endpoint, _node(sd.supportedLanguage), _node(sd.SPARQL11Query)),
        ox.Triple(endpoint, _node(sd.feature), _node(sd.UnionDefaultGraph)),
        ox.Triple(endpoint, _node(sd.defaultDataset), dataset),
        ox.Triple(dataset, a, _node(sd.Dataset)),
        ox.Triple(dataset, _node(sd.defaultGraph), default),
        ox.Triple(default, a, _node(sd.Graph)),
        ox.Triple(default, _node(ns.VOID.triples), count),
    ]
    triples += [ox.Triple(endpoint, _node(sd.resultFormat), _node(ns.FORMATS[name]))
                for name in RESULT_FORMAT_IRIS]
    return triples + _named_graph_triples(dataset, state.graphs)


def _named_graph_triples(dataset: ox.BlankNode, graphs: frozenset[str]) -> list[ox.Triple]:
    """One sd:NamedGraph per graph that is not an article's (those are too many to list)."""
    a, sd = _node(str(ns.RDF.type)), ns.SD
    triples: list[ox.Triple] = []
    for graph in sorted(g for g in graphs if "/graph/article/" not in g):
        node = ox.BlankNode("g" + str(abs(hash(graph))))
        triples += [
            ox.Triple(dataset, _node(sd.namedGraph), node),
            ox.Triple(node, a, _node(sd.NamedGraph)),
            ox.Triple(node, _node(sd.name), ox.NamedNode(graph)),
        ]
    return triples


@router.get(
    "/sparql",
    summary="SPARQL query by GET; without a query, the service description",
    responses={200: {"description": "results (JSON, XML, CSV, TSV) or RDF"},
               400: {"description": "malformed, too deep, or remote dataset"},
               403: {"description": "update or SERVICE refused"},
               406: {"description": "no acceptable format"},
               429: {"description": "query-time budget used (Retry-After)"},
               503: {"description": "timeout (JSON error)"}},
)
async def sparql_get(
    request: Request,
    query: Annotated[str | None, Query(description=_DOC_PARAMS["query"])] = None,
    default_graph_uri: Annotated[list[str] | None, Query(
        alias="default-graph-uri", description=_DOC_PARAMS["default-graph-uri"])] = None,
    named_graph_uri: Annotated[list[str] | None, Query(
        alias="named-graph-uri", description=_DOC_PARAMS["named-graph-uri"])] = None,
    format: Annotated[str | None, Query(description=_DOC_PARAMS["format"])] = None,
    timeout: Annotated[float | None, Query(description=_DOC_PARAMS["timeout"])] = None,
) -> Response:
    params = parse_qsl(request.url.query, keep_blank_values=True)
    _refuse_updates(params)
    text = _one(params, "query")
    if text is None:
        return service_description(request)
    return await _answer(request, params, text)


@router.post(
    "/sparql",
    summary="SPARQL query by URL-encoded POST (query=...) or direct POST "
            "(application/sparql-query)",
    responses={403: {"description": "update refused (read-only)"},
               413: {"description": "body too large"},
               415: {"description": "unsupported media type or charset"},
               429: {"description": "query-time budget used (Retry-After)"},
               503: {"description": "timeout (JSON error)"}},
)
async def sparql_post(request: Request) -> Response:
    state = _state(request)
    body = await read_body(request, state.settings.max_body_bytes)
    url_params = parse_qsl(request.url.query, keep_blank_values=True)
    _refuse_updates(url_params)
    content_type, charset = _content_type(request)
    if content_type == media.SPARQL_UPDATE:
        raise ApiError(403, "read_only", "this endpoint is read-only: SPARQL Update is refused")
    if content_type == media.FORM:
        text = _decode(body, charset)
        form = parse_qsl(text, keep_blank_values=True)
        _refuse_updates(form)
        params = url_params + form
        query = _one(params, "query")
        if query is None:
            raise bad_request("a URL-encoded POST needs a 'query' parameter")
        return await _answer(request, params, query)
    if content_type == media.SPARQL_QUERY:
        text = _decode(body, charset)
        if _one(url_params, "query") is not None:
            raise bad_request("a direct POST carries the query in the body, not in 'query='")
        return await _answer(request, url_params, text)
    raise ApiError(
        415, "unsupported_media_type",
        f"POST needs Content-Type {media.FORM} or {media.SPARQL_QUERY}, "
        f"not {content_type or 'none'!r}",
    )


# The protocol test suite addresses the endpoint as /sparql/; both paths answer.
router.add_api_route("/sparql/", sparql_get, methods=["GET"], include_in_schema=False)
router.add_api_route("/sparql/", sparql_post, methods=["POST"], include_in_schema=False)
