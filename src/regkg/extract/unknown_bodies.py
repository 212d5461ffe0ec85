"""Public bodies no reference entry holds, named with their country. Layer 1.

Issue 3 point 7: unknown organisations become new entities marked unlinked. News names many
bodies no gazetteer holds ("the Zambia Information and Communications Technology Authority",
"le ministère paraguayen de l'Industrie"); without them the step has no actor and is lost.
A capitalised name whose head is a body noun (data/patterns/bodies.yaml), with its
complements, becomes an unlinked authority mention when a country of the reference is named
inside it or as its adjective: that country is its jurisdiction, carried in the key
("authority/zm--zambia-...": `unknown_body_code`). No country, no body: a jurisdiction
guessed from the dateline would be a wrong fact.

The same name corrects a wrong link: a reference body found on those words (or a description
read on them, "l'Autorité de régulation des télécommunications" as France's) whose country is
not the one the name's complement names ("... du Burkina Faso") gives way to the new body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from regkg.models import Mention, kind_of
from regkg.namespaces import slugify
from regkg.reference import Reference

BODIES_FILE = "bodies.yaml"
_SEPARATOR = "--"  # between the country code and the name's slug in an unknown body's key
# a possessive stays on its word ("Uruguay's"), an elision is a word ("l'", "d'")
_TOKEN = re.compile(r"[\w-]+['’]s\b|\w{1,2}['’](?=\w)|[\w-]+|\S")
_CAPITAL = re.compile(r"^[A-ZÀ-Ý]")
_EN_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their"})
_POSSESSIVE = re.compile(r"['’]s$")
_WORD = re.compile(r"^[\w-]+$")
_COUNTRY_SPAN = 3  # words: "Burkina Faso", "Côte d'Ivoire", "United Arab Emirates"


def unknown_body_code(key: str) -> str | None:
    """The jurisdiction an unknown body's key carries ("authority/zm--..." -> "ZM")."""
    local = key.partition("/")[2]
    if not key.startswith("authority/") or _SEPARATOR not in local:
        return None
    return local.partition(_SEPARATOR)[0].upper() or None


@dataclass(frozen=True)
class _Rules:
    en_heads: re.Pattern[str]
    en_inner: frozenset[str]
    en_lead: frozenset[str]
    en_complement: frozenset[str]
    fr_heads: re.Pattern[str]
    fr_joins: re.Pattern[str]
    fr_stops: frozenset[str]
    fr_max: int
    not_public: frozenset[str]
    fr_cut: frozenset[str]
    ministry_heads: frozenset[str]


def _words(value: str) -> frozenset[str]:
    return frozenset(value.split("|"))


def load_rules(patterns_dir: Path) -> _Rules:
    data = yaml.safe_load((patterns_dir / BODIES_FILE).read_text(encoding="utf-8"))
    en, fr = data["en"], data["fr"]
    return _Rules(
        en_heads=re.compile(rf"\b(?:{en['heads']})\b"), en_inner=_words(en["inner"]),
        en_lead=_words(en["complement_lead"]), en_complement=_words(en["complement_inner"]),
        fr_heads=re.compile(rf"(?<![\w-])(?:{fr['heads']})\b"),
        fr_joins=re.compile(rf"(?:{fr['joins']})", re.IGNORECASE),
        fr_stops=frozenset(w.casefold() for w in fr["stops"].split("|")),
        fr_max=int(fr["max_words"]),
        not_public=frozenset(w.casefold() for w in data["not_public"].split("|")),
        fr_cut=frozenset(data["fr_cut"].split("|")),
        ministry_heads=frozenset(data["ministry_heads"].split("|")))


class _Tokens:
    """The words of a text with their offsets."""

    def __init__(self, text: str) -> None:
        self.items = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.at = {start: i for i, (_, start, _) in enumerate(self.items)}


class UnknownBodies:
    """Finds unknown bodies' names and the country each names."""

    def __init__(self, reference: Reference, patterns_dir: Path,
                 demonym_code: Callable[[str], str | None]) -> None:
        self.rules = load_rules(patterns_dir)
        self.demonym_code = demonym_code
        self.countries: dict[str, str] = {}
        for entity in reference.of_kind("jurisdiction"):
            names = list(entity.labels.values()) + [a for v in entity.aliases.values() for a in v]
            for name in names:
                self.countries[_fold(name)] = entity.code or entity.key.partition("/")[2]

    def country_of(self, words: list[str]) -> str | None:
        """The one country the name's words name (a label of up to three words, or a demonym);
        None for none or several."""
        found: set[str] = set()
        for i in range(len(words)):
            for size in range(1, _COUNTRY_SPAN + 1):
                part = words[i:i + size]
                if len(part) < size:
                    break
                bare = [_POSSESSIVE.sub("", w) for w in part]
                code = self.countries.get(_fold(" ".join(bare)))
                if code is None and size == 1 and _WORD.match(bare[0]):
                    code = self.demonym_code(bare[0])
                if code:
                    found.add(code)
        return found.pop() if len(found) == 1 else None

    def spans(self, text: str, french: bool) -> list[tuple[int, int, str]]:
        """(start, end, country) of each body name with a country."""
        tokens = _Tokens(text)
        heads = self.rules.fr_heads if french else self.rules.en_heads
        found: list[tuple[int, int, str]] = []
        for head in heads.finditer(text):
            index = tokens.at.get(head.start())
            if index is None:
                continue
            # "Haute autorité": the name's words follow the head's last word
            last_head = tokens.at.get(head.end() - len(head.group(0).split()[-1]), index)
            first, last = (
                _fr_extent(tokens, index, last_head, self.rules, self.demonym_code) if french
                else _en_extent(tokens, index, self.rules))
            words = [w for w, _, _ in tokens.items[first:last + 2]]
            if self._not_a_body(words, french):
                continue
            code = self.country_of(words[:-1] if len(words) > last + 1 - first else words)
            if code and not (found and found[-1][1] > tokens.items[first][1]):
                found.append((tokens.items[first][1], tokens.items[last][2], code))
        return found


    def _not_a_body(self, words: list[str], french: bool) -> bool:
        """An association's, a court's or a party's name, or (French) a name cut short: the
        last of `words` is the one after the name."""
        if any(w.casefold() in self.rules.not_public for w in words):
            return True
        return french and len(words) > 1 and words[-1].casefold() in self.rules.fr_cut


