"""SHACL validation of one article's graph, with findings a person can act on. Layer 2.

`validate` runs the shapes in `shapes/*.ttl` over an article graph merged with the reference
triples it links to (`reference_closure`), and returns a `ValidationReport`: sh:Violation
findings block the article, sh:Warning findings are recorded. Each finding names the node, the
property, the rule (constraint component and named shape) and the source sentence, found
through the focus node's rkg:evidence (or its owner's, for an amount or an evidence node).

Two engines give the same results on tests/shapes: pyshacl-turbo (Rust, the default) and
pySHACL (pure Python, the fallback). bench/validate.py, for an article of ~230 triples: turbo
3 ms with the reference closure (20 ms with the whole 2.5k-triple reference), pySHACL 300 ms
(700 ms). Both run with inference off and SHACL-SPARQL ("advanced") on; turbo compiles the
shapes once per shapes graph (about 20 ms).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from regkg.namespaces import PREFIXES, SH, amount, evidence, maxAmount, sentence

Engine = Literal["turbo", "pyshacl"]
SHAPES_NS: Final = "https://w3id.org/regkg/shapes#"
_SHORT_PREFIXES: Final = sorted(
    [*PREFIXES.items(), ("rkgsh", SHAPES_NS)], key=lambda item: len(item[1]), reverse=True
)
# Owners whose evidence stands for a node that has none of its own.
_OWNER_LINKS: Final = (amount, maxAmount)


@dataclass(frozen=True)
class Finding:
    """One SHACL result: what is wrong, where, by which rule, and the sentence behind it."""

    severity: str  # "Violation", "Warning" or "Info"
    focus_node: str
    path: str | None  # the property (SPARQL syntax for complex paths: "^rkg:penaltyProvision")
    constraint: str  # the constraint component IRI, e.g. sh:MinCountConstraintComponent
    shape: str  # the named shape that holds the constraint (the node shape of a property shape)
    message: str
    value: str | None
    sentence: str | None

    def render(self) -> str:
        where = _short(self.focus_node) + (f" {self.path}" if self.path else "")
        value = f" (value: {_short(self.value)})" if self.value is not None else ""
        rule = f"[{_short(self.constraint)} in {_short(self.shape)}]"
        line = f"{self.severity.upper()}: {where}: {self.message}{value} {rule}"
        return line + (f'\n    sentence: "{self.sentence}"' if self.sentence else "")


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool  # True iff there is no sh:Violation (warnings do not block)
    violations: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    engine: str = "turbo"

    def render(self) -> str:
        """Human-readable lines: a summary, then each violation and warning."""
        head = "conforms" if self.conforms else "does not conform"
        lines = [f"{head}: {len(self.violations)} violation(s), {len(self.warnings)} warning(s)"]
        lines += [finding.render() for finding in (*self.violations, *self.warnings)]
        return "\n".join(lines)


def load_shapes(shapes_dir: Path) -> Graph:
    """Every `*.ttl` file in `shapes_dir`, merged into one shapes graph."""
    shapes = Graph()
    files = sorted(shapes_dir.glob("*.ttl"))
    if not files:
        raise FileNotFoundError(f"no shapes (*.ttl) in {shapes_dir}")
    for path in files:
        shapes.parse(path, format="turtle")
    return shapes


def validate(
    data: Graph, shapes: Graph, *, ontology: Graph | None = None, engine: Engine | None = None
) -> ValidationReport:
    """Validate `data` (an article graph merged with its reference triples) against `shapes`.

    `ontology`, when given, contributes its rdfs:subClassOf and rdfs:subPropertyOf triples so that
    sh:class follows the class hierarchy (SHACL §4.1.3 "SHACL instance"); the shapes do not
    rely on it. `engine` forces one engine; by default pyshacl-turbo, else pySHACL.
    """
    working = data
    if ontology is not None:
        working = Graph()
        for triple in data:
            working.add(triple)
        for predicate in (RDFS.subClassOf, RDFS.subPropertyOf):
            for triple in ontology.triples((None, predicate, None)):
                working.add(triple)
    chosen = engine or default_engine()
    results = _run_turbo(working, shapes) if chosen == "turbo" else _run_pyshacl(working, shapes)
    findings = sorted(_findings(results, working, shapes), key=_sort_key)
    violations = tuple(f for f in findings if f.severity == "Violation")
    warnings = tuple(f for f in findings if f.severity != "Violation")
    return ValidationReport(not violations, violations, warnings, chosen)


def default_engine() -> Engine:
    """pyshacl-turbo when it imports, else pySHACL."""
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError:
        return "pyshacl"
    return "turbo"


def reference_closure(article: Graph, reference: Graph) -> Graph:
    """The reference triples about the IRIs `article` mentions, and about what those link to.

    Validating an article graph needs the types and descriptions of the entities it links to
    (an actor must be an authority; that authority's jurisdiction must be known...), not the
    whole reference graph. The closure follows object IRIs until nothing new is reached.
    """
    pending = {n for n in (*article.subjects(), *article.objects()) if isinstance(n, URIRef)}
    seen: set[URIRef] = set()
    closure = Graph()
    while pending:
        node = pending.pop()
        seen.add(node)
        for triple in reference.triples((node, None, None)):
            closure.add(triple)
            target = triple[2]
            if isinstance(target, URIRef) and target not in seen and triple[1] != RDF.type:
                pending.add(target)
    return closure


# --- Engines --------------------------------------------------------------------------------

# id(shapes graph) -> (weak reference to it, its size when compiled, compiled shapes). Keyed by
# identity, not by Graph equality (which compares graph identifiers); the size is a cheap guard
# against a shapes graph edited after compilation.
_COMPILED: dict[int, tuple[weakref.ref[Graph], int, Any]] = {}


def _run_turbo(data: Graph, shapes: Graph) -> Graph:
    """pyshacl-turbo, with the shapes compiled once per shapes graph object."""
    import pyshacl_turbo

    cached = _COMPILED.get(id(shapes))
    if cached is not None and cached[0]() is shapes and cached[1] == len(shapes):
        compiled = cached[2]
    else:
        compiled = pyshacl_turbo.CompiledShapes(shapes, advanced=True)
        _COMPILED[id(shapes)] = (weakref.ref(shapes), len(shapes), compiled)
    _conforms, results, _text = compiled.validate(data, inference="none", allow_warnings=False)
    return results


def _run_pyshacl(data: Graph, shapes: Graph) -> Graph:
    import pyshacl

    _conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=False
    )
    return results


# --- Reading the report ---------------------------------------------------------------------


def _findings(results: Graph, data: Graph, shapes: Graph) -> Iterator[Finding]:
    """Top-level results only: nested sh:detail results (from sh:node) repeat the parent's."""
    owners = _property_shape_owners(shapes)
    top_level = {r for report in results.subjects(RDF.type, SH.ValidationReport)
                 for r in results.objects(report, SH.result)}
    for result in top_level:
        focus = results.value(result, SH.focusNode)
        source = results.value(result, SH.sourceShape)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        path = results.value(result, SH.resultPath)
        severity = results.value(result, SH.resultSeverity)
        yield Finding(
            severity=_local(severity) if severity is not None else "Violation",
            focus_node=str(focus),
            path=_path_text(results, path) if path is not None else None,
            constraint=str(results.value(result, SH.sourceConstraintComponent)),
            shape=str(_named_shape(source, owners)),
            message=str(message) if message is not None else "",
            value=str(value) if value is not None else None,
            sentence=_sentence_for(focus, data),
        )


def _property_shape_owners(shapes: Graph) -> dict[Node, Node]:
    """Property shape -> the node shape that declares it with sh:property."""
    return {prop: owner for owner, prop in shapes.subject_objects(SH.property)}


def _named_shape(source: Node | None, owners: dict[Node, Node]) -> Node | None:
    """Walk from a (possibly blank) property shape up to the nearest named shape."""
    seen: set[Node] = set()
    while isinstance(source, BNode) and source in owners and source not in seen:
        seen.add(source)
        source = owners[source]
    return source


def _sentence_for(focus: Node | None, data: Graph) -> str | None:
    """The focus node's evidence sentence; an evidence node's own; an amount's owner's."""
    if focus is None:
        return None
    own = data.value(focus, sentence)
    if own is not None:
        return str(own)
    found = _first(data.value(ev, sentence) for ev in data.objects(focus, evidence))
    if found is not None:
        return found
    owners = (s for link in _OWNER_LINKS for s in data.subjects(link, focus))
    return _first(data.value(ev, sentence) for o in owners for ev in data.objects(o, evidence))


def _first(values: Iterable[Node | None]) -> str | None:
    texts = sorted(str(v) for v in values if v is not None)
    return texts[0] if texts else None


def _path_text(results: Graph, path: Node) -> str:
    inverse = results.value(path, SH.inversePath) if isinstance(path, BNode) else None
    if inverse is not None:
        return "^" + _short(str(inverse))
    return _short(str(path))


def _local(iri: Node) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _short(iri: str) -> str:
    for prefix, namespace in _SHORT_PREFIXES:
        if iri.startswith(namespace) and prefix not in ("", "graph"):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _sort_key(finding: Finding) -> tuple[str, str, str, str]:
    return (finding.focus_node, finding.path or "", finding.constraint, finding.message)
