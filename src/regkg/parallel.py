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
memory. Failures lose nothing else: a chunk that raises is split and its articles retried one
by one; an article that still fails becomes an `ExtractionFailure` (reported, not written).
A crashed worker process breaks a local pool: the pool is restarted and the chunks that were
in flight are re-run one article at a time, so only the article that crashes a worker alone is
given up. On Dask the scheduler re-runs a task a dead worker held, then gives up on it
(`KilledWorker`), after which the same splitting applies.

Dask is an optional dependency (`pip install regkg[cluster]`) imported only for `dask:` specs.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from regkg.extract.extractor import EXTRACTOR_VERSION, Extractor
from regkg.models import Article, Extraction
from regkg.reference import load_reference
from regkg.settings import Settings

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

MAX_CHUNK = 16  # articles per task: enough for spaCy's batching, small enough to balance
IN_FLIGHT_PER_WORKER = 2
CONNECT_TIMEOUT_S = 30  # to reach a Dask scheduler
MAX_CONSECUTIVE_CRASHES = 5  # then the workers themselves are broken (model missing, memory)


class ExecutorError(RuntimeError):
    """The executor spec is wrong, or the executor cannot run (Dask missing, scheduler down)."""


@dataclass(frozen=True)
class ExtractionFailure:
    """An article whose extraction failed (raised, or crashed its worker) after retries."""

    article: Article
    message: str


Result = Extraction | ExtractionFailure


class ExtractorLike(Protocol):
    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]: ...


ExtractorFactory = Callable[[Settings], ExtractorLike]


def default_extractor(settings: Settings) -> Extractor:
    return Extractor(load_reference(settings.reference_dir), settings.patterns_dir)


# --- executor specs ---------------------------------------------------------------------------
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
    broadcasts it); it must be picklable (a module-level function).
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
    backend: Backend
    if spec.kind == "processes":
        backend = ProcessBackend(settings, factory, spec.workers)
    else:
        backend = DaskBackend(settings, factory, spec)
    try:
        yield from _ordered(articles, size, backend)
    finally:
        backend.close()


# --- the ordered, failure-isolating scheduler ---------------------------------------------------
class Backend(Protocol):
    """Runs extraction tasks somewhere; handles are its futures."""

    capacity: int  # tasks in flight at once

    def submit(self, chunk: list[Article]) -> Any: ...

    def wait_any(self, handles: list[Any]) -> list[Any]:
        """The finished handles among `handles` (at least one), in the order given."""

    def outcome(self, handle: Any) -> list[Extraction] | BaseException: ...

    def crashed(self, error: BaseException) -> bool:
        """True if `error` means the worker pool died (every task in flight was lost)."""

    def restart(self) -> None: ...

    def close(self) -> None: ...


@dataclass
class _Slot:
    """The results of one input chunk, filled as its tasks (or its split parts) finish."""

    results: list[Result | None]
    missing: int = field(init=False)

    def __post_init__(self) -> None:
        self.missing = len(self.results)


@dataclass(frozen=True)
class _Task:
    seq: int
    offset: int
    articles: list[Article]


def _ordered(articles: Iterable[Article], size: int, backend: Backend) -> Iterator[Result]:
    source = iter(articles)
    slots: dict[int, _Slot] = {}
    retry: deque[_Task] = deque()  # split or suspect tasks, run before new input
    quarantine = 0  # tasks still to run alone, one at a time, after a pool crash
    running: dict[Any, _Task] = {}
    next_seq = emit = crashes = 0
    exhausted = False

    def fill(task: _Task, values: Sequence[Result]) -> None:
        slot = slots[task.seq]
        for i, value in enumerate(values):
            slot.results[task.offset + i] = value
        slot.missing -= len(values)

    while True:
        limit = 1 if quarantine else backend.capacity
        while len(running) < limit:
            if retry:
                task = retry.popleft()
            elif exhausted or quarantine:
                break
            else:
                chunk = _take(source, size)
                if not chunk:
                    exhausted = True
                    break
                slots[next_seq] = _Slot([None] * len(chunk))
                task = _Task(next_seq, 0, chunk)
                next_seq += 1
            running[backend.submit(task.articles)] = task
        if not running:
            break
        for handle in backend.wait_any(list(running)):
            task = running.pop(handle)
            result = backend.outcome(handle)
            quarantine = max(quarantine - 1, 0)
            if not isinstance(result, BaseException):
                crashes = 0
                _check_version(result)
                fill(task, result)
            elif backend.crashed(result):
                crashes += 1
                if crashes > MAX_CONSECUTIVE_CRASHES:
                    raise ExecutorError(f"workers crashed {crashes} times in a row: {result}")
                lost = [task, *running.values()]
                running.clear()
                backend.restart()
                if len(lost) == 1 and len(task.articles) == 1:
                    # Alone in the pool, and it crashed it: this article is the cause.
                    fill(task, [ExtractionFailure(task.articles[0], f"worker crashed: {result}")])
                    lost = []
                suspects = [_Task(t.seq, t.offset + i, [a])
                            for t in lost for i, a in enumerate(t.articles)]
                retry.extendleft(reversed(suspects))
                quarantine = len(retry)
                break  # every other handle belonged to the dead pool
            elif len(task.articles) > 1:
                retry.extendleft(reversed(
                    [_Task(task.seq, task.offset + i, [a]) for i, a in enumerate(task.articles)]
                ))
            else:
                message = f"{type(result).__name__}: {result}"
                fill(task, [ExtractionFailure(task.articles[0], message)])
        while emit in slots and slots[emit].missing == 0:
            for value in slots.pop(emit).results:
                assert value is not None
                yield value
            emit += 1


