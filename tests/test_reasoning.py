"""HermiT through owlready2: consistency and inferred triples (regkg.reasoning)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from regkg.namespaces import RKG, withinJurisdiction
from regkg.settings import Settings

pytestmark = [pytest.mark.java, pytest.mark.slow]

reasoning = pytest.importorskip("regkg.reasoning")
if not reasoning.java_available():
    pytest.skip("no java executable: HermiT cannot run", allow_module_level=True)

ONTOLOGY = Settings().ontology_dir / "regkg.ttl"

PREFIXES = """
@prefix rkg: <https://w3id.org/regkg/ontology#> .
@prefix act: <https://w3id.org/regkg/id/action/> .
@prefix jur: <https://w3id.org/regkg/id/jurisdiction/> .
@prefix auth: <https://w3id.org/regkg/id/authority/> .
@prefix svc: <https://w3id.org/regkg/id/service/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

SAMPLE = PREFIXES + """
act:0123456789abcdef a rkg:Fine ;
    rkg:actor auth:cppa ; rkg:target svc:grok ;
    rkg:jurisdiction jur:US-CA ;
    rkg:date "2025-01-01"^^xsd:date ; rkg:datePrecision rkg:precision-month ;
    rkg:status rkg:status-imposed .
auth:cppa a rkg:Regulator ; rkg:jurisdiction jur:US-CA .
svc:grok a rkg:AISystem .
jur:US-CA a rkg:Subdivision ; rkg:isoCode "US-CA" ; rkg:partOf jur:US .
jur:US a rkg:Country ; rkg:isoCode "US" .
"""

ACTION = URIRef("https://w3id.org/regkg/id/action/0123456789abcdef")
US = URIRef("https://w3id.org/regkg/id/jurisdiction/US")
US_CA = URIRef("https://w3id.org/regkg/id/jurisdiction/US-CA")


def sample() -> Graph:
    return Graph().parse(data=SAMPLE, format="turtle")


def test_every_ontology_class_is_satisfiable() -> None:
    assert reasoning.unsatisfiable_classes(ONTOLOGY) == ()


def test_an_unsatisfiable_class_is_found(tmp_path: Path) -> None:
    # The check above must be able to fail: a class under two disjoint actions has no instance.
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        ONTOLOGY.read_text(encoding="utf-8")
        + "\nrkg:FineOrder a owl:Class ; rdfs:subClassOf rkg:Fine , rkg:Order .\n",
        encoding="utf-8",
    )
    assert reasoning.unsatisfiable_classes(broken) == (str(RKG.FineOrder),)


def test_sample_graph_is_consistent() -> None:
    result = reasoning.check_consistency(ONTOLOGY, sample())
    assert result.consistent, result.explanation
    assert result.explanation == ""
    assert result.seconds > 0


def test_action_typed_with_two_disjoint_classes_is_inconsistent() -> None:
    data = sample()
    data.add((ACTION, RDF.type, RKG.Order))
    result = reasoning.check_consistency(ONTOLOGY, data)
    assert not result.consistent
    assert str(ACTION) in result.explanation
    assert str(RKG.Fine) in result.explanation and str(RKG.Order) in result.explanation


def test_law_used_as_actor_is_inconsistent() -> None:
    # rkg:actor ranges over rkg:Agent, which is disjoint with rkg:Law.
    data = sample()
    law = URIRef("https://w3id.org/regkg/id/law/dsa")
    data.add((law, RDF.type, RKG.Law))
    data.add((ACTION, RKG.actor, law))
    assert not reasoning.check_consistency(ONTOLOGY, data).consistent


def test_infer_within_jurisdiction_through_part_of() -> None:
    inferred = reasoning.infer(ONTOLOGY, sample())
    assert (ACTION, withinJurisdiction, US) in inferred
    assert (ACTION, withinJurisdiction, US_CA) in inferred


def test_infer_class_memberships_and_only_new_triples() -> None:
    data = sample()
    inferred = reasoning.infer(ONTOLOGY, data)
    assert (ACTION, RDF.type, RKG.EnforcementAction) in inferred
    grok = URIRef("https://w3id.org/regkg/id/service/grok")
    assert (grok, RDF.type, RKG.OnlineService) in inferred
    assert (grok, RDF.type, RKG.Agent) in inferred
    assert not any(triple in data for triple in inferred)


def test_infer_refuses_inconsistent_data() -> None:
    data = sample()
    data.add((ACTION, RDF.type, RKG.Order))
    with pytest.raises(reasoning.InconsistentDataError, match="declared disjoint"):
        reasoning.infer(ONTOLOGY, data)


def test_calls_do_not_share_state() -> None:
    # An inconsistent call must not poison the next one (each call has its own World).
    bad = sample()
    bad.add((ACTION, RDF.type, RKG.Order))
    assert not reasoning.check_consistency(ONTOLOGY, bad).consistent
    assert reasoning.check_consistency(ONTOLOGY, sample()).consistent
