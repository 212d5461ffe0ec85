"""Find reference entities named in a text. Layer 1.

Labels are matched as token sequences through a trie, on a copy of the text folded to one
character per character (accents removed, apostrophes and dashes unified), so offsets map
back to the original text exactly. Precision rules, because a wrong entity is worse than none:

- Case: a label token written in lower case matches any case; an acronym-like token of up to
  5 characters ("X", "DSA", "UK", "xAI") must match exactly; any other token must match its
  first letter's case ("Meta" matches "META" but not "meta"; "TikTok" matches "Tiktok").
- Whole tokens only, and not inside a word joined by "-", "." or "/" ("X-ray",
  "Crans-Montana", "AAPL.O").
- Descriptive aliases (lower-case, several words: "gouvernement britannique") match only in
  their own language and not when a complement follows ("régulateur britannique de la
  concurrence"). A bare one ("la Commission") is dropped when the text also names another
  entity with that word ("Commission d'accès à l'information du Québec"): it may be that one.
- The single letter "X" is not matched where it is a roman numeral or a letter name.
- Leftmost, then longest match wins; an alias followed by the same entity's name
  ("régulateur britannique Ofcom") is one mention.
- A body's name tied to another country ("Ghana's Data Protection Commission") is not that
  name's body of another country (actor_country_clash).
- A label shared by several entities ("Online Safety Act": GB and AU) goes to the entity whose
  jurisdiction the rest of the text names; failing that, to the first key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from regkg.extract.actor_country_clash import keep_country_consistent
from regkg.extract.company_countries import without_company_countries
from regkg.extract.name_countries import without_name_countries
from regkg.models import Mention
from regkg.reference import Entity, Reference

# Quotes fold to _HIDDEN, which is neither a token nor a space, so that `(“SCOPE”) Act` reads
# like the label `(SCOPE) Act`.
_HIDDEN = "\x00"
_TOKEN = re.compile(r"[^\W_]+|[^\w\s\x00]")
_QUOTES = "\"“”„«»‹›"
_CHAR_MAP = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-",
             "—": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
_JOINERS = frozenset("-./")
_COMPLEMENTS = frozenset({"de", "des", "du", "d", "of", "for"})
_DETERMINERS = frozenset({"la", "le", "les", "l", "the"})
# Words before a lone "X" that make it a numeral or a letter, not the platform.
_NOT_PLATFORM_BEFORE = frozenset({
    "article", "articles", "chapter", "chapitre", "title", "titre", "part", "partie", "section",
    "annex", "annexe", "book", "livre", "tome", "volume", "louis", "pope", "pape", "pie",
    "charles", "henri", "generation", "rayons", "rayon", "malcolm", "l", "monsieur", "m",
    "madame", "mme", "mr", "mrs", "ms", "type", "axe",
})
_ROMAN = re.compile(r"[IVXLCDM]+")


class _Token(NamedTuple):
    """A named tuple, not a dataclass: a text makes thousands, and a frozen dataclass
    costs several times as much to build."""

    start: int
    end: int
    glued: bool  # no whitespace between this token and the previous one
    folded: str  # lower-case, accents removed
    plain: str  # accents removed, case kept


@dataclass(frozen=True)
class _Label:
    keys: tuple[str, ...]  # entities this label names, sorted
    plain: tuple[str, ...]  # the label's tokens, accents removed, case kept
    language: str  # "" for labels valid in any language
    descriptive: bool
    bare_head: str | None  # "commission" for "la Commission": determiner + one word


@dataclass
class _Node:
    children: dict[tuple[bool, str], _Node] = field(default_factory=dict)
    labels: list[_Label] = field(default_factory=list)


@dataclass(frozen=True)
class _Match:
    first: int  # token indexes, inclusive
    last: int
    keys: tuple[str, ...]
    bare_head: str | None = None  # set when only bare aliases ("la Commission") matched


class Gazetteer:
    """Entity mentions in a text, from the reference's labels, aliases and abbreviations."""

    def __init__(self, reference: Reference, first_names: frozenset[str] = frozenset()) -> None:
        self._reference = reference
        self._first_names = first_names  # "Michael Jordan" is no country (name_countries.py)
        self._fold_cache: dict[str, tuple[str, str]] = {}
        self._root = _Node()
        for label, keys, language in _label_table(reference):
            self._add(label, keys, language)

    def label(self, key: str, language: str = "en") -> str:
        """The preferred label of `key` in `language`, else in English, else the key itself."""
        entity = self._reference.get(key)
        if entity is None:
            return key
        return entity.labels.get(language) or entity.label

    def find(self, text: str, language: str) -> list[Mention]:
        """Non-overlapping mentions, in text order; leftmost, then longest, match wins."""
        tokens = self._tokens(text)
        matches = _merge_appositions(self._scan(tokens, language), tokens, text)
        matches = _drop_ambiguous_bare(matches, tokens)
        matches = keep_country_consistent(
            matches, lambda m: (tokens[m.first].start, tokens[m.last].end), text,
            self._reference, lambda m, keys: _Match(m.first, m.last, keys, m.bare_head))
        context = self._context_jurisdictions(m.keys[0] for m in matches if len(m.keys) == 1)
        mentions = []
        for match in matches:
            start, end = tokens[match.first].start, tokens[match.last].end
            key = self._resolve(match.keys, context)
            mentions.append(Mention(key=key, text=text[start:end], start=start, end=end))
        return without_name_countries(without_company_countries(mentions, text), text,
                                      self._first_names)

    # --- building ---------------------------------------------------------------------------

    def _add(self, label: str, keys: tuple[str, ...], language: str) -> None:
        tokens = self._tokens(label)
        if not tokens:
            return
        node = self._root
        for index, token in enumerate(tokens):
            edge = (token.glued and index > 0, token.folded)
            node = node.children.setdefault(edge, _Node())
        descriptive = label[:1].islower() and " " in label
        words = [t.folded for t in tokens if _is_word(t)]
        bare = descriptive and len(words) == 2 and words[0] in _DETERMINERS
        plain = tuple(t.plain for t in tokens)
        node.labels.append(_Label(keys, plain, language, descriptive, words[1] if bare else None))

    # --- matching ---------------------------------------------------------------------------

    def _tokens(self, text: str) -> list[_Token]:
        plain, folded = self._fold(text)
        tokens = []
        previous_end = -1
        for found in _TOKEN.finditer(folded):
            start, end = found.span()
            glued = previous_end >= 0 and not folded[previous_end:start].strip(_HIDDEN)
            tokens.append(_Token(start, end, glued, found.group(), plain[start:end]))
            previous_end = end
        return tokens

    def _fold(self, text: str) -> tuple[str, str]:
        """(accents removed, also lower-cased): one output character per input character."""
        chars = set(text)
        cache = self._fold_cache
        for char in chars.difference(cache):
            cache[char] = _fold_char(char)
        table = {ord(c): cache[c][0] for c in chars}
        lower = {ord(c): cache[c][1] for c in chars}
        return text.translate(table), text.translate(lower)

    def _scan(self, tokens: list[_Token], language: str) -> list[_Match]:
        matches: list[_Match] = []
        index = 0
        while index < len(tokens):
            match = self._longest_at(tokens, index, language)
            if match is None:
                index += 1
                continue
            match = self._extend(match, tokens, language)
            matches.append(match)
            index = match.last + 1
        return matches

    def _extend(self, match: _Match, tokens: list[_Token], language: str) -> _Match:
        """'la Commission européenne': a match inside this one that runs further takes over
        the rest (merged if it names the same entity, else the longer of the two wins)."""
        for inner in range(match.first + 1, match.last + 1):
            other = self._longest_at(tokens, inner, language)
            if other is None or other.last <= match.last:
                continue
            if other.keys == match.keys:
                return self._extend(_Match(match.first, other.last, match.keys), tokens, language)
            if other.last - other.first > match.last - match.first:
                return self._extend(other, tokens, language)
        return match

    def _longest_at(self, tokens: list[_Token], first: int, language: str) -> _Match | None:
        """The longest valid label starting at token `first`."""
        # Most tokens start no label: settle them with one look-up (this runs for every token).
        node = self._root.children.get((False, tokens[first].folded))
        if node is None:
            return None
        candidates: list[tuple[int, _Label]] = [(first, label) for label in node.labels]
        for index in range(first + 1, len(tokens)):
            edge = (tokens[index].glued and index > first, tokens[index].folded)
            child = node.children.get(edge)
            if child is None:
                break
            node = child
            candidates.extend((index, label) for label in node.labels)
        # Several labels can end at the same token ("Online Safety Act"@en names two laws,
        # "Online Safety Act"@fr one of them): the match names all their valid keys.
        for last in sorted({last for last, _ in candidates}, reverse=True):
            valid = [label for end, label in candidates
                     if end == last and _valid_keys(label, tokens, first, last, language)]
            if valid:
                keys = tuple(sorted({k for label in valid for k in label.keys}))
                heads = {label.bare_head for label in valid}
                return _Match(first, last, keys, heads.pop() if len(heads) == 1 else None)
        return None

    # --- disambiguation ---------------------------------------------------------------------

    def _context_jurisdictions(self, keys: Iterable[str]) -> set[str]:
        """Jurisdiction codes the text names, directly or through its entities."""
        codes: set[str] = set()
        for key in keys:
            entity = self._reference.get(key)
            if entity is not None:
                codes.update(c for c in (entity.code, entity.jurisdiction, entity.part_of) if c)
        return codes

    def _resolve(self, keys: tuple[str, ...], context: set[str]) -> str:
        if len(keys) == 1:
            return keys[0]
        in_context = [k for k in keys if (self._jurisdiction(k) or "") in context]
        return in_context[0] if len(in_context) == 1 else keys[0]

    def _jurisdiction(self, key: str) -> str | None:
        entity = self._reference.get(key)
        return entity.jurisdiction if entity is not None else None


