"""The embedded store: pyoxigraph, on disk (a directory) or in memory. Layer 2.

Oxigraph applies each SPARQL update in one transaction, so `replace_graph` is a single
`DROP SILENT GRAPH` + `INSERT DATA` request: a reader (or a crash) sees the old graph or the
new one, never half of it. Reads use the union of the named graphs as the default graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from regkg.store.base import (
    Binding,
    Cell,
    QueryError,
    SelectResult,
    StoreError,
    Triple,
    bind_values,
)


def to_ox(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """rdflib term -> pyoxigraph term (Oxigraph does the escaping when serialising)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r}")


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _no_bnode(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(term, BNode):
        raise StoreError("blank nodes are not stored: skolemise them first (deterministic IRIs)")
    return to_ox(term)


def to_rdflib(term: object) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:  # RDF 1.1: "fr" and "fr"^^xsd:string are one term
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unexpected term {term!r}")


def to_cell(term: object) -> Cell:
    if isinstance(term, ox.NamedNode):
        return Cell("uri", term.value)
    if isinstance(term, ox.Literal):
        return Cell("literal", term.value, term.datatype.value, term.language)
    if isinstance(term, ox.BlankNode):
        return Cell("bnode", term.value)
    return Cell("triple", str(term))


def from_cell(cell: Cell, bnodes: dict[str, ox.BlankNode] | None = None) -> Any:
    """A result cell as a pyoxigraph term; `bnodes` keeps one node per label in a result."""
    if cell.kind == "uri":
        return ox.NamedNode(cell.value)
    if cell.kind == "bnode":
        return ox.BlankNode() if bnodes is None else bnodes.setdefault(cell.value, ox.BlankNode())
    if cell.kind != "literal":
        raise StoreError(f"cannot read a {cell.kind} result term: {cell.value[:80]}")
    if cell.lang:
        return ox.Literal(cell.value, language=cell.lang)
    if cell.datatype:
        return ox.Literal(cell.value, datatype=ox.NamedNode(cell.datatype))
    return ox.Literal(cell.value)


class EmbeddedStore:
    """A pyoxigraph store; `path=None` keeps it in memory (tests, and a fast read copy)."""

    def __init__(self, path: str | Path | None, *, read_only: bool = False) -> None:
        try:
            if path is None:
                self.native = ox.Store()
            elif read_only:
                self.native = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self.native = ox.Store(str(path))
        except OSError as error:
            raise StoreError(f"cannot open the store at {path}: {error}") from error
        self.path = None if path is None else Path(path)
        self.read_only = read_only

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """One SPARQL update (one transaction). Blank nodes are refused: INSERT DATA would
        give them fresh labels on every write, and the store's content would drift."""
        name = ox.NamedNode(graph)
        body = " .\n".join(f"{_no_bnode(s)} {to_ox(p)} {_no_bnode(o)}" for s, p, o in triples)
        update = f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"
        try:
            self.native.update(update if body else f"DROP SILENT GRAPH {name}")
        except (OSError, SyntaxError, ValueError) as error:
            raise StoreError(f"could not write graph {graph}: {error}") from error

    def remove_graph(self, graph: str) -> None:
        self.native.update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.native.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return bool(self.native.contains_named_graph(ox.NamedNode(graph)))

    def triple_count(self) -> int:
        return len(self.native)

    def _run(self, query: str, bindings: Binding | None) -> object:
        try:
            return self.native.query(bind_values(query, bindings), use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(str(error)) from error

    def query(self, query: str, bindings: Binding | None = None) -> SelectResult | bool | Graph:
        """Any query form: SELECT rows, an ASK answer, or CONSTRUCT/DESCRIBE triples."""
        result = self._run(query, bindings)
        if isinstance(result, ox.QuerySolutions):
            return _solutions(result)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError(f"unexpected result {type(result).__name__}")
        return _triples(result)

    def select(self, query: str, bindings: Binding | None = None) -> SelectResult:
        solutions = self._run(query, bindings)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        return _solutions(solutions)

    def ask(self, query: str, bindings: Binding | None = None) -> bool:
        result = self._run(query, bindings)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("not an ASK query")
        return bool(result)

    def construct(self, query: str, bindings: Binding | None = None) -> Graph:
        result = self._run(query, bindings)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        return _triples(result)

    def graph(self, graph: str) -> Graph:
        out = Graph()
        for q in self.native.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
            out.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return out

    def dump_nquads(self, out: BinaryIO) -> None:
        self.native.dump(out, ox.RdfFormat.N_QUADS)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self.native.flush()

    def close(self) -> None:
        self.flush()
        del self.native


def _solutions(solutions: ox.QuerySolutions) -> SelectResult:
    names = tuple(v.value for v in solutions.variables)
    rows = tuple({n: to_cell(sol[n]) for n in names if sol[n] is not None} for sol in solutions)
    return SelectResult(names, rows)


def _triples(triples: ox.QueryTriples) -> Graph:
    graph = Graph()
    for t in triples:
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph
