"""Filtered RDF dumps: the filters tested once per fact, and the same statements on every store.

Regression (issue 6, "slow jurisdiction-filtered RDF exports"): export-quads and
export-triples were one query joining the filter block with every statement of every linked
resource; pyoxigraph 0.5 then tested the jurisdiction once per joined row, and a
jurisdiction-filtered N-Quads dump of a 60k-triple store took 283 s (Turtle 555 s). The
dumps now read the facts that pass the filters (export-facts), the resources they link
(export-fact-subjects), then the statements about those, a batch of IRIs at a time.
"""

from __future__ import annotations

import itertools
from typing import Any

import pyoxigraph as ox
import pytest

from regkg.store import EmbeddedStore

from ..store.conftest import REMOTE_BACKENDS, remote_store
from .conftest import FINE, OFCOM, action_iri, build_store
from .helpers import export

SYNTAX = {"nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE}


class RecordingStore:
    """Oxigraph's store, keeping the text of every query run on it."""

    def __init__(self, native: ox.Store) -> None:
        self.native = native
        self.queries: list[str] = []

    def query(self, text: str, **kwargs: Any) -> object:
        self.queries.append(text)
        return self.native.query(text, **kwargs)


def statements(fmt: str, data: bytes) -> set[object]:
    return set(ox.parse(data, format=SYNTAX[fmt]))


@pytest.mark.parametrize("fmt", ["nquads", "turtle"])
def test_jurisdiction_filtered_rdf_dump_tests_the_filters_once_per_fact(fmt, monkeypatch):
    store = build_store()
    recorder = RecordingStore(store.native)
    monkeypatch.setattr(store, "native", recorder)
    data, report = export(store, fmt, view="full", jurisdiction="gb", since="2026-01")
    filtering = [q for q in recorder.queries if "rkg:partOf" in q]
    assert len(filtering) == 1, "one query tests the filters"
    assert "SELECT DISTINCT ?fact\n" in filtering[0], "and it selects facts, not statements"
    reading = [q for q in recorder.queries if "?subject ?p ?o" in q]
    assert reading and not any("FILTER" in q for q in reading)
    got = statements(fmt, data)
    assert report.triples == len(got) > 0
    subjects = {t.subject.value for t in got}  # type: ignore[union-attr]
    assert action_iri(OFCOM) in subjects and action_iri(FINE) not in subjects


def test_a_batch_boundary_loses_and_repeats_nothing(monkeypatch):
    """Resources shared by facts of different batches (an authority, an article, a
    sentence stating two facts) are read once; none is dropped."""
    store = build_store()
    whole, whole_report = export(store, "nquads", view="full", since="2020")
    monkeypatch.setattr("regkg.export.rdf.BATCH", 1)
    batched, batched_report = export(store, "nquads", view="full", since="2020")
    assert statements("nquads", batched) == statements("nquads", whole)
    assert batched_report.triples == whole_report.triples == len(statements("nquads", whole))


FILTERS = [
    dict(zip(("view", "jurisdiction", "other"), combo, strict=True))
    for combo in itertools.product(("full", "enforcement", "claims"), (None, "us", "eu", "gb"),
                                   (None, "since", "until", "target"))
]
OTHER = {"since": "2025-12", "until": "2026-01-31", "target": "service/x"}


def filters(case: dict[str, str | None]) -> dict[str, str]:
    chosen = {"view": str(case["view"])}
    if case["jurisdiction"]:
        chosen["jurisdiction"] = str(case["jurisdiction"])
    if case["other"]:
        chosen[str(case["other"])] = OTHER[str(case["other"])]
    return chosen


@pytest.fixture(scope="module", params=REMOTE_BACKENDS)
def remote(request: pytest.FixtureRequest) -> object:
    embedded = build_store()
    server = remote_store(request.param)
    for name in embedded.graph_names():
        server.replace_graph(name, embedded.graph(name))
    yield embedded, server
    server.close()


@pytest.mark.parametrize("fmt", ["nquads", "turtle"])
def test_filtered_rdf_dumps_are_the_same_on_every_store(remote, fmt):
    """Every view with each jurisdiction, alone and beside each other filter."""
    embedded, server = remote
    assert isinstance(embedded, EmbeddedStore)
    differ, compared = [], 0
    for case in FILTERS:
        chosen = filters(case)
        expected = statements(fmt, export(embedded, fmt, **chosen)[0])
        if statements(fmt, export(server, fmt, **chosen)[0]) != expected:
            differ.append(chosen)
        compared += bool(expected)
    assert differ == []
    assert compared >= 24, "too few cases have statements to compare"


def test_bound_iris_cannot_change_the_query():
    from regkg.store import QueryError
    from regkg.store.base import bind_iris

    query = "SELECT ?s WHERE { ?fact ?p ?s }"
    bound = bind_iris(query, "fact", ["https://example.org/a", "https://example.org/b"])
    assert "VALUES ?fact { <https://example.org/a> <https://example.org/b> }" in bound
    with pytest.raises(ValueError):  # Oxigraph refuses it as an IRI: no text is pasted
        bind_iris(query, "fact", ["https://example.org/a> } DROP ALL #"])
    with pytest.raises(QueryError):
        bind_iris(query, "fact }", ["https://example.org/a"])
