"""RDF dumps: Turtle, N-Quads, TriG and JSON-LD, serialised by Oxigraph as rows arrive. Layer 3.

The full view without filters is the whole store: N-Quads and TriG come from Oxigraph's native
dump (every named graph; from a remote store, graph by graph), Turtle and JSON-LD from the
distinct triples of the union graph. Rows come through `iter_select` on any store.
Any other view or filter exports the view's facts (actions and/or claims) with their evidence,
their articles, their amounts and the descriptions of the entities they link, in three steps:
the facts that pass the filters (`export-facts`, the filters tested once per fact), the
resources they link (`export-fact-subjects`, a batch of facts at a time), and every statement
about those resources (`export-quads`, graphs kept, or `export-triples`), a batch at a time.
One query joining the filters with the statements made pyoxigraph test the jurisdiction once
per statement (minutes at 60k triples; docs/scaling-bench.md, "Filtered RDF dumps").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import pyoxigraph as ox

from regkg import namespaces as ns
from regkg.store import EmbeddedStore, QueryError, Store
from regkg.store.base import bind_iris
from regkg.store.embedded import from_cell, to_ox

from .base import ExportOptions, ExportReport
from .rows import iter_select, named, native_results

# Prefixes whose local names need no escaping: one per kind of minted IRI, no bare `id:`.
_KINDS = ("action", "claim", "article", *ns.ENTITY_KINDS)
_PREFIXES = {
    **{k: ns.PREFIXES[k] for k in ("rkg", "rdf", "rdfs", "xsd", "skos", "wd", "prov", "dcterms")},
    **{kind: f"{ns.ID}{kind}/" for kind in _KINDS},
}


class RdfExporter:
    """One RDF syntax; `quads` says whether it keeps the named graphs."""

    def __init__(self, name: str, media_type: str, extension: str, syntax: ox.RdfFormat,
                 quads: bool) -> None:
        self.name = name
        self.media_type = media_type
        self.extension = extension
        self.syntax = syntax
        self.quads = quads

    def write(self, store: Store, out: BinaryIO, options: ExportOptions) -> ExportReport:
        report = ExportReport(self.name, options.view)
        whole = options.view == "full" and not options.filtered
        prefixes = _PREFIXES if self.syntax in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        if whole and self.quads and isinstance(store, EmbeddedStore):
            store.native.dump(out, self.syntax, prefixes=prefixes)  # straight from its indexes
            report.triples = len(store.native)
            return report
        if whole and self.quads:
            terms: Iterator[ox.Quad] | Iterator[ox.Triple] = _graph_by_graph(store)
        elif whole:
            terms = _solutions_as(store, options, "export-all-triples", ox.Triple)
        else:
            terms = _view_statements(store, options, ox.Quad if self.quads else ox.Triple)
        ox.serialize(_counted(terms, report), out, self.syntax, prefixes=prefixes)
        return report


def _graph_by_graph(store: Store) -> Iterator[ox.Quad]:
    """Every quad of a store without a native dump, one named graph at a time."""
    for name in store.graph_names():
        graph = ox.NamedNode(name)
        for s, p, o in store.graph(name):
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)  # type: ignore[arg-type]


def _solutions_as(store: Store, options: ExportOptions, query: str,
                  make: type[ox.Quad] | type[ox.Triple]) -> Iterator[Any]:
    names = ("s", "p", "o", "g") if make is ox.Quad else ("s", "p", "o")
    named_query = named(options.queries_dir, query)
    if isinstance(store, EmbeddedStore):  # Oxigraph's own terms, no conversion
        solutions = native_results(store, named_query, options.bindings())
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError(f"{query} is not a SELECT query")
        for solution in solutions:
            yield make(*(solution[n] for n in names))
        return
    for row in iter_select(store, named_query, options.bindings()):
        yield make(*(from_cell(row[n]) for n in names))


BATCH = 200  # IRIs bound per query: one query per batch, a short text for a SPARQL server


def _view_statements(store: Store, options: ExportOptions,
                     make: type[ox.Quad] | type[ox.Triple]) -> Iterator[Any]:
    """The statements about the filtered facts and the resources they link, a batch of facts
    at a time. Each resource is read once: the set of those already read is the one thing
    held (resources are shared: an article, a sentence, an authority serve many facts)."""
    query, names = ("export-quads", ("subject", "p", "o", "g")) if make is ox.Quad else (
        "export-triples", ("subject", "p", "o"))
    facts = (row["fact"].value for row in
             iter_select(store, named(options.queries_dir, "export-facts"), options.bindings()))
    seen: set[bytes] = set()
    for batch in _batches(facts):
        linked = _bound_rows(store, options, "export-fact-subjects", "fact", batch)
        fresh = [iri for iri in dict.fromkeys([*batch, *(s.value for (s,) in linked)])
                 if _key(iri) not in seen]
        seen.update(map(_key, fresh))
        for subjects in _batches(iter(fresh)):
            for terms in _bound_rows(store, options, query, "subject", subjects, names):
                yield make(*terms)


def _key(iri: str) -> bytes:
    """A resource's 128-bit digest: the set of those read holds these, not the IRIs (half the
    memory; among a million resources the odds of two sharing a digest are about 1e-27)."""
    return hashlib.blake2b(iri.encode(), digest_size=16).digest()


def _batches(iris: Iterator[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for iri in iris:
        batch.append(iri)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _bound_rows(store: Store, options: ExportOptions, query: str, name: str,
                iris: Iterable[str], names: tuple[str, ...] = ("s",)) -> Iterator[tuple[Any, ...]]:
    """A named query's rows as Oxigraph terms, its `?name` parameter bound to several IRIs."""
    text = bind_iris(named(options.queries_dir, query).text, name, iris)
    if isinstance(store, EmbeddedStore):  # Oxigraph's own terms, no conversion
        solutions = store.native.query(text, use_default_graph_as_union=True)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError(f"{query} is not a SELECT query")
        for solution in solutions:
            yield tuple(solution[n] for n in names)
        return
    for row in store.select(text).rows:
        yield tuple(from_cell(row[n]) for n in names)


def _counted(terms: Iterator[Any], report: ExportReport) -> Iterator[Any]:
    for term in terms:
        report.triples += 1
        yield term


RDF_EXPORTERS = (
    RdfExporter("turtle", "text/turtle", "ttl", ox.RdfFormat.TURTLE, quads=False),
    RdfExporter("nquads", "application/n-quads", "nq", ox.RdfFormat.N_QUADS, quads=True),
    RdfExporter("trig", "application/trig", "trig", ox.RdfFormat.TRIG, quads=True),
    RdfExporter("jsonld", "application/ld+json", "jsonld", ox.RdfFormat.JSON_LD, quads=False),
)
