"""CSV tables in the shape of Gephi's spreadsheet import, and GraphML read back by networkx."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest

from regkg.export import ExportError

from .conftest import FINE, MALAYSIA, action_iri
from .helpers import export

ID = "https://w3id.org/regkg/id/"


def table(data: bytes) -> list[dict[str, str]]:
    assert data.count(b"\r\n") == data.count(b"\n"), "RFC 4180 line ends"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_nodes_table_has_gephi_columns_and_every_node(store):
    data, report = export(store, "csv", view="full", table="nodes")
    rows = table(data)
    header = data.split(b"\r\n", 1)[0].decode().split(",")
    assert header[:2] == ["Id", "Label"]
    assert {"kind", "jurisdiction", "wikidata", "start", "color", "size"} <= set(header)
    assert len(rows) == report.nodes == 22
    by_id = {r["Id"]: r for r in rows}
    assert by_id[ID + "authority/european-commission"]["wikidata"] == "Q8880"
    assert by_id[action_iri(FINE)]["start"] == "2025-12-01"
    assert by_id[action_iri(MALAYSIA)]["start"] == ""
    assert by_id[ID + "service/grok"]["color"] == "#17becf"


def test_edges_table_has_gephi_columns_and_weights(store):
    data, report = export(store, "csv", view="enforcement", table="edges")
    header = data.split(b"\r\n", 1)[0].decode().split(",")
    assert header[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    rows = table(data)
    assert len(rows) == report.edges == 5
    fine = next(r for r in rows if r["Label"] == "fine")
    assert fine["Source"] == ID + "authority/european-commission"
    assert fine["Target"] == ID + "service/x"
    assert fine["Type"] == "Directed" and float(fine["Weight"]) == 1.0
    assert fine["articles"] == "2" and fine["start"] == "2025-12-01"


def test_edges_reference_only_listed_nodes(store):
    for view in ("full", "enforcement", "claims"):
        nodes = {r["Id"] for r in table(export(store, "csv", view=view, table="nodes")[0])}
        edges = table(export(store, "csv", view=view, table="edges")[0])
        assert edges, view
        assert {e["Source"] for e in edges} | {e["Target"] for e in edges} <= nodes, view


def test_csv_needs_a_table(store):
    with pytest.raises(ExportError, match="nodes or edges"):
        export(store, "csv", view="full")


def test_graphml_reads_back_with_attributes_and_weights(store):
    data, report = export(store, "graphml", view="full")
    graph = nx.read_graphml(io.BytesIO(data))
    assert graph.number_of_nodes() == report.nodes == 22
    assert graph.number_of_edges() == report.edges
    commission = graph.nodes[ID + "authority/european-commission"]
    assert commission["label"] == "European Commission" and commission["kind"] == "authority"
    assert commission["wikidata"] == "Q8880" and commission["actions"] == 1
    assert (commission["r"], commission["g"], commission["b"]) == (214, 39, 40)
    fine = action_iri(FINE)
    edge = graph.edges[ID + "authority/european-commission", fine]
    assert edge["relation"] == "actor" and edge["weight"] == 2.0
    assert graph.nodes[fine]["date"] == "2025-12-01"
