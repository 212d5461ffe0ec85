"""Load benchmark: ~1M triples of regkg-shaped article graphs into each store.

Usage:
    python bench/load.py [--triples 1000000] [--remote-articles 200]
    (Virtuoso parts need `bash .ci/virtuoso.sh start && . /tmp/regkg-virtuoso/env`)

The data is generated in the shape of regkg.mapping's output: one named graph per article,
with the article node, actions (type, status, actor, targets, date, amount with a daily
penalty), claims with French quotes, evidence sentences with offsets, ~500 triples an
article. Printed, in seconds and triples/s:

- embedded, in memory, bulk load of the N-Quads (pyoxigraph `bulk_load`);
- embedded, on disk (a temporary directory), bulk load;
- embedded, on disk, through `replace_graph` per article (regkg's own write path);
- Virtuoso bulk: the N-Quads file through `ld_dir` + `rdf_loader_run` + `checkpoint` (isql);
- Virtuoso through the remote store's `replace_graph` per article, on the first
  `--remote-articles` articles (one staged update request each), extrapolated rate;

and the ratios to the embedded in-memory bulk load.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from regkg import namespaces as ns
from regkg.store import EmbeddedStore, open_store
from regkg.store.base import Triple
from regkg.store.remote_codec import encode_term

REPO = Path(__file__).resolve().parents[1]
ACTIONS = list(ns.ACTION_CLASSES.values())
SENTENCE = ("L'Arcom a infligé une amende de {n} € à la plateforme n°{i}, « une décision "
            "historique » selon le régulateur, qui lui laisse trente jours pour se conformer.")


def article_triples(i: int) -> Iterator[Triple]:
    """~500 triples: one article of the generated corpus."""
    art = ns.article_iri(f"bench-{i:06d}")
    yield from [(art, RDF.type, ns.Article), (art, ns.language, Literal("fr")),
                (art, ns.contentHash, Literal(f"{i:016x}")),
                (art, ns.extractorVersion, Literal("bench+1")),
                (art, ns.title, Literal(f"Amende « record » n°{i}", lang="fr")),
                (art, ns.published, Literal(f"2024-{i % 12 + 1:02d}-15", datatype=XSD.date))]
    for k in range(20):
        yield from action_triples(i, k, art)


def action_triples(i: int, k: int, art: URIRef) -> Iterator[Triple]:
    act = ns.action_iri(f"{i:06d}{k:02d}")
    ev = ns.evidence_iri(f"bench-{i:06d}", f"{k:02d}")
    amount = URIRef(f"{act}-amount")
    yield from [
        (act, RDF.type, ACTIONS[(i + k) % len(ACTIONS)]), (act, ns.status, ns.STATUSES["imposed"]),
        (act, ns.actor, ns.entity_iri(f"authority/a{k % 40}")),
        (act, ns.target, ns.entity_iri(f"organisation/o{(i * 7 + k) % 500}")),
        (act, ns.jurisdiction, ns.jurisdiction_iri("FR")),
        (act, ns.date, Literal(f"2024-{k % 12 + 1:02d}-0{k % 9 + 1}", datatype=XSD.date)),
        (act, ns.datePrecision, ns.PRECISIONS["day"]), (act, ns.amount, amount),
        (amount, RDF.type, ns.MonetaryAmount),
        (amount, ns.amountValue, Literal(f"{i * 1000 + k}.5", datatype=XSD.decimal)),
        (amount, ns.currency, Literal("EUR")),
        (amount, ns.perPeriod, Literal("P1D", datatype=XSD.duration)),
        (act, RDFS.label, Literal(f"fine: a{k % 40} -> o{i % 500}", lang="en")),
        (act, ns.evidence, ev), (ev, RDF.type, ns.Evidence), (ev, ns.article, art),
        (ev, ns.sentence, Literal(SENTENCE.format(n=i * 1000 + k, i=i), lang="fr")),
        (ev, ns.charStart, Literal(k * 200)), (ev, ns.charEnd, Literal(k * 200 + 150)),
        (ev, ns.extractorVersion, Literal("bench+1")),
        (act, ns.deadlineText, Literal("sous trente jours", lang="fr")),
        (act, ns.legalBasis, ns.entity_iri(f"law/l{k % 30}")),
        (act, ns.target, ns.entity_iri(f"service/s{(i + k) % 300}")),
        (act, ns.deadline, Literal("P30D", datatype=XSD.duration)),
    ]


def corpus(triples: int) -> list[tuple[str, list[Triple]]]:
    per_article = sum(1 for _ in article_triples(0))
    count = max(1, triples // per_article)
    return [(str(ns.article_graph(f"bench-{i:06d}")), list(article_triples(i)))
            for i in range(count)]


def nquads(graphs: list[tuple[str, list[Triple]]], *, encode: bool = False) -> bytes:
    out = io.BytesIO()
    from regkg.store.embedded import to_ox

    def quads() -> Iterator[ox.Quad]:
        for name, triples in graphs:
            graph = ox.NamedNode(name)
            for s, p, o in triples:
                obj = encode_term(o) if encode else o
                yield ox.Quad(to_ox(s), to_ox(p), to_ox(obj), graph)  # type: ignore[arg-type]

    ox.serialize(quads(), out, ox.RdfFormat.N_QUADS)
    return out.getvalue()


def timed(label: str, triples: int, run: object, results: dict[str, float]) -> None:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    seconds = time.perf_counter() - start
    results[label] = seconds
    print(f"{label:<44} {seconds:8.2f} s  {triples / seconds:>10,.0f} triples/s", flush=True)


def embedded_runs(graphs: list[tuple[str, list[Triple]]], data: bytes, total: int,
                  results: dict[str, float]) -> None:
    timed("embedded, memory, bulk_load", total,
          lambda: ox.Store().bulk_load(data, ox.RdfFormat.N_QUADS), results)
    with tempfile.TemporaryDirectory(prefix="regkg-load-") as folder:
        def disk_bulk() -> None:
            store = ox.Store(folder + "/bulk")
            store.bulk_load(data, ox.RdfFormat.N_QUADS)
            store.flush()
        timed("embedded, disk, bulk_load", total, disk_bulk, results)

        def per_graph() -> None:
            store = EmbeddedStore(folder + "/graphs")
            for name, triples in graphs:
                store.replace_graph(name, triples)
            store.close()
        timed("embedded, disk, replace_graph per article", total, per_graph, results)


def virtuoso_bulk(data: bytes, total: int, results: dict[str, float]) -> None:
    folder = Path(os.environ.get("VIRTUOSO_DIR", "/tmp/regkg-virtuoso")) / "load"
    folder.mkdir(exist_ok=True)
    (folder / "bench.nq").write_bytes(data)
    script = (f"DELETE FROM DB.DBA.LOAD_LIST;\nld_dir('{folder}', '*.nq', 'urn:regkg:bench');\n"
              "rdf_loader_run();\ncheckpoint;\n")

    def load() -> None:
        done = subprocess.run(["bash", str(REPO / ".ci/virtuoso.sh"), "isql"], input=script,
                              capture_output=True, text=True, check=True, timeout=3600)
        if "*** Error" in done.stdout + done.stderr:
            raise SystemExit(f"isql failed:\n{(done.stdout + done.stderr)[-2000:]}")
    timed("virtuoso, bulk (ld_dir + rdf_loader_run)", total, load, results)
    (folder / "bench.nq").unlink()
    stored = open_store(os.environ["REGKG_TEST_VIRTUOSO"]).triple_count()
    if stored < total:
        raise SystemExit(f"Virtuoso holds {stored:,} of the {total:,} triples loaded")


def virtuoso_per_graph(graphs: list[tuple[str, list[Triple]]], results: dict[str, float]) -> None:
    store = open_store(os.environ["REGKG_TEST_VIRTUOSO"])
    triples = sum(len(t) for _, t in graphs)

    def write() -> None:
        for name, data in graphs:
            store.replace_graph(name, data)
    timed(f"virtuoso, replace_graph x {len(graphs)} articles", triples, write, results)
    results["virtuoso, replace_graph (per triple)"] = results.popitem()[1] / triples


def virtuoso_reads(graphs: list[tuple[str, list[Triple]]]) -> None:
    """The price of the exact union default graph (dataset=named) over dataset=server."""
    from regkg.queries import registry
    from regkg.settings import Settings
    from regkg.store.remote import RemoteStore

    query = registry(Settings().queries_dir)["article-status"]
    bound = query.bindings({"article": str(ns.article_iri("bench-000001"))})
    for mode in ("named", "server"):
        store = open_store(os.environ["REGKG_TEST_VIRTUOSO"])
        assert isinstance(store, RemoteStore)
        store.config = store.config.__class__(**{**store.config.__dict__, "dataset": mode})
        start = time.perf_counter()
        for _ in range(10):
            rows = store.select(query.text, bound).rows
        seconds = (time.perf_counter() - start) / 10
        print(f"virtuoso, article-status read, dataset={mode:<7} {seconds * 1000:8.1f} ms "
              f"({len(rows)} row, {len(graphs)} graphs)", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--remote-articles", type=int, default=200)
    args = parser.parse_args()
    graphs = corpus(args.triples)
    total = sum(len(t) for _, t in graphs)
    print(f"{len(graphs)} article graphs, {total:,} triples", flush=True)
    results: dict[str, float] = {}
    embedded_runs(graphs, nquads(graphs), total, results)
    if os.environ.get("REGKG_TEST_VIRTUOSO"):
        virtuoso_bulk(nquads(graphs, encode=True), total, results)
        virtuoso_reads(graphs)
        virtuoso_per_graph(graphs[: args.remote_articles], results)
    else:
        print("Virtuoso skipped: REGKG_TEST_VIRTUOSO is not set", file=sys.stderr)
    base = results["embedded, memory, bulk_load"]
    per_triple = results.pop("virtuoso, replace_graph (per triple)", None)
    if per_triple is not None:
        results["virtuoso, replace_graph (extrapolated)"] = per_triple * total
    print("\nratio to the embedded in-memory bulk load:")
    for label, seconds in results.items():
        print(f"  {label:<44} {seconds / base:8.1f} x  ({seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
