"""SPARQL results from pyoxigraph terms, in JSON, XML, CSV and TSV. Layer 4.

Oxigraph's own `QuerySolutions.serialize` writes a whole result; the endpoint caps rows, so it
reads at most `max_rows + 1` solutions and writes them here, straight from pyoxigraph terms
(no rdflib conversion). JSON: https://www.w3.org/TR/sparql11-results-json/ ; XML:
https://www.w3.org/TR/rdf-sparql-XMLres/ ; CSV/TSV: https://www.w3.org/TR/sparql11-results-csv-tsv/
Graph results (CONSTRUCT/DESCRIBE) are written by `pyoxigraph.serialize` itself.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from regkg import namespaces as ns

XSD = str(ns.XSD)
XSD_STRING = XSD + "string"
RDF_LANG_STRING = str(ns.RDF.langString)
SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

# Literals TSV may write in Turtle's short form (a bare number or boolean).
_SHORT_FORMS = {
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "decimal": re.compile(r"[+-]?\d*\.\d+"),
    XSD + "double": re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+"),
    XSD + "boolean": re.compile(r"true|false"),
}

Row = Sequence[Any]  # one value per variable, None when unbound


def term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": term_json(term.subject),
                "predicate": term_json(term.predicate),
                "object": term_json(term.object),
            },
        }
    raise TypeError(f"not an RDF term: {term!r}")


def select_json(variables: Sequence[str], rows: Sequence[Row], truncated: bool) -> bytes:
    """SPARQL JSON; each distinct term is encoded once (results repeat classes, codes, dates)."""
    dumps = json.dumps
    keys = [dumps(v, ensure_ascii=False) + ":" for v in variables]
    cache: dict[Any, str] = {}
    out = []
    for row in rows:
        parts = []
        for key, term in zip(keys, row, strict=True):
            if term is None:
                continue
            fragment = cache.get(term)
            if fragment is None:
                fragment = cache[term] = dumps(term_json(term), ensure_ascii=False,
                                               separators=(",", ":"))
            parts.append(key + fragment)
        out.append("{" + ",".join(parts) + "}")
    tail = ',"truncated":true' if truncated else ""  # an extension member clients may ignore
    text = ('{"head":{"vars":' + dumps(list(variables), ensure_ascii=False)
            + '},"results":{"bindings":[' + ",".join(out) + "]}" + tail + "}")
    return text.encode("utf-8")


def boolean_json(value: bool) -> bytes:
    return json.dumps({"head": {}, "boolean": value}).encode("utf-8")


def _term_xml(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return (f"<literal datatype={quoteattr(term.datatype.value)}>"
                    f"{escape(term.value)}</literal>")
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{_term_xml(term.subject)}</subject>"
                f"<predicate>{_term_xml(term.predicate)}</predicate>"
                f"<object>{_term_xml(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def select_xml(variables: Sequence[str], rows: Sequence[Row], truncated: bool) -> bytes:
    parts = [f'<?xml version="1.0"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}"><head>']
    parts.extend(f"<variable name={quoteattr(v)}/>" for v in variables)
    parts.append("</head><results>")
    names = [quoteattr(v) for v in variables]
    cache: dict[Any, str] = {}
    for row in rows:
        parts.append("<result>")
        for name, t in zip(names, row, strict=True):
            if t is not None:
                fragment = cache.get(t)
                if fragment is None:
                    fragment = cache[t] = _term_xml(t)
                parts.append(f"<binding name={name}>{fragment}</binding>")
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "".join(parts).encode("utf-8")


def boolean_xml(value: bool) -> bytes:
    return (f'<?xml version="1.0"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}"><head/>'
            f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()


def _csv_value(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.NamedNode | ox.Literal):
        return str(term.value)
    return _tsv_term(term)


def select_csv(variables: Sequence[str], rows: Sequence[Row], truncated: bool) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow([_csv_value(t) for t in row])
    return out.getvalue().encode("utf-8")


def _escape_string(value: str) -> str:
    return (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))


def _tsv_term(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        short = _SHORT_FORMS.get(datatype)
        if short is not None and short.fullmatch(term.value):
            return term.value
        text = f'"{_escape_string(term.value)}"'
        if term.language:
            return f"{text}@{term.language}"
        if datatype in (XSD_STRING, RDF_LANG_STRING):
            return text
        return f"{text}^^<{datatype}>"
    if isinstance(term, ox.Triple):
        return (f"<< {_tsv_term(term.subject)} {_tsv_term(term.predicate)} "
                f"{_tsv_term(term.object)} >>")
    raise TypeError(f"not an RDF term: {term!r}")


def select_tsv(variables: Sequence[str], rows: Sequence[Row], truncated: bool) -> bytes:
    lines = ["\t".join("?" + v for v in variables)]
    cache: dict[Any, str] = {None: ""}
    for row in rows:
        cells = []
        for t in row:
            fragment = cache.get(t)
            if fragment is None:
                fragment = cache[t] = _tsv_term(t)
            cells.append(fragment)
        lines.append("\t".join(cells))
    return ("\n".join(lines) + "\n").encode("utf-8")


SELECT_WRITERS = {"json": select_json, "xml": select_xml, "csv": select_csv, "tsv": select_tsv}


def boolean_bytes(format_name: str, value: bool) -> bytes:
    if format_name == "xml":
        return boolean_xml(value)
    if format_name in ("csv", "tsv"):
        return b"true\n" if value else b"false\n"
    return boolean_json(value)