def _fold_char(char: str) -> tuple[str, str]:
    if char in _QUOTES:
        return _HIDDEN, _HIDDEN
    char = _CHAR_MAP.get(char, char)
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    plain = base if len(base) == 1 else char
    lower = plain.lower()
    return plain, lower if len(lower) == 1 else plain


def _label_table(reference: Reference) -> Iterable[tuple[str, tuple[str, ...], str]]:
    """(label, entity keys sharing it, language) for every name of every entity."""
    table: dict[tuple[str, str], set[str]] = {}
    for entity in reference.entities.values():
        for label, language in _names(entity):
            table.setdefault((label, language), set()).add(entity.key)
    for (label, language), keys in sorted(table.items()):
        yield label, tuple(sorted(keys)), language


def _names(entity: Entity) -> Iterable[tuple[str, str]]:
    names = [(label, language) for language, label in entity.labels.items()]
    names += [(a, language) for language, aliases in entity.aliases.items() for a in aliases]
    names += [(abbreviation, "") for abbreviation in entity.abbreviations]
    for name, language in names:
        yield name, language
        if re.search(r"\w-\w", name):  # "Colombie-Britannique" is also written without hyphen
            yield re.sub(r"(?<=\w)-(?=\w)", " ", name), language


def _valid_keys(
    label: _Label, tokens: list[_Token], first: int, last: int, language: str
) -> tuple[str, ...]:
    """The label's keys if this occurrence passes the precision rules, else ()."""
    if label.descriptive and label.language not in ("", language):
        return ()
    written = (t.plain for t in tokens[first:last + 1])
    if not all(_case_ok(want, got) for want, got in zip(label.plain, written, strict=True)):
        return ()
    if _joined_left(tokens, first) or _joined_right(tokens, last):
        return ()
    after = tokens[last + 1].folded if last + 1 < len(tokens) else ""
    if label.descriptive and after in _COMPLEMENTS:
        return ()
    if len(label.plain) == 1 and len(label.plain[0]) == 1 and _letter_not_name(tokens, first):
        return ()
    return label.keys


