"""The ordered, failure-isolating scheduler: tasks out to a backend, results back in input order.

Failures lose nothing else. A chunk that raises is split and its articles retried one by one;
an article that still raises becomes an `ExtractionFailure`. When a worker dies (the OOM
killer, a segfault, a lost node), every article that was on it becomes a suspect: a local pool
is restarted (all its tasks were lost), a Dask scheduler has already re-run the task on other
workers (KilledWorker: they died too). Suspects then run one at a time with nothing else in
flight, so an innocent article, or one whose worker died of something else, is extracted, and
only an article whose worker dies while it runs alone is given up. Workers that die
MAX_CONSECUTIVE_CRASHES times in a row with no success between stop the run (ExecutorError).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import CancelledError
from dataclasses import dataclass, field
from typing import Any

from regkg.models import Article
from regkg.parallel.core import (
    Backend,
    ExecutorError,
    ExtractionFailure,
    Result,
    check_version,
    describe,
)

MAX_CONSECUTIVE_CRASHES = 5  # then the workers themselves are broken (model missing, memory)


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

    def singles(self) -> list[_Task]:
        return [_Task(self.seq, self.offset + i, [a]) for i, a in enumerate(self.articles)]


def ordered(articles: Iterable[Article], size: int, backend: Backend) -> Iterator[Result]:
    """One result per article, in input order, extracted by `backend` in chunks of `size`."""
    return _Scheduler(articles, size, backend).results()


class _Scheduler:
    def __init__(self, articles: Iterable[Article], size: int, backend: Backend) -> None:
        self.source, self.size, self.backend = iter(articles), size, backend
        self.slots: dict[int, _Slot] = {}
        self.retry: deque[_Task] = deque()  # parts of chunks that raised, run before new input
        self.suspects: deque[_Task] = deque()  # in flight when a worker died: each runs alone
        self.running: dict[Any, _Task] = {}
        self.alone: Any = None  # the handle of the suspect running alone
        self.next_seq = self.emit = self.crashes = 0
        self.exhausted = False

    def results(self) -> Iterator[Result]:
        while True:
            self._launch()
            if not self.running:
                return
            for handle in self.backend.wait_any(list(self.running)):
                if self._settle(handle):
                    break  # the pool died: every other handle belonged to it
            yield from self._ready()

    def _launch(self) -> None:
        if self.suspects or self.alone is not None:  # drain, then one suspect at a time
            if not self.running:
                suspect = self.suspects.popleft()
                self.alone = self.backend.submit(suspect.articles)
                self.running[self.alone] = suspect
            return
        while len(self.running) < self.backend.capacity and (task := self._next_task()):
            self.running[self.backend.submit(task.articles)] = task

    def _next_task(self) -> _Task | None:
        if self.retry:
            return self.retry.popleft()
        if self.exhausted:
            return None
        chunk = _take(self.source, self.size)
        if not chunk:
            self.exhausted = True
            return None
        self.slots[self.next_seq] = _Slot([None] * len(chunk))
        self.next_seq += 1
        return _Task(self.next_seq - 1, 0, chunk)

    def _settle(self, handle: Any) -> bool:
        """Record one finished task; True if its failure took the whole pool down."""
        task = self.running.pop(handle)
        alone = handle is self.alone
        if alone:
            self.alone = None
        result = self.backend.outcome(handle)
        if not isinstance(result, BaseException):
            self.crashes = 0
            check_version(result)
            self._fill(task, result)
            return False
        if isinstance(result, CancelledError):
            raise ExecutorError(f"the executor dropped the extraction of "
                                f"{describe(task.articles)}: {result}")
        scope = self.backend.crash_scope(result)
        if scope is None:
            self._failed(task, result)
            return False
        lost = [task, *self.running.values()] if scope == "pool" else [task]
        self._count_crash(lost, result)
        if scope == "pool":
            self.running.clear()
            self.backend.restart()
        if alone:  # it ran alone and its worker died: this article is the cause
            message = f"worker crashed extracting it alone: {type(result).__name__}: {result}"
            self._fill(task, [ExtractionFailure(task.articles[0], message)])
            lost = lost[1:]
        self.suspects.extend(single for t in lost for single in t.singles())
        return scope == "pool"

    def _failed(self, task: _Task, error: BaseException) -> None:
        """Extraction raised: each article of a chunk is retried; a single one is given up."""
        if len(task.articles) > 1:
            self.retry.extendleft(reversed(task.singles()))
        else:
            message = f"{type(error).__name__}: {error}"
            self._fill(task, [ExtractionFailure(task.articles[0], message)])

    def _count_crash(self, lost: list[_Task], error: BaseException) -> None:
        self.crashes += 1
        if self.crashes > MAX_CONSECUTIVE_CRASHES:
            in_flight = [a for t in lost for a in t.articles]
            raise ExecutorError(f"workers crashed {self.crashes} times in a row, the last while "
                                f"extracting {describe(in_flight)}: {error}")

    def _fill(self, task: _Task, values: Sequence[Result]) -> None:
        slot = self.slots[task.seq]
        for i, value in enumerate(values):
            slot.results[task.offset + i] = value
        slot.missing -= len(values)

    def _ready(self) -> Iterator[Result]:
        """The results now complete at the head of the input, in order."""
        while self.emit in self.slots and self.slots[self.emit].missing == 0:
            for value in self.slots.pop(self.emit).results:
                assert value is not None
                yield value
            self.emit += 1


def _take(source: Iterator[Article], size: int) -> list[Article]:
    chunk: list[Article] = []
    for article in source:
        chunk.append(article)
        if len(chunk) == size:
            break
    return chunk
