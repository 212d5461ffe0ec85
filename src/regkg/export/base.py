"""The exporter interface, its options and its report. Layer 3.

Every exporter writes one view of the store to a binary stream, incrementally: rows come from
SELECT queries (`queries/export-*.rq`) or from Oxigraph's own serialisers, and are written as
they arrive, so the graph is never held twice in Python objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal, Protocol

from regkg.settings import Settings
from regkg.store import Store

View = Literal["full", "enforcement", "claims"]
VIEWS: tuple[View, ...] = ("full", "enforcement", "claims")
TABLES = ("nodes", "edges")


class ExportError(ValueError):
    """A client error: unknown format, view, jurisdiction code or target (exit 2 / 4xx)."""


class NotFoundError(ExportError):
    """A filter names something the graph does not hold (exit 2 / 404)."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export. Filters are resolved IRIs (see `export.filters`), bound as parameters."""

    view: View = "full"
    jurisdiction: str | None = None  # jurisdiction IRI; its subdivisions are included
    target: str | None = None  # entity IRI: actions targeting it, claims about it
    since: dt.date | None = None  # earliest fact date, inclusive (undated facts drop out)
    until: dt.date | None = None  # latest fact date, inclusive
    table: str | None = None  # csv only: "nodes" or "edges"
    queries_dir: Path = field(default_factory=lambda: Settings().queries_dir)

    @property
    def filtered(self) -> bool:
        return any(v is not None for v in (self.jurisdiction, self.target, self.since, self.until))

    def bindings(self) -> dict[str, object]:
        """The query parameters every `export-*` fact query declares."""
        return {
            "view": self.view, "jurisdiction": self.jurisdiction, "target": self.target,
            "since": self.since, "until": self.until,
        }


@dataclass
class ExportReport:
    """What was written, for the report line on stderr (and the X-Regkg-Report header)."""

    format: str
    view: str
    nodes: int = 0
    edges: int = 0
    triples: int = 0
    undated: int = 0  # actions without a date: static in a dynamic GEXF
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.format in ("turtle", "nquads", "trig", "jsonld"):
            parts = [f"{self.triples} statements"]
        else:
            parts = [f"{self.nodes} nodes", f"{self.edges} edges"]
            if self.undated:
                noun = "action" if self.undated == 1 else "actions"
                parts.append(f"{self.undated} undated {noun} kept static")
        return f"{self.format} ({self.view}): " + ", ".join(parts + self.notes)


class Exporter(Protocol):
    name: str  # the FORMAT argument: "gexf"
    media_type: str  # "application/gexf+xml"
    extension: str  # "gexf"

    def write(self, store: Store, out: BinaryIO, options: ExportOptions) -> ExportReport:
        """Write the view to `out` (binary, written incrementally)."""
        ...