def _case_ok(want: str, got: str) -> bool:
    """Case rule for one token; `want` and `got` are already equal once folded."""
    if not any(c.isupper() for c in want):
        return True
    acronym_like = len(want) == 1 or want[0].islower() or sum(c.isupper() for c in want) > 1
    if acronym_like and len(want) <= 5:
        return got == want
    return got[:1] == want[:1]


def _is_word(token: _Token) -> bool:
    return token.folded[:1].isalnum()


def _joined_left(tokens: list[_Token], first: int) -> bool:
    """'Crans-Montana': the match continues a word through a joiner."""
    return (
        first >= 2 and tokens[first].glued and tokens[first - 1].folded in _JOINERS
        and tokens[first - 1].glued and _is_word(tokens[first - 2])
    )


def _joined_right(tokens: list[_Token], last: int) -> bool:
    """'X-ray', 'AAPL.O': a joiner glues the match to a following word."""
    return (
        last + 2 < len(tokens) and tokens[last + 1].glued and tokens[last + 1].folded in _JOINERS
        and tokens[last + 2].glued and _is_word(tokens[last + 2])
    )


def _letter_not_name(tokens: list[_Token], index: int) -> bool:
    """A lone capital letter used as a numeral or letter ('article X', 'l'X', 'IX, X, XI')."""
    before = [t for t in tokens[max(0, index - 2):index] if _is_word(t)]
    if before and before[-1].folded in _NOT_PLATFORM_BEFORE:
        return True
    near = tokens[max(0, index - 3):index] + tokens[index + 1:index + 4]
    return any(len(t.plain) > 1 and _ROMAN.fullmatch(t.plain) for t in near if _is_word(t)) \
        or _ends_a_longer_name(tokens, index)


