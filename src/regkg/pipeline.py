"""Ingest: article files -> extraction -> one named graph -> SHACL -> store. Layer 3.

The only module that knows the whole write chain. Per article, all or nothing: a graph that
violates a shape is rejected before anything is written, and the write itself is one atomic
graph replacement. An article whose content and extractor fingerprint are already stored is
skipped, so a rebuild of an unchanged corpus changes nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as Lit

from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS

from regkg import namespaces as ns
from regkg.articles import ArticleError, find_articles, read_article
from regkg.extract.extractor import EXTRACTOR_VERSION, Extractor
from regkg.mapping import map_extraction
from regkg.models import Article, Extraction
from regkg.parallel import ExtractionFailure
from regkg.queries import registry
from regkg.reference import Reference, load_reference
from regkg.settings import Settings
from regkg.store import Store
from regkg.validation import ValidationReport, load_shapes, reference_closure, validate

# Articles read ahead of extraction: bounds memory; worker pools start once per batch.
READ_BATCH = 2000
Status = Lit["stored", "unchanged", "rejected", "unreadable"]
STATUSES: tuple[Status, ...] = ("stored", "unchanged", "rejected", "unreadable")


@dataclass(frozen=True)
class IngestOutcome:
    source: str
    status: Status
    article_id: str | None = None
    message: str = ""
    triples: int = 0
    actions: tuple[str, ...] = ()  # action type codes
    claims: int = 0
    report: ValidationReport | None = None


@dataclass
class Timings:
    read: float = 0.0
    extract: float = 0.0
    validate: float = 0.0
    write: float = 0.0


@dataclass
class BuildSummary:
    outcomes: list[IngestOutcome] = field(default_factory=list)
    timings: Timings = field(default_factory=Timings)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def actions_by_type(self) -> Counter[str]:
        return Counter(t for o in self.outcomes for t in o.actions)

    @property
    def claims(self) -> int:
        return sum(o.claims for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        """0 ok, 1 an article failed validation, 2 an input could not be read."""
        if self.count("unreadable"):
            return 2
        return 1 if self.count("rejected") else 0


def read_turtle_dir(directory: Path) -> Graph:
    graph = Graph()
    for path in sorted(directory.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def files_digest(directory: Path, pattern: str = "*.ttl") -> str:
    """'sha256:...' over the names and bytes of the files: the identity of a schema graph."""
    sha = hashlib.sha256()
    for path in sorted(directory.glob(pattern)):
        if path.is_file():
            sha.update(path.name.encode() + b"\0" + path.read_bytes())
    return "sha256:" + sha.hexdigest()


def fingerprint(settings: Settings) -> str:
    """Digest of what shapes extraction besides the code: reference data and patterns."""
    inputs = (settings.reference_dir, settings.patterns_dir)
    parts = [EXTRACTOR_VERSION, *(files_digest(directory, "*") for directory in inputs)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:10]


def skolemised(graph: Graph, digest: str, name: URIRef) -> Graph:
    """`graph` with canonical skolem IRIs for its blank nodes, plus its content digest."""
    canonical = Graph()
    canonical += to_canonical_graph(graph)
    out = canonical.skolemize(authority=ns.BASE.rstrip("/"), basepath="/.well-known/genid/")
    out.add((name, DCTERMS.identifier, Literal(digest)))
    return out


class Pipeline:
    """Holds what is loaded once (reference, shapes, NLP model) for many ingests."""

    def __init__(
        self, settings: Settings, store: Store, *, extractor: Extractor | None = None
    ) -> None:
        self.settings = settings
        self.store = store
        self.reference: Reference = load_reference(settings.reference_dir)
        self.reference_graph = read_turtle_dir(settings.reference_dir)
        self.ontology_graph = read_turtle_dir(settings.ontology_dir)
        self.shapes = load_shapes(settings.shapes_dir)
        self.version = f"{EXTRACTOR_VERSION}+{fingerprint(settings)}"
        self._extractor = extractor
        self._schema_checked = False
        self.queries = registry(settings.queries_dir)

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:  # spaCy takes seconds to load: only when needed
            self._extractor = Extractor(self.reference, self.settings.patterns_dir)
        return self._extractor

    def install_schema(self) -> None:
        """Write the ontology and reference graphs when their files changed, else nothing.

        Blank nodes (the ontology's OWL lists) are skolemised from canonical labels into
        /.well-known/genid/ IRIs (RDF 1.1 §3.5): the same files always give the same quads, and
        a run that ingests nothing leaves the store byte-identical.
        """
        for name, graph, directory in (
            (ns.ONTOLOGY_GRAPH, self.ontology_graph, self.settings.ontology_dir),
            (ns.REFERENCE_GRAPH, self.reference_graph, self.settings.reference_dir),
        ):
            digest = files_digest(directory)
            stored = self.queries.select(self.store, "graph-digest", graph=name).rows
            if any(row["digest"].value == digest for row in stored):
                continue
            self.store.replace_graph(str(name), skolemised(graph, digest, name))

    def _ensure_schema(self) -> None:
        if not self._schema_checked:
            self.install_schema()
            self._schema_checked = True

    def build(
        self,
        paths: Iterable[Path],
        *,
        force: bool = False,
        on_outcome: Callable[[IngestOutcome], None] | None = None,
    ) -> BuildSummary:
        summary = BuildSummary()
        for outcome in self.ingest_files(find_articles(list(paths)), summary.timings, force):
            summary.outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
        return summary

    def ingest_files(
        self, files: list[Path], timings: Timings, force: bool = False
    ) -> Iterator[IngestOutcome]:
        """Read, skip unchanged, and ingest the rest in batches of READ_BATCH articles, so a
        backfill of millions of files holds one batch of texts in memory at a time."""
        batch: list[Article] = []
        for path in files:
            start = time.perf_counter()
            try:
                article = read_article(path, self.settings.max_article_bytes)
            except ArticleError as error:
                yield IngestOutcome(str(path), "unreadable", message=str(error))
                continue
            finally:
                timings.read += time.perf_counter() - start
            # The schema graphs go in with the first readable article, not before: input that is
            # all refused leaves the store exactly as it was, even an empty one.
            self._ensure_schema()
            if not force and self.is_stored(article):
                yield IngestOutcome(str(path), "unchanged", article.id)
                continue
            batch.append(article)
            if len(batch) >= READ_BATCH:
                yield from self.ingest_articles(batch, timings)
                batch = []
        yield from self.ingest_articles(batch, timings)

    def ingest_articles(
        self, articles: list[Article], timings: Timings
    ) -> Iterator[IngestOutcome]:
        if not articles:
            return
        extractions = self.extract_stream(articles)
        while True:
            start = time.perf_counter()  # wall time waiting, whoever extracts
            extraction = next(extractions, None)
            timings.extract += time.perf_counter() - start
            if extraction is None:
                return
            if isinstance(extraction, ExtractionFailure):  # only from worker processes
                article = extraction.article
                yield IngestOutcome(article.source_file or article.id, "unreadable", article.id,
                                    message=f"extraction failed: {extraction.message}")
                continue
            yield self.ingest_extraction(extraction, timings)

    def extract_stream(self, articles: list[Article]) -> Iterator[Extraction | ExtractionFailure]:
        """Extractions in input order: here, or on worker processes / a cluster (parallel.py)."""
        if self.settings.jobs <= 1 and not self.settings.executor:
            return self.extractor.extract_many(articles)
        from regkg.parallel import extract_stream

        return extract_stream(articles, self.settings)

    def ingest_extraction(self, extraction: Extraction, timings: Timings) -> IngestOutcome:
        extraction = dataclasses.replace(extraction, extractor_version=self.version)
        article = extraction.article
        graph = map_extraction(extraction, label=self.label)
        start = time.perf_counter()
        report = validate(self.validation_data(graph), self.shapes)
        timings.validate += time.perf_counter() - start
        source = article.source_file or article.id
        if not report.conforms:
            return IngestOutcome(source, "rejected", article.id, report.render(), report=report)
        start = time.perf_counter()
        self.store.replace_graph(str(ns.article_graph(article.id)), graph)
        timings.write += time.perf_counter() - start
        return IngestOutcome(
            source, "stored", article.id, triples=len(graph), report=report,
            actions=tuple(a.type for a in extraction.actions), claims=len(extraction.claims),
        )

    def validation_data(self, graph: Graph) -> Graph:
        """The article graph plus the reference triples about the entities it links to."""
        data = reference_closure(graph, self.reference_graph)
        data += graph
        return data

    def is_stored(self, article: Article) -> bool:
        rows = self.queries.select(
            self.store, "article-status", article=ns.article_iri(article.id)
        ).rows
        return any(
            r["hash"].value == article.content_hash and r["version"].value == self.version
            for r in rows
            if "hash" in r and "version" in r
        )

    def label(self, key: str) -> str:
        entity = self.reference.entities.get(key)
        return entity.label if entity else key.partition("/")[2]

