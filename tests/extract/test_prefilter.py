"""The literal prefilter of the triggers and cues (speed, issue 3): it must never change a match."""

from __future__ import annotations

import re

import pytest

from regkg.articles import read_article
from regkg.extract.nlp import split_sentences
from regkg.extract.patterns import load_lexicon, load_patterns
from regkg.extract.prefilter import _INDEX, GatedPattern, lowered, matches, required_literals
from regkg.settings import Settings


def needs(source: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    return required_literals(re.compile(source, flags))


def test_a_sequence_needs_its_most_selective_part() -> None:
    assert needs(r"\b(?:open\w*|launch\w*)\s+(?:a|an)\s+probe") == {"probe"}
    assert needs(r"\b(?:Ouvert|lancé)\w*\s+\w+") == {"ouvert", "lancé"}


def test_optional_parts_are_never_needed() -> None:
    assert needs(r"colou?r") == {"colo"}
    assert needs(r"(?:fined\s+)?(?:x|y)") is None  # one-letter needs filter nothing
    assert needs(r"(?:a|fine)\w+") is None
    assert needs(r"(?:warn)*ing\b") == {"ing"}


def test_classes_assertions_and_backreferences_need_nothing() -> None:
    assert needs(r"\w+\s+\d+") is None
    assert needs(r"(?=investigat)\w+") is None  # a lookahead may look past the match
    assert needs(r"(\w+) \1") is None


def test_unusual_case_folding_is_left_to_re() -> None:
    """'ſ' matches 's' and 'İ' matches 'i' under IGNORECASE: such texts skip the filter."""
    for text in ("ſanction imposed", "İnvestigation opened", "Ιnvestigation"):
        gated = GatedPattern(re.compile(r"sanction|investigation", re.IGNORECASE))
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in gated.regex.finditer(text)]
    assert lowered("İnvestigation") is None
    assert lowered("Enquête ouverte") == "enquête ouverte"


def test_a_text_without_the_needed_words_is_settled_without_a_scan() -> None:
    gated = GatedPattern(re.compile(r"\bfined\s+\w+", re.IGNORECASE))
    assert gated.needs == {"fined"}
    assert list(gated.finditer("The regulator opened a probe.")) == []
    assert [m.group() for m in gated.finditer("Ofcom FINED TikTok today")] == ["FINED TikTok"]


def _sentences() -> list[str]:
    settings = Settings()
    texts = [read_article(p).text for p in sorted(settings.articles_dir.glob("*.txt"))]
    texts += ["OFCOM HAS OPENED AN INVESTIGATION INTO X", "la CNIL a PRONONCÉ une amende",
              "L'Autorité a ouvert une enquête", "Der Garante hat eine Geldbuße verhängt"]
    return [s.text for text in texts for s in split_sentences(text)]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_trigger_and_cue_matches_exactly_as_its_regex(language: str) -> None:
    directory = Settings().patterns_dir
    patterns = [t.pattern for t in load_patterns(directory).of(language).triggers]
    patterns += [c.pattern for c in load_lexicon(directory).of(language).cues]
    assert sum(p.needs is not None for p in patterns) > 0.9 * len(patterns)
    for sentence in _sentences():
        for gated in patterns:
            assert [m.span() for m in gated.finditer(sentence)] == [
                m.span() for m in gated.regex.finditer(sentence)], (gated, sentence)


def test_one_scan_finds_exactly_the_literals_a_text_holds() -> None:
    """The shared index (one scan per sentence) answers as `literal in text` would, for
    literals that start together ("prononc", "prononcé") or overlap ("amende", "endé")."""
    load_patterns(Settings().patterns_dir)
    for extra in ({"prononc", "prononcé", "endé"}, {"a.b", "(x"}):
        GatedPattern(re.compile("|".join(map(re.escape, extra)), re.IGNORECASE))
    literals = _INDEX.literals
    for sentence in [*_sentences(), "La CNIL a prononcé une amendé", "A.B (X"]:
        low = sentence.lower()
        if lowered(sentence) is not None:
            assert _INDEX.present(sentence) == {w for w in literals if w in low}, sentence


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_list_index_scans_the_patterns_the_gates_would(language: str) -> None:
    directory = Settings().patterns_dir
    for items in (load_patterns(directory).of(language).triggers,
                  load_lexicon(directory).of(language).cues):
        for sentence in _sentences():
            assert [(i.pattern, m.span()) for i, m in matches(items, sentence)] == [
                (i.pattern, m.span()) for i in items for m in i.pattern.finditer(sentence)]