def _ends_a_longer_name(tokens: list[_Token], index: int) -> bool:
    """'une plainte d'Enel X', 'Tesla's Model X': a lone capital letter right after a
    capitalised word is that name's last word, not the platform X. Not after a sentence's first
    word ('If X is fined'), a possessive ('Musk's X') or in a title-case line ('EU Fines X')."""
    if index < 2 or tokens[index].glued:
        return False
    name, before = tokens[index - 1], tokens[index - 2]
    if not (_is_word(name) and len(name.plain) > 1 and name.plain[0].isupper()
            and name.plain[1:].islower()):
        return False
    if not _is_word(before) and before.folded not in ("'", ","):
        return False  # the sentence's first word, or after a quote, a dash, a colon
    if before.folded == "s" and name.glued:
        return False
    words = [t.plain for t in tokens[max(0, index - 6):index - 1] if _is_word(t)]
    return sum(w[:1].isupper() for w in words) < 2


def _merge_appositions(matches: list[_Match], tokens: list[_Token], text: str) -> list[_Match]:
    """'régulateur britannique Ofcom': two names of one entity side by side are one mention;
    not across a line break ("EU fines Apple" over "Apple was fined": the headline and the
    lead's subject)."""
    merged: list[_Match] = []
    for match in matches:
        previous = merged[-1] if merged else None
        between = text[tokens[previous.last].end:tokens[match.first].start] if previous else ""
        if (
            previous is not None and previous.keys == match.keys
            and not between.strip() and "\n" not in between
        ):
            merged[-1] = _Match(previous.first, match.last, match.keys)
        else:
            merged.append(match)
    return merged


def _drop_ambiguous_bare(matches: list[_Match], tokens: list[_Token]) -> list[_Match]:
    """'la Commission' in a text that also names the Commission d'accès à l'information: which
    commission is meant is the extractor's call, not the gazetteer's."""
    # The entities each word of a named (not bare) match belongs to, built once: comparing
    # every bare match with every match was quadratic on a long text.
    named_by_word: dict[str, set[tuple[str, ...]]] = {}
    for other in matches:
        if other.bare_head is None:
            for token in tokens[other.first:other.last + 1]:
                named_by_word.setdefault(token.folded, set()).add(other.keys)
    return [match for match in matches if match.bare_head is None
            or not named_by_word.get(match.bare_head, set()) - {match.keys}]