def _take(source: Iterator[Article], size: int) -> list[Article]:
    chunk: list[Article] = []
    for article in source:
        chunk.append(article)
        if len(chunk) == size:
            break
    return chunk


def _check_version(extractions: list[Extraction]) -> None:
    """Workers must run the same extractor as this writer, or the store would mix versions."""
    for extraction in extractions:
        if extraction.extractor_version != EXTRACTOR_VERSION:
            raise ExecutorError(
                f"a worker runs extractor {extraction.extractor_version}, this process "
                f"{EXTRACTOR_VERSION}: install the same regkg on every worker"
            )


# --- worker side --------------------------------------------------------------------------------
_WORKER_EXTRACTOR: ExtractorLike | None = None


def _init_worker(settings: Settings, factory: ExtractorFactory) -> None:
    """ProcessPoolExecutor initializer: load the extractor (and spaCy) once per process."""
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = factory(settings)
    if isinstance(_WORKER_EXTRACTOR, Extractor):
        from regkg.extract.nlp import french_ner

        french_ner()  # cached per process; loaded here so the first chunk is not slower


def _extract_chunk(chunk: list[Article]) -> list[Extraction]:
    assert _WORKER_EXTRACTOR is not None, "worker not initialised"
    return list(_WORKER_EXTRACTOR.extract_many(chunk))


def _dask_extract_chunk(extractor: ExtractorLike, chunk: list[Article]) -> list[Extraction]:
    """A Dask task. `extractor` was scattered to every worker once and stays in its memory;
    spaCy's model (a per-process cache) loads on a worker's first task."""
    return list(extractor.extract_many(chunk))


# --- local processes ----------------------------------------------------------------------------
class ProcessBackend:
    def __init__(self, settings: Settings, factory: ExtractorFactory, workers: int) -> None:
        self.settings, self.factory, self.workers = settings, factory, workers
        self.capacity = workers * IN_FLIGHT_PER_WORKER
        self.pool = self._pool()

    def _pool(self) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter per worker, never a fork of a process holding threads
        # (the progress bar, store handles) or a half-loaded model.
        return ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(self.settings, self.factory),
        )

    def submit(self, chunk: list[Article]) -> Future[list[Extraction]]:
        return self.pool.submit(_extract_chunk, chunk)

    def wait_any(self, handles: list[Any]) -> list[Any]:
        done, _ = wait(handles, return_when=FIRST_COMPLETED)
        return [h for h in handles if h in done]

    def outcome(self, handle: Any) -> list[Extraction] | BaseException:
        error = handle.exception()
        return error if error is not None else handle.result()

    def crashed(self, error: BaseException) -> bool:
        return isinstance(error, BrokenProcessPool)

    def restart(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._pool()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


# --- Dask distributed ---------------------------------------------------------------------------
class DaskBackend:
    def __init__(self, settings: Settings, factory: ExtractorFactory, spec: ExecutorSpec) -> None:
        try:
            from distributed import Client, LocalCluster, as_completed
        except ImportError as error:
            raise ExecutorError("the dask executor needs Dask: pip install 'regkg[cluster]'") \
                from error
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None
        try:
            if spec.address == "local":
                self.cluster = LocalCluster(
                    n_workers=spec.workers, threads_per_worker=1, processes=True,
                    host="127.0.0.1", dashboard_address=None, scheduler_port=0,
                )
                self.client = Client(self.cluster)
            elif spec.address and spec.address.startswith("file:"):
                self.client = Client(scheduler_file=spec.address.removeprefix("file:"),
                                     timeout=CONNECT_TIMEOUT_S)
            else:
                self.client = Client(spec.address, timeout=CONNECT_TIMEOUT_S)
        except OSError as error:  # includes TimeoutError: no scheduler there
            self.close()
            raise ExecutorError(f"cannot reach the Dask scheduler: {error}") from error
        except RuntimeError as error:  # "Nanny failed to start" (a script with no main guard)
            self.close()
            raise ExecutorError(f"cannot start a local Dask cluster: {error}") from error
        # Built here, from this machine's reference data and patterns, and broadcast once:
        # workers need regkg and the spaCy model installed, not the data files.
        self.extractor = self.client.scatter(factory(settings), broadcast=True, hash=False)
        threads = sum(self.client.nthreads().values())
        self.capacity = max(threads, 1) * IN_FLIGHT_PER_WORKER
        self.completed = as_completed(with_results=False)
        self.finished: set[Any] = set()

    def submit(self, chunk: list[Article]) -> Any:
        assert self.client is not None
        future = self.client.submit(_dask_extract_chunk, self.extractor, chunk, pure=False)
        self.completed.add(future)
        return future

    def wait_any(self, handles: list[Any]) -> list[Any]:
        wanted = set(handles)
        while not (self.finished & wanted):
            self.finished.add(next(self.completed))
        done = self.finished & wanted
        self.finished -= done
        return [h for h in handles if h in done]

    def outcome(self, handle: Any) -> list[Extraction] | BaseException:
        value = handle.exception() if handle.status == "error" else handle.result()
        handle.release()
        return value

    def crashed(self, error: BaseException) -> bool:
        return False  # the scheduler re-runs lost tasks itself; KilledWorker is per task

    def restart(self) -> None:  # never called: crashed() is always False
        raise AssertionError("a Dask cluster is not restarted by regkg")

    def close(self) -> None:
        with warnings.catch_warnings():
            # Closing a LocalCluster can warn about workers still shutting down.
            warnings.filterwarnings("ignore", category=RuntimeWarning, module="distributed")
            warnings.filterwarnings("ignore", category=UserWarning, module="distributed")
            if self.client is not None:
                self.client.close()
            if self.cluster is not None:
                self.cluster.close()
