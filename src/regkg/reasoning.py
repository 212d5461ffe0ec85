"""OWL 2 reasoning with HermiT through owlready2. Layer 2; the only module importing owlready2.

Two uses:
- `check_consistency`: is the ontology plus some data free of contradictions (an action typed as
  two disjoint action classes, a law used as an actor)? Run on demand, not per article: HermiT
  starts a JVM and takes about a second.
- `infer`: the triples the ontology entails that the data does not state: class memberships
  (a rkg:Fine is a rkg:EnforcementAction) and rkg:withinJurisdiction.

owlready2 keeps state in a `World` (an SQLite quadstore). Each call builds its own World in a
temporary directory and closes it, so nothing leaks between calls. owlready2 reads N-Triples or
RDF/XML, not Turtle, so rdflib writes the merged graph as N-Triples first.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import owlready2
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from regkg.namespaces import jurisdiction, partOf, withinJurisdiction

# HermiT rejects xsd:date and xsd:duration (outside the OWL 2 datatype map) unless told to
# ignore them; SHACL checks those values instead.
_HERMIT_OPTIONS = {"debug": 0, "ignore_unsupported_datatypes": True}


class InconsistentDataError(ValueError):
    """The ontology and the data contradict each other (raised by `infer`).

    Callers catch this rather than owlready2's exception: this module is the only one that
    imports owlready2.
    """


@dataclass(frozen=True)
class ConsistencyResult:
    consistent: bool
    explanation: str  # empty when consistent; HermiT's message otherwise
    seconds: float


def java_available() -> bool:
    """True when a `java` executable is on the PATH (HermiT needs one)."""
    return shutil.which(str(owlready2.JAVA_EXE)) is not None


def check_consistency(ontology_ttl: Path, data: Graph) -> ConsistencyResult:
    """Run HermiT over the ontology plus `data` and report whether they are consistent."""
    started = time.perf_counter()
    with _loaded_world(ontology_ttl, data) as world:
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, **_HERMIT_OPTIONS)
        except owlready2.OwlReadyInconsistentOntologyError:
            explanation = _explain(Graph().parse(ontology_ttl, format="turtle"), data)
            return ConsistencyResult(False, explanation, time.perf_counter() - started)
    return ConsistencyResult(True, "", time.perf_counter() - started)


def unsatisfiable_classes(ontology_ttl: Path) -> tuple[str, ...]:
    """IRIs of the classes HermiT finds can have no instance (a modelling error)."""
    with _loaded_world(ontology_ttl, Graph()) as world:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, **_HERMIT_OPTIONS)
        found = {cls.iri for cls in world.inconsistent_classes() if hasattr(cls, "iri")}
    return tuple(sorted(str(iri) for iri in found if iri != str(OWL.Nothing)))


def infer(ontology_ttl: Path, data: Graph) -> Graph:
    """The triples entailed by the ontology and `data` that neither states.

    Class memberships come from HermiT (owlready2 stores only the most specific asserted types,
    so they are read from each individual's INDIRECT_is_a). rkg:withinJurisdiction is
    materialised here (rkg:jurisdiction, then rkg:partOf*), because HermiT's property-value
    output through owlready2 omits values entailed by the plain subproperty axiom.
    Raises InconsistentDataError when the input is inconsistent (nothing follows usefully).
    """
    ontology = Graph().parse(ontology_ttl, format="turtle")
    inferred = Graph()
    with _loaded_world(ontology_ttl, data) as world:
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=True, **_HERMIT_OPTIONS)
        except owlready2.OwlReadyInconsistentOntologyError as error:
            raise InconsistentDataError(_explain(ontology, data)) from error
        subjects = {s for s in data.subjects() if isinstance(s, URIRef)}
        for triple in _class_memberships(world, subjects):
            inferred.add(triple)
        for triple in world.as_rdflib_graph().triples((None, withinJurisdiction, None)):
            inferred.add(triple)
    for triple in _within_jurisdiction(ontology + data):
        inferred.add(triple)
    return _minus(inferred, ontology + data)


def _class_memberships(
    world: owlready2.World, subjects: set[URIRef]
) -> Iterator[tuple[URIRef, URIRef, URIRef]]:
    """rdf:type triples for every named class HermiT places each data individual in."""
    for subject in subjects:
        individual = world[str(subject)]
        if individual is None or not isinstance(individual, owlready2.Thing):
            continue
        for cls in individual.INDIRECT_is_a:
            iri = getattr(cls, "iri", None)
            if isinstance(cls, owlready2.ThingClass) and iri and iri != str(OWL.Thing):
                yield subject, RDF.type, URIRef(iri)


def _within_jurisdiction(graph: Graph) -> Iterator[tuple[URIRef, URIRef, URIRef]]:
    """rkg:jurisdiction ⊑ rkg:withinJurisdiction and rkg:jurisdiction ∘ rkg:partOf ⊑ it.

    rkg:partOf is transitive, so every ancestor through partOf+ counts. Cycles are tolerated.
    """
    for subject, place in graph.subject_objects(jurisdiction):
        if not isinstance(subject, URIRef) or not isinstance(place, URIRef):
            continue
        for container in graph.transitiveClosure(_parents, place):
            yield subject, withinJurisdiction, container
        yield subject, withinJurisdiction, place


def _parents(node: URIRef, graph: Graph) -> Iterator[URIRef]:
    return (p for p in graph.objects(node, partOf) if isinstance(p, URIRef))


def _minus(candidates: Graph, known: Graph) -> Graph:
    new = Graph()
    for triple in candidates:
        if triple not in known:
            new.add(triple)
    return new


@contextmanager
def _loaded_world(ontology_ttl: Path, data: Graph) -> Iterator[owlready2.World]:
    """A fresh owlready2 World holding the ontology and the data, closed on exit."""
    merged = Graph().parse(ontology_ttl, format="turtle")
    for triple in data:
        merged.add(triple)
    with tempfile.TemporaryDirectory(prefix="regkg-owl-") as tmp:
        nt_path = Path(tmp) / "input.nt"
        merged.serialize(destination=str(nt_path), format="nt", encoding="utf-8")
        world = owlready2.World()
        try:
            world.get_ontology(nt_path.as_uri()).load()
            yield world
        finally:
            world.close()


def _explain(ontology: Graph, data: Graph) -> str:
    """Name the individuals typed with disjoint classes, the commonest cause HermiT won't name.

    owlready2 only says "inconsistent"; this looks for the usual culprit so a user has a lead.
    """
    groups = _disjoint_groups(ontology)
    lines = []
    individuals = {s for s in data.subjects(RDF.type, None) if isinstance(s, URIRef)}
    for individual in sorted(individuals):
        types: set[Node] = set()
        for asserted in data.objects(individual, RDF.type):
            ancestors = ontology.transitive_objects(asserted, RDFS.subClassOf)
            types |= {asserted, *(a for a in ancestors if a is not None)}
        for group in groups:
            clash = sorted(types & group, key=str)
            if len(clash) > 1:
                names = " and ".join(str(c) for c in clash)
                lines.append(f"{individual} is both {names}, which are declared disjoint")
    if not lines:
        return "HermiT reports the ontology and data as inconsistent (cause not located)"
    return "; ".join(lines)


def _disjoint_groups(ontology: Graph) -> list[set[Node]]:
    """Sets of classes declared pairwise disjoint (owl:AllDisjointClasses, owl:disjointWith)."""
    groups = [
        set(ontology.items(members))
        for axiom in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
        for members in ontology.objects(axiom, OWL.members)
    ]
    groups += [{a, b} for a, b in ontology.subject_objects(OWL.disjointWith)]
    return groups
