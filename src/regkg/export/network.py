"""A view of the store as a network of nodes and edges, streamed from SELECT rows. Layer 3.

Shared by the GEXF, GraphML and CSV writers. Nodes come first (entities, then actions and
claims), then edges, each from one query, so a writer emits them as they arrive.

Views:
  full         entities, actions and claims; edges actor -> action -> target, action -> law
               (legal basis), action -> jurisdiction, speaker -> claim -> entity (about);
               weight = number of articles reporting the fact.
  enforcement  authorities and their targets; one edge per (authority, target, action type),
               weight = number of actions.
  claims       speakers, claims and what the claims are about.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from regkg import namespaces as ns
from regkg.store import Store

from . import style
from .base import ExportOptions
from .rows import Row, integer, iter_select, named, text

# (name, GEXF/GraphML type) of every node and edge attribute, in output order.
NODE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("kind", "string"), ("jurisdiction", "string"), ("wikidata", "string"),
    ("type", "string"), ("status", "string"), ("date", "string"), ("precision", "string"),
    ("amount", "double"), ("currency", "string"), ("articles", "integer"),
    ("actions", "integer"),
)
EDGE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("relation", "string"), ("type", "string"), ("date", "string"), ("articles", "integer"),
    ("actions", "integer"),
)
Value = str | int | float
_TYPE_CODES = {str(iri): code for iri, code in ns.ACTION_TYPES.items()}
_FROM_ENTITY = ("actor", "speaker")  # relations drawn entity -> fact


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    kind: str
    start: str | None  # ISO date: the node appears on the timeline then
    actions: int
    attributes: dict[str, Value] = field(default_factory=dict)

    @property
    def size(self) -> float:
        return style.size(self.actions)


@dataclass(frozen=True)
class Edge:
    id: str
    source: str
    target: str
    relation: str
    weight: float
    start: str | None
    attributes: dict[str, Value] = field(default_factory=dict)


class Network:
    """The nodes and edges of one view, read lazily from the store."""

    def __init__(self, store: Store, options: ExportOptions) -> None:
        self.store = store
        self.options = options
        self.params = options.bindings()

    def _rows(self, name: str) -> Iterator[Row]:
        return iter_select(self.store, named(self.options.queries_dir, name), self.params)

    def nodes(self) -> Iterator[Node]:
        yield from map(entity_node, self._rows("export-entity-nodes"))
        if self.options.view != "enforcement":
            yield from map(fact_node, self._rows("export-fact-nodes"))

    def edges(self) -> Iterator[Edge]:
        if self.options.view == "enforcement":
            rows = self._rows("export-enforcement-edges")
            yield from (enforcement_edge(str(i), row) for i, row in enumerate(rows))
        else:
            rows = self._rows("export-fact-edges")
            yield from (fact_edge(str(i), row) for i, row in enumerate(rows))

    def undated(self) -> int:
        return sum(integer(row, "undated") for row in self._rows("export-undated"))


def entity_node(row: Row) -> Node:
    iri = row["node"].value
    kind = entity_kind(iri)
    where = text(row, "nodeJurisdiction")
    attributes: dict[str, Value] = {"kind": kind}
    code = local_code(iri) if kind == "jurisdiction" else local_code(where)
    if code:
        attributes["jurisdiction"] = code
    wikidata = text(row, "wikidata")
    if wikidata:
        attributes["wikidata"] = wikidata.rsplit("/", 1)[-1]
    actions = integer(row, "actions")
    attributes["actions"] = actions
    label = text(row, "labelEn") or text(row, "labelAny") or iri.rsplit("/", 1)[-1]
    return Node(iri, label, kind, None, actions, attributes)


def fact_node(row: Row) -> Node:
    iri = row["fact"].value
    kind = "action" if text(row, "side") == "action" else "claim"
    start = text(row, "start")
    attributes: dict[str, Value] = {"kind": kind}
    optional: dict[str, Value | None] = {
        "jurisdiction": local_code(text(row, "factJurisdiction")),
        "type": _TYPE_CODES.get(text(row, "type") or "") if kind == "action" else "claim",
        "status": _after(text(row, "factStatus"), "status-"),
        "date": start,
        "precision": _after(text(row, "datePrecision"), "precision-"),
        "amount": float(row["amount"].value) if "amount" in row else None,
        "currency": text(row, "amountCurrency"),
        "articles": integer(row, "articleCount"),
        "actions": 1 if kind == "action" else 0,
    }
    attributes.update({k: v for k, v in optional.items() if v is not None})
    return Node(iri, fact_label(row, kind), kind, start, int(attributes["actions"]), attributes)


def fact_label(row: Row, kind: str) -> str:
    if kind == "claim":
        quote = " ".join((text(row, "factQuote") or "").split())
        return "“" + (quote if len(quote) <= 60 else quote[:59] + "…") + "”"
    return text(row, "factLabel") or _TYPE_CODES.get(text(row, "type") or "", "action")


def fact_edge(edge_id: str, row: Row) -> Edge:
    fact, node, relation = row["fact"].value, row["node"].value, row["relation"].value
    source, target = (node, fact) if relation in _FROM_ENTITY else (fact, node)
    articles = max(integer(row, "articleCount"), 1)
    start = text(row, "start")
    attributes: dict[str, Value] = {"relation": relation, "articles": articles}
    if start:
        attributes["date"] = start
    return Edge(edge_id, source, target, relation, float(articles), start, attributes)


def enforcement_edge(edge_id: str, row: Row) -> Edge:
    code = _TYPE_CODES.get(row["class"].value, "action")
    actions = integer(row, "actions")
    start = text(row, "start")
    attributes: dict[str, Value] = {
        "relation": code, "type": code, "actions": actions, "articles": integer(row, "articles"),
    }
    if start:
        attributes["date"] = start
    return Edge(edge_id, row["actor"].value, row["object"].value, code, float(actions), start,
                attributes)


def entity_kind(iri: str) -> str:
    try:
        kind = ns.entity_key(iri).partition("/")[0]
    except ValueError:
        return "entity"
    return kind if kind in ns.ENTITY_KINDS else "entity"


def local_code(iri: str | None) -> str | None:
    prefix = str(ns.ID) + "jurisdiction/"
    return iri[len(prefix):] if iri and iri.startswith(prefix) else None


def _after(iri: str | None, marker: str) -> str | None:
    return iri.rsplit(marker, 1)[-1] if iri and marker in iri else None
