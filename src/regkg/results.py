"""SELECT results in the standard SPARQL 1.1 result formats. Layer 3.

JSON: https://www.w3.org/TR/sparql11-results-json/ ; CSV and TSV:
https://www.w3.org/TR/sparql11-results-csv-tsv/ . Used by the CLI and by REST/export code that
works from `SelectResult`; the SPARQL endpoint serialises embedded results natively.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from regkg.store import Cell, SelectResult

RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def cell_json(cell: Cell) -> dict[str, str]:
    """One RDF term in SPARQL JSON (§3.2.2): uri, literal (xml:lang / datatype) or bnode."""
    if cell.kind == "uri":
        return {"type": "uri", "value": cell.value}
    if cell.kind == "bnode":
        return {"type": "bnode", "value": cell.value}
    term: dict[str, str] = {"type": "literal", "value": cell.value}
    if cell.lang:
        term["xml:lang"] = cell.lang
    elif cell.datatype and cell.datatype != XSD_STRING:
        term["datatype"] = cell.datatype
    return term


def to_json(result: SelectResult) -> dict[str, Any]:
    return {
        "head": {"vars": list(result.variables)},
        "results": {
            "bindings": [{k: cell_json(v) for k, v in row.items()} for row in result.rows]
        },
    }


def to_json_text(result: SelectResult) -> str:
    return json.dumps(to_json(result), ensure_ascii=False, indent=1)


def to_csv(result: SelectResult) -> str:
    """CSV (§2): plain values, IRIs bare, blank nodes as _:label, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(row.get(v)) for v in result.variables])
    return out.getvalue()


def _csv_value(cell: Cell | None) -> str:
    if cell is None:
        return ""
    return "_:" + cell.value if cell.kind == "bnode" else cell.value


def to_tsv(result: SelectResult) -> str:
    """TSV (§3): terms in Turtle/N-Triples syntax, header with '?' names."""
    lines = ["\t".join("?" + v for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join(_tsv_term(row.get(v)) for v in result.variables))
    return "\n".join(lines) + "\n"


def _tsv_term(cell: Cell | None) -> str:
    if cell is None:
        return ""
    if cell.kind == "uri":
        return f"<{cell.value}>"
    if cell.kind == "bnode":
        return "_:" + cell.value
    escaped = (
        cell.value.replace("\\", "\\\\").replace('"', '\\"')
        .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    )
    if cell.lang:
        return f'"{escaped}"@{cell.lang}'
    if cell.datatype and cell.datatype not in (XSD_STRING, RDF_LANG_STRING):
        return f'"{escaped}"^^<{cell.datatype}>'
    return f'"{escaped}"'


def to_rows(result: SelectResult) -> list[dict[str, str]]:
    """Plain {variable: value} rows for tables."""
    return [{v: row[v].value if v in row else "" for v in result.variables} for row in result.rows]
