"""The small pattern vocabularies of data/patterns, read by one loader. Layer 1.

Why: each rule round put its words in a YAML file of its own (deals.yaml, conduct.yaml,
duties.yaml, counted.yaml, carriers.yaml, staff.yaml, bodies.yaml, dates.yaml, money.yaml)
and wrote the same few lines again to read it: open, `yaml.safe_load`, cache, compile one
regex per language and section into a frozen dataclass. The copies checked their file in as
many ways, most not at all, so a section misnamed or a language mistyped ("fe:") surfaced as a
KeyError deep in extraction, or as a rule that silently never fired (session 18's debt). Here
a file is read once per path, checked when it is loaded (its file and section named in the
error), and a section's words are compiled once per language and flags. actions.yaml and
lexicon.yaml keep their compiler (patterns.py), claims.yaml its own (speakers.py): they build
much more than per-language regexes; the modules that only read actions.yaml use this one.

A vocabulary's `sections` map a language code to a regex source (or a list of them: one
alternative each); `tables` are other entries (word tables, lists) whose type is checked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

LANGUAGES = frozenset({"en", "fr"})  # the languages a section may give words for


class VocabularyError(RuntimeError):
    """A pattern file that cannot be read, or lacks or misspells what its module needs."""


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """One checked pattern file: its entries, and its sections' regexes per language."""

    path: Path
    data: Mapping[str, Any]
    _compiled: dict[tuple[str, str, int], tuple[re.Pattern[str], ...]] = field(
        default_factory=dict, repr=False)

    def languages(self, section: str) -> frozenset[str]:
        return frozenset(self._section(section))

    def get(self, section: str, language: str, flags: int = re.IGNORECASE,
            ) -> re.Pattern[str] | None:
        """The section's regex for `language`; None when the section gives none for it."""
        if self.source(section, language) is None:
            return None
        return self._compile(section, language, flags)[0]

    def source(self, section: str, language: str) -> str | None:
        """The section's regex source for `language` (None when it gives none), for a module
        that builds the words into a pattern of its own shape."""
        node = self._section(section)
        if language not in node:
            return None
        if isinstance(node[language], list):
            raise VocabularyError(f"{self.path.name}: section {section!r} lists several "
                                  "regexes: read them with `patterns`")
        return str(node[language])

    def pattern(self, section: str, language: str, flags: int = re.IGNORECASE,
                fallback: str | None = None) -> re.Pattern[str]:
        """The section's regex for `language` (else for `fallback`); an error when neither
        has words in the section."""
        found = self.get(section, language, flags)
        if found is None and fallback is not None:
            found = self.get(section, fallback, flags)
        if found is None:
            known = sorted(self._section(section))
            raise VocabularyError(f"{self.path.name}: section {section!r} has no words for "
                                  f"language {language!r} (it has {known})")
        return found

    def patterns(self, section: str, language: str,
                 flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
        """The section's regexes for `language`, one per item of its list (none: ())."""
        if language not in self._section(section):
            return ()
        return self._compile(section, language, flags)

    def _section(self, section: str) -> Mapping[str, Any]:
        node = self.data.get(section)
        if not isinstance(node, Mapping):
            raise VocabularyError(f"{self.path.name}: no section {section!r} of words by language")
        return node

    def _compile(self, section: str, language: str,
                 flags: int) -> tuple[re.Pattern[str], ...]:
        """The section's sources for `language` compiled (one for a string, one per item of
        a list), once per flags."""
        key = (section, language, flags)
        if key not in self._compiled:
            source = self._section(section)[language]
            sources = source if isinstance(source, list) else [source]
            self._compiled[key] = tuple(re.compile(s, flags) for s in sources)
        return self._compiled[key]


def vocabulary(path: Path, sections: tuple[str, ...] = (),
               tables: Mapping[str, type] | None = None) -> Vocabulary:
    """The pattern file at `path`, read once; checked to hold each of `sections` (words by
    language: a known language code to a regex source or a list of them) and each of `tables`
    (an entry of that type). Raises VocabularyError naming the file and what is wrong."""
    return _checked(path, sections, tuple(sorted((tables or {}).items(), key=lambda t: t[0])))


@cache
def _checked(path: Path, sections: tuple[str, ...],
             tables: tuple[tuple[str, type], ...]) -> Vocabulary:
    found = _read(path)
    for section in sections:
        _check_section(found, section)
    wrong = [key for key, kind in tables if not isinstance(found.data.get(key), kind)]
    if wrong:
        raise VocabularyError(f"{path.name} lacks (or mistypes) {wrong}: it needs "
                              f"{sorted(key for key, _ in tables)}")
    return found


@cache
def _read(path: Path) -> Vocabulary:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise VocabularyError(f"cannot load pattern file {path}: {err}") from err
    if not isinstance(data, dict):
        raise VocabularyError(f"pattern file {path} holds no mapping of sections")
    return Vocabulary(path, MappingProxyType(data))


def _check_section(found: Vocabulary, section: str) -> None:
    node = found.data.get(section)
    if not isinstance(node, Mapping) or not node:
        raise VocabularyError(f"{found.path.name} lacks section {section!r} (words by language)")
    unknown = sorted(str(lang) for lang in node if lang not in LANGUAGES)
    if unknown:
        raise VocabularyError(f"{found.path.name}: section {section!r} gives words for unknown "
                              f"language(s) {unknown} (known: {sorted(LANGUAGES)})")
    for language, source in node.items():
        items = source if isinstance(source, list) else [source]
        if not items or not all(isinstance(s, str) and s for s in items):
            raise VocabularyError(f"{found.path.name}: section {section!r}, {language!r} is "
                                  "no regex source nor list of them")
        for source in items:
            try:
                re.compile(source)
            except re.error as err:
                raise VocabularyError(f"{found.path.name}: section {section!r}, {language!r}: "
                                      f"bad regex: {err}") from err
