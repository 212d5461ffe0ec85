"""Every rkg: term the code names is declared in the ontology (regkg.namespaces)."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from regkg import namespaces as ns
from regkg.settings import Settings


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(Settings().ontology_dir / "regkg.ttl", format="turtle")


def undeclared(terms: tuple[URIRef, ...], ontology: Graph) -> list[URIRef]:
    """Terms with no rdf:type in the ontology."""
    return [t for t in terms if (t, RDF.type, None) not in ontology]


def test_every_rkg_term_is_declared(ontology: Graph) -> None:
    assert len(ns.RKG_TERMS) > 80
    assert undeclared(ns.RKG_TERMS, ontology) == []


def test_a_missing_term_is_detected(ontology: Graph) -> None:
    # The check above must be able to fail: a misspelt term is reported.
    typo = ns.RKG.jurisdicton
    assert undeclared((*ns.RKG_TERMS, typo), ontology) == [typo]


def test_term_tables_cover_the_controlled_values() -> None:
    assert set(ns.ACTION_CLASSES.values()) <= set(ns.RKG_TERMS)
    assert set(ns.STATUSES.values()) | set(ns.PRECISIONS.values()) <= set(ns.RKG_TERMS)
    assert set(ns.COMBINATION_RULES.values()) <= set(ns.RKG_TERMS)


def test_controlled_values_are_skos_concepts_in_a_scheme(ontology: Graph) -> None:
    concepts = [*ns.STATUSES.values(), *ns.PRECISIONS.values(), *ns.COMBINATION_RULES.values()]
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in ontology, concept
        assert ontology.value(concept, SKOS.inScheme) is not None, concept


def test_entity_iris_round_trip() -> None:
    iri = ns.entity_iri("authority/ofcom")
    assert ns.entity_key(str(iri)) == "authority/ofcom"
    assert ns.jurisdiction_iri("us-ca") == ns.ID["jurisdiction/US-CA"]
    with pytest.raises(ValueError):
        ns.entity_iri("planet/mars")
