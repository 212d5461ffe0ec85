"""GEXF 1.3 for Gephi, written incrementally with lxml.etree.xmlfile. Layer 3.

https://gexf.net/ . The graph is dynamic (timeformat date): an action or claim node and its
edges start at the fact's date, so Gephi's timeline plays the enforcement in order; entities and
undated facts have no start and stay visible throughout (the report counts undated actions).
Nodes carry `viz:color` by kind and `viz:size` by number of actions.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from lxml import etree

from regkg import __version__
from regkg.store import Store

from . import style
from .base import ExportOptions, ExportReport
from .network import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, Edge, Network, Node
from .xmlutil import clean, empty, token

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
G = "{" + GEXF_NS + "}"
VIZ = "{" + VIZ_NS + "}"


class GexfExporter:
    name = "gexf"
    media_type = "application/gexf+xml"
    extension = "gexf"

    def write(self, store: Store, out: BinaryIO, options: ExportOptions) -> ExportReport:
        network = Network(store, options)
        report = ExportReport(self.name, options.view, undated=network.undated())
        with etree.xmlfile(out, encoding="utf-8") as xf:
            xf.write_declaration()
            with xf.element(G + "gexf", nsmap={None: GEXF_NS, "viz": VIZ_NS}, version="1.3"):
                _write_meta(xf, options)
                graph = {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date"}
                with xf.element(G + "graph", graph):
                    _write_attributes(xf, "node", NODE_ATTRIBUTES)
                    _write_attributes(xf, "edge", EDGE_ATTRIBUTES)
                    with xf.element(G + "nodes"):
                        for node in network.nodes():
                            _write_node(xf, node)
                            report.nodes += 1
                    with xf.element(G + "edges"):
                        for edge in network.edges():
                            _write_edge(xf, edge)
                            report.edges += 1
        return report


def _write_meta(xf: Any, options: ExportOptions) -> None:
    with xf.element(G + "meta"):
        with xf.element(G + "creator"):
            xf.write(f"regkg {__version__}")
        with xf.element(G + "description"):
            xf.write(f"regkg {options.view} view" + (" (filtered)" if options.filtered else ""))


def _write_attributes(xf: Any, kind: str, attributes: tuple[tuple[str, str], ...]) -> None:
    with xf.element(G + "attributes", {"class": kind, "mode": "static"}):
        for name, type_ in attributes:
            empty(xf, G + "attribute", {"id": name, "title": name, "type": type_})


def _write_attvalues(xf: Any, values: dict[str, Any]) -> None:
    with xf.element(G + "attvalues"):
        for name, value in values.items():
            empty(xf, G + "attvalue", {"for": name, "value": clean(value)})


def _write_node(xf: Any, node: Node) -> None:
    attributes = {"id": clean(node.id), "label": token(node.label)}
    if node.start:
        attributes["start"] = node.start
    with xf.element(G + "node", attributes):
        _write_attvalues(xf, node.attributes)
        r, g, b = style.color(node.kind)
        empty(xf, VIZ + "color", {"r": str(r), "g": str(g), "b": str(b)})
        empty(xf, VIZ + "size", {"value": f"{node.size:g}"})
    xf.write("\n")


def _write_edge(xf: Any, edge: Edge) -> None:
    attributes = {
        "id": edge.id, "source": clean(edge.source), "target": clean(edge.target),
        "label": token(edge.relation), "kind": token(edge.relation), "weight": f"{edge.weight:g}",
    }
    if edge.start:
        attributes["start"] = edge.start
    with xf.element(G + "edge", attributes):
        _write_attvalues(xf, edge.attributes)
    xf.write("\n")
