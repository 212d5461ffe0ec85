"""Store benchmark: load and lookup times on pyoxigraph (memory, disk), rdflib and Virtuoso.

    python bench/stores.py                          # 1M triples; Virtuoso if one is given
    eval "$(cat $VIRTUOSO_DIR/env)"                 # after `bash .ci/virtuoso.sh start`
    python bench/stores.py --sizes 250000,1000000   # several sizes: the crossover
    python bench/stores.py --big                    # adds 10M triples (minutes; no rdflib)
    VIRTUOSO_BUFFERS=340000 bash .ci/virtuoso.sh start    # before --big: 2.6 GiB of buffers
    python bench/stores.py --sizes 10000000 --skip claims # 10M without the 600,000-row list

Data: a synthetic enforcement graph of the shape `regkg.mapping` writes (article graphs with
articles, actions of every type with dates, precisions, amounts, legal bases, evidence, and
claims; plus the ontology and reference graphs), made by bench/serve.py's generator and cached
as N-Quads under --cache (default /tmp/regkg-bench-stores).

Every store gets the same file, in the same run:
  ox-memory   pyoxigraph in memory (what `regkg serve` keeps in each query worker)
  ox-disk     pyoxigraph on disk (the durable default store), re-opened before the lookups
  rdflib      rdflib's in-memory Dataset (default graph = union), at most --rdflib-max triples
  virtuoso    Virtuoso 7 over HTTP through regkg's RemoteStore, when REGKG_TEST_VIRTUOSO (or
              --virtuoso) names one. Loaded with Virtuoso's bulk loader (isql, through
              .ci/virtuoso.sh), which needs VIRTUOSO_DIR: THE DATABASE THERE IS WIPED FIRST,
              so point it at a throwaway server only.
Loads are timed from the N-Quads file to queryable data (Virtuoso: including its checkpoint).
Lookups are the REST API's queries (queries/*.rq through regkg.queries, parameters bound to
the most frequent values in the data), and what one page of a REST answer adds: the details
of 50 actions (action-details) and the claims of an article page (5 claims bound at once, as
the server does). Each is the median of --runs runs after one warm-up, with its row count
(equal counts on every store, or the table says so). Ratios are to ox-memory. These are the
queries a REST request runs with the server's lookup cache cold; warm, the server answers
from its LRU cache on any store.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/regkg/id/"
RKG = "https://w3id.org/regkg/ontology#"


@dataclass
class Lookup:
    name: str  # a queries/*.rq name
    params: dict[str, str] = field(default_factory=dict)  # parameter -> IRI
    # (variable, IRIs): several values bound at once, as the server binds a page of actions
    # (action-details) or an article's claims
    rows: tuple[str, tuple[str, ...]] | None = None

    @property
    def label(self) -> str:
        if self.rows is not None:
            return f"{self.name}({len(self.rows[1])} {self.rows[0]}s)"
        bound = ",".join(v.rsplit("/", 1)[-1] for v in self.params.values())
        return f"{self.name}({bound})" if bound else self.name

    def text(self, query: str) -> str:
        """The query with its several-row VALUES block (the server's bind_rows)."""
        if self.rows is None:
            return query
        match = re.search(r"\bWHERE\s*\{", query, re.IGNORECASE)
        assert match is not None
        terms = " ".join(f"<{iri}>" for iri in self.rows[1])
        return f"{query[:match.end()]} VALUES ?{self.rows[0]} {{ {terms} }} {query[match.end():]}"


@dataclass
class Measured:
    load_s: float | None = None
    medians: dict[str, float] = field(default_factory=dict)  # lookup label -> seconds
    rows: dict[str, int] = field(default_factory=dict)
    timed_out: set[str] = field(default_factory=set)
    note: str = ""


# --- data ---------------------------------------------------------------------------------------
def dataset(triples: int, cache: Path) -> Path:
    path = cache / f"enforcement-{triples}.nq"
    if not path.is_file():
        sys.path.insert(0, str(REPO / "bench"))
        from serve import generate  # the team's generator of mapping-shaped article graphs

        start = time.perf_counter()
        partial = path.with_suffix(".partial")
        made = generate(triples, partial)
        partial.rename(path)
        print(f"  generated {made} triples in {time.perf_counter() - start:.0f} s -> {path}",
              flush=True)
    return path


def lookups_for(path: Path) -> list[Lookup]:
    """The REST lookups, bound to the most frequent jurisdiction, authority, target, law and
    speaker; plus what a page of results costs: the details of 50 actions (the server's page
    size), and the claims of one article page (5 claims)."""
    wanted = {f"<{RKG}{p}>": collections.Counter[str]()
              for p in ("jurisdiction", "actor", "target", "legalBasis", "speaker")}
    pattern = re.compile(rb"^<([^>]*/(?:action|claim)/[^>]*)> (<[^>]+>) <([^>]+)>")
    actions: dict[str, None] = {}
    claims: dict[str, None] = {}
    with path.open("rb") as lines:
        for line in lines:
            match = pattern.match(line)
            if match and (predicate := match.group(2).decode()) in wanted:
                wanted[predicate][match.group(3).decode()] += 1
                subject = match.group(1).decode()
                (claims if "/claim/" in subject else actions).setdefault(subject)

    def top(predicate: str) -> str:
        return wanted[f"<{RKG}{predicate}>"].most_common(1)[0][0]

    page = tuple(list(actions)[-50:])
    return [
        Lookup("jurisdiction-actions", {"jurisdiction": top("jurisdiction")}),
        Lookup("authority-actions", {"authority": top("actor")}),
        Lookup("target-actions", {"target": top("target")}),
        Lookup("law-actions", {"law": top("legalBasis")}),
        Lookup("authority-action-counts"),
        Lookup("jurisdiction-action-counts"),
        Lookup("claims", {"speaker": top("speaker")}),
        Lookup("claims"),
        Lookup("claims", rows=("claim", tuple(list(claims)[-5:]))),
        Lookup("action-details", rows=("action", page)),
    ]


# --- stores -------------------------------------------------------------------------------------
def load_ox(path: Path, directory: Path | None) -> tuple[Any, float]:
    import pyoxigraph as ox

    from regkg.store import EmbeddedStore

    if directory is not None:
        shutil.rmtree(directory, ignore_errors=True)
    store = EmbeddedStore(directory)
    start = time.perf_counter()
    store.native.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    if directory is not None:
        store.native.flush()
    seconds = time.perf_counter() - start
    if directory is not None:  # lookups on a re-opened store, as a server would have it
        store.close()
        store = EmbeddedStore(directory)
    return store, seconds


class RdflibStore:
    """rdflib's in-memory Dataset behind the part of the Store protocol the lookups use."""

    def __init__(self, path: Path) -> None:
        from rdflib import Dataset

        self.dataset = Dataset(default_union=True)
        self.dataset.parse(str(path), format="nquads")

    def select(self, query: str, bindings: Any = None) -> list[Any]:
        from regkg.store.base import bind_values

        return list(self.dataset.query(bind_values(query, bindings)))

    def close(self) -> None:
        self.dataset = None  # type: ignore[assignment]


def load_virtuoso(
    path: Path, url: str, directory: Path, dataset_mode: str
) -> tuple[Any, float]:
    """Wipe the server's RDF data, then bulk-load the file (ld_dir + rdf_loader_run)."""
    from regkg.store import open_store

    # The server's default graph is already the union of all graphs: naming the ~20,000
    # article graphs in every request (dataset=named, RemoteStore's safe default for a shared
    # server) costs seconds a lookup. --virtuoso-dataset named measures that instead.
    os.environ["REGKG_REMOTE_DATASET"] = dataset_mode
    target = directory / path.name
    shutil.copyfile(path, target)
    env = {**os.environ, "VIRTUOSO_DIR": str(directory)}
    script = REPO / ".ci" / "virtuoso.sh"

    def isql(command: str) -> None:
        done = subprocess.run(["bash", str(script), "isql", f"exec={command}"], env=env,
                              capture_output=True, text=True, timeout=3600, check=False)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql {command!r}: {done.stdout[-500:]} {done.stderr[-500:]}")

    isql("RDF_GLOBAL_RESET(); DELETE FROM DB.DBA.load_list; checkpoint;")
    start = time.perf_counter()
    isql(f"ld_dir('{directory}', '{path.name}', 'urn:regkg:bench-default'); "
         "rdf_loader_run(); checkpoint;")
    seconds = time.perf_counter() - start
    target.unlink()
    return open_store(url), seconds


# --- timing -------------------------------------------------------------------------------------
def _rdflib_child(path: Path, lookups: list[Lookup], runs: int, out: Any) -> None:
    """In a child process: load rdflib, then report each lookup as it finishes."""
    start = time.perf_counter()
    store = RdflibStore(path)
    out.put(("loaded", time.perf_counter() - start))
    for lookup in lookups:
        measured = time_lookups(store, [lookup], runs)
        out.put((lookup.label, measured.medians[lookup.label], measured.rows[lookup.label]))


def rdflib_bounded(
    path: Path, lookups: list[Lookup], runs: int, limit: float, budget: float
) -> Measured:
    """rdflib's lookups, each run given at most `limit` seconds (past it the child process is
    killed, the lookup reported as '> limit', and a new child loads the data again for the
    next lookups while the whole stays within `budget` seconds)."""
    import multiprocessing
    import queue

    context = multiprocessing.get_context("spawn")
    measured = Measured()
    remaining = list(lookups)
    started = time.perf_counter()
    while remaining:
        if measured.load_s and time.perf_counter() - started + measured.load_s + limit > budget:
            print(f"    rdflib budget of {budget:.0f} s spent: {len(remaining)} lookups not run",
                  flush=True)
            break
        out = context.Queue()
        child = context.Process(target=_rdflib_child, args=(path, remaining, runs, out))
        child.start()
        try:
            _, load_s = out.get(timeout=1800)
            measured.load_s = measured.load_s or load_s
            while remaining:
                lookup = remaining[0]
                try:
                    label, median, rows = out.get(timeout=limit * (runs + 1))
                except queue.Empty:
                    measured.timed_out.add(lookup.label)
                    print(f"    {lookup.label[:60]:60s}  > {limit:.0f} s a run: stopped",
                          flush=True)
                    remaining.pop(0)
                    break
                measured.medians[label], measured.rows[label] = median, rows  # child printed
                remaining.pop(0)
        finally:
            child.kill()
            child.join()
    return measured


def time_lookups(store: Any, lookups: list[Lookup], runs: int) -> Measured:
    from rdflib import URIRef

    from regkg.queries import registry

    queries = registry(REPO / "queries")
    measured = Measured()
    for lookup in lookups:
        query = queries[lookup.name]
        bindings = (None if lookup.rows is not None
                    else query.bindings({k: URIRef(v) for k, v in lookup.params.items()}))

        def once(q: str = lookup.text(query.text), b: Any = bindings) -> int:
            result = store.select(q, b)
            return len(result.rows) if hasattr(result, "rows") else len(result)

        measured.rows[lookup.label] = once()  # warm-up
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            once()
            times.append(time.perf_counter() - start)
        measured.medians[lookup.label] = statistics.median(times)
        print(f"    {lookup.label[:60]:60s} {1000 * measured.medians[lookup.label]:9.1f} ms "
              f"({measured.rows[lookup.label]} rows)", flush=True)
    return measured


def guarded(name: str, action: Callable[[], Measured]) -> Measured:
    try:
        return action()
    except (OSError, RuntimeError, ValueError, MemoryError) as error:  # report, go on
        print(f"  {name}: failed: {type(error).__name__}: {str(error)[:300]}", flush=True)
        return Measured(note=f"failed: {type(error).__name__}")


def run_size(triples: int, args: argparse.Namespace) -> dict[str, Measured]:
    path = dataset(triples, args.cache)
    lookups = [lookup for lookup in lookups_for(path) if lookup.label not in args.skip]
    actual = sum(1 for _ in path.open("rb"))
    print(f"\n== {actual:,} triples ({path.stat().st_size / 1e6:.0f} MB of N-Quads); "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    results: dict[str, Measured] = {}

    def loaded_then_timed(load: Callable[[], tuple[Any, float]]) -> Measured:
        """Load one store, time the lookups on it, close it; the load time goes with them."""
        store, seconds = load()
        try:
            measured = time_lookups(store, lookups, args.runs)
        finally:
            store.close()
        measured.load_s = seconds
        return measured

    def embedded(directory: Path | None) -> Measured:
        return loaded_then_timed(lambda: load_ox(path, directory))

    print("  ox-memory", flush=True)
    results["ox-memory"] = guarded("ox-memory", lambda: embedded(None))
    report_progress("ox-memory", results["ox-memory"])
    print("  ox-disk", flush=True)
    results["ox-disk"] = guarded("ox-disk", lambda: embedded(args.cache / f"ox-{triples}"))
    shutil.rmtree(args.cache / f"ox-{triples}", ignore_errors=True)
    report_progress("ox-disk", results["ox-disk"])
    if actual <= args.rdflib_max:
        print("  rdflib", flush=True)
        # One timed run after the warm-up (rdflib takes seconds to minutes a lookup); the
        # GROUP BY lookups first and every claim last, so that the budget is not all spent on
        # the slow ones.
        cheap_first = sorted(lookups, key=lambda lookup: (
            lookup.label == "claims", bool(lookup.params or lookup.rows)))
        results["rdflib"] = rdflib_bounded(path, cheap_first, 1, args.rdflib_timeout,
                                           args.rdflib_budget)
        report_progress("rdflib", results["rdflib"])
    if args.virtuoso:
        vdir = Path(os.environ.get("VIRTUOSO_DIR", "/tmp/regkg-virtuoso"))

        print("  virtuoso", flush=True)
        results["virtuoso"] = guarded("virtuoso", lambda: loaded_then_timed(
            lambda: load_virtuoso(path, args.virtuoso, vdir, args.virtuoso_dataset)))
        report_progress("virtuoso", results["virtuoso"])
    print_table(actual, lookups, results)
    return results


def report_progress(name: str, measured: Measured) -> None:
    if measured.load_s is not None:
        print(f"  {name:10s} loaded in {measured.load_s:6.1f} s; lookups done", flush=True)


def print_table(triples: int, lookups: list[Lookup], results: dict[str, Measured]) -> None:
    names = [n for n, m in results.items() if m.load_s is not None]
    base = results.get("ox-memory")
    print(f"\nload of {triples:,} triples (s; ratio to ox-memory):")
    for name in names:
        load = results[name].load_s or 0.0
        ratio = load / base.load_s if base and base.load_s else float("nan")
        print(f"  {name:10s} {load:8.1f} s   {ratio:5.1f}x")
    print("\nlookup medians (ms; ratio to ox-memory; rows):")
    print("  " + f"{'lookup':52s}" + "".join(f"{n:>20s}" for n in names))
    for lookup in lookups:
        label = lookup.label
        cells = []
        for name in names:
            seconds = results[name].medians.get(label)
            if label in results[name].timed_out:
                cells.append(f"{'> limit':>20s}")
                continue
            if seconds is None:
                cells.append(f"{'-':>20s}")
                continue
            ratio = seconds / base.medians[label] if base and base.medians.get(label) else 1.0
            cells.append(f"{1000 * seconds:9.0f} {ratio:5.1f}x{results[name].rows[label]:>5d}")
        counts = {results[n].rows[label] for n in names if label in results[n].rows}
        flag = "" if len(counts) == 1 else "  ROW COUNTS DIFFER"
        print(f"  {label[:52]:52s}" + "".join(cells) + flag)


def crossover(all_results: dict[int, dict[str, Measured]]) -> None:
    """Per lookup: the smallest size at which Virtuoso's median beats each embedded store."""
    sizes = sorted(all_results)
    if not any("virtuoso" in r for r in all_results.values()):
        return
    print("\ncrossover (smallest size where Virtuoso is faster; '-' = not up to the largest):")
    def by_name(size: int, store: str) -> dict[str, float]:
        """Medians per query name (the bound entity may differ between sizes)."""
        medians = all_results[size].get(store, Measured()).medians
        return {label.partition("(")[0]: seconds for label, seconds in medians.items()}

    names = {name: None for size in sizes for name in by_name(size, "ox-memory")}
    for embedded in ("ox-memory", "ox-disk"):
        for name in names:
            wins = [s for s in sizes if name in by_name(s, "virtuoso")
                    and name in by_name(s, embedded)
                    and by_name(s, "virtuoso")[name] < by_name(s, embedded)[name]]
            first = f"{wins[0]:,} triples" if wins else "-"
            print(f"  virtuoso vs {embedded:9s} {name:32s} {first}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1000000", help="comma-separated triple counts")
    parser.add_argument("--big", action="store_true", help="add 10,000,000 triples")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per lookup (median)")
    parser.add_argument("--rdflib-max", type=int, default=1_100_000,
                        help="skip rdflib above this many triples (memory, minutes)")
    parser.add_argument("--rdflib-timeout", type=float, default=30.0,
                        help="seconds a run of one lookup may take on rdflib")
    parser.add_argument("--rdflib-budget", type=float, default=300.0,
                        help="seconds for all of rdflib at one size (loads included)")
    parser.add_argument("--virtuoso", default=os.environ.get("REGKG_TEST_VIRTUOSO"),
                        help="sparql+http://... of a throwaway Virtuoso (default "
                        "$REGKG_TEST_VIRTUOSO)")
    parser.add_argument("--virtuoso-dataset", choices=("server", "named"), default="server",
                        help="REGKG_REMOTE_DATASET for the Virtuoso reads")
    parser.add_argument("--skip", type=lambda text: set(text.split(",")), default=set(),
                        help="lookup labels not to run, e.g. 'claims' (every claim: 600,000 "
                        "rows at 10M triples, minutes a store)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/regkg-bench-stores"))
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")] + ([10_000_000] if args.big else [])
    print(f"stores: ox-memory, ox-disk, rdflib (<= {args.rdflib_max:,}), "
          f"virtuoso ({args.virtuoso or 'not given'}); {os.cpu_count()} CPUs")
    all_results = {size: run_size(size, args) for size in sizes}
    crossover(all_results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
