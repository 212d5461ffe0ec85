"""Extractor factories for the failure tests; module-level so worker processes can unpickle them.

Markers in an article's text make a worker misbehave: CRASH kills the worker process outright
(as a segfault or the OOM killer would), RAISE raises inside extraction. CrashOnce kills a
worker at one article's first attempt only, without touching the text (the store stays
comparable with a build that had no crash).
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from regkg.extract.extractor import EXTRACTOR_VERSION
from regkg.models import Article, Extraction
from regkg.parallel import ExtractorFactory, ExtractorLike, default_extractor
from regkg.settings import Settings

CRASH = "REGKG-TEST-CRASH"
RAISE = "REGKG-TEST-RAISE"


def _misbehave(article: Article) -> None:
    if CRASH in article.text:
        os._exit(3)
    if RAISE in article.text:
        raise ValueError(f"poisoned article {article.id}")


class StubExtractor:
    """No NLP: an empty extraction stamped with the worker's pid (fast pool restarts).

    50 ms an article, so that a second worker gets work before the first is done.
    """

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            _misbehave(article)
            time.sleep(0.05)
            yield Extraction(article, EXTRACTOR_VERSION, warnings=(f"pid:{os.getpid()}",))


class AlwaysCrashes:
    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        os._exit(4)
        yield from ()


class PoisonableExtractor:
    """The real extractor, except for marked articles."""

    def __init__(self, settings: Settings) -> None:
        self.inner = default_extractor(settings)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        batch = list(articles)
        for article in batch:
            _misbehave(article)
        yield from self.inner.extract_many(batch)


def stub_factory(settings: Settings) -> StubExtractor:
    return StubExtractor()


def crashing_factory(settings: Settings) -> AlwaysCrashes:
    return AlwaysCrashes()


def poisonable_factory(settings: Settings) -> PoisonableExtractor:
    return PoisonableExtractor(settings)


# --- a worker that dies once ------------------------------------------------------------------
def kill_own_process() -> None:
    """As the OOM killer or a segfault would: SIGKILL, no cleanup, no exception, no reply."""
    os.kill(os.getpid(), signal.SIGKILL)


@dataclass(frozen=True)
class CrashOnce:
    """Kills its worker at the first attempt at article `victim`, and only then: creating
    `marker` (atomically, O_EXCL) records the attempt across processes, so a retry succeeds."""

    victim: str
    marker: str

    def strike(self, article: Article) -> None:
        if article.id != self.victim:
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
        kill_own_process()

    @property
    def struck(self) -> bool:
        return Path(self.marker).exists()


class CrashingOnce:
    """`inner`, except that its worker dies once, as `crash` says."""

    def __init__(self, inner: ExtractorLike, crash: CrashOnce) -> None:
        self.inner, self.crash = inner, crash

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        batch = list(articles)
        for article in batch:
            self.crash.strike(article)
        yield from self.inner.extract_many(batch)


def crash_once_factory(crash: CrashOnce, inner: ExtractorFactory,
                       settings: Settings) -> CrashingOnce:
    """Bind with functools.partial(crash_once_factory, crash, inner): a picklable factory."""
    return CrashingOnce(inner(settings), crash)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail with TimeoutError past `seconds` (a hung pool or cluster must not hang the suite).
    SIGALRM, like pytest-timeout's own: its pending alarm is put back afterwards."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    start = time.monotonic()
    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - start), 0.01))