def _fold(name: str) -> str:
    return re.sub(r"(['’])\s+", "'", name.replace("’", "'")).casefold().strip()


def _en_extent(tokens: _Tokens, head: int, rules: _Rules) -> tuple[int, int]:
    """First and last token of an English name: capitalised words (and "and", "of") before
    the head, "of/for/on (the) Capitalised ..." after it."""
    items = tokens.items
    first = head
    while first > 0:
        word = items[first - 1][0]
        if word in _EN_DETERMINERS or not (_CAPITAL.match(word) or word in rules.en_inner):
            break
        first -= 1
        if _POSSESSIVE.search(word):
            break  # "Uruguay's Ministry of ...": the possessive opens the name
    while first < head and items[first][0] in rules.en_inner:
        first += 1
    last = head
    cursor = head + 1
    while cursor < len(items) and items[cursor][0] in rules.en_lead:
        step = cursor + 1
        while step < len(items) and (items[step][0] in rules.en_complement
                                     or _CAPITAL.match(items[step][0])):
            step += 1
        while step - 1 > cursor and not _CAPITAL.match(items[step - 1][0]):
            step -= 1  # a complement ends on a capitalised word
        if step - 1 == cursor:
            break
        last = cursor = step - 1
        cursor += 1
    return first, last


def _fr_extent(tokens: _Tokens, head: int, last_head: int, rules: _Rules,
               demonym_code: Callable[[str], str | None]) -> tuple[int, int]:
    """First and last token of a French name: after its head an adjective (and a country's),
    and noun complements joined by "de", "des", "du", "et" ("de régulation des
    télécommunications du Burkina Faso", "de l'Industrie et du Commerce"), two lower-case
    words at most after a joining word; a verb, a comma or a stop word ends it."""
    items = tokens.items
    last = cursor = last_head
    state = "head"
    while cursor + 1 < len(items) and cursor - head < rules.fr_max:
        join = _join_at(tokens, cursor + 1, rules)
        if join is not None:
            cursor, state = join, "join"
            continue
        word = items[cursor + 1][0]
        if not _WORD.match(word) or word.casefold() in rules.fr_stops:
            break
        state = _fr_next(state, word, demonym_code)
        if state == "end":
            break
        cursor = last = cursor + 1
    return head, last


# what a French name's word may follow: its head, an adjective, a joining word, a noun
def _fr_next(state: str, word: str, demonym_code: Callable[[str], str | None]) -> str:
    if _CAPITAL.match(word):
        return "name" if state in ("join", "name") else "end"
    if state == "head":
        return "adjective"
    if state == "adjective":  # "Commission nationale togolaise"
        return "adjective" if demonym_code(word) else "end"
    if state == "join":
        return "noun"
    if state == "noun":  # "des communications électroniques"
        return "noun2"
    return "end"


def _join_at(tokens: _Tokens, index: int, rules: _Rules) -> int | None:
    """The last token of a joining word ("de", "de la", "d'") at `index`, when a word follows."""
    items = tokens.items
    for size in (3, 2, 1):
        part = items[index:index + size]
        if len(part) < size or index + size >= len(items):
            continue
        text = " ".join(w for w, _, _ in part).replace(" '", "'").replace(" ’", "’")
        if rules.fr_joins.fullmatch(text) and _WORD.match(items[index + size][0]):
            return index + size - 1
    return None


def with_unknown_bodies(text: str, known: list[Mention], bodies: UnknownBodies, french: bool,
                        jurisdiction_of: Callable[[str | None], str | None],
                        described: list[Mention],
                        legal_form: re.Pattern[str],
                        governed: Callable[[str], bool]) -> tuple[list[Mention], list[Mention]]:
    """`known` without the mentions an unknown body's name replaces; the new bodies.
    A name that holds a company, a service, a law or a person is none; one whose reference
    body (or description) has its own country stays that body."""
    added: list[Mention] = []
    dropped: set[int] = set()
    for start, end, code in bodies.spans(text, french):
        if legal_form.match(text, end + 1) and text[end:end + 1] in (" ", ","):
            continue  # "Zambia Data Authority Ltd": a company
        inside = [i for i, m in enumerate(known) if m.start < end and start < m.end]
        if any(kind_of(known[i].key) not in ("authority", "jurisdiction") for i in inside):
            continue
        same = [m for m in [known[i] for i in inside] + [
            d for d in described if d.start < end and start < d.end]
            if kind_of(m.key) == "authority"
            and (jurisdiction_of(m.key) or "").split("-")[0] == code.split("-")[0]]
        if same:
            continue  # "the Kenyan Competition Authority": Kenya's own, linked
        name = text[start:end]
        if governed(code) and any(w in bodies.rules.ministry_heads for w in name.split()):
            continue  # "Indonesia's Ministry of Communication": the reference's ministry
        key = f"authority/{code.lower()}{_SEPARATOR}{slugify(name)}"
        added.append(Mention(key, name, start, end, linked=False))
        dropped.update(inside)
    return [m for i, m in enumerate(known) if i not in dropped], added
