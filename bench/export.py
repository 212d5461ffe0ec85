"""Export benchmark: time and peak memory of `regkg export` on a realistic 1M-triple graph.

    python bench/export.py                      # 1M triples, store cached in bench/out/
    python bench/export.py --triples 250000     # a smaller graph
    python bench/export.py --heap               # also peak Python heap (tracemalloc; slower)

The graph: synthetic article graphs made by `regkg.mapping.map_extraction` on generated
`Extraction` records: a pool of enforcement actions and claims over the reference entities,
each reported by one or more articles (popular ones by many, Zipf-like), 10% undated, some at
month precision, with evidence sentences. Loaded into an on-disk pyoxigraph store together with
the reference and ontology graphs, as `regkg build` leaves it.

Each approach runs in its own process (peak RSS is per process): regkg's streaming exporters
(csv: the edges table), and the baseline, networkx: the same nodes and edges held in a
MultiDiGraph, then written by networkx's own `write_gexf`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from regkg import namespaces as ns
from regkg.models import Action, Article, Claim, DateValue, Evidence, Extraction, Money
from regkg.reference import Reference, load_reference
from regkg.settings import Settings
from regkg.store import EmbeddedStore
from regkg.store.embedded import to_ox

REPO = Path(__file__).resolve().parents[1]
SETTINGS = Settings()
APPROACHES = ("regkg-gexf-full", "regkg-gexf-enforcement", "regkg-csv-full", "regkg-graphml",
              "regkg-nquads", "regkg-turtle", "networkx-gexf-full")
SENTENCE = ("{actor} a annoncé {kind} visant {target}, selon un communiqué publié le même jour "
            "et consulté par plusieurs médias européens et américains.")


# --- the synthetic graph -------------------------------------------------------------------
def entity_keys(reference: Reference, kind: str) -> list[str]:
    return sorted(e.key for e in reference.of_kind(kind))


def make_action(rng: random.Random, reference: Reference) -> Action:
    actor = rng.choice(entity_keys(reference, "authority"))
    entity = reference.entities[actor]
    pool = entity_keys(reference, "service") + entity_keys(reference, "organisation")
    targets = tuple(sorted(set(rng.sample(pool, rng.choice((1, 1, 1, 2))))))
    kind = rng.choice(sorted(ns.ACTION_CLASSES))
    date = None if rng.random() < 0.1 else _date(rng)
    laws = tuple(rng.sample(entity_keys(reference, "law"), rng.choice((0, 1, 1, 2))))
    amount = Money(Decimal(rng.randrange(1, 500) * 100_000), "EUR") if kind == "fine" else None
    text = SENTENCE.format(actor=entity.label, kind=kind, target=", ".join(targets))
    return Action(kind, actor, targets, entity.jurisdiction, laws, date,
                  rng.choice(("opened", "imposed", "threatened", "reported")),
                  Evidence(text, 0, len(text)), amount=amount)


def make_claim(rng: random.Random, reference: Reference) -> Claim:
    speaker = rng.choice(entity_keys(reference, "person"))
    about = (rng.choice(entity_keys(reference, "service")),)
    quote = f"Déclaration numéro {rng.randrange(10**9)} sur la régulation des plateformes"
    text = f"« {quote} », a déclaré {reference.entities[speaker].label}."
    return Claim(speaker, quote, "fr", Evidence(text, 0, len(text)), date=_date(rng), about=about)


def _date(rng: random.Random) -> DateValue:
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    if rng.random() < 0.2:
        return DateValue(day.replace(day=1), "month")
    return DateValue(day, "day")


def extractions(n_facts: int, seed: int = 42) -> Iterator[Extraction]:
    """Articles forever; each reports 1-4 actions and 0-2 claims from a Zipf-weighted pool."""
    rng = random.Random(seed)
    reference = load_reference(SETTINGS.reference_dir)
    actions = [make_action(rng, reference) for _ in range(n_facts)]
    claims = [make_claim(rng, reference) for _ in range(n_facts // 3)]
    weights = [1.0 / (rank + 1) ** 0.6 for rank in range(len(actions))]
    claim_weights = weights[: len(claims)]
    index = 0
    while True:
        chosen = tuple({a: None for a in rng.choices(actions, weights, k=rng.randint(1, 4))})
        said = tuple({c: None for c in rng.choices(claims, claim_weights, k=rng.randint(0, 2))})
        text = " ".join(a.evidence.sentence for a in chosen)
        article = Article(f"bench-{index:07d}", text, f"Article {index}", "Bench Wire", None,
                          dt.date(2026, 1, 1), "fr", f"{index:064x}")
        yield Extraction(article, "bench", actions=chosen, claims=said)
        index += 1


def quads(target: int) -> Iterator[ox.Quad]:
    from regkg.mapping import map_extraction

    reference = load_reference(SETTINGS.reference_dir)

    def label(key: str) -> str:
        entity = reference.get(key)
        return entity.label if entity else key

    written = 0
    for extraction in extractions(max(target // 120, 50)):
        graph = ox.NamedNode(str(ns.article_graph(extraction.article.id)))
        for s, p, o in map_extraction(extraction, label):
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)
            written += 1
        if written >= target:
            return


def build(target: int, directory: Path) -> Path:
    """The on-disk store for `target` article triples (cached between runs)."""
    from regkg.pipeline import Pipeline  # imports the extractor: not in measured processes

    path = directory / f"store-{target}"
    if (path / "done").exists():
        return path
    start = time.perf_counter()
    dump = directory / f"graph-{target}.nq"
    ox.serialize(quads(target), str(dump), ox.RdfFormat.N_QUADS)
    store = EmbeddedStore(path)
    Pipeline(SETTINGS, store).install_schema()  # the reference and ontology graphs
    store.native.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    count = store.triple_count()
    store.close()
    dump.unlink()
    (path / "done").write_text(str(count))
    print(f"built {count} quads in {time.perf_counter() - start:.0f} s -> {path}", flush=True)
    return path


# --- one approach, in a child process --------------------------------------------------------
def run_regkg(store: EmbeddedStore, fmt: str, view: str, output: Path) -> str:
    from regkg.export import get_exporter, resolve_options

    table = "edges" if fmt == "csv" else None
    options = resolve_options(store, SETTINGS.queries_dir, view=view, table=table)
    with output.open("wb") as out:
        return get_exporter(fmt).write(store, out, options).line()


def run_networkx(store: EmbeddedStore, output: Path) -> str:
    """Baseline: hold the network in networkx, then networkx's own write_gexf."""
    import networkx as nx

    from regkg.export import resolve_options
    from regkg.export.network import Network

    network = Network(store, resolve_options(store, SETTINGS.queries_dir, view="full"))
    graph = nx.MultiDiGraph(mode="dynamic")
    for node in network.nodes():
        data = {**node.attributes, "label": node.label, "viz": {"size": node.size}}
        graph.add_node(node.id, **data, **({"start": node.start} if node.start else {}))
    for edge in network.edges():
        data = {**edge.attributes, "weight": edge.weight, "label": edge.relation}
        graph.add_edge(edge.source, edge.target, key=edge.id,
                       **data, **({"start": edge.start} if edge.start else {}))
    nx.write_gexf(graph, output, version="1.2draft")
    return f"networkx: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"


