"""Mapping: golden graph (compared semantically), determinism, cross-article identity."""

import dataclasses
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import RDF, XSD

from regkg import namespaces as ns
from regkg.mapping import action_key, map_extraction

from .conftest import fine_extraction

GOLDEN = Path(__file__).parent / "golden"


def test_fine_extraction_maps_to_the_golden_graph(extraction):
    expected = Graph().parse(GOLDEN / "fine_002.ttl")
    actual = map_extraction(extraction, label=lambda key: key.partition("/")[2])
    if not isomorphic(actual, expected):
        missing = to_isomorphic(expected) - to_isomorphic(actual)
        extra = to_isomorphic(actual) - to_isomorphic(expected)
        raise AssertionError(
            f"missing:\n{missing.serialize(format='nt')}\nextra:\n{extra.serialize(format='nt')}"
        )


def test_mapping_has_no_blank_nodes(extraction):
    graph = map_extraction(extraction)
    assert not [t for t in graph if any(term.__class__.__name__ == "BNode" for term in t)]


def test_mapping_twice_gives_the_same_triples(extraction):
    assert set(map_extraction(extraction)) == set(map_extraction(extraction))


def test_same_action_in_two_articles_is_one_node_with_two_sources():
    first, second = fine_extraction("002_a"), fine_extraction("007_b")
    undated = dataclasses.replace(second.actions[0], date=None)
    second = dataclasses.replace(second, actions=(undated,))
    assert action_key(first.actions[0]) == action_key(second.actions[0])
    union = map_extraction(first) + map_extraction(second)
    node = ns.action_iri(action_key(first.actions[0]))
    sources = {union.value(e, ns.article) for e in union.objects(node, ns.evidence)}
    assert sources == {ns.article_iri("002_a"), ns.article_iri("007_b")}


def test_amounts_are_decimals_not_floats(extraction):
    graph = map_extraction(extraction)
    values = list(graph.objects(None, ns.amountValue))
    assert Literal("120000000.0", datatype=XSD.decimal) in values
    assert all(v.datatype == XSD.decimal for v in values)


def test_every_fact_points_to_its_sentence(extraction):
    graph = map_extraction(extraction)
    facts = [s for s, o in graph.subject_objects(RDF.type) if o != ns.Evidence and o != ns.Article
             and o != ns.MonetaryAmount]
    for fact in facts:
        evidence = graph.value(fact, ns.evidence)
        assert evidence is not None, fact
        text = extraction.article.text
        start = int(graph.value(evidence, ns.charStart))
        end = int(graph.value(evidence, ns.charEnd))
        assert text[start:end] == str(graph.value(evidence, ns.sentence))


def test_regression_considered_and_opened_investigations_are_distinct_nodes():
    """Seed 000's 'n'a pas exclu une enquête' merged with 001's opened one (same key)."""
    opened = dataclasses.replace(fine_extraction().actions[0], type="investigation",
                                 amount=None, status="opened")
    considered = dataclasses.replace(opened, status="considered")
    reported = dataclasses.replace(opened, status="reported")
    assert action_key(opened) != action_key(considered)
    assert action_key(opened) == action_key(reported)


def test_a_company_commitment_maps_the_company_as_actor_and_conforms():
    """Guidelines: a change a platform agrees to in answer to an authority has the company as
    actor; shapes/facts.ttl allows that for a commitment only (issue 3)."""
    from regkg.models import Action, Evidence
    from regkg.validation import load_shapes, reference_closure, validate

    base = fine_extraction()
    text = base.article.text
    commitment = Action(
        type="commitment", actor="service/x", targets=("service/x",), jurisdiction="EU",
        laws=(), date=None, status="opened", evidence=Evidence(text, 0, len(text)))
    fine = dataclasses.replace(base.actions[0], date=None)
    graph = map_extraction(dataclasses.replace(base, actions=(commitment, fine), claims=()))
    node = ns.action_iri(action_key(commitment))
    assert graph.value(node, ns.actor) == ns.entity_iri("service/x")
    root = Path(__file__).resolve().parents[2]
    reference = Graph()
    for path in sorted((root / "data" / "reference").glob("*.ttl")):
        reference.parse(path)
    shapes = load_shapes(root / "shapes")
    assert validate(graph + reference_closure(graph, reference), shapes).conforms
    as_company_fine = dataclasses.replace(fine, actor="service/x")
    bad = map_extraction(dataclasses.replace(base, actions=(as_company_fine,), claims=()))
    report = validate(bad + reference_closure(bad, reference), shapes)
    assert [(f.shape, f.path) for f in report.violations] == [
        ("https://w3id.org/regkg/shapes#AuthorityActorShape", "rkg:actor")]
