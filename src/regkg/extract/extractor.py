"""The extraction entry point: Article -> Extraction. (Stub: the extraction helper owns it.)"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from regkg.models import Article, Extraction
from regkg.reference import Reference

EXTRACTOR_VERSION = "0.1.0"


class Extractor:
    """Loads the NLP model and patterns once; `extract_many` batches with `nlp.pipe`."""

    def __init__(self, reference: Reference, patterns_dir: Path) -> None:
        self.reference = reference
        self.patterns_dir = patterns_dir

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        raise NotImplementedError
