"""GEXF 1.3: valid against the official schemas, read back by networkx with every attribute."""

from __future__ import annotations

import datetime as dt
import io

import networkx as nx
import pytest
from lxml import etree

from regkg import namespaces as ns
from regkg.export import style
from regkg.mapping import map_extraction
from regkg.models import DateValue, Extraction

from .conftest import (
    BLOCK_TEXT,
    CALIFORNIA,
    FINE,
    INDONESIA,
    MALAYSIA,
    OFCOM,
    action,
    action_iri,
    article,
    build_store,
)
from .helpers import VIZ_NS, export, gexf_rng, gexf_xsd, viz_in_gexf_namespace

ID = "https://w3id.org/regkg/id/"


def read(data: bytes) -> nx.DiGraph:
    return nx.read_gexf(io.BytesIO(data), version="1.3")


@pytest.fixture(scope="module")
def full(store) -> tuple[bytes, object]:
    return export(store, "gexf", view="full")


@pytest.mark.parametrize("view", ["full", "enforcement", "claims"])
def test_every_view_is_valid_against_the_official_schemas(store, view):
    data, _ = export(store, "gexf", view=view)
    document = etree.parse(io.BytesIO(data))
    assert gexf_rng().validate(document), gexf_rng().error_log
    xsd = gexf_xsd()
    assert xsd.validate(viz_in_gexf_namespace(document)), xsd.error_log
    assert document.getroot().get("version") == "1.3"


def test_the_xsd_alone_rejects_namespaced_viz_which_is_why_we_rename(full):
    """If the official XSD is fixed, this fails: drop `viz_in_gexf_namespace` then."""
    document = etree.parse(io.BytesIO(full[0]))
    assert document.find(f".//{{{VIZ_NS}}}color") is not None
    assert not gexf_xsd().validate(document)


def test_a_broken_document_is_rejected_by_both_schemas(full):
    document = etree.parse(io.BytesIO(full[0]))
    edge = document.find(".//{http://gexf.net/1.3}edge")
    edge.set("weight", "heavy")
    assert not gexf_rng().validate(document)
    assert not gexf_xsd().validate(viz_in_gexf_namespace(document))


def test_nodes_carry_label_kind_jurisdiction_wikidata_colour_and_size(full):
    graph = read(full[0])
    ofcom = graph.nodes[ID + "authority/ofcom"]
    assert ofcom["label"] == "Ofcom"
    assert ofcom["kind"] == "authority" and ofcom["jurisdiction"] == "GB"
    assert "wikidata" not in ofcom  # not known for Ofcom
    commission = graph.nodes[ID + "authority/european-commission"]
    assert commission["wikidata"] == "Q8880" and commission["jurisdiction"] == "EU"
    assert graph.nodes[ID + "jurisdiction/US-CA"]["jurisdiction"] == "US-CA"
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    assert kinds == {"authority", "jurisdiction", "law", "organisation", "service", "person",
                     "action", "claim"}
    for _, data in graph.nodes(data=True):
        r, g, b = style.color(data["kind"])
        assert data["viz"]["color"] == {"r": r, "g": g, "b": b, "a": 1.0}
        assert data["viz"]["size"] == pytest.approx(style.size(data["actions"]))


def test_size_grows_with_the_number_of_actions(full):
    graph = read(full[0])
    x, grok, xai = (graph.nodes[ID + k] for k in ("service/x", "service/grok", "organisation/xai"))
    assert x["actions"] == 2 and grok["actions"] == 2 and xai["actions"] == 1
    assert x["viz"]["size"] > xai["viz"]["size"]
    assert graph.nodes[ID + "person/elon-musk"]["actions"] == 0


def test_edges_carry_relation_and_weight_in_articles(full):
    graph = read(full[0])
    fine = action_iri(FINE)
    commission = ID + "authority/european-commission"
    assert graph.edges[commission, fine]["relation"] == "actor"
    assert graph.edges[commission, fine]["weight"] == 2.0  # reported by two articles
    assert graph.edges[fine, ID + "service/x"]["relation"] == "target"
    assert graph.edges[fine, ID + "law/digital-services-act"]["relation"] == "legal basis"
    assert graph.edges[fine, ID + "jurisdiction/EU"]["relation"] == "jurisdiction"
    ofcom = action_iri(OFCOM)
    assert graph.edges[ID + "authority/ofcom", ofcom]["weight"] == 1.0
    relations = {data["relation"] for *_, data in graph.edges(data=True)}
    assert relations == {"actor", "target", "legal basis", "jurisdiction", "speaker", "about"}
    musk = ID + "person/elon-musk"
    (claim,) = graph.successors(musk)
    assert graph.edges[musk, claim]["relation"] == "speaker"
    assert graph.edges[claim, ID + "service/grok"]["relation"] == "about"


