"""RDF dumps: the whole store round-trips isomorphic; views and filters restrict the output."""

from __future__ import annotations

import warnings

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from regkg import namespaces as ns

from .conftest import CALIFORNIA, FINE, MUSK, OFCOM, action_iri
from .helpers import export

SYNTAX = {"turtle": "turtle", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}


def plain(graph: Graph) -> Graph:
    """RDF 1.1: "x" and "x"^^xsd:string are one literal; rdflib tells them apart."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


def store_graphs(store) -> dict[str, Graph]:
    return {name: plain(store.graph(name)) for name in store.graph_names()}


def parse(fmt: str, data: bytes) -> Graph:
    """Triples (the union graph for the quad syntaxes)."""
    if fmt in ("nquads", "trig"):
        return union(parse_quads(fmt, data))
    with warnings.catch_warnings():  # rdflib's JSON-LD parser uses its deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        return Graph().parse(data=data, format=SYNTAX[fmt])


def parse_quads(fmt: str, data: bytes) -> Dataset:
    dataset = Dataset()
    with warnings.catch_warnings():  # rdflib's own Dataset.parse uses its deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset.parse(data=data, format=SYNTAX[fmt])
    return dataset


def union(dataset: Dataset) -> Graph:
    merged = Graph()
    for graph in dataset.graphs():
        merged += graph
    return merged


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_quad_dumps_round_trip_graph_by_graph(store, fmt):
    data, report = export(store, fmt)
    parsed = parse_quads(fmt, data)
    expected = store_graphs(store)
    names = {str(g.identifier) for g in parsed.graphs() if len(g)}
    assert names == set(expected)
    for name in names:
        assert isomorphic(plain(parsed.graph(URIRef(name))), expected[name]), name
    assert report.triples == store.triple_count()


@pytest.mark.parametrize("fmt", ["turtle", "jsonld"])
def test_triple_dumps_round_trip_the_union_graph(store, fmt):
    data, report = export(store, fmt)
    parsed = parse(fmt, data)
    expected = Graph()
    for graph in store_graphs(store).values():
        expected += graph
    assert isomorphic(plain(parsed), expected)
    assert report.triples == len(expected)


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "trig", "jsonld"])
def test_a_filtered_dump_holds_only_the_facts_it_selects(store, fmt):
    data, report = export(store, fmt, view="full", jurisdiction="gb")
    merged = parse(fmt, data)
    subjects = {str(s) for s in merged.subjects()}
    assert action_iri(OFCOM) in subjects
    assert action_iri(FINE) not in subjects and action_iri(CALIFORNIA) not in subjects
    assert str(ns.ID) + "authority/ofcom" in subjects  # linked entities are described
    assert str(ns.article_iri("uk-ofcom")) in subjects  # and the article it comes from
    ofcom = URIRef(action_iri(OFCOM))
    assert (ofcom, ns.evidence, None) in merged
    assert report.triples > 0


def test_a_filtered_quad_dump_keeps_the_source_graphs(store):
    data, _ = export(store, "nquads", view="enforcement", target="X")
    dataset = parse_quads("nquads", data)
    fine = URIRef(action_iri(FINE))
    graphs = {str(c.identifier) for c in dataset.graphs() if (fine, None, None) in c}
    assert graphs == {str(ns.article_graph("eu-fine-fr")), str(ns.article_graph("eu-fine-en"))}


def test_claims_view_exports_claims_only(store):
    from regkg.mapping import claim_key

    data, _ = export(store, "turtle", view="claims")
    graph = parse("turtle", data)
    assert (ns.claim_iri(claim_key(MUSK)), None, None) in graph
    assert not list(graph.subjects(ns.actor, None))
    whole, _ = export(store, "turtle")
    assert len(graph) < len(parse("turtle", whole))