def child(approach: str, store_dir: Path, output: Path, heap: bool) -> None:
    if heap:
        tracemalloc.start()
    store = EmbeddedStore(store_dir, read_only=True)
    opened_rss = _rss_mb()
    start = time.perf_counter()
    if approach == "networkx-gexf-full":
        line = run_networkx(store, output)
    else:
        _, fmt, *view = approach.split("-")
        line = run_regkg(store, fmt, view[0] if view else "full", output)
    seconds = time.perf_counter() - start
    heap_mb = tracemalloc.get_traced_memory()[1] / 2**20 if heap else None
    print(json.dumps({"approach": approach, "seconds": seconds, "peak_rss_mb": _rss_mb(),
                      "rss_after_open_mb": opened_rss, "python_heap_peak_mb": heap_mb,
                      "bytes": output.stat().st_size, "report": line}))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- driver ------------------------------------------------------------------------------------
def measure(approach: str, store_dir: Path, directory: Path, heap: bool) -> dict[str, object]:
    output = directory / f"{approach}.out"
    command = [sys.executable, __file__, "--child", approach, "--store", str(store_dir),
               "--output", str(output)] + (["--heap"] if heap else [])
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"{approach} failed:\n{result.stderr}")
    output.unlink(missing_ok=True)
    measured: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--heap", action="store_true", help="also measure the Python heap")
    parser.add_argument("--only", nargs="*", choices=APPROACHES, help="run only these")
    parser.add_argument("--child", choices=APPROACHES, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.store, args.output, args.heap)
    args.out.mkdir(parents=True, exist_ok=True)
    store_dir = build(args.triples, args.out)
    print(f"store: {(store_dir / 'done').read_text()} quads; approach, seconds, peak RSS "
          "(after opening the store), Python heap peak, output size")
    for approach in args.only or APPROACHES:
        m = measure(approach, store_dir, args.out, args.heap)
        heap = f"{m['python_heap_peak_mb']:.1f} MB" if m["python_heap_peak_mb"] else "-"
        print(f"{approach:24} {m['seconds']:7.1f} s  {m['peak_rss_mb']:7.0f} MB "
              f"({m['rss_after_open_mb']:.0f})  {heap:>9}  {m['bytes'] / 2**20:7.1f} MB  "
              f"{m['report']}", flush=True)


if __name__ == "__main__":
    main()
