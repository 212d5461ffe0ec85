"""`processes:N`: a pool of spawned worker processes on this machine, restarted when one dies."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from regkg.extract.extractor import Extractor
from regkg.models import Article, Extraction
from regkg.parallel.core import (
    IN_FLIGHT_PER_WORKER,
    CrashScope,
    ExtractorFactory,
    ExtractorLike,
)
from regkg.settings import Settings

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
        try:
            return self.pool.submit(_extract_chunk, chunk)
        except BrokenProcessPool as error:
            # A worker died since the last wait: the pool refuses new work before any future
            # says so. Report it like the futures will, so the scheduler restarts the pool.
            future: Future[list[Extraction]] = Future()
            future.set_exception(error)
            return future

    def wait_any(self, handles: list[Any]) -> list[Any]:
        done, _ = wait(handles, return_when=FIRST_COMPLETED)
        return [h for h in handles if h in done]

    def outcome(self, handle: Any) -> list[Extraction] | BaseException:
        error = handle.exception()
        return error if error is not None else handle.result()

    def crash_scope(self, error: BaseException) -> CrashScope | None:
        return "pool" if isinstance(error, BrokenProcessPool) else None

    def restart(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._pool()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
