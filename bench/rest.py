"""REST benchmark: the API's lookup routes served from the embedded store and from Virtuoso.

    bash .ci/virtuoso.sh start && . $VIRTUOSO_DIR/env   # a THROWAWAY server: it is wiped
    python bench/rest.py                                # 1M triples, 5 runs a route
    python bench/rest.py --triples 250000 --runs 3 --skip /claims

Data: bench/stores.py's synthetic enforcement graph (cached N-Quads under --cache), loaded
into an on-disk pyoxigraph store and, with Virtuoso's bulk loader, into the server that
REGKG_TEST_VIRTUOSO (or --virtuoso) names; VIRTUOSO_DIR must be that server's directory,
whose database is wiped first (bench/stores.py's load_virtuoso).

Two APIs run in this process, each `create_app` on 127.0.0.1 at a free port, as `regkg serve`
would serve them, freshly started (startup seconds printed): `embedded` opens the on-disk store
(so serves its in-memory copy, its counts computed at startup), `virtuoso` queries the server
where it is (no copy; counts per request, `remote_counts_ttl_s` 0). No SPARQL workers (REST
only) and the lookup LRU cache off (`lookup_cache_entries=0`), so every list request runs its
queries. Each route is requested with httpx, the two backends alternately (same load on both):
the first request of each route on the fresh server, then --runs timed requests; medians in ms,
the ratio virtuoso / embedded, and each answer's `total` (equal on both, or flagged). Then the
raw count queries (`queries/*-counts.rq` and the home page's, as `regkg.api.counts` runs them)
timed on each backend's store in-process, --runs each, and the embedded store's whole
precomputation (`counts.compute_all`). Each request has --timeout seconds; past --budget
seconds the remaining routes are skipped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stores import dataset, load_ox, load_virtuoso, lookups_for  # noqa: E402  (bench/stores.py)

BACKENDS = ("embedded", "virtuoso")


@dataclass
class Timed:
    first: dict[str, float] = field(default_factory=dict)  # route -> seconds, first request
    medians: dict[str, float] = field(default_factory=dict)  # route -> seconds, the repeats
    totals: dict[str, int] = field(default_factory=dict)  # route -> the answer's size
    failed: dict[str, str] = field(default_factory=dict)  # route -> why
    started_s: float = 0.0  # create_app to serving


def routes_for(path: Path) -> list[str]:
    """The REST lookups bound as bench/stores.py binds its queries (the most frequent
    jurisdiction, authority, target, law and speaker), the count routes, and one action."""
    lookups = lookups_for(path)
    bound = {lookup.name: lookup for lookup in lookups}

    def slug(name: str) -> str:
        return next(iter(bound[name].params.values())).rsplit("/", 1)[-1]

    speaker = next(lookup for lookup in lookups if "speaker" in lookup.params)
    action = bound["action-details"].rows
    assert action is not None
    return [
        f"/jurisdiction/{slug('jurisdiction-actions')}/actions",
        f"/authority/{slug('authority-actions')}/actions",
        f"/target/{slug('target-actions')}/actions",
        f"/law/{slug('law-actions')}/actions",
        "/authorities", "/laws", "/jurisdictions",
        f"/claims?speaker={speaker.params['speaker'].rsplit('/', 1)[-1]}",
        "/claims",
        f"/actions/{action[1][0].rsplit('/', 1)[-1]}",
    ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serving(store: str) -> Iterator[tuple[str, Any, float]]:
    """create_app on `store`, served by uvicorn in a thread: (base URL, the ServerState,
    seconds from create_app to serving)."""
    import uvicorn

    from regkg.api.app import create_app
    from regkg.settings import Settings

    app = create_app(Settings(store=store, lookup_cache_entries=0), workers=False)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    start = time.perf_counter()
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError(f"the API on {store} did not start")
        time.sleep(0.1)
    started = time.perf_counter() - start
    print(f"  serving {store} on :{port}, started in {started:.1f} s", flush=True)
    try:
        yield f"http://127.0.0.1:{port}", app.state.regkg, started
    finally:
        server.should_exit = True
        thread.join(timeout=60)


def request(client: httpx.Client, base: str, route: str) -> tuple[float, int]:
    """One request as served: (seconds, the answer's total or item count)."""
    start = time.perf_counter()
    response = client.get(base + route)
    seconds = time.perf_counter() - start
    response.raise_for_status()
    body = response.json()
    size = body.get("total", len(body.get("items", [])) or 1)
    return seconds, int(size)


def time_routes(servers: dict[str, str], routes: list[str],
                args: argparse.Namespace) -> dict[str, Timed]:
    timed = {name: Timed() for name in servers}
    started = time.perf_counter()
    with httpx.Client(timeout=args.timeout) as client:
        for route in routes:
            if time.perf_counter() - started > args.budget:
                print(f"    budget of {args.budget:.0f} s spent: {route} not run", flush=True)
                continue
            samples: dict[str, list[float]] = {name: [] for name in servers}
            for run in range(args.runs + 1):  # run 0: the first request on the fresh server
                for name, base in servers.items():
                    if route in timed[name].failed:
                        continue
                    try:
                        seconds, size = request(client, base, route)
                    except (httpx.HTTPError, ValueError) as error:
                        timed[name].failed[route] = type(error).__name__
                        continue
                    timed[name].totals[route] = size
                    if run:
                        samples[name].append(seconds)
                    else:
                        timed[name].first[route] = seconds
            for name, values in samples.items():
                if values:
                    timed[name].medians[route] = statistics.median(values)
            print("    " + f"{route[:44]:44s}" + "".join(
                f"{1000 * timed[n].medians[route]:9.1f}" if route in timed[n].medians
                else f"{timed[n].failed.get(route, '-'):>9s}" for n in servers), flush=True)
    return timed


def time_count_queries(states: dict[str, Any], runs: int) -> dict[str, dict[str, float]]:
    """Median seconds of each count query run directly on each backend's served store, and
    (embedded) of the whole precomputation."""
    from regkg.api.counts import COUNT_QUERIES, compute_all, count_table

    medians: dict[str, dict[str, float]] = {}
    jobs = {name: (lambda s, n=name: count_table(s.store, s.queries, n)) for name in COUNT_QUERIES}
    jobs["all, as precomputed"] = lambda s: compute_all(s.store, s.queries)
    for label, job in jobs.items():
        samples: dict[str, list[float]] = {name: [] for name in states}
        for _ in range(runs):
            for name, state in states.items():
                start = time.perf_counter()
                job(state)
                samples[name].append(time.perf_counter() - start)
        medians[label] = {name: statistics.median(values) for name, values in samples.items()}
    return medians


def ms(seconds: float | None, missing: str = "-") -> str:
    return f"{1000 * seconds:9.0f}" if seconds is not None else f"{missing:>9s}"


def print_routes(routes: list[str], timed: dict[str, Timed]) -> None:
    e_, v_ = (timed[n] for n in BACKENDS)
    print(f"\nREST as served on a fresh server (ms; lookup cache off; counts: precomputed "
          f"embedded, per request Virtuoso); started in {e_.started_s:.1f} s embedded, "
          f"{v_.started_s:.1f} s Virtuoso; load average {os.getloadavg()[0]:.1f}")
    print(f"  {'route':44s}{'1st e':>9s}{'1st v':>9s}{'med e':>9s}{'med v':>9s}"
          f"{'v / e':>8s}{'total':>8s}")
    for route in routes:
        e, v = (timed[n].medians.get(route) for n in BACKENDS)
        ratio = f"{v / e:7.1f}x" if e and v else f"{'-':>8s}"
        totals = {timed[n].totals[route] for n in BACKENDS if route in timed[n].totals}
        flag = "" if len(totals) <= 1 else "  TOTALS DIFFER"
        print(f"  {route[:44]:44s}" + ms(e_.first.get(route)) + ms(v_.first.get(route))
              + ms(e, e_.failed.get(route, "-")) + ms(v, v_.failed.get(route, "-")) + ratio
              + f"{min(totals, default=0):8d}" + flag)


def print_counts(medians: dict[str, dict[str, float]]) -> None:
    print(f"\nRaw count queries on each served store (median ms, in-process); load average "
          f"{os.getloadavg()[0]:.1f}")
    print(f"  {'query':44s}{'embedded':>9s}{'virtuoso':>9s}{'v / e':>8s}")
    for label, by in medians.items():
        e, v = by.get("embedded"), by.get("virtuoso")
        ratio = f"{v / e:7.1f}x" if e and v else f"{'-':>8s}"
        print(f"  {label:44s}" + ms(e) + ms(v) + ratio)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a request")
    parser.add_argument("--budget", type=float, default=900.0, help="seconds for all routes")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/regkg-bench-stores"))
    parser.add_argument("--virtuoso", default=os.environ.get("REGKG_TEST_VIRTUOSO"))
    parser.add_argument("--skip", default="", help="comma-separated routes not to run")
    args = parser.parse_args()
    if not args.virtuoso:
        parser.error("no Virtuoso: give --virtuoso or REGKG_TEST_VIRTUOSO")
    path = dataset(args.triples, args.cache)
    routes = [r for r in routes_for(path) if r not in args.skip.split(",")]
    print(f"== {sum(1 for _ in path.open('rb')):,} triples; load average "
          f"{os.getloadavg()[0]:.1f}", flush=True)
    directory = args.cache / f"rest-ox-{args.triples}"
    store, seconds = load_ox(path, directory)
    store.close()
    print(f"  embedded on disk loaded in {seconds:.1f} s", flush=True)
    vdir = Path(os.environ.get("VIRTUOSO_DIR", "/tmp/regkg-virtuoso"))
    store, seconds = load_virtuoso(path, args.virtuoso, vdir, "server")
    store.close()
    print(f"  virtuoso loaded in {seconds:.1f} s", flush=True)
    try:
        with serving(str(directory)) as embedded, serving(args.virtuoso) as virtuoso:
            print(f"    {'route':44s}" + "".join(f"{n:>9s}" for n in BACKENDS), flush=True)
            backends = dict(zip(BACKENDS, (embedded, virtuoso), strict=True))
            timed = time_routes({n: b[0] for n, b in backends.items()}, routes, args)
            for name, backend in backends.items():
                timed[name].started_s = backend[2]
            count_medians = time_count_queries({n: b[1] for n, b in backends.items()}, args.runs)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    print_routes(routes, timed)
    print_counts(count_medians)
    return 0


if __name__ == "__main__":
    sys.exit(main())
