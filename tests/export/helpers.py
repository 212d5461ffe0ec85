"""Helpers for the export tests: run an exporter into bytes, validate GEXF against the schemas."""

from __future__ import annotations

import copy
import io
from functools import cache

from lxml import etree

from regkg.export import ExportReport, get_exporter, resolve_options
from regkg.settings import Settings
from regkg.store import Store

from .conftest import GEXF_SCHEMAS

QUERIES = Settings().queries_dir
GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"


def export(store: Store, fmt: str, **filters: object) -> tuple[bytes, ExportReport]:
    options = resolve_options(store, QUERIES, **filters)  # type: ignore[arg-type]
    out = io.BytesIO()
    report = get_exporter(fmt).write(store, out, options)
    return out.getvalue(), report


@cache
def gexf_xsd() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(GEXF_SCHEMAS / "gexf.xsd")))


@cache
def gexf_rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(GEXF_SCHEMAS / "gexf.rng")))


def viz_in_gexf_namespace(document: etree._ElementTree) -> etree._ElementTree:
    """The document with viz:* elements moved into the GEXF namespace.

    The official gexf.xsd (generated from gexf.rng) declares color, size, position and
    thickness in the GEXF namespace, so it rejects the namespace-correct `viz:color` that
    gexf.rng, Gephi and networkx use. Renaming them lets the XSD check everything else,
    including the viz attributes' types and ranges; gexf.rng checks the real document.
    """
    moved = copy.deepcopy(document)
    for element in moved.iter(f"{{{VIZ_NS}}}*"):
        element.tag = f"{{{GEXF_NS}}}{etree.QName(element).localname}"
    return moved
