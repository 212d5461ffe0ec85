"""Ingest benchmark: build 1,000+ articles into an on-disk store, timing each stage.

Usage: python bench/ingest.py [--articles 1000] [--keep DIR]

The corpus (seeds + ../shared/corpus) is replicated under new ids into a temporary folder
(nothing is copied into the repository). Printed: articles/s overall, time per stage (read,
extract, validate, write: the store's write time apart from extraction), peak RSS, and two
baselines measured in the same run on the same input: spaCy's full pipeline alone (what
extraction costs at least) and a bare pyoxigraph load of the produced quads (what writing
costs at least).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "data" / "articles", REPO.parent / "shared" / "corpus" / "articles"]


def replicate(target: Path, count: int) -> list[Path]:
    """`count` article files (with sidecars) under varied ids: copy i of STEM is iNNNN_STEM."""
    originals = sorted(p for d in SOURCES for p in d.glob("*.txt"))
    made = []
    for i in range(count):
        source = originals[i % len(originals)]
        stem = f"r{i:05d}_{source.stem}"
        text = source.read_text(encoding="utf-8")
        (target / f"{stem}.txt").write_text(text, encoding="utf-8")
        meta = json.loads(source.with_name(source.stem + ".meta.json").read_text("utf-8"))
        (target / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        made.append(target / f"{stem}.txt")
    return made


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_build(files: list[Path], store_dir: Path) -> dict[str, float]:
    from regkg.pipeline import Pipeline
    from regkg.settings import Settings
    from regkg.store import open_store

    store = open_store(str(store_dir))
    pipeline = Pipeline(Settings(store=str(store_dir)), store)
    pipeline.extractor  # noqa: B018  (load the model outside the timed region)
    start = time.perf_counter()
    summary = pipeline.build(files)
    total = time.perf_counter() - start
    triples = store.triple_count()
    store.close()
    t = summary.timings
    return {
        "total": total, "read": t.read, "extract": t.extract, "validate": t.validate,
        "write": t.write, "stored": summary.count("stored"), "triples": triples,
        "rejected": summary.count("rejected"),
    }


def spacy_baseline(files: list[Path]) -> tuple[float, int]:
    """Seconds for fr_core_news_sm's full pipeline over the same texts, and their words."""
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    texts = [f.read_text(encoding="utf-8") for f in files]
    start = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    return time.perf_counter() - start, words


def load_baseline(store_dir: Path) -> float:
    """Seconds for a bare pyoxigraph in-memory load of the quads the build wrote."""
    import io

    import pyoxigraph as ox

    dump = io.BytesIO()
    ox.Store(str(store_dir)).dump(dump, ox.RdfFormat.N_QUADS)
    start = time.perf_counter()
    ox.Store().load(dump.getvalue(), ox.RdfFormat.N_QUADS)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", help="keep the generated articles and store in DIR")
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="regkg-bench-"))
    (work / "articles").mkdir(parents=True, exist_ok=True)
    files = replicate(work / "articles", args.articles)
    build = run_build(files, work / "store")
    rss = peak_rss_mb()
    spacy_s, words = spacy_baseline(files)
    load_s = load_baseline(work / "store")
    n = build["stored"] + build["rejected"]
    print(f"articles: {args.articles} ({build['stored']} stored, {build['rejected']} rejected), "
          f"{words} words, {build['triples']} triples in store")
    print(f"build: {build['total']:.1f} s = {n / build['total']:.1f} articles/s; "
          f"peak RSS {rss:.0f} MB")
    for stage in ("read", "extract", "validate", "write"):
        per_article = 1000 * build[stage] / max(n, 1)
        print(f"  {stage:9s} {build[stage]:7.2f} s  ({per_article:.1f} ms/article)")
    print(f"baseline spaCy full pipeline alone: {spacy_s:.1f} s ({words / spacy_s:.0f} words/s); "
          f"extraction/spaCy = {build['extract'] / spacy_s:.2f}x the time")
    print(f"baseline bare pyoxigraph load of the same quads: {load_s:.2f} s; "
          f"regkg write/bare load = {build['write'] / max(load_s, 1e-9):.1f}x")
    if not args.keep:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