def test_actions_and_their_edges_start_at_the_action_date(full):
    data, report = full
    graph = read(data)
    assert graph.graph["mode"] == "dynamic"
    for act, day in ((OFCOM, "2026-01-12"), (FINE, "2025-12-01"), (CALIFORNIA, "2026-01-14"),
                     (INDONESIA, "2026-01-10")):
        node = action_iri(act)
        assert graph.nodes[node]["start"] == day
        assert graph.nodes[node]["date"] == day
        edges = list(graph.in_edges(node, data=True)) + list(graph.out_edges(node, data=True))
        assert len(edges) >= 3
        assert {e[2]["start"] for e in edges} == {day}
    assert graph.nodes[action_iri(FINE)]["precision"] == "month"
    assert "start" not in graph.nodes[ID + "authority/ofcom"]  # entities are static


def test_undated_actions_stay_static_and_are_counted(full):
    data, report = full
    graph = read(data)
    malaysia = action_iri(MALAYSIA)
    assert "start" not in graph.nodes[malaysia]
    assert all("start" not in e for *_, e in graph.in_edges(malaysia, data=True))
    assert report.undated == 1
    assert "1 undated action kept static" in report.line()


def test_enforcement_view_projects_actions_to_weighted_authority_target_edges(store):
    data, report = export(store, "gexf", view="enforcement")
    graph = nx.read_gexf(io.BytesIO(data), version="1.3")
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert kinds == {"authority", "service", "organisation"}
    edge = graph.edges[ID + "authority/european-commission", ID + "service/x"]
    assert edge["relation"] == "fine" and edge["type"] == "fine"
    assert edge["weight"] == 1.0 and edge["actions"] == 1 and edge["articles"] == 2
    assert edge["start"] == "2025-12-01"
    assert graph.edges[ID + "authority/ofcom", ID + "service/x"]["relation"] == "investigation"
    assert graph.number_of_edges() == 5
    assert "start" not in graph.edges[ID + "authority/mcmc", ID + "service/grok"]
    assert report.undated == 1


def test_enforcement_weight_counts_actions_of_one_type(store):
    """Two Indonesian blocks of Grok -> one edge of weight 2, starting at the earlier one."""
    local = build_store()
    second = action("block", "authority/komdigi", ("service/grok", "service/x"), "ID",
                    BLOCK_TEXT, date=DateValue(dt.date(2026, 1, 20), "day"), status="imposed")
    extraction = Extraction(article("asia-second", "fr", BLOCK_TEXT), "test", actions=(second,))
    local.replace_graph(str(ns.article_graph("asia-second")), map_extraction(extraction))
    graph = read(export(local, "gexf", view="enforcement")[0])
    edge = graph.edges[ID + "authority/komdigi", ID + "service/grok"]
    assert edge["weight"] == 2.0 and edge["start"] == "2026-01-10"
    assert graph.edges[ID + "authority/komdigi", ID + "service/x"]["weight"] == 1.0


def test_regression_enforcement_view_leaves_out_steps_that_did_not_happen(store):
    """Ofcom's 'did not rule out an investigation' was drawn as an enforcement edge."""
    local = build_store()
    considered = action("investigation", "authority/ofcom", ("service/grok",), "GB", BLOCK_TEXT,
                        status="considered")
    extraction = Extraction(article("maybe", "fr", BLOCK_TEXT), "test", actions=(considered,))
    local.replace_graph(str(ns.article_graph("maybe")), map_extraction(extraction))
    graph = read(export(local, "gexf", view="enforcement")[0])
    assert not graph.has_edge(ID + "authority/ofcom", ID + "service/grok")
    full = read(export(local, "gexf", view="full")[0])
    assert any(d.get("status") == "considered" for _, d in full.nodes(data=True))
