"""Extraction across processes or a Dask cluster; one writer keeps the store. Layer 3.

`extract_stream(articles, settings)` yields one result per article, in input order, whatever
executes the extraction: the pipeline writes them one by one exactly as with `--jobs 1`, so the
store is byte-identical. Executors (`--executor SPEC`, or `--jobs N` alone):

  serial                 in this process (what `--jobs 1` does)
  processes:N            N worker processes on this machine (spawned; the model loads once each)
  dask:tcp://HOST:PORT   an existing Dask scheduler (regkg and the spaCy model on every worker)
  dask:file:PATH         the same, through a scheduler file (`dask scheduler --scheduler-file`)
  dask:local[:N]         a throwaway LocalCluster of N one-thread processes on 127.0.0.1

Articles travel in chunks; results come back as chunks complete and are re-ordered here; at
most a few chunks per worker are in flight, so a backfill of millions streams in bounded
memory. Failures lose nothing else (scheduler.py): a chunk that raises is split and its
articles retried one by one; an article that still fails becomes an `ExtractionFailure`
(reported, not written). A worker that dies (OOM killer, segfault, lost node) costs no article
that can be extracted: a local pool is restarted and what was in flight re-run one article at
a time, an article alone when its worker died is retried once more; on Dask the scheduler
re-runs a dead worker's tasks on the others (cluster.py). The store is written only here, one
whole article at a time, so a crash never leaves an article half-stored.

Dask is an optional dependency (`pip install regkg[cluster]`) imported only for `dask:` specs.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from regkg.models import Article
from regkg.parallel.core import (
    IN_FLIGHT_PER_WORKER,
    Backend,
    ExecutorError,
    ExtractionFailure,
    ExtractorFactory,
    ExtractorLike,
    Result,
    default_extractor,
)
from regkg.parallel.processes import ProcessBackend
from regkg.parallel.scheduler import ordered
from regkg.settings import Settings

__all__ = [
    "ExecutorError", "ExecutorSpec", "ExtractionFailure", "ExtractorFactory", "ExtractorLike",
    "Result", "default_extractor", "extract_stream", "parse_executor", "uses_workers",
]

MAX_CHUNK = 16  # articles per task: enough for spaCy's batching, small enough to balance


@dataclass(frozen=True)
class ExecutorSpec:
    kind: str  # "serial" | "processes" | "dask"
    workers: int = 1  # processes, or LocalCluster workers
    address: str | None = None  # dask: "tcp://...", "file:PATH" or "local"


def parse_executor(spec: str | None, jobs: int = 1) -> ExecutorSpec:
    """`--executor` (None: from `--jobs`) -> what to run. Raises ExecutorError when malformed."""
    if not spec:
        return ExecutorSpec("processes", jobs) if jobs > 1 else ExecutorSpec("serial")
    kind, _, rest = spec.partition(":")
    if kind == "serial" and not rest:
        return ExecutorSpec("serial")
    if kind == "processes":
        count = _count(rest, jobs, spec)
        return ExecutorSpec("processes", count) if count > 1 else ExecutorSpec("serial")
    if kind == "dask":
        if rest == "local" or rest.startswith("local:"):
            count = _count(rest.removeprefix("local").removeprefix(":"), jobs, spec)
            return ExecutorSpec("dask", count, "local")
        if rest.startswith(("tcp://", "tls://", "ws://", "wss://", "inproc://")):
            return ExecutorSpec("dask", 0, rest)
        if rest.startswith("file:") and len(rest) > len("file:"):
            return ExecutorSpec("dask", 0, rest)
    raise ExecutorError(
        f"unknown executor {spec!r}: use serial, processes:N, dask:tcp://HOST:PORT, "
        "dask:file:SCHEDULER_JSON or dask:local[:N]"
    )


def _count(text: str, jobs: int, spec: str) -> int:
    if not text:
        return jobs if jobs > 1 else (os.cpu_count() or 1)
    if not text.isdigit() or int(text) < 1:
        raise ExecutorError(f"executor {spec!r}: the worker count must be a positive integer")
    return int(text)


def uses_workers(settings: Settings) -> bool:
    """True when extraction leaves this process (the pipeline's hook)."""
    return parse_executor(settings.executor, settings.jobs).kind != "serial"


def extract_stream(
    articles: Iterable[Article],
    settings: Settings,
    *,
    factory: ExtractorFactory = default_extractor,
    chunk_size: int | None = None,
) -> Iterator[Result]:
    """One result per article, in input order, extracted by `settings.executor`/`settings.jobs`.

    `factory` builds the extractor (once per worker process, or once here for Dask, which
    sends it to every worker); it must be picklable (a module-level function).
    """
    spec = parse_executor(settings.executor, settings.jobs)
    if spec.kind == "serial":
        yield from factory(settings).extract_many(articles)
        return
    if isinstance(articles, Sequence):
        slots = max(spec.workers, 2) * IN_FLIGHT_PER_WORKER
        size = chunk_size or max(1, min(MAX_CHUNK, math.ceil(len(articles) / (slots * 2))))
    else:
        size = chunk_size or MAX_CHUNK
    backend = _backend(spec, settings, factory)
    try:
        yield from ordered(articles, size, backend)
    finally:
        backend.close()


def _backend(spec: ExecutorSpec, settings: Settings, factory: ExtractorFactory) -> Backend:
    if spec.kind == "processes":
        return ProcessBackend(settings, factory, spec.workers)
    try:
        from regkg.parallel.cluster import DaskBackend
    except ImportError as error:
        raise ExecutorError("the dask executor needs Dask: pip install 'regkg[cluster]'") \
            from error
    assert spec.address is not None
    return DaskBackend(settings, factory, spec.workers, spec.address)


