"""What the remote store sends and reads: update texts, terms, SPARQL JSON rows. Layer 2.

Terms are serialised by Oxigraph (`to_ox`), so no value can change a request's shape.
Results are read into the embedded store's shapes: `Cell`s and rdflib graphs with RDF 1.1
literals (simple literals are xsd:string, language tags lower-case).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from regkg.store.base import Cell, QueryError, SelectResult, StoreError, Triple
from regkg.store.embedded import to_ox, to_rdflib
from regkg.store.remote_config import RemoteConfig

XSD_STRING = str(XSD.string)
XSD_BOOLEAN = str(XSD.boolean)
NUMBERS = {  # the lexical forms of each (XSD 1.1), as Oxigraph reads them
    str(XSD.decimal): re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"),
    str(XSD.integer): re.compile(r"[+-]?\d+"),
}
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
ENCODED_DATATYPE = "urn:regkg:datatype:"  # + the xsd IRI, for encode_durations
DURATIONS = {str(XSD.duration), str(XSD.dayTimeDuration), str(XSD.yearMonthDuration)}
# Virtuoso's pragma that keeps the SQL optimiser to the query's written join order, for the
# queries marked `# hint: join-order`. Without it Virtuoso 7.2 picks a plan from index
# statistics that change as graphs are written and dropped, and some plans of the export
# queries' nested EXISTS filters return no rows at all; on other queries the written order can
# be slower (docs/scaling.md, "Virtuoso 7.2 specifics").
FIXED_JOIN_ORDER = 'DEFINE sql:select-option "order"\n'
_FROM = re.compile(r"\bFROM\s+(?:NAMED\s+)?<", re.IGNORECASE)
_WHERE_GROUP = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_FIRST_GROUP = re.compile(r"(?:\bWHERE\s*)?\{", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"^\s*#.*$", re.MULTILINE)
_PROLOGUE = re.compile(r"^(?:\s*(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>))*", re.I)


def update_requests(
    graph: str, triples: Iterable[Triple], config: RemoteConfig, stage: str
) -> list[str]:
    """The update texts replacing `graph`, via the staging graph `stage`; usually one.

    The triples go into `stage` in INSERT DATA operations of config.chunk_triples (Virtuoso's
    parser refuses ~5,000 in one), then one `MOVE` replaces `graph`. A text that would exceed
    config.max_request_bytes is split into several requests; `graph` still changes only in
    the final MOVE. Blank nodes are refused, as by the embedded store.
    """
    target, staged = ox.NamedNode(graph), ox.NamedNode(stage)
    lines: list[str] = []
    for s, p, o in triples:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise StoreError("blank nodes are not stored: skolemise them first")
        lines.append(f"{_term(s, config)} {_term(p, config)} {_term(o, config)} .")
    if not lines:
        return [f"DROP SILENT GRAPH {target}"]
    size = config.chunk_triples
    operations = [
        f"INSERT DATA {{ GRAPH {staged} {{\n" + "\n".join(lines[i : i + size]) + "\n} }"
        for i in range(0, len(lines), size)
    ]
    operations.append(f"MOVE SILENT GRAPH {staged} TO GRAPH {target}")
    requests = [f"DROP SILENT GRAPH {staged}"]
    for operation in operations:
        if len(requests[-1].encode()) + len(operation.encode()) > config.max_request_bytes:
            requests.append(operation)
        else:
            requests[-1] += " ;\n" + operation
    return requests


def _term(term: Node, config: RemoteConfig) -> str:
    return str(to_ox(encode_term(term) if config.encode_durations else term))


def encode_term(term: Node) -> Node:
    """xsd:*duration literals under a datatype Virtuoso 7.2 stores as given (see docs)."""
    if isinstance(term, Literal) and str(term.datatype) in DURATIONS:
        return Literal(str(term), datatype=URIRef(ENCODED_DATATYPE + str(term.datatype)))
    return term


def decode_datatype(datatype: str) -> str:
    return datatype.removeprefix(ENCODED_DATATYPE)


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or the first keyword of an update."""
    body = _PROLOGUE.sub("", _COMMENT_LINE.sub("", text))
    match = re.match(r"\s*([A-Za-z]+)", body)
    if match is None:
        raise QueryError("not a SPARQL query or update: no query form")
    return match.group(1).upper()


