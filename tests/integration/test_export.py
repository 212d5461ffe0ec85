"""`regkg export` over each backend: the same GEXF, GraphML, CSV and RDF, view by view."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from ..export.helpers import export

NETWORK_CASES = [
    ("gexf", {"view": "full"}),
    ("gexf", {"view": "enforcement", "jurisdiction": "uk"}),
    ("graphml", {"view": "claims"}),
    ("graphml", {"view": "enforcement", "since": "2026-01"}),
    ("csv", {"view": "full", "table": "nodes", "jurisdiction": "us"}),
    ("csv", {"view": "full", "table": "edges", "target": "service/grok"}),
    ("csv", {"view": "enforcement", "table": "edges", "until": "2026-01-31"}),
]
RDF_CASES = [
    ("nquads", {"view": "full"}, ox.RdfFormat.N_QUADS),
    ("trig", {"view": "enforcement", "jurisdiction": "eu"}, ox.RdfFormat.TRIG),
    ("turtle", {"view": "full"}, ox.RdfFormat.TURTLE),
    ("jsonld", {"view": "claims", "since": "2026-01-01"}, ox.RdfFormat.JSON_LD),
]


@pytest.mark.parametrize("fmt,filters", NETWORK_CASES)
def test_network_exports_are_the_same(built, seed_store, fmt, filters):
    got, report = export(built.store, fmt, **filters)
    expected, expected_report = export(seed_store, fmt, **filters)
    assert got == expected  # rows are ordered by the queries: the same bytes
    assert report.line() == expected_report.line()
    assert report.nodes + report.edges > 0


@pytest.mark.parametrize("fmt,filters,syntax", RDF_CASES)
def test_rdf_exports_have_the_same_statements(built, seed_store, fmt, filters, syntax):
    got, report = export(built.store, fmt, **filters)
    expected, expected_report = export(seed_store, fmt, **filters)
    statements = set(ox.parse(got, format=syntax))
    assert statements == set(ox.parse(expected, format=syntax))
    assert report.triples == expected_report.triples == len(statements) > 0
