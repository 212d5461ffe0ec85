"""Export the graph for Gephi and for other KG tools. Layer 3 (queries, store, namespaces).

    exporter = get_exporter("gexf")
    options = resolve_options(store, settings.queries_dir, view="enforcement", jurisdiction="uk")
    report = exporter.write(store, out, options)

Formats: gexf, graphml, csv (nodes or edges table), turtle, nquads, trig, jsonld.
Views: full, enforcement, claims. See docs/export.md.
"""

from __future__ import annotations

from .base import (
    TABLES,
    VIEWS,
    Exporter,
    ExportError,
    ExportOptions,
    ExportReport,
    NotFoundError,
)
from .filters import resolve_options
from .gexf import GexfExporter
from .graphml import GraphmlExporter
from .rdf import RDF_EXPORTERS
from .tables import CsvExporter

EXPORTERS: dict[str, Exporter] = {
    e.name: e for e in (GexfExporter(), GraphmlExporter(), CsvExporter(), *RDF_EXPORTERS)
}
FORMATS: tuple[str, ...] = tuple(EXPORTERS)


def get_exporter(name: str) -> Exporter:
    """The exporter for a format name or file extension ('ttl' is turtle)."""
    wanted = name.strip().lower()
    for exporter in EXPORTERS.values():
        if wanted in (exporter.name, exporter.extension):
            return exporter
    raise ExportError(f"unknown export format {name!r} (formats: {', '.join(FORMATS)})")


__all__ = [
    "EXPORTERS", "FORMATS", "TABLES", "VIEWS", "ExportError", "ExportOptions", "ExportReport",
    "Exporter", "NotFoundError", "get_exporter", "resolve_options",
]
