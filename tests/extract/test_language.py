"""detect_language on every seed and corpus text, whole and by its first paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regkg.extract.language import detect_language, stop_word_counts

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT / "data" / "articles"
CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "articles"
TEXTS = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))


def declared_language(path: Path) -> str:
    return str(json.loads(path.with_name(path.stem + ".meta.json").read_text())["language"])


def test_all_seeds_and_corpus_are_found() -> None:
    assert len(list(SEEDS.glob("*.txt"))) == 5
    if CORPUS.is_dir():
        assert len(TEXTS) == 23


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_whole_text(path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8")) == declared_language(path)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_first_300_characters(path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8")[:300]) == declared_language(path)


@pytest.mark.parametrize(("text", "language"), [
    ("L'Ofcom a annoncé lundi avoir demandé à X comment il protège ses utilisateurs.", "fr"),
    ("Ofcom has today launched an investigation into an online suicide forum.", "en"),
    # English names inside French prose do not flip it
    ("Le Digital Services Act (DSA) s'applique à X et à TikTok depuis 2023.", "fr"),
    ("The Commission said that the règlement sur les services numériques applies to all.", "en"),
])
def test_sentences(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_counts_see_elided_articles() -> None:
    assert stop_word_counts("l'enquête d'Ofcom qu'elle mène")["fr"] == 4  # l d qu elle
    assert stop_word_counts("the of and")["en"] == 3


def test_no_words_falls_back_on_accents() -> None:
    assert detect_language("Élysée — 2026") == "fr"
    assert detect_language("X — 2026") == "en"
