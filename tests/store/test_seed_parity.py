"""The REST and export queries give the same rows on Virtuoso as on the embedded store, over
the real seed graph, for every jurisdiction it mentions. The small parity fixture missed that
`?where rkg:partOf* ?jurisdiction` (with ?jurisdiction from VALUES) lost rows on Virtuoso."""

from __future__ import annotations

from regkg import namespaces as ns
from regkg.queries import QueryRegistry
from regkg.settings import Settings
from regkg.store import Store

from .test_store_parity import KNOWN_DIVERGENT, comparable

JURISDICTION_QUERIES = ("jurisdiction-actions", "timeline")


def copy_store(source: Store, target: Store) -> None:
    for name in source.graph_names():
        target.replace_graph(name, source.graph(name))


def test_regression_jurisdiction_lookups_agree_on_the_seed_graph(seed_store, virtuoso):
    copy_store(seed_store, virtuoso)
    registry = QueryRegistry(Settings().queries_dir)
    codes = ("GB", "US", "US-CA", "EU", "ID", "MY", "IN")
    differ = []
    for name in JURISDICTION_QUERIES:
        for code in codes:
            bound = registry[name].bindings({"jurisdiction": ns.jurisdiction_iri(code)})
            expected = comparable(seed_store.query(registry[name].text, bound))
            if comparable(virtuoso.query(registry[name].text, bound)) != expected:
                differ.append((name, code))
    assert differ == []
    us = registry["jurisdiction-actions"].bindings({"jurisdiction": ns.jurisdiction_iri("US")})
    assert seed_store.select(registry["jurisdiction-actions"].text, us).rows, "US-CA is in US"


def test_export_queries_agree_with_a_jurisdiction_on_the_seed_graph(seed_store, virtuoso):
    copy_store(seed_store, virtuoso)
    registry = QueryRegistry(Settings().queries_dir)
    differ = []
    for query in registry:
        names = {p.name for p in query.parameters}
        if not query.name.startswith("export-") or "jurisdiction" not in names:
            continue
        if query.name in KNOWN_DIVERGENT:
            continue
        values = {"jurisdiction": ns.jurisdiction_iri("GB")}
        if "view" in names:
            values["view"] = "full"
        bound = query.bindings(values)
        if comparable(virtuoso.query(query.text, bound)) != comparable(
            seed_store.query(query.text, bound)
        ):
            differ.append(query.name)
    assert differ == []
