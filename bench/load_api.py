"""Bounded load test of `regkg serve` on 127.0.0.1: REST lookups, SPARQL, and timeouts.

    python bench/load_api.py                    # 5 minutes, 8 clients, 100k synthetic triples
    python bench/load_api.py --seconds 30 --triples 50000

A `regkg serve` subprocess (127.0.0.1 only, `--workers` SPARQL workers) serves a synthetic
store (bench/serve.py's generator, cached under --cache). `--clients` threads send cheap
requests for --seconds: REST lookups (three in four) and bound SPARQL queries
(queries/jurisdiction-actions.rq, a COUNT). One more thread sends an expensive query (a
three-way cross product) with `timeout=` --expensive-timeout, one at a time: each must end as
`503 timeout` while the cheap requests keep succeeding. Reported as JSON: requests, errors and
p50/p99 per kind, and the server's RSS (with its workers) at start and end. Needs httpx and
psutil.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve import build_store, generate, rss_mb  # noqa: E402  (bench/serve.py)

JSON_RESULTS = "application/sparql-results+json"
REST = ("/jurisdiction/GB/actions?limit=20", "/jurisdiction/EU/actions", "/authorities",
        "/laws", "/jurisdictions", "/target/x/actions?limit=10", "/timeline?jurisdiction=US",
        "/claims?limit=10", "/health")
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }"


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, Counter[int]] = defaultdict(Counter)
        self.errors: Counter[str] = Counter()

    def add(self, kind: str, status: int, seconds: float, ok: bool) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            self.statuses[kind][status] += 1
            if not ok:
                self.errors[kind] += 1

    def report(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for kind, values in sorted(self.latencies.items()):
            lat = sorted(values)
            out[kind] = {
                "requests": len(lat), "errors": self.errors[kind],
                "statuses": dict(self.statuses[kind]),
                "p50_ms": round(lat[len(lat) // 2] * 1000, 1),
                "p99_ms": round(lat[min(len(lat) - 1, int(0.99 * len(lat)))] * 1000, 1),
                "max_ms": round(lat[-1] * 1000, 1),
            }
        return out


def sparql_query(store_queries: Path) -> str:
    from regkg import namespaces as ns
    from regkg.queries import registry
    from regkg.store.base import bind_values

    query = registry(store_queries)["jurisdiction-actions"]
    return bind_values(query.text, query.bindings({"jurisdiction": ns.jurisdiction_iri("GB")}))


def cheap_client(base: str, stop: float, tally: Tally, bound: str, seed: int) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=60.0) as http:
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            rest = rng.random() < 0.75
            kind = "rest" if rest else "sparql"
            try:
                if rest:
                    response = http.get(rng.choice(REST))
                else:
                    text = bound if rng.random() < 0.5 else COUNT
                    response = http.post("/sparql", data={"query": text},
                                         headers={"Accept": JSON_RESULTS})
                status = response.status_code
            except httpx.HTTPError:
                status = 0
            tally.add(kind, status, time.perf_counter() - t0, status == 200)


def expensive_client(base: str, stop: float, tally: Tally, timeout: float) -> None:
    with httpx.Client(base_url=base, timeout=timeout + 60.0) as http:
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            try:
                response = http.get("/sparql", params={"query": EXPENSIVE, "timeout": timeout})
                status = response.status_code
                ok = status == 503 and response.json().get("error") == "timeout"
            except httpx.HTTPError:
                status, ok = 0, False
            tally.add("expensive", status, time.perf_counter() - t0, ok)
            time.sleep(0.5)


def start_server(
    store_dir: Path, port: int, workers: int, timeout: float
) -> subprocess.Popen[bytes]:
    """`regkg serve` on 127.0.0.1; its access log goes to STORE_DIR.log (not the report)."""
    env = {**os.environ, "REGKG_QUERY_TIMEOUT_S": str(timeout), "REGKG_HOST": "127.0.0.1"}
    with store_dir.with_suffix(".log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "regkg", "serve", "--store", str(store_dir), "--host",
             "127.0.0.1", "--port", str(port), "--workers", str(workers)],
            env=env, stdout=log, stderr=log)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"regkg serve exited with {process.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    process.kill()
    raise RuntimeError("regkg serve did not start within 600 s")


def run_threads(targets: list[Callable[[], None]]) -> None:
    threads = [threading.Thread(target=t) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def prepare(triples: int, cache: Path) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    nquads = cache / f"synthetic-{triples}.nq"
    store_dir = cache / f"store-{triples}"
    if not nquads.exists():
        partial = nquads.with_suffix(".partial")
        generate(triples, partial)
        partial.rename(nquads)
    if not store_dir.exists():
        build_store(nquads, store_dir)
    return store_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--query-timeout", type=float, default=10.0)
    parser.add_argument("--expensive-timeout", type=float, default=2.0)
    parser.add_argument("--port", type=int, default=8321)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/regkg-bench"))
    args = parser.parse_args()
    from regkg.settings import Settings

    store_dir = prepare(args.triples, args.cache)
    bound = sparql_query(Settings().queries_dir)
    server = start_server(store_dir, args.port, args.workers, args.query_timeout)
    base = f"http://127.0.0.1:{args.port}"
    try:
        rss_start = rss_mb(server.pid)
        tally = Tally()
        stop = time.monotonic() + args.seconds
        targets: list[Callable[[], None]] = [
            functools.partial(cheap_client, base, stop, tally, bound, i)
            for i in range(args.clients)]
        targets.append(functools.partial(expensive_client, base, stop, tally,
                                         args.expensive_timeout))
        began = time.monotonic()
        run_threads(targets)
        elapsed = time.monotonic() - began
        health = httpx.get(f"{base}/health", timeout=10).json()
        rss_end = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(30)
    cheap_errors = tally.errors["rest"] + tally.errors["sparql"]
    print(json.dumps({
        "seconds": round(elapsed, 1), "clients": args.clients, "triples": args.triples,
        "workers": args.workers, "by_kind": tally.report(), "cheap_errors": cheap_errors,
        "rss_mb_start": round(rss_start), "rss_mb_end": round(rss_end),
        "worker_restarts": health.get("worker_restarts"),
    }, indent=2))
    return 1 if cheap_errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