def with_dataset(query: str, graphs: list[str]) -> str | None:
    """`query` reading `graphs` as its default graph (their union) and as its named graphs.

    FROM / FROM NAMED clauses go just before the top-level `WHERE {` (or, without WHERE,
    the first `{` of a SELECT or ASK). Clauses in the text rather than the protocol's
    default-graph-uri parameters: Virtuoso echoes each of those as a response header, and
    Python's HTTP client refuses a response of more than 100 headers. A query with its own
    FROM keeps it. None when there is no place for them (a DESCRIBE without a group).
    """
    body = _COMMENT_LINE.sub("", query)
    if query_form(body) in ("SELECT", "ASK"):  # the first group is the top-level one, with
        match = _FIRST_GROUP.search(body)  # or without WHERE (a sub-select's comes later)
    else:
        match = _WHERE_GROUP.search(body)
    if match is None:
        return None
    if _FROM.search(body[: match.start()]):
        return body  # the query names its own dataset: as on the embedded store, it wins
    clauses = "".join(f"FROM {ox.NamedNode(g)}\nFROM NAMED {ox.NamedNode(g)}\n" for g in graphs)
    return body[: match.start()] + clauses + body[match.start() :]


def parse_json(body: bytes, url: str) -> SelectResult | bool:
    try:
        data = json.loads(body)
    except ValueError as error:
        raise StoreError(f"{url} answered with invalid SPARQL JSON: {error}") from error
    if "boolean" in data:
        return bool(data["boolean"])
    names = tuple(data["head"].get("vars", ()))
    rows = tuple(
        {n: to_cell(b[n]) for n in names if n in b} for b in data["results"]["bindings"]
    )
    return SelectResult(names, rows)


def to_cell(term: Mapping[str, str]) -> Cell:
    """A SPARQL JSON term as the embedded store's Cell (legacy 'typed-literal' is a literal).

    Simple literals get xsd:string and language-tagged ones rdf:langString with a lower-case
    tag, as RDF 1.1 (and Oxigraph) has them.
    """
    kind = term["type"]
    if kind in ("literal", "typed-literal"):
        lang = term.get("xml:lang")
        if lang:
            return Cell("literal", term["value"], RDF_LANGSTRING, lang.lower())
        datatype = decode_datatype(term.get("datatype") or XSD_STRING)
        value = term["value"]
        if datatype == XSD_BOOLEAN and value in ("0", "1"):  # Virtuoso's JSON says 0/1
            value = "true" if value == "1" else "false"
        return Cell("literal", canonical_number(value, datatype), datatype)
    if kind in ("uri", "bnode"):
        return Cell(kind, term["value"])
    return Cell("triple", str(term.get("value")))


def parse_triples(body: bytes, url: str) -> Graph:
    graph = Graph()
    try:
        for t in ox.parse(io.BytesIO(body), ox.RdfFormat.TURTLE):
            graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), decoded(t.object)))
    except SyntaxError as error:
        raise StoreError(f"{url} answered with invalid Turtle: {error}") from error
    return graph


def decoded(term: object) -> Identifier:
    node = to_rdflib(term)
    if isinstance(node, Literal) and str(node.datatype).startswith(ENCODED_DATATYPE):
        return Literal(str(node), datatype=URIRef(decode_datatype(str(node.datatype))))
    if isinstance(node, Literal) and str(node.datatype) in NUMBERS:
        return Literal(canonical_number(str(node), str(node.datatype)), datatype=node.datatype)
    return node


def canonical_number(value: str, datatype: str) -> str:
    """An xsd:decimal or xsd:integer in the form the embedded store answers with ("12.0" ->
    "12", "0.50" -> "0.5", "+042" -> "42"). Oxigraph and Virtuoso store numbers as values and
    answer in that form already; Jena keeps the lexical form it was given. Other values and
    a form that is not a number are returned as they are."""
    form = NUMBERS.get(datatype)
    if form is None or not form.fullmatch(value):
        return value
    text = format(Decimal(value).normalize(), "f")
    return "0" if text in ("-0", "0") else text
