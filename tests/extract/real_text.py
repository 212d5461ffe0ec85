"""Real sentences for extractor tests: found by a fragment at run time, so no text is copied."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT / "data" / "articles"
CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "articles"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not mounted")


def sentence_with(path: Path, fragment: str) -> str:
    """The sentence (or line) of the real article holding `fragment`."""
    text = path.read_text(encoding="utf-8")
    assert fragment in text, f"{fragment!r} not in {path.name}"
    for line in text.split("\n"):
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«\"“])", line):
            if fragment in sentence:
                return sentence
    raise AssertionError(fragment)


def seed(prefix: str) -> Path:
    """The one seed article whose file name starts with `prefix` ('000')."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path
