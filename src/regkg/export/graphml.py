"""GraphML (http://graphml.graphdrawing.org/), written incrementally with lxml. Layer 3.

The same nodes, edges and attributes as the GEXF export. GraphML has no timeline: the fact date
is the `date` attribute. Colour and size are the `r`, `g`, `b` and `size` attributes Gephi's
GraphML importer reads.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from lxml import etree

from regkg.store import Store

from . import style
from .base import ExportOptions, ExportReport
from .network import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, Edge, Network, Node
from .xmlutil import clean, empty

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GM = "{" + GRAPHML_NS + "}"
_TYPES = {"string": "string", "integer": "int", "double": "double"}
NODE_KEYS = (("label", "string"), *NODE_ATTRIBUTES,
             ("r", "integer"), ("g", "integer"), ("b", "integer"), ("size", "double"))
EDGE_KEYS = (("label", "string"), *EDGE_ATTRIBUTES, ("weight", "double"))


class GraphmlExporter:
    name = "graphml"
    media_type = "application/graphml+xml"
    extension = "graphml"

    def write(self, store: Store, out: BinaryIO, options: ExportOptions) -> ExportReport:
        network = Network(store, options)
        report = ExportReport(self.name, options.view)
        with etree.xmlfile(out, encoding="utf-8") as xf:
            xf.write_declaration()
            with xf.element(GM + "graphml", nsmap={None: GRAPHML_NS}):
                _write_keys(xf, "node", NODE_KEYS)
                _write_keys(xf, "edge", EDGE_KEYS)
                with xf.element(GM + "graph", id="regkg", edgedefault="directed"):
                    for node in network.nodes():
                        _write_node(xf, node)
                        report.nodes += 1
                    for edge in network.edges():
                        _write_edge(xf, edge)
                        report.edges += 1
        return report


def _write_keys(xf: Any, kind: str, keys: tuple[tuple[str, str], ...]) -> None:
    for name, type_ in keys:
        attributes = {"id": f"{kind[0]}_{name}", "for": kind, "attr.name": name,
                      "attr.type": _TYPES[type_]}
        empty(xf, GM + "key", attributes)
    xf.write("\n")


def _write_data(xf: Any, kind: str, values: dict[str, Any]) -> None:
    for name, value in values.items():
        with xf.element(GM + "data", key=f"{kind[0]}_{name}"):
            xf.write(clean(value))


def _write_node(xf: Any, node: Node) -> None:
    r, g, b = style.color(node.kind)
    values = {"label": node.label, **node.attributes, "r": r, "g": g, "b": b, "size": node.size}
    with xf.element(GM + "node", id=clean(node.id)):
        _write_data(xf, "node", values)
    xf.write("\n")


def _write_edge(xf: Any, edge: Edge) -> None:
    values = {"label": edge.relation, **edge.attributes, "weight": edge.weight}
    with xf.element(GM + "edge", id=f"e{edge.id}", source=clean(edge.source),
                    target=clean(edge.target)):
        _write_data(xf, "edge", values)
    xf.write("\n")
