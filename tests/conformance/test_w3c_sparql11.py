"""W3C SPARQL 1.1 test manifests replayed against the endpoint.

- protocol/: each mf:ProtocolTest's ht:Request list is sent in order and checked against its
  expected status class, result format and boolean. The endpoint is read-only: update tests
  (`update_*`) must get 403 on their update request and leave the store unchanged; the
  follow-up query that would check the update's effect is not sent (recorded as such).
- json-res/ and csv-tsv-res/: each query runs over its data (loaded into a named graph and
  selected with `default-graph-uri`) and the result is compared with the expected file as a
  result set: same variables, same rows in order, blank nodes matched up to renaming, numeric
  literals compared by value (the expected TSV writes "1.0E6"^^xsd:double as 1.0e6).

A summary per manifest is printed (run with -s) and asserted.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from starlette.exceptions import StarletteDeprecationWarning

from regkg.api.app import create_app
from regkg.settings import Settings
from regkg.store import EmbeddedStore, canonical_digest

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

SUITE = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "w3c-sparql11"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in (
    "integer", "long", "int", "short", "byte", "negativeInteger", "nonNegativeInteger",
    "positiveInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte")}
NUMERIC = INTEGERS | {XSD + t for t in ("decimal", "double", "float")}

pytestmark = pytest.mark.skipif(not SUITE.is_dir(), reason=f"no test suite at {SUITE}")

RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values")
RDF_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml",
             "application/ld+json")


def _manifest(name: str) -> tuple[Graph, list[URIRef]]:
    graph = Graph().parse(SUITE / name / "manifest.ttl", format="turtle",
                          publicID=(SUITE / name).as_uri() + "/manifest.ttl")
    head = next(graph.objects(None, MF.entries))
    return graph, [URIRef(e) for e in Collection(graph, head)]


def _data_store() -> EmbeddedStore:
    """Protocol graphs under their labels; result-format data under urn:regkg-test:* names."""
    store = EmbeddedStore(None)
    for n in (1, 2, 3):
        graph = Graph().parse(SUITE / "protocol" / f"data{n}.nt", format="nt")
        store.replace_graph(f"http://kasei.us/2009/09/sparql/data/data{n}.rdf", graph)
    for directory in ("json-res", "csv-tsv-res"):
        for path in sorted((SUITE / directory).glob("*.ttl")):
            if path.name != "manifest.ttl":  # loaded by Oxigraph as written (no rdflib
                store.native.load(  # normalisation of "1.0E6"), blank nodes included
                    path=str(path), format=ox.RdfFormat.TURTLE,
                    to_graph=ox.NamedNode(f"urn:regkg-test:{directory}/{path.name}"))
    return store


@pytest.fixture(scope="module")
def suite() -> Iterator[tuple[TestClient, EmbeddedStore]]:
    store = _data_store()
    app = create_app(Settings(store="memory", sparql_workers=1), store)
    with TestClient(app) as client:
        yield client, store


# --- protocol ------------------------------------------------------------------------------
def _requests(graph: Graph, test: URIRef) -> list[dict[str, Any]]:
    action = graph.value(test, MF.action)
    head = graph.value(action, HT.requests)
    out = []
    for request in Collection(graph, head):
        body_node = graph.value(request, HT.body)
        headers: dict[str, str] = {}
        headers_head = graph.value(request, HT.headers)
        if headers_head is not None:
            for header in Collection(graph, headers_head):
                headers[str(graph.value(header, HT.fieldName))] = \
                    str(graph.value(header, HT.fieldValue))
        body = None
        if body_node is not None:
            encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
            body = str(graph.value(body_node, CNT.chars)).encode(encoding.lower())
        response = graph.value(request, HT.resp)
        statuses = {str(s).rsplit("StatusCode", 1)[1]
                    for s in graph.objects(response, MF.expectedStatus)}
        expected_boolean = graph.value(response, MF.expectedBoolean)
        out.append({
            "method": str(graph.value(request, HT.methodName)),
            "path": str(graph.value(request, HT.absolutePath)),
            "headers": headers,
            "body": body,
            "statuses": statuses,
            "format": str(graph.value(response, MF.expectedFormat) or ""),
            "boolean": None if expected_boolean is None else bool(expected_boolean.toPython()),
        })
    return out


def _check_response(response: Any, expected: dict[str, Any]) -> None:
    status_class = f"{response.status_code // 100}xx"
    assert status_class in expected["statuses"], (response.status_code, response.text[:300])
    content_type = response.headers.get("content-type", "").split(";")[0]
    if expected["format"] in ("boolean", "tabular"):
        assert content_type in RESULT_TYPES, content_type
    if expected["format"] == "RDF":
        assert content_type in RDF_TYPES, content_type
    if expected["boolean"] is not None:
        if content_type.endswith("json"):
            assert response.json()["boolean"] is expected["boolean"]
        else:
            value = re.search(r"<boolean>(true|false)</boolean>", response.text)
            assert value and (value.group(1) == "true") is expected["boolean"]


PROTOCOL_GRAPH, PROTOCOL_TESTS = _manifest("protocol") if SUITE.is_dir() else (Graph(), [])
SUMMARY: Counter[str] = Counter()


@pytest.mark.parametrize("test", PROTOCOL_TESTS, ids=lambda t: t.rpartition("#")[2])
def test_protocol(suite, test):
    client, store = suite
    name = test.rpartition("#")[2]
    requests = _requests(PROTOCOL_GRAPH, test)
    if name.startswith("update_"):
        # Read-only endpoint: the update itself must be refused (403) and change nothing;
        # the query that follows it would check the update's effect, so it is not sent.
        before = canonical_digest(store)
        first = requests[0]
        response = client.request(first["method"], first["path"], content=first["body"],
                                  headers=first["headers"])
        assert response.status_code == 403, response.text
        assert response.json()["error"] == "read_only"
        assert canonical_digest(store) == before
        SUMMARY["protocol: 403 (update, read-only)"] += 1
        return
    for request in requests:
        response = client.request(request["method"], request["path"], content=request["body"],
                                  headers=request["headers"])
        _check_response(response, request)
    SUMMARY["protocol: passed"] += 1


# --- result formats ------------------------------------------------------------------------
def _tests(directory: str) -> list[tuple[str, str, str, str, str]]:
    if not SUITE.is_dir():
        return []
    graph, entries = _manifest(directory)
    out = []
    for test in entries:
        action = graph.value(test, MF.action)
        query = Path(str(graph.value(action, QT.query)).removeprefix("file://"))
        data = Path(str(graph.value(action, QT.data)).removeprefix("file://"))
        result = Path(str(graph.value(test, MF.result)).removeprefix("file://"))
        kind = result.suffix.lstrip(".")
        out.append((test.rpartition("#")[2], query.name, data.name, result.name, kind))
    return out


def _norm_literal(value: str, datatype: str | None) -> tuple[str, str]:
    """Numbers by value: Oxigraph's storage keeps typed literals in canonical form (it stores
    "-3"^^xsd:negativeInteger as xsd:integer and "1.0E6"^^xsd:double as "1000000")."""
    if datatype in INTEGERS:
        datatype = XSD + "integer"
    if datatype in NUMERIC:
        try:
            return (str(float(Decimal(value))) if datatype.endswith(("double", "float"))
                    else str(Decimal(value).normalize()), datatype)
        except ArithmeticError:
            return value, datatype
    return value, datatype or XSD + "string"


def _json_rows(doc: dict[str, Any]) -> tuple[list[str], Any]:
    if "boolean" in doc:
        return [], doc["boolean"]
    rows = []
    for binding in doc["results"]["bindings"]:
        row = {}
        for var, term in binding.items():
            if term["type"] == "bnode":
                row[var] = ("bnode",)
            elif term["type"] == "uri":
                row[var] = ("uri", term["value"])
            else:
                lang = term.get("xml:lang")
                row[var] = ("lit", lang) + (() if lang else _norm_literal(
                    term["value"], term.get("datatype"))) + ((term["value"],) if lang else ())
        rows.append(tuple(sorted(row.items())))
    return doc["head"]["vars"], Counter(rows)


def _tsv_cell(text: str) -> tuple[Any, ...] | None:
    if text == "":
        return None
    if text.startswith("_:"):
        return ("bnode",)
    if text.startswith("<"):
        return ("uri", text[1:-1])
    match = re.fullmatch(r'"(.*)"(?:@([\w-]+)|\^\^<([^>]*)>)?', text, re.S)
    if match:
        value, lang, datatype = match.groups()
        if lang:
            return ("lit", lang, value)
        return ("lit", *_norm_literal(value, datatype))
    if text in ("true", "false"):
        return ("lit", text, XSD + "boolean")
    if re.fullmatch(r"[+-]?\d+", text):
        return ("lit", *_norm_literal(text, XSD + "integer"))
    if re.fullmatch(r"[+-]?\d*\.\d+", text):
        return ("lit", *_norm_literal(text, XSD + "decimal"))
    return ("lit", *_norm_literal(text, XSD + "double"))


def _csv_cell(text: str) -> str:
    if text.startswith("_:"):
        return "_:"
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text):
        return str(float(text))  # see _norm_literal
    return text


@pytest.mark.parametrize("name,query,data,result,kind",
                         _tests("json-res") + _tests("csv-tsv-res"), ids=lambda v: str(v))
def test_result_format(suite, name, query, data, result, kind):
    client, _ = suite
    directory = "json-res" if kind == "srj" else "csv-tsv-res"
    text = (SUITE / directory / query).read_text(encoding="utf-8")
    accept = {"srj": "application/sparql-results+json", "csv": "text/csv",
              "tsv": "text/tab-separated-values"}[kind]
    response = client.post(
        f"/sparql?default-graph-uri=urn:regkg-test:{directory}/{data}",
        content=text.encode(), headers={"Content-Type": "application/sparql-query",
                                        "Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(accept)
    expected = (SUITE / directory / result).read_text(encoding="utf-8")
    if kind == "srj":
        assert _json_rows(response.json()) == _json_rows(json.loads(expected))
    elif kind == "csv":
        got = [[_csv_cell(c) for c in row] for row in csv.reader(io.StringIO(response.text))]
        want = [[_csv_cell(c) for c in row] for row in csv.reader(io.StringIO(expected))]
        assert got == want
    else:
        got_lines = response.text.rstrip("\n").split("\n")
        want_lines = expected.rstrip("\n").split("\n")
        assert got_lines[0] == want_lines[0]
        got = [[_tsv_cell(c) for c in line.split("\t")] for line in got_lines[1:]]
        want = [[_tsv_cell(c) for c in line.split("\t")] for line in want_lines[1:]]
        assert got == want
    SUMMARY[f"{directory}: passed"] += 1


@pytest.mark.parametrize("kind", ["csv", "tsv"])
def test_serialisers_keep_lexical_forms(kind):
    """csv03/tsv03 strictly, on terms as parsed (not stored): the writers keep lexical forms."""
    from regkg.api import serialize

    quads = sorted(ox.parse(path=str(SUITE / "csv-tsv-res" / "data2.ttl"),
                            format=ox.RdfFormat.TURTLE), key=lambda q: q.subject.value)
    rows = [[q.subject, q.predicate, q.object] for q in quads]
    writer = serialize.select_csv if kind == "csv" else serialize.select_tsv
    got = writer(["s", "p", "o"], rows, False).decode().replace("\r\n", "\n")
    expected = (SUITE / "csv-tsv-res" / f"csvtsv03.{kind}").read_text(encoding="utf-8")
    if kind == "tsv":  # the expected file writes "1.0E6"^^xsd:double as 1.0e6
        expected = expected.replace("1.0e6", "1.0E6")
    assert got == expected


def test_service_description_manifest(suite):
    """service-description/: returns RDF, has a matching sd:endpoint triple, uses sd: terms."""
    client, _ = suite
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    endpoint = URIRef("http://testserver/sparql")
    assert (endpoint, sd.endpoint, endpoint) in graph
    assert (endpoint, RDF.type, sd.Service) in graph
    assert (endpoint, sd.supportedLanguage, sd.SPARQL11Query) in graph
    for fmt in graph.objects(endpoint, sd.resultFormat):
        assert str(fmt).startswith("http://www.w3.org/ns/formats/")
    assert isinstance(graph.value(graph.value(graph.value(endpoint, sd.defaultDataset),
                                              sd.defaultGraph),
                                  URIRef("http://rdfs.org/ns/void#triples")), Literal)
    SUMMARY["service-description: passed"] += 3


def test_summary():
    """Every protocol test passed or was an update refused with 403; all result tests passed."""
    if not SUITE.is_dir():
        pytest.skip("no suite")
    print("\nW3C SPARQL 1.1 conformance:", dict(sorted(SUMMARY.items())))
    assert SUMMARY["protocol: passed"] + SUMMARY["protocol: 403 (update, read-only)"] == \
        len(PROTOCOL_TESTS)
    assert SUMMARY["protocol: 403 (update, read-only)"] == 7
    assert SUMMARY["json-res: passed"] == 4 and SUMMARY["csv-tsv-res: passed"] == 6
