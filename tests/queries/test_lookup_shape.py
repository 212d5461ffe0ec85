"""The REST lookups are shaped for speed (a sub-select that picks each action or claim once,
then per-item lookups): they must give the rows of their plain, flat form (tests/queries/flat,
the texts before the rewrite), and their parameters must land inside that sub-select.
action-details has no sub-select: its OPTIONALs hold one pattern each, for the same reason."""

from __future__ import annotations

import itertools
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from regkg.queries import QueryRegistry
from regkg.store import EmbeddedStore, SelectResult
from regkg.store.base import bind_iris, bind_values

HERE = Path(__file__).parent
QUERIES = HERE.parents[1] / "queries"
FLAT = HERE / "flat"
SHAPED = sorted(p.stem for p in FLAT.glob("*.rq"))
WITH_SUB_SELECT = [name for name in SHAPED if name != "action-details"]
ID = "https://w3id.org/regkg/id/"
VALUES = {  # every value a parameter takes here; each query is run with every combination
    "action": [ID + "action/a1", ID + "action/a2"],
    "authority": [ID + "authority/ftc"],
    "jurisdiction": [ID + "jurisdiction/US", ID + "jurisdiction/US-CA"],
    "law": [None, ID + "law/coppa"],
    "target": [None, ID + "service/x", ID + "service/y"],
    "type": [None, "https://w3id.org/regkg/ontology#Fine",
             "https://w3id.org/regkg/ontology#Order"],
    "speaker": [None, ID + "person/p1"],
    "about": [None, ID + "law/coppa"],
    "claim": [None, ID + "claim/c1"],
    "since": [None, "2024-03-01"],
}


@pytest.fixture(scope="module")
def store() -> EmbeddedStore:
    store = EmbeddedStore(None)
    store.native.load(path=str(HERE / "restated.trig"), format=ox.RdfFormat.TRIG)
    return store


def rows(result: SelectResult) -> list[tuple[tuple[str, str], ...]]:
    return sorted(tuple(sorted((k, str(v.value)) for k, v in row.items()))
                  for row in result.rows)


def distinct(result: SelectResult) -> list[tuple[tuple[str, str], ...]]:
    """claims: the flat form repeats each facet row once per restatement of the claim's
    type and speaker (two graphs: four times); the shaped form gives it once per restatement
    of the facet itself. The server groups facets into sets, so the distinct rows must match."""
    return sorted(set(rows(result)))


def combinations(name: str) -> list[dict[str, object]]:
    params = QueryRegistry(QUERIES)[name].parameters
    choices = [[(p.name, v) for v in VALUES[p.name] if v is not None or not p.required]
               for p in params]
    return [{k: v for k, v in combo if v is not None} for combo in itertools.product(*choices)]


@pytest.mark.parametrize("name", SHAPED)
def test_shaped_lookup_gives_the_rows_of_its_flat_form(name: str, store: EmbeddedStore) -> None:
    shaped, flat = QueryRegistry(QUERIES)[name], QueryRegistry(FLAT)[name]
    non_empty = 0
    for values in combinations(name):
        bindings = shaped.bindings(values)
        same = distinct if name == "claims" else rows
        got = same(store.select(shaped.text, bindings))
        assert got == same(store.select(flat.text, bindings)), values
        non_empty += bool(got)
    assert non_empty >= 2, "the fixture exercises the query"


def test_claims_bound_by_the_server_give_the_rows_of_the_flat_form(store: EmbeddedStore) -> None:
    iris = [ID + "claim/c1", ID + "claim/c2"]
    shaped, flat = QueryRegistry(QUERIES)["claims"], QueryRegistry(FLAT)["claims"]
    got = distinct(store.select(bind_iris(shaped.text, "claim", iris)))
    assert got and got == distinct(store.select(bind_iris(flat.text, "claim", iris)))


@pytest.mark.parametrize("name", WITH_SUB_SELECT)
def test_parameters_are_bound_inside_the_sub_select(name: str) -> None:
    """The speed of these queries depends on it: bound in the outer group instead, the
    sub-select would read every action of the store (and the optional filters be lost)."""
    query = QueryRegistry(QUERIES)[name]
    required = {p.name: URIRef(VALUES[p.name][0] or ID) for p in query.parameters
                if p.required}
    some = next(p.name for p in query.parameters)
    bound = bind_values(query.text, query.bindings({some: ID + "x", **required}))
    before, _, after = bound.partition(" VALUES (")
    assert after, "bound"
    assert before.count("SELECT") == 2 and before.rstrip().endswith("WHERE {"), before[-200:]
