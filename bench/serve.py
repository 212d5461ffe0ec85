"""Serving benchmark: regkg's API and SPARQL endpoint vs rdflib-endpoint, same data, same run.

    python bench/serve.py                       # >= 1M triples, 8 clients, 15 s per target
    python bench/serve.py --triples 200000 --seconds 5 --skip-rdflib

Data: synthetic article graphs of the real shape, made by `regkg.mapping.map_extraction` on
generated `Extraction` records (jurisdictions, authorities, laws and targets drawn from the
reference data; GB about an eighth of the articles; several articles report the same action;
dates at day/week/month/year precision, some undated), plus the reference and ontology graphs.
Cached as N-Quads under --cache.

Targets, each for --seconds with --clients concurrent keep-alive clients:
  1. regkg  GET /jurisdiction/UK/actions                    (REST lookup)
  2. regkg  POST /sparql  the jurisdiction-actions.rq query bound to GB (JSON results)
  3. rdflib-endpoint (pip install rdflib-endpoint; not a dependency) the same SPARQL query
Reported: requests/s, p50/p99 latency, errors, and the servers' RSS (with children) at start,
end and peak. Servers bind 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import random
import statistics
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
JSON_RESULTS = "application/sparql-results+json"


# --- data ------------------------------------------------------------------------------------
def generate(target_triples: int, out: Path, seed: int = 7) -> int:
    """Synthetic article graphs (map_extraction) + reference + ontology, as N-Quads."""
    import pyoxigraph as ox

    from regkg import namespaces as ns
    from regkg.mapping import map_extraction
    from regkg.models import Action, Article, Claim, DateValue, Evidence, Extraction, Money
    from regkg.pipeline import Pipeline
    from regkg.reference import load_reference
    from regkg.settings import Settings
    from regkg.store import EmbeddedStore
    from regkg.store.embedded import to_ox

    rng = random.Random(seed)
    settings = Settings(store="memory")
    schema = EmbeddedStore(None)
    Pipeline(settings, schema).install_schema()
    reference = load_reference(settings.reference_dir)
    keys = list(reference.entities)
    authorities_by_j: dict[str, list[str]] = {}
    laws_by_j: dict[str, list[str]] = {}
    rows = schema.select(
        "PREFIX rkg: <https://w3id.org/regkg/ontology#> "
        "SELECT ?e ?j WHERE { ?e rkg:jurisdiction ?j }"
    ).rows
    for row in rows:
        key = ns.entity_key(row["e"].value)
        code = row["j"].value.rpartition("/")[2]
        if key.startswith("authority/"):
            authorities_by_j.setdefault(code, []).append(key)
        elif key.startswith("law/") and "/penalty/" not in key:
            laws_by_j.setdefault(code, []).append(key)
    codes = sorted(authorities_by_j)
    weights = [12.0 if c == "GB" else 6.0 if c in ("EU", "US", "FR") else 1.0 for c in codes]
    targets = [k for k in keys if k.startswith(("service/", "organisation/"))][:40]
    people = [k for k in keys if k.startswith("person/")]
    types = ("investigation", "request_for_information", "order", "fine", "block", "lawsuit",
             "statement", "warning")
    statuses = ("opened", "imposed", "threatened", "considered", "planned", "reported")
    precisions = ("day", "day", "day", "week", "month", "month", "year")

    def label(key: str) -> str:
        entity = reference.entities.get(key)
        return entity.label if entity else key.partition("/")[2]

    triples = len(schema.native)
    with out.open("wb") as sink:
        schema.native.dump(sink, ox.RdfFormat.N_QUADS)
        n = 0
        while triples < target_triples:
            n += 1
            code = rng.choices(codes, weights)[0]
            published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1100))
            sentences = [f"Sentence {i} of synthetic article {n} about {code}." for i in range(6)]
            text = " ".join(sentences)

            def evidence(i: int, text: str = text, sentences: list[str] = sentences) -> Evidence:
                s = sentences[i % len(sentences)]
                start = text.index(s)
                return Evidence(s, start, start + len(s))

            article = Article(
                id=f"synthetic-{n:06d}", text=text, title=f"Synthetic report {n}",
                outlet="Bench Wire", url=f"https://bench.example/{n}", published=published,
                language=rng.choice(("en", "fr")),
                content_hash=hashlib.sha256(text.encode()).hexdigest(),
            )
            actions = []
            for i in range(rng.choice((1, 2, 2, 3))):
                kind = rng.choice(types)
                day = published - dt.timedelta(days=rng.randrange(10))
                date = None if rng.random() < 0.15 else DateValue(day, rng.choice(precisions))
                laws = tuple(rng.sample(laws_by_j.get(code, []), k=min(1, len(laws_by_j.get(
                    code, [])))) if rng.random() < 0.7 else ())
                actions.append(Action(
                    kind, rng.choice(authorities_by_j[code]),
                    tuple(sorted(set(rng.sample(targets, rng.choice((1, 1, 2)))))), code, laws,
                    date, rng.choice(statuses), evidence(i),
                    amount=Money(Decimal(rng.randrange(1, 500)) * 100000, "EUR")
                    if kind == "fine" else None,
                ))
            claims = ()
            if rng.random() < 0.4:
                claims = (Claim(rng.choice(people), f"Quote {n}: this is unacceptable.",
                                article.language, evidence(5),
                                date=DateValue(published, "day"),
                                about=(rng.choice(targets),)),)
            extraction = Extraction(article, "bench", actions=tuple(actions), claims=claims)
            graph = ox.NamedNode(str(ns.article_graph(article.id)))
            quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)
                     for s, p, o in map_extraction(extraction, label)]
            sink.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
            triples += len(quads)
    return triples


def build_store(nquads: Path, directory: Path) -> None:
    import pyoxigraph as ox

    store = ox.Store(str(directory))
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    store.flush()


# --- servers ---------------------------------------------------------------------------------
def serve_regkg(store_dir: str, port: int, workers: int) -> None:
    import logging

    import uvicorn

    from regkg.api.app import create_app
    from regkg.settings import Settings

    logging.getLogger("regkg.access").setLevel(logging.WARNING)
    # No row cap here (the SPARQL target must return the same complete result as rdflib's)
    # and a long timeout: the bench measures throughput, not the timeout policy.
    settings = Settings(store=store_dir, sparql_workers=workers, max_rows=10_000_000,
                        query_timeout_s=120.0)
    uvicorn.run(create_app(settings), host="127.0.0.1", port=port, log_level="warning",
                access_log=False)


def serve_rdflib(nquads: str, port: int) -> None:
    import uvicorn
    from rdflib import Dataset
    from rdflib_endpoint import SparqlEndpoint

    dataset = Dataset(default_union=True)
    dataset.parse(nquads, format="nquads")
    app = SparqlEndpoint(graph=dataset, public_url=f"http://127.0.0.1:{port}/")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def start(args: list[str], url: str, timeout: float) -> subprocess.Popen[bytes]:
    import httpx

    process = subprocess.Popen([sys.executable, __file__, *args])
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server {args} exited with {process.returncode}")
        try:  # a trivial query: rdflib-endpoint's GET / without one can take minutes
            if httpx.get(url, params={"query": "ASK {}"}, timeout=30).status_code < 500:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    process.kill()
    raise RuntimeError(f"server {args} did not start within {timeout} s")


def rss_mb(pid: int) -> float:
    import psutil

    try:
        process = psutil.Process(pid)
        total = process.memory_info().rss
        for child in process.children(recursive=True):
            total += child.memory_info().rss
    except psutil.Error:
        return 0.0
    return total / 1e6


# --- load ------------------------------------------------------------------------------------
@dataclasses.dataclass
class Result:
    name: str
    requests: int
    errors: int
    seconds: float
    latencies: list[float]
    rss: tuple[float, float, float]  # start, end, peak (MB)
    samples: list[float] = dataclasses.field(default_factory=list)  # RSS every 0.5 s
    note: str = ""

    def row(self) -> dict[str, object]:
        lat = sorted(self.latencies)

        def pct(p: float) -> float | None:
            return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 1) if lat else None

        return {
            "target": self.name, "requests": self.requests, "errors": self.errors,
            "req_per_s": round(self.requests / self.seconds, 2),
            "p50_ms": pct(0.50), "p99_ms": pct(0.99),
            "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None,
            "rss_mb_start_end_peak": [round(x) for x in self.rss],
            "rss_mb_by_quarter": [round(self.samples[int(q * (len(self.samples) - 1))])
                                  for q in (0, 0.25, 0.5, 0.75, 1)] if self.samples else [],
            "note": self.note,
        }


def load(name: str, pid: int, clients: int, seconds: float, send) -> Result:  # type: ignore[no-untyped-def]
    import httpx

    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    peak = [rss_mb(pid)]
    start_rss = peak[0]
    samples = [start_rss]

    def client() -> None:
        nonlocal errors
        with httpx.Client(timeout=max(60.0, seconds * 2)) as http:
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                try:
                    ok = send(http).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = time.perf_counter() - t0
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        errors += 1

    def sampler() -> None:
        while time.monotonic() < stop:
            samples.append(rss_mb(pid))
            peak[0] = max(peak[0], samples[-1])
            time.sleep(0.5)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    monitor = threading.Thread(target=sampler)
    began = time.monotonic()
    for t in [*threads, monitor]:
        t.start()
    for t in [*threads, monitor]:
        t.join()
    elapsed = time.monotonic() - began
    end_rss = rss_mb(pid)
    return Result(name, len(latencies), errors, elapsed, latencies,
                  (start_rss, end_rss, max(peak[0], end_rss)), [*samples, end_rss])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--workers", type=int, default=2, help="regkg SPARQL workers")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/regkg-bench"))
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--rdflib-seconds", type=float, default=60.0,
                        help="rdflib-endpoint's window (its queries take minutes at 1M)")
    parser.add_argument("--port", type=int, default=8311)
    parser.add_argument("--serve-regkg", nargs=3, metavar=("STORE", "PORT", "WORKERS"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--serve-rdflib", nargs=2, metavar=("NQ", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_regkg:
        serve_regkg(args.serve_regkg[0], int(args.serve_regkg[1]), int(args.serve_regkg[2]))
        return 0
    if args.serve_rdflib:
        serve_rdflib(args.serve_rdflib[0], int(args.serve_rdflib[1]))
        return 0

    import httpx

    from regkg import namespaces as ns
    from regkg.queries import registry
    from regkg.settings import Settings
    from regkg.store.base import bind_values

    args.cache.mkdir(parents=True, exist_ok=True)
    nquads = args.cache / f"synthetic-{args.triples}.nq"
    store_dir = args.cache / f"store-{args.triples}"
    t0 = time.perf_counter()
    if not nquads.exists():
        partial = nquads.with_suffix(".partial")
        count = generate(args.triples, partial)
        partial.rename(nquads)
        print(f"generated {count} triples in {time.perf_counter() - t0:.0f} s", flush=True)
    if not store_dir.exists():
        build_store(nquads, store_dir)
    lines = sum(1 for _ in nquads.open("rb"))
    print(f"data: {lines} quads in {nquads}", flush=True)

    query = registry(Settings().queries_dir)["jurisdiction-actions"]
    sparql = bind_values(query.text, query.bindings({"jurisdiction": ns.jurisdiction_iri("GB")}))
    results: list[Result] = []
    port = args.port
    t0 = time.perf_counter()
    regkg = start(["--serve-regkg", str(store_dir), str(port), str(args.workers)],
                  f"http://127.0.0.1:{port}/health", timeout=600)
    startup = time.perf_counter() - t0
    try:
        base = f"http://127.0.0.1:{port}"
        health = httpx.get(f"{base}/health").json()
        t1 = time.perf_counter()
        lookup = httpx.get(f"{base}/jurisdiction/UK/actions").json()
        cold = time.perf_counter() - t1
        t1 = time.perf_counter()
        rows = httpx.post(f"{base}/sparql", data={"query": sparql},
                          headers={"Accept": JSON_RESULTS}).json()
        single = time.perf_counter() - t1
        print(f"regkg: {health['triples']} triples, started in {startup:.1f} s; "
              f"/jurisdiction/UK/actions total={lookup['total']} page={len(lookup['items'])} "
              f"first (uncached) request {cold * 1000:.0f} ms; SPARQL rows="
              f"{len(rows['results']['bindings'])} (cap {rows.get('truncated') and 'hit'}), "
              f"single request {single * 1000:.0f} ms", flush=True)
        results.append(load("regkg GET /jurisdiction/UK/actions", regkg.pid, args.clients,
                            args.seconds, lambda h: h.get(f"{base}/jurisdiction/UK/actions")))
        print(json.dumps(results[-1].row()), flush=True)
        results.append(load("regkg POST /sparql (jurisdiction-actions, GB)", regkg.pid,
                            args.clients, args.seconds,
                            lambda h: h.post(f"{base}/sparql", data={"query": sparql},
                                             headers={"Accept": JSON_RESULTS})))
        print(json.dumps(results[-1].row()), flush=True)
    finally:
        regkg.terminate()
        regkg.wait(30)
    if not args.skip_rdflib:
        port += 1
        t0 = time.perf_counter()
        rdf = start(["--serve-rdflib", str(nquads), str(port)], f"http://127.0.0.1:{port}/",
                    timeout=1800)
        print(f"rdflib-endpoint started in {time.perf_counter() - t0:.0f} s", flush=True)
        try:
            url = f"http://127.0.0.1:{port}/"
            result = load("rdflib-endpoint POST / (same query)", rdf.pid, args.clients,
                          max(args.seconds, args.rdflib_seconds),
                          lambda h: h.post(url, data={"query": sparql},
                                           headers={"Accept": JSON_RESULTS}))
            if not result.requests:  # each of the clients' queries took longer than the window
                result.note = (f"no query finished within {result.seconds:.0f} s with "
                               f"{args.clients} clients: < {args.clients / result.seconds:.4f} "
                               "req/s")
            results.append(result)
            print(json.dumps(result.row()), flush=True)
        finally:
            rdf.kill()  # rdflib-endpoint would finish its in-flight queries first: minutes
            rdf.wait(30)
    if not args.skip_rdflib:
        ours = results[1].requests / results[1].seconds
        theirs = results[-1].requests / results[-1].seconds
        if theirs:
            print(f"regkg SPARQL throughput / rdflib-endpoint: {ours / theirs:.0f}x", flush=True)
        else:  # no completion: at most `clients` queries could have been in the window
            bound = ours * results[-1].seconds / args.clients
            print(f"regkg SPARQL throughput / rdflib-endpoint: > {bound:.0f}x (lower bound)",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
