"""`build` gives the same store on every backend: same graphs, same quads in each."""

from __future__ import annotations

import io

from regkg.store import Store

from .conftest import Built


def graph_nquads(store: Store, name: str) -> list[bytes]:
    """One graph's N-Quads, sorted: equal graphs give equal lists (no blank nodes stored)."""
    import pyoxigraph as ox

    from regkg.store.embedded import to_ox

    out = io.BytesIO()
    quads = (ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(name))  # type: ignore[arg-type]
             for s, p, o in store.graph(name))
    ox.serialize(quads, out, ox.RdfFormat.N_QUADS)
    return sorted(out.getvalue().splitlines())


def test_build_stores_every_seed_article(built: Built, seed_build):
    reference = seed_build[1]
    statuses = [(o.article_id, o.status, o.triples) for o in built.summary.outcomes]
    assert statuses == [(o.article_id, o.status, o.triples) for o in reference.outcomes]
    assert sum(1 for o in built.summary.outcomes if o.status == "stored") >= 5


def test_build_gives_the_same_graphs_quad_for_quad(built: Built, seed_store):
    names = built.store.graph_names()
    assert names == seed_store.graph_names()
    assert len(names) >= 7 and built.store.triple_count() == seed_store.triple_count()
    differ = [n for n in names if graph_nquads(built.store, n) != graph_nquads(seed_store, n)]
    assert differ == []
