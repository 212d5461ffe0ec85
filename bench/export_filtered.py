"""Filtered RDF dumps before and after issue 6's fix, on the export bench's synthetic graph.

    python bench/export_filtered.py                    # 60k triples (store cached in bench/out/)
    python bench/export_filtered.py --timeout 120      # stop each 'before' run after 120 s

Before: one query per dump, the filters joined with every statement of every linked resource
(export-quads/-triples as of --rev, read with `git show`). After: the current exporter
(export-facts, export-fact-subjects, then export-quads/-triples a batch of IRIs at a time).
Each run is its own process on the read-only store; the two dumps' statements are compared
whenever the 'before' run finished.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from export import REPO, SETTINGS, build  # noqa: E402  (the export bench's graph)

BEFORE_REV = "2b756cb"  # the last commit with the single-query dumps (and the old filter block)
CASES = {  # name -> export filters (view full)
    "US": {"jurisdiction": "US"},
    "EU": {"jurisdiction": "EU"},
    "US+since": {"jurisdiction": "US", "since": "2024-06-01"},
    "US+target": {"jurisdiction": "US", "target": "service/x"},
    "since": {"since": "2024-06-01"},
}
SYNTAX = {"nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE}


def old_queries(rev: str, directory: Path) -> Path:
    """Today's queries with export-quads/-triples as they were at `rev`."""
    queries = directory / "queries"
    shutil.copytree(SETTINGS.queries_dir, queries, dirs_exist_ok=True)
    for name in ("export-quads.rq", "export-triples.rq"):
        text = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:queries/{name}"],
                              capture_output=True, text=True, check=True).stdout
        (queries / name).write_text(text, encoding="utf-8")
    return queries


def child(mode: str, fmt: str, filters: dict[str, str], store_dir: Path, output: Path,
          queries: Path | None) -> None:
    from regkg.export import get_exporter, resolve_options
    from regkg.export.rows import named, native_results
    from regkg.store import EmbeddedStore

    store = EmbeddedStore(store_dir, read_only=True)
    options = resolve_options(store, SETTINGS.queries_dir, view="full", **filters)  # type: ignore[arg-type]
    start = time.perf_counter()
    with output.open("wb") as out:
        if mode == "after":
            get_exporter(fmt).write(store, out, options)
        else:  # the previous exporter's one query, its rows serialised as they came
            quads = fmt == "nquads"
            name = "export-quads" if quads else "export-triples"
            query = named(queries or SETTINGS.queries_dir, name)
            names = ("s", "p", "o", "g") if quads else ("s", "p", "o")
            make = ox.Quad if quads else ox.Triple
            rows = native_results(store, query, options.bindings())
            terms = (make(*(row[n] for n in names)) for row in rows)  # type: ignore[attr-defined]
            ox.serialize(terms, out, SYNTAX[fmt])
    print(json.dumps({"seconds": time.perf_counter() - start}))


def measure(mode: str, fmt: str, case: str, store_dir: Path, out_dir: Path,
            queries: Path, timeout: float) -> tuple[float | None, Path]:
    output = out_dir / f"filtered-{mode}-{case}.{fmt}"
    command = [sys.executable, __file__, "--child", mode, "--format", fmt, "--case", case,
               "--store", str(store_dir), "--output", str(output), "--queries", str(queries)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                check=False)
    except subprocess.TimeoutExpired:
        return None, output
    if result.returncode:
        raise SystemExit(f"{mode} {case} {fmt} failed:\n{result.stderr}")
    seconds: float = json.loads(result.stdout.strip().splitlines()[-1])["seconds"]
    return seconds, output


def statements(path: Path, fmt: str) -> set[object]:
    return set(ox.parse(io.BytesIO(path.read_bytes()), format=SYNTAX[fmt]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=60_000)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--rev", default=BEFORE_REV, help="the 'before' commit")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per 'before' run")
    parser.add_argument("--cases", nargs="*", choices=CASES, default=list(CASES))
    parser.add_argument("--formats", nargs="*", choices=SYNTAX, default=list(SYNTAX))
    parser.add_argument("--child", choices=("before", "after"), help=argparse.SUPPRESS)
    parser.add_argument("--format", choices=SYNTAX, help=argparse.SUPPRESS)
    parser.add_argument("--case", choices=CASES, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--queries", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.format, CASES[args.case], args.store, args.output,
                     args.queries)
    args.out.mkdir(parents=True, exist_ok=True)
    store_dir = build(args.triples, args.out)
    print(f"store: {(store_dir / 'done').read_text()} quads; view full; seconds", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        queries = old_queries(args.rev, Path(tmp))
        for case in args.cases:
            for fmt in args.formats:
                after, new = measure("after", fmt, case, store_dir, args.out, queries, 3600)
                before, old = measure("before", fmt, case, store_dir, args.out, queries,
                                      args.timeout)
                same = "-" if before is None else str(statements(old, fmt) == statements(new, fmt))
                shown = f"> {args.timeout:.0f}" if before is None else f"{before:.2f}"
                print(f"{case:10} {fmt:7} before {shown:>8} s  after {after:6.2f} s  "
                      f"{len(statements(new, fmt)):7} statements  same: {same}", flush=True)
                old.unlink(missing_ok=True)
                new.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
