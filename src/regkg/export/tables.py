"""CSV nodes and edges tables, the shape of Gephi's spreadsheet import. Layer 3.

Nodes: Id, Label, then the node attributes; edges: Source, Target, Type, Id, Label, Weight, then
the edge attributes (and `start`, a date Gephi can use as a timestamp column). One table per
stream: `ExportOptions.table` picks "nodes" or "edges".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from regkg.store import Store

from .base import TABLES, ExportError, ExportOptions, ExportReport
from .network import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, Edge, Network, Node

NODE_COLUMNS = ("Id", "Label", *(name for name, _ in NODE_ATTRIBUTES), "start", "color", "size")
EDGE_COLUMNS = ("Source", "Target", "Type", "Id", "Label", "Weight",
                *(name for name, _ in EDGE_ATTRIBUTES), "start")


class CsvExporter:
    name = "csv"
    media_type = "text/csv"
    extension = "csv"

    def write(self, store: Store, out: BinaryIO, options: ExportOptions) -> ExportReport:
        if options.table not in TABLES:
            raise ExportError("csv writes one table at a time: choose nodes or edges")
        network = Network(store, options)
        report = ExportReport(self.name, options.view)
        if options.table == "nodes":
            report.nodes = _write_rows(out, NODE_COLUMNS, map(node_row, network.nodes()))
        else:
            report.edges = _write_rows(out, EDGE_COLUMNS, map(edge_row, network.edges()))
        return report


def node_row(node: Node) -> Iterable[object]:
    from . import style

    values = {"Id": node.id, "Label": node.label, **node.attributes, "start": node.start,
              "color": style.hex_color(node.kind), "size": node.size}
    return [_cell(values.get(column)) for column in NODE_COLUMNS]


def edge_row(edge: Edge) -> Iterable[object]:
    values = {"Source": edge.source, "Target": edge.target, "Type": "Directed", "Id": edge.id,
              "Label": edge.relation, "Weight": edge.weight, **edge.attributes,
              "start": edge.start}
    return [_cell(values.get(column)) for column in EDGE_COLUMNS]


def _cell(value: object) -> object:
    return "" if value is None else value


def _write_rows(out: BinaryIO, columns: tuple[str, ...], rows: Iterator[Iterable[object]]) -> int:
    """Write the header and the rows (UTF-8, CRLF as RFC 4180 says), flushing as it goes."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(columns)
        count = 0
        for row in rows:
            writer.writerow(row)
            count += 1
        return count
    finally:
        text.detach()  # leave `out` open for the caller
