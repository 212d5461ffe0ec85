"""Filters: jurisdiction codes (any case, UK = GB, subdivisions), targets and dates."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from regkg.export import ExportError, NotFoundError, resolve_options

from .conftest import CALIFORNIA, FINE, INDONESIA, MALAYSIA, MUSK, OFCOM, action_iri
from .helpers import QUERIES, export

ID = "https://w3id.org/regkg/id/"


def node_ids(store, view: str = "full", **filters: object) -> set[str]:
    data, _ = export(store, "csv", view=view, table="nodes", **filters)
    return {row["Id"] for row in csv.DictReader(io.StringIO(data.decode()))}


def actions(store, **filters: object) -> set[str]:
    return {n for n in node_ids(store, **filters) if n.startswith(ID + "action/")}


@pytest.mark.parametrize("code", ["GB", "gb", "UK", "uk", " Uk "])
def test_jurisdiction_codes_are_case_insensitive_and_uk_is_gb(store, code):
    options = resolve_options(store, QUERIES, jurisdiction=code)
    assert options.jurisdiction == ID + "jurisdiction/GB"
    assert actions(store, jurisdiction=code) == {action_iri(OFCOM)}


def test_a_country_includes_its_subdivisions(store):
    assert actions(store, jurisdiction="us") == {action_iri(CALIFORNIA)}
    assert actions(store, jurisdiction="US-CA") == {action_iri(CALIFORNIA)}
    assert actions(store, jurisdiction="eu") == {action_iri(FINE)}


def test_unknown_codes_and_targets_are_clear_errors(store):
    with pytest.raises(NotFoundError, match="'ZZ'|'zz'"):
        resolve_options(store, QUERIES, jurisdiction="zz")
    with pytest.raises(NotFoundError, match="no entity"):
        resolve_options(store, QUERIES, target="nobody-at-all")
    with pytest.raises(ExportError, match="not a date"):
        resolve_options(store, QUERIES, since="last week")
    with pytest.raises(ExportError, match="unknown view"):
        resolve_options(store, QUERIES, view="everything")


@pytest.mark.parametrize("name", ["service/grok", "Grok", "grok", ID + "service/grok"])
def test_target_by_key_label_or_iri(store, name):
    assert resolve_options(store, QUERIES, target=name).target == ID + "service/grok"
    found = node_ids(store, target=name)
    assert {action_iri(INDONESIA), action_iri(MALAYSIA)} <= found
    assert action_iri(OFCOM) not in found and action_iri(FINE) not in found
    assert ID + "person/elon-musk" in found  # the claim about Grok


def test_target_by_wikidata_id(store):
    assert resolve_options(store, QUERIES, target="Q918").target == ID + "service/x"
    assert actions(store, target="q918") == {action_iri(OFCOM), action_iri(FINE)}


def test_dates_are_inclusive_and_drop_undated_facts(store):
    assert actions(store, since="2026-01-12") == {action_iri(OFCOM), action_iri(CALIFORNIA)}
    assert actions(store, until="2026-01-10") == {action_iri(FINE), action_iri(INDONESIA)}
    assert actions(store, since="2026-01-11", until="2026-01-13") == {action_iri(OFCOM)}
    assert actions(store, since="2025-12", until="2025-12") == {action_iri(FINE)}
    everything = actions(store)
    assert action_iri(MALAYSIA) in everything
    assert action_iri(MALAYSIA) not in actions(store, since="2000")


def test_partial_dates_cover_their_period(store):
    options = resolve_options(store, QUERIES, since="2025-12", until="2026-02")
    assert options.since == dt.date(2025, 12, 1) and options.until == dt.date(2026, 2, 28)
    assert resolve_options(store, QUERIES, until="2025").until == dt.date(2025, 12, 31)


def test_filters_apply_to_claims(store):
    from regkg import namespaces as ns
    from regkg.mapping import claim_key

    claim = str(ns.claim_iri(claim_key(MUSK)))
    assert claim in node_ids(store, view="claims")
    assert claim in node_ids(store, view="claims", since="2026-01-04")
    assert claim not in node_ids(store, view="claims", since="2026-01-05")
    assert claim not in node_ids(store, view="claims", target="X")


@pytest.mark.parametrize("view", ["full", "enforcement", "claims"])
@pytest.mark.parametrize("filters", [{}, {"jurisdiction": "gb"}, {"target": "grok"},
                                     {"since": "2026-01-01"}, {"until": "2025-12-31"}])
def test_every_edge_joins_two_exported_nodes(store, view, filters):
    nodes = node_ids(store, view, **filters)
    data, report = export(store, "csv", view=view, table="edges", **filters)
    edges = list(csv.DictReader(io.StringIO(data.decode())))
    assert len(edges) == report.edges
    assert {e["Source"] for e in edges} | {e["Target"] for e in edges} <= nodes
