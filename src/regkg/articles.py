"""Files -> `Article`. Layer 1. (Stub: the articles helper fills this in.)"""

from __future__ import annotations

from pathlib import Path

from regkg.models import Article


class ArticleError(ValueError):
    """An input that cannot become an article; the message says why, naming the file."""


ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def find_articles(paths: list[Path]) -> list[Path]:
    """Article files under the given files/directories, sorted; sidecars are not articles."""
    raise NotImplementedError


def read_article(path: Path, max_bytes: int = 5_000_000) -> Article:
    """Read one article (.txt + `STEM.meta.json` sidecar, .md with front matter, .html)."""
    raise NotImplementedError
