"""Sentences with their offsets in the article text. Layer 1."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into Article.text
    end: int
    text: str  # == article.text[start:end]
