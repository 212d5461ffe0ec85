"""The ontology file: OWL 2, bilingual documentation, action classes (ontology/regkg.ttl)."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from regkg.namespaces import ACTION_CLASSES, RKG, EnforcementAction, partOf, withinJurisdiction
from regkg.settings import Settings

PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(Settings().ontology_dir / "regkg.ttl", format="turtle")


def own_terms(ontology: Graph) -> set[URIRef]:
    """rkg: classes and properties declared in the ontology."""
    kinds = (OWL.Class, *PROPERTY_TYPES)
    return {
        s for kind in kinds for s in ontology.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and s.startswith(str(RKG))
    }


def languages(ontology: Graph, term: URIRef, predicate: URIRef) -> set[str]:
    return {o.language for o in ontology.objects(term, predicate) if isinstance(o, Literal)
            and o.language}


def test_is_an_owl_ontology_with_a_version(ontology: Graph) -> None:
    (header,) = ontology.subjects(RDF.type, OWL.Ontology)
    assert ontology.value(header, OWL.versionIRI) is not None
    assert ontology.value(header, OWL.versionInfo) is not None


def test_every_class_and_property_is_documented_in_english_and_french(ontology: Graph) -> None:
    terms = own_terms(ontology)
    assert len(terms) >= 70
    missing = [
        (term, predicate)
        for term in sorted(terms)
        for predicate in (RDFS.label, SKOS.definition)
        if not {"en", "fr"} <= languages(ontology, term, predicate)
    ]
    assert missing == []


def test_action_classes_are_exactly_the_enforcement_action_subclasses(ontology: Graph) -> None:
    subclasses = set(ontology.subjects(RDFS.subClassOf, EnforcementAction))
    assert subclasses == set(ACTION_CLASSES.values())


def test_action_classes_are_pairwise_disjoint(ontology: Graph) -> None:
    groups = [
        set(ontology.items(members))
        for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
        for members in ontology.objects(axiom, OWL.members)
    ]
    assert set(ACTION_CLASSES.values()) in groups


def test_within_jurisdiction_is_inferred_from_jurisdiction_and_part_of(ontology: Graph) -> None:
    assert (partOf, RDF.type, OWL.TransitiveProperty) in ontology
    assert (RKG.jurisdiction, RDFS.subPropertyOf, withinJurisdiction) in ontology
    chain = ontology.value(withinJurisdiction, OWL.propertyChainAxiom)
    assert list(ontology.items(chain)) == [RKG.jurisdiction, partOf]
    # No domain: a domain would make every authority with a jurisdiction an action.
    assert ontology.value(RKG.jurisdiction, RDFS.domain) is None


def test_wikidata_links_are_annotations_not_same_as(ontology: Graph) -> None:
    assert (RKG.wikidata, RDF.type, OWL.AnnotationProperty) in ontology
    assert not list(ontology.triples((None, OWL.sameAs, None)))


@pytest.mark.parametrize(
    ("term", "parent"),
    [
        (RKG.Evidence, URIRef("http://www.w3.org/ns/prov#Entity")),
        (RKG.Article, URIRef("https://schema.org/NewsArticle")),
        (RKG.Authority, URIRef("http://www.w3.org/ns/org#Organization")),
        (RKG.Claim, URIRef("https://schema.org/Claim")),
        (RKG.MonetaryAmount, URIRef("https://schema.org/MonetaryAmount")),
        (RKG.Person, URIRef("https://schema.org/Person")),
        (RKG.Law, URIRef("http://data.europa.eu/eli/ontology#LegalResource")),
    ],
)
def test_reuses_standard_vocabularies(ontology: Graph, term: URIRef, parent: URIRef) -> None:
    assert (term, RDFS.subClassOf, parent) in ontology
