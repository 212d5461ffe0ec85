"""Parallel ingest benchmark: articles/s with 1 and 2 processes and a 2-worker Dask LocalCluster.

Usage: python bench/parallel.py [--articles 300] [--configs serial,processes:2,dask:local:2]

The same input for every configuration, in the same run: the seeds and ../shared/corpus
replicated under new ids into a temporary folder (nothing is copied into the repository), each
configuration building a fresh on-disk store (one writer) with `regkg build` semantics. Printed
per configuration: wall time and articles/s overall (worker start and model loads included),
the steady rate after the first article was stored (start-up excluded), the time the writer
waited for extractions, and ratios to the serial run. Each run's canonical digest is compared
with the serial one (the stores must be identical).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "data" / "articles", REPO.parent / "shared" / "corpus" / "articles"]


def replicate(target: Path, count: int) -> list[Path]:
    """`count` article files (with sidecars) under new ids: copy i of STEM is pNNNNN_STEM."""
    originals = sorted(p for d in SOURCES if d.is_dir() for p in d.glob("*.txt"))
    made = []
    for i in range(count):
        source = originals[i % len(originals)]
        stem = f"p{i:05d}_{source.stem}"
        shutil.copyfile(source, target / f"{stem}.txt")
        meta = json.loads(source.with_name(source.stem + ".meta.json").read_text("utf-8"))
        (target / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        made.append(target / f"{stem}.txt")
    return made


def run(files: list[Path], store_dir: Path, executor: str) -> dict[str, float | str]:
    from regkg.pipeline import Pipeline
    from regkg.settings import Settings
    from regkg.store import canonical_digest, open_store

    store = open_store(str(store_dir))
    pipeline = Pipeline(Settings(store=str(store_dir), executor=executor), store)
    pipeline.install_schema()  # outside the timed region (the same for every configuration)
    first: list[float] = []
    start = time.perf_counter()
    summary = pipeline.build(
        files, on_outcome=lambda _: first.append(time.perf_counter()) if not first else None
    )
    total = time.perf_counter() - start
    n = len(summary.outcomes)
    steady = (n - 1) / (time.perf_counter() - first[0]) if n > 1 and first else float("nan")
    digest = canonical_digest(store)
    store.close()
    return {
        "total": total, "rate": n / total, "steady": steady, "startup": first[0] - start,
        "extract_wait": summary.timings.extract, "write": summary.timings.write,
        "validate": summary.timings.validate, "stored": summary.count("stored"),
        "digest": digest,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--configs", default="serial,processes:2,dask:local:2",
                        help="comma-separated executor specs (see regkg.parallel)")
    args = parser.parse_args()
    configs = args.configs.split(",")
    work = Path(tempfile.mkdtemp(prefix="regkg-bench-parallel-"))
    try:
        (work / "articles").mkdir()
        files = replicate(work / "articles", args.articles)
        print(f"{args.articles} articles, {os.cpu_count()} CPUs; load average "
              f"{os.getloadavg()[0]:.1f} (other work on the machine skews the ratios)")
        results = {}
        for i, spec in enumerate(configs):
            results[spec] = run(files, work / f"store-{i}", spec)
            r = results[spec]
            print(f"  {spec:14s} {r['total']:7.1f} s  {r['rate']:6.1f} art/s  steady "
                  f"{r['steady']:6.1f} art/s  start-up {r['startup']:5.1f} s  "
                  f"waiting for extraction {r['extract_wait']:6.1f} s  write {r['write']:5.1f} s",
                  flush=True)
        base = results[configs[0]]
        print(f"ratios to {configs[0]} (>1 is faster):")
        for spec, r in results.items():
            same = "same store" if r["digest"] == base["digest"] else "DIFFERENT STORE"
            print(f"  {spec:14s} overall {float(r['rate']) / float(base['rate']):4.2f}x  steady "
                  f"{float(r['steady']) / float(base['steady']):4.2f}x  ({same})")
        return 0 if all(r["digest"] == base["digest"] for r in results.values()) else 1
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
