"""The Store contract: the same assertions against the embedded store and Virtuoso."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from regkg.namespaces import GRAPH, RKG
from regkg.store import Cell, QueryError, Store, StoreError, canonical_digest, canonical_nquads
from regkg.store.base import Triple

G1 = str(GRAPH["test/one"])
G2 = str(GRAPH["test/two"])
EX = "https://example.org/"
S, P, Q = URIRef(EX + "s"), URIRef(EX + "p"), URIRef(EX + "q")

HOSTILE = {
    "quotes": 'he said "non" and \'oui\'',
    "brace": 'x" } } ; DROP ALL ; INSERT DATA { <a:b> <c:d> "e" } #',
    "newlines": "line one\nline two\r\n\ttabbed",
    "backslash": "C:\\path\\to\\n\\u0041",
    "big": "«amende» " * 1200,  # about 10 kB of non-ASCII text
}
FRENCH = "L'Arcom a infligé une amende « record » à la plateforme — été, où, Noël, ç"


def triples(*objects: Node, subject: URIRef = S) -> list[Triple]:
    return [(subject, P, o) for o in objects]


def rdf11(term: Node) -> Node:
    """RDF 1.1 has no untyped literal: a simple literal is an xsd:string (as both stores say)."""
    if isinstance(term, Literal) and term.datatype is None and not term.language:
        return Literal(str(term), datatype=XSD.string)
    return term


def as_set(graph: Iterable[Triple]) -> set[Triple]:
    return {(rdf11(s), rdf11(p), rdf11(o)) for s, p, o in graph}


def test_replace_graph_stores_exactly_the_triples(store: Store) -> None:
    data = triples(Literal("a"), Literal("b"), URIRef(EX + "o"))
    store.replace_graph(G1, data)
    assert as_set(store.graph(G1)) == as_set(data)
    assert store.triple_count() == 3


def test_replace_graph_replaces_not_merges(store: Store) -> None:
    store.replace_graph(G1, triples(Literal("old 1"), Literal("old 2")))
    store.replace_graph(G1, triples(Literal("new")))
    assert as_set(store.graph(G1)) == as_set(triples(Literal("new")))
    assert store.triple_count() == 1


def test_replace_graph_is_idempotent(store: Store) -> None:
    data = triples(Literal("a"), Literal(FRENCH, lang="fr"))
    store.replace_graph(G1, data)
    first = canonical_digest(store)
    store.replace_graph(G1, data)
    assert canonical_digest(store) == first
    assert store.triple_count() == 2


def test_replace_graph_leaves_other_graphs_alone(store: Store) -> None:
    store.replace_graph(G1, triples(Literal("one")))
    store.replace_graph(G2, triples(Literal("two")))
    store.replace_graph(G1, triples(Literal("uno")))
    assert as_set(store.graph(G2)) == as_set(triples(Literal("two")))


def failing_after(count: int) -> Iterator[Triple]:
    for i in range(count):
        yield (S, P, Literal(f"new {i}"))
    raise ValueError("the extractor failed half-way")


def test_replace_graph_is_all_or_nothing_when_input_fails(store: Store) -> None:
    store.replace_graph(G1, triples(Literal("old")))
    with pytest.raises(ValueError, match="half-way"):  # the caller's error, unchanged
        store.replace_graph(G1, failing_after(5))
    assert as_set(store.graph(G1)) == as_set(triples(Literal("old")))


def test_replace_graph_refuses_unstorable_terms_and_keeps_old(store: Store) -> None:
    store.replace_graph(G1, triples(Literal("old")))
    bad = [(S, P, Literal("new")), (S, P, object())]  # not an RDF term
    with pytest.raises((StoreError, TypeError)):
        store.replace_graph(G1, bad)  # type: ignore[arg-type]
    assert as_set(store.graph(G1)) == as_set(triples(Literal("old")))


def test_graph_names_has_graph_and_remove(store: Store) -> None:
    assert store.graph_names() == []
    store.replace_graph(G2, triples(Literal("two")))
    store.replace_graph(G1, triples(Literal("one")))
    assert store.graph_names() == sorted([G1, G2])
    assert store.has_graph(G1) and not store.has_graph(str(GRAPH["test/absent"]))
    store.remove_graph(G1)
    assert store.graph_names() == [G2] and not store.has_graph(G1)
    store.replace_graph(G2, [])  # an empty replacement leaves no graph
    assert store.graph_names() == [] and store.triple_count() == 0


def test_triple_count_counts_quads_of_all_graphs(store: Store) -> None:
    store.replace_graph(G1, triples(*(Literal(i) for i in range(7))))
    store.replace_graph(G2, triples(Literal(0), Literal("x")))
    assert store.triple_count() == 9


def test_big_graph_in_many_insert_operations(store: Store) -> None:
    data = [(URIRef(f"{EX}s{i}"), P, Literal(f"valeur n° {i} « é »")) for i in range(6_500)]
    store.replace_graph(G1, data)
    assert store.triple_count() == 6_500
    assert as_set(store.graph(G1)) == as_set(data)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_select_binds_hostile_literals_as_values(store: Store, name: str) -> None:
    value = HOSTILE[name]
    store.replace_graph(G1, [(URIRef(f"{EX}{k}"), P, Literal(v)) for k, v in HOSTILE.items()])
    result = store.select(
        "SELECT ?s ?text WHERE { ?s <https://example.org/p> ?text }", {"text": Literal(value)}
    )
    assert result.variables == ("s", "text")
    assert [row["s"] for row in result.rows] == [Cell("uri", EX + name)]
    assert result.rows[0]["text"] == Cell("literal", value, str(XSD.string))
    assert store.triple_count() == len(HOSTILE)  # nothing was dropped or added by a value


def test_hostile_literals_round_trip_through_graph(store: Store) -> None:
    data = [(URIRef(f"{EX}{k}"), P, Literal(v)) for k, v in HOSTILE.items()]
    store.replace_graph(G1, data)
    assert as_set(store.graph(G1)) == as_set(data)


def test_select_with_unbound_optional_parameter_and_iri_binding(store: Store) -> None:
    store.replace_graph(G1, triples(Literal("a"), Literal("b")))
    query = "SELECT ?o WHERE { ?s <https://example.org/p> ?o } ORDER BY ?o"
    assert [r["o"].value for r in store.select(query).rows] == ["a", "b"]
    assert [r["o"].value for r in store.select(query, {"s": S}).rows] == ["a", "b"]
    assert store.select(query, {"s": URIRef(EX + "nobody")}).rows == ()


def test_unicode_round_trips_exactly(store: Store) -> None:
    data = [(S, P, Literal(FRENCH, lang="fr")), (S, Q, Literal(FRENCH))]
    store.replace_graph(G1, data)
    assert as_set(store.graph(G1)) == as_set(data)
    rows = store.select("SELECT ?o WHERE { ?s <https://example.org/q> ?o }").rows
    assert rows == ({"o": Cell("literal", FRENCH, str(XSD.string))},)
    hit = store.select(
        'SELECT ?o WHERE { ?s ?p ?o FILTER(CONTAINS(LCASE(STR(?o)), "amende « record »")) }'
    )
    assert len(hit.rows) == 2


TYPED = {
    "decimal": Literal("1250000.5", datatype=XSD.decimal),
    "integer": Literal("42", datatype=XSD.integer),
    "date": Literal("2024-03-01", datatype=XSD.date),
    "duration": Literal("P1D", datatype=XSD.duration),
    "duration-months": Literal("P6M", datatype=XSD.duration),
    "boolean": Literal("false", datatype=XSD.boolean),
    "anyURI": Literal("https://example.org/a?b=c", datatype=XSD.anyURI),
    "lang-fr": Literal("amende infligée", lang="fr"),
    "lang-region": Literal("fine", lang="en-gb"),
}


def test_typed_literals_round_trip(store: Store) -> None:
    data = [(URIRef(f"{EX}{k}"), P, v) for k, v in TYPED.items()]
    store.replace_graph(G1, data)
    assert as_set(store.graph(G1)) == as_set(data)
    rows = store.select("SELECT ?s ?o WHERE { ?s <https://example.org/p> ?o }").rows
    cells = {row["s"].value.removeprefix(EX): row["o"] for row in rows}
    assert cells["decimal"] == Cell("literal", "1250000.5", str(XSD.decimal))
    assert cells["date"] == Cell("literal", "2024-03-01", str(XSD.date))
    assert cells["duration"] == Cell("literal", "P1D", str(XSD.duration))
    assert cells["duration-months"] == Cell("literal", "P6M", str(XSD.duration))
    assert cells["boolean"] == Cell("literal", "false", str(XSD.boolean))
    assert cells["integer"] == Cell("literal", "42", str(XSD.integer))
    assert cells["lang-fr"] == Cell("literal", "amende infligée", str(RDF.langString), "fr")
    assert len(cells) == len(TYPED)


def test_decimals_read_back_in_canonical_form(store: Store) -> None:
    """Both stores keep decimals as numbers: "12.0" and "0.50" read back as "12" and "0.5"."""
    store.replace_graph(G1, triples(Literal("12.0", datatype=XSD.decimal),
                                    Literal("0.50", datatype=XSD.decimal)))
    cells = {r["o"] for r in store.select("SELECT ?o WHERE { ?s ?p ?o }").rows}
    decimal = str(XSD.decimal)
    assert cells == {Cell("literal", "12", decimal), Cell("literal", "0.5", decimal)}
    assert as_set(store.graph(G1)) == as_set(triples(Literal("12", datatype=XSD.decimal),
                                                     Literal("0.5", datatype=XSD.decimal)))
    assert len(store.select("SELECT ?o WHERE { ?s ?p ?o FILTER(?o = 12) }").rows) == 1


def test_typed_literal_bound_as_parameter_matches(store: Store) -> None:
    data = [(URIRef(f"{EX}{k}"), P, v) for k, v in TYPED.items()]
    store.replace_graph(G1, data)
    for key in ("decimal", "date", "duration", "lang-fr", "integer"):
        rows = store.select("SELECT ?s WHERE { ?s <https://example.org/p> ?o }", {"o": TYPED[key]})
        assert [r["s"].value for r in rows.rows] == [EX + key], key


def test_count_is_an_integer_literal(store: Store) -> None:
    store.replace_graph(G1, triples(Literal("a"), Literal("b"), Literal("c")))
    rows = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    assert rows == ({"n": Cell("literal", "3", str(XSD.integer))},)


def test_default_graph_is_the_union_of_named_graphs(store: Store) -> None:
    store.replace_graph(G1, [(S, P, URIRef(EX + "mid"))])
    store.replace_graph(G2, [(URIRef(EX + "mid"), Q, Literal("end"))])
    rows = store.select("SELECT ?end WHERE { ?a <https://example.org/p> ?m . ?m ?q ?end }").rows
    assert rows == ({"end": Cell("literal", "end", str(XSD.string))},)
    graphs = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g").rows
    assert [r["g"].value for r in graphs] == sorted([G1, G2])
    everything = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
    assert everything[0]["n"].value == "2"


def test_ask(store: Store) -> None:
    store.replace_graph(G1, triples(Literal("a")))
    assert store.ask("ASK { ?s <https://example.org/p> ?o }") is True
    assert store.ask("ASK WHERE { ?s <https://example.org/p> ?o }", {"o": Literal("zz")}) is False
    assert store.ask("ASK WHERE { ?s <https://example.org/p> ?o }", {"o": Literal("a")}) is True
    assert store.query("ASK { ?s ?p ?o }") is True


def test_construct_and_query_forms(store: Store) -> None:
    store.replace_graph(G1, triples(Literal("a"), Literal(FRENCH, lang="fr")))
    store.replace_graph(G2, triples(URIRef(EX + "o")))
    built = store.construct(
        "CONSTRUCT { ?o <https://example.org/q> ?s } WHERE { ?s ?p ?o FILTER(isIRI(?o)) }"
    )
    assert as_set(built) == as_set([(URIRef(EX + "o"), Q, S)])
    iris = store.construct(
        "CONSTRUCT { <https://example.org/t> ?p ?o } WHERE { ?s ?p ?o }", {"s": S}
    )
    t = URIRef(EX + "t")
    assert as_set(iris) == as_set(
        [(t, P, Literal("a")), (t, P, Literal(FRENCH, lang="fr")), (t, P, URIRef(EX + "o"))]
    )
    assert isinstance(store.query("CONSTRUCT WHERE { ?s ?p ?o }"), Graph)
    assert store.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1").variables == ("s",)  # type: ignore[union-attr]


def test_wrong_query_form_is_a_query_error(store: Store) -> None:
    with pytest.raises(QueryError):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.ask("SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError):
        store.select("SELECT * WHERE { ?s ?p ", None)


def test_dump_nquads_holds_every_quad(store: Store) -> None:
    store.replace_graph(
        G1, triples(Literal(FRENCH, lang="fr"), Literal("1.5", datatype=XSD.decimal))
    )
    store.replace_graph(G2, [(S, RDF.type, RKG.Article)])
    lines = canonical_nquads(store).decode("utf-8").splitlines()
    assert len(lines) == 3
    assert all(line.endswith((f"<{G1}> .", f"<{G2}> .")) for line in lines)
    assert any("« record »" in line for line in lines)
