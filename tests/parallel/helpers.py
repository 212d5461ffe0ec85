"""Extractor factories for the failure tests; module-level so worker processes can unpickle them.

Markers in an article's text make a worker misbehave: CRASH kills the worker process outright
(as a segfault or the OOM killer would), RAISE raises inside extraction.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator

from regkg.extract.extractor import EXTRACTOR_VERSION
from regkg.models import Article, Extraction
from regkg.parallel import default_extractor
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
