"""A public body's name in any word order, and a ministry by its portfolio. Layer 1; used by
extract/unknown_bodies.py.

News names a body with its country wherever the sentence puts it: "the Ghana National
Communications Authority" is the reference's "National Communications Authority of Ghana",
"the Ministry of Digital Affairs of Poland" and "the Polish digital affairs ministry" its
"Polish Ministry of Digital Affairs", "le ministère des Affaires numériques de la Pologne" its
"ministère polonais des Affaires numériques". A name's signature is its words without the
country's (name, demonym, possessive), the glue words and plural endings, in any order; a
reference body of that very jurisdiction with a label of the same signature is the body named.

A ministry is named by any part of its portfolio: "Japan's communications ministry" is the
Ministry of Internal Affairs and Communications. Its portfolio is read in parts (split at "and",
"et", commas), each part matched whole ("information" is a part of "Information and
Broadcasting", not of "Information Technology"), with the synonyms of data/patterns/bodies.yaml
(`portfolio_synonyms`: "interior" for "home affairs", "trade" for "commerce"). One body of the
jurisdiction must hold every part the text names; two, and the name is nobody's. A region's
ministry is sought among the region's bodies only ("the Bavarian justice ministry" is no
federal ministry).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from regkg.extract.person_index import fold
from regkg.reference import Reference

# a possessive stays on its word ("Uruguay's"), an elision is a word ("l'", "d'")
TOKEN = re.compile(r"[\w-]+['’]s\b|\w{1,2}['’](?=\w)|[\w-]+|\S")
# (first token, token after the last, jurisdiction code) of each country a name's words name
CountrySpans = Callable[[list[str]], list[tuple[int, int, str]]]

_MINISTRY_HEADS = frozenset({"ministry", "ministere", "department", "departement"})
_GLUE = frozenset({"of", "for", "the", "on", "de", "du", "des", "la", "le", "les", "l", "d",
                   "s", "a", "au", "aux", "pour"})
_SPLITS = frozenset({"and", "et", "&", ","})
_MINISTRY = "ministry"


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _words(tokens: Iterable[str]) -> list[str]:
    """Folded content words, "ministry" for each ministry head, in order; "," and "and" kept
    (they split a portfolio)."""
    out: list[str] = []
    for token in tokens:
        if token in (",", "&"):
            out.append(",")
            continue
        for word in fold(token).split():
            if word in _SPLITS:
                out.append(",")
            elif word not in _GLUE:
                out.append(_MINISTRY if word in _MINISTRY_HEADS else _singular(word))
    return out


@dataclass(frozen=True)
class Signature:
    """A name's words without its country's, in any order; a ministry's portfolio parts."""

    words: frozenset[str]
    parts: frozenset[frozenset[str]]

    @property
    def ministry(self) -> bool:
        return _MINISTRY in self.words


def signature(tokens: list[str], code: str, country_spans: CountrySpans,
              synonyms: dict[frozenset[str], frozenset[str]],
              ignored: frozenset[str] = frozenset()) -> Signature:
    """The signature of a name's tokens, the words of the country `code` left out (and the
    `ignored` qualifiers from its portfolio: "Poland's new digital ministry")."""
    kept = list(tokens)
    for first, after, found in country_spans(tokens):
        if found == code:
            kept[first:after] = [""] * (after - first)
    words = _words(t for t in kept if t)
    parts: set[frozenset[str]] = set()
    current: set[str] = set()
    for word in [*words, ","]:
        if word not in (",", _MINISTRY):
            current.update({word} - ignored)
            continue
        if word == _MINISTRY:
            continue
        if current:
            part = frozenset(current)
            parts.add(synonyms.get(part, part))
        current = set()
    return Signature(frozenset(w for w in words if w != ","), frozenset(parts))


class BodyNames:
    """The reference bodies by jurisdiction and signature."""

    def __init__(self, reference: Reference, country_spans: CountrySpans,
                 synonyms: dict[frozenset[str], frozenset[str]],
                 ignored: frozenset[str]) -> None:
        self.country_spans = country_spans
        self.synonyms = synonyms
        self.ignored = ignored
        self.by_words: dict[tuple[str, frozenset[str]], set[str]] = {}
        self.ministries: dict[str, list[tuple[str, frozenset[frozenset[str]]]]] = {}
        for entity in reference.of_kind("authority"):
            if not entity.jurisdiction:
                continue
            for label in entity.all_labels():
                found = self.signature(TOKEN.findall(label), entity.jurisdiction)
                self.by_words.setdefault((entity.jurisdiction, found.words), set()).add(
                    entity.key)
                if found.ministry and found.parts:
                    self.ministries.setdefault(entity.jurisdiction, []).append(
                        (entity.key, found.parts))

    def signature(self, tokens: list[str], code: str) -> Signature:
        return signature(tokens, code, self.country_spans, self.synonyms, self.ignored)

    def body(self, tokens: list[str], code: str) -> str | None:
        """The one reference body of `code` these words name in any order, or whose
        portfolio holds every part the words name; None for none or two."""
        found = self.signature(tokens, code)
        keys = self.by_words.get((code, found.words), set()) if len(found.words) > 1 else set()
        if not keys and found.ministry and found.parts:
            keys = {key for key, parts in self.ministries.get(code, [])
                    if found.parts <= parts}
        return next(iter(keys)) if len(keys) == 1 else None

    def ministry_slug(self, tokens: list[str], code: str) -> str | None:
        """"ministry-of-information" for any name of a ministry of that portfolio, so that
        its names in one text are one new body; None for any other name."""
        found = self.signature(tokens, code)
        if not (found.ministry and found.parts):
            return None
        words = sorted(" ".join(sorted(part)) for part in found.parts)
        return "ministry-of-" + "-".join(w.replace(" ", "-") for w in words)


def load_synonyms(groups: dict[str, list[str]]) -> dict[frozenset[str], frozenset[str]]:
    """Each phrase's words (folded, singular) -> its group's name as one part."""
    table: dict[frozenset[str], frozenset[str]] = {}
    for name, phrases in groups.items():
        for phrase in phrases:
            words = frozenset(w for w in _words(TOKEN.findall(phrase)) if w != ",")
            table[words] = frozenset({name})
    return table
