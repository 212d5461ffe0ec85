"""Public bodies no reference entry holds, named with their country. Layer 1.

Issue 3 point 7: unknown organisations become new entities marked unlinked. News names many
bodies no gazetteer holds ("the Zambia Information and Communications Technology Authority",
"le ministère paraguayen de l'Industrie"); without them the step has no actor and is lost.
A capitalised name whose head is a body noun (data/patterns/bodies.yaml), with its
complements, becomes an unlinked authority mention when a country of the reference is named
inside it or as its adjective: that country is its jurisdiction, carried in the key
("authority/zm--zambia-...": `unknown_body_code`). No country, no body: a jurisdiction
guessed from the dateline would be a wrong fact.

English writes a ministry in lower case too, after its country and portfolio ("the Nigerian
information ministry", "Poland's digital affairs ministry"): read as a name. A name whose words,
in another order, are a reference body's of that jurisdiction is that body ("the Ghana National
Communications Authority", "the Ministry of Digital Affairs of Poland"; body_names.py); any
other ministry is a new body of its country even where the reference holds that country's
government (the house gold names the ministry, not the government), one key per portfolio
("authority/ng--ministry-of-information") so that its names in one text are one body.

The same name corrects a wrong link: a reference body found on those words (or a description
read on them, "l'Autorité de régulation des télécommunications" as France's) whose country is
not the one the name's complement names ("... du Burkina Faso") gives way to the new body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from regkg.extract.body_names import TOKEN, BodyNames, load_synonyms
from regkg.extract.unknown_repeats import with_repeated_names
from regkg.extract.vocabulary import vocabulary
from regkg.models import Mention, kind_of
from regkg.namespaces import slugify
from regkg.reference import Reference

BODIES_FILE = "bodies.yaml"
_SEPARATOR = "--"  # between the country code and the name's slug in an unknown body's key
_CAPITAL = re.compile(r"^[A-ZÀ-Ý]")
_EN_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their"})
_POSSESSIVE = re.compile(r"['’]s$")
_WORD = re.compile(r"^[\w-]+$")
# a word of a name that is no joining word ("de", "of", "and"): its head and what it holds
_CONTENT_WORD = re.compile(r"\b(?!(?:of|for|and|the|on|de|du|des|la|le|les|et|pour|aux|l|d)\b)"
                           r"[^\W\d_]{2,}", re.IGNORECASE)
_COUNTRY_SPAN = 3  # words: "Burkina Faso", "Côte d'Ivoire", "United Arab Emirates"
_PORTFOLIO_SPAN = 6  # words: "information, communications and digital economy"
# a sentence's opening place, then the body's article: "Au Cameroun, l'", "In Sri Lanka, the "
_PLACE_LEAD = (r"(?:^|[.!?]\s+|\n)(?:{leads})\s+(?P<place>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){{0,2}})"
               r"\s*,\s*(?:the\s+|l['’]|la\s+|le\s+)?$")


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
    lower_heads: frozenset[str]
    lower_stops: frozenset[str]
    qualifiers: frozenset[str]
    place_lead: re.Pattern[str]
    synonyms: dict[frozenset[str], frozenset[str]]


def _words(value: str) -> frozenset[str]:
    return frozenset(value.split("|"))


def load_rules(patterns_dir: Path) -> _Rules:
    data = vocabulary(patterns_dir / BODIES_FILE, tables={"en": dict, "fr": dict}).data
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
        lower_heads=_words(en["lower_heads"]), lower_stops=_words(en["lower_stops"]),
        qualifiers=_words(data["qualifiers"]),
        place_lead=re.compile(_PLACE_LEAD.format(leads=data["place_leads"])),
        synonyms=load_synonyms(data["portfolio_synonyms"]))


class _Tokens:
    """The words of a text with their offsets."""

    def __init__(self, text: str) -> None:
        self.items = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]
        self.at = {start: i for i, (_, start, _) in enumerate(self.items)}


class UnknownBodies:
    """Finds unknown bodies' names and the country each names."""

    def __init__(self, reference: Reference, patterns_dir: Path,
                 demonym_code: Callable[[str], str | None],
                 domain_body: Callable[[str, bool, str], bool] = lambda *_: False) -> None:
        self.rules = load_rules(patterns_dir)
        self.demonym_code = demonym_code
        self.domain_body = domain_body
        self.countries: dict[str, str] = {}
        for entity in reference.of_kind("jurisdiction"):
            names = list(entity.labels.values()) + [a for v in entity.aliases.values() for a in v]
            for name in names:
                self.countries[_fold(name)] = entity.code or entity.key.partition("/")[2]
        self.names = BodyNames(reference, self.country_spans, self.rules.synonyms,
                               self.rules.qualifiers)

    def country_spans(self, words: list[str]) -> list[tuple[int, int, str]]:
        """(first, after, code) of each country the words name: a label of up to three
        words, or a demonym."""
        found = []
        for i in range(len(words)):
            for size in range(1, _COUNTRY_SPAN + 1):
                if i + size > len(words):
                    break
                code = self._country(words[i:i + size])
                if code:
                    found.append((i, i + size, code))
        return found

    def _country(self, words: list[str]) -> str | None:
        """The country these words are, whole ("Ghana", "Poland's", "nigérian", "South
        African")."""
        bare = [_POSSESSIVE.sub("", w) for w in words]
        code = self.countries.get(_fold(" ".join(bare)))
        if code is None and all(_WORD.match(w) for w in bare):
            code = self.demonym_code(" ".join(bare))
        return code

    def country_of(self, words: list[str]) -> str | None:
        """The one country the name's words name; None for none or several."""
        found = {code for _, _, code in self.country_spans(words)}
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
                else _en_extent(tokens, index, self.rules, self._country))
            words = [w for w, _, _ in tokens.items[first:last + 2]]
            if self._not_a_body(words, french):
                continue
            code = self.country_of(words[:-1] if len(words) > last + 1 - first else words) \
                or self._place_before(text, tokens.items[first][1], french,
                                      text[tokens.items[first][1]:tokens.items[last][2]])
            if code and not (found and found[-1][1] > tokens.items[first][1]):
                found.append((tokens.items[first][1], tokens.items[last][2], code))
        if not french:
            found = sorted(found + [span for span in self._lower_ministries(tokens)
                                    if not any(a < span[1] and span[0] < b
                                               for a, b, _ in found)])
        return found

    def _place_before(self, text: str, start: int, french: bool, name: str) -> str | None:
        """The country a sentence opens with, just before a body's name: "Au Cameroun,
        l'Agence de régulation des télécommunications" is Cameroon's. Not where the name
        reads as a domain whose body of that country the reference holds ("Au Kenya, la
        Commission nationale de protection des données" is the ODPC: actor_context's)."""
        if len(_CONTENT_WORD.findall(name)) < 2:
            return None  # "In Ireland, the Commission": a body told before, or the EU's
        lead = self.rules.place_lead.search(text, max(start - 60, 0), start)
        code = self._country(lead.group("place").split()) if lead else None
        return None if code is None or self.domain_body(name, french, code) else code

    def _lower_ministries(self, tokens: _Tokens) -> list[tuple[int, int, str]]:
        """(start, end, country) of "the Nigerian information ministry", "Poland's digital
        affairs ministry('s)": a country's name or demonym, then the portfolio's lower-case
        words (joined by "and" or commas), then the head. Not a company's department
        ("Amazon's US sales department", "the Irish legal department of Meta")."""
        items, found = tokens.items, []
        for index, (word, start, _) in enumerate(items):
            bare = _POSSESSIVE.sub("", word)
            following = items[index + 1][0] if index + 1 < len(items) else ""
            if bare not in self.rules.lower_heads or following in ("of", "at"):
                continue
            first = index
            while first > 0 and index - first < _PORTFOLIO_SPAN and (
                    items[first - 1][0] in (",", "and") or (_portfolio_word(
                        items[first - 1][0], self.rules.lower_stops)
                        and not self._country([items[first - 1][0]]))):
                first -= 1
            portfolio = [w for w, _, _ in items[first:index]]
            if not set(portfolio) - self.rules.qualifiers - {",", "and"} or \
                    portfolio[0] in (",", "and") or self._not_a_body(portfolio, False):
                continue  # "the Ghanaian police department"
            country = self._country_before(items, first)
            if country is not None:
                found.append((items[country[0]][1], start + len(bare), country[1]))
        return found

    def _country_before(self, items: list[tuple[str, int, int]],
                        first: int) -> tuple[int, str] | None:
        """(first token, code) of the country whose words end before token `first`, itself
        after no possessive ("Amazon's US ...")."""
        for size in range(_COUNTRY_SPAN, 0, -1):
            words = [w for w, _, _ in items[max(first - size, 0):first]]
            if len(words) == size and all(_CAPITAL.match(w) for w in words) \
                    and (code := self._country(words)):
                owner = first - size - 1
                if owner >= 0 and _POSSESSIVE.search(items[owner][0]):
                    return None
                return first - size, code
        return None

    def _not_a_body(self, words: list[str], french: bool) -> bool:
        """An association's, a court's or a party's name, or (French) a name cut short: the
        last of `words` is the one after the name."""
        if any(w.casefold() in self.rules.not_public for w in words):
            return True
        return french and len(words) > 1 and words[-1].casefold() in self.rules.fr_cut


def _portfolio_word(word: str, stops: frozenset[str]) -> bool:
    """A word of a portfolio before its lower-case head: a lower-case word ("information",
    "digital", "affairs") or an acronym ("ICT", "IT")."""
    return word.isalpha() and (word.islower() and word not in stops
                               or word.isupper() and 2 <= len(word) <= 4)


def _fold(name: str) -> str:
    return re.sub(r"(['’])\s+", "'", name.replace("’", "'")).casefold().strip()


def _en_extent(tokens: _Tokens, head: int, rules: _Rules,
               country: Callable[[list[str]], str | None]) -> tuple[int, int]:
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
            # "Uruguay's Ministry of ...": the possessive opens the name, with the words of
            # its country before it ("Sri Lanka's Public Utilities Commission")
            first -= _country_lead(items, first, country)
            break
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


def _country_lead(items: list[tuple[str, int, int]], possessive: int,
                  country: Callable[[list[str]], str | None]) -> int:
    """How many capitalised words before a possessive belong to its country's name: 1 for
    "Sri Lanka's", 2 for "Papua New Guinea's", 0 for "Pakistan's"."""
    for size in range(_COUNTRY_SPAN - 1, 0, -1):
        start = possessive - size
        words = [w for w, _, _ in items[start:possessive + 1]]
        if start >= 0 and all(_CAPITAL.match(w) for w in words) and country(words):
            return size
    return 0


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
    if state == "name":  # "ministère de l'Intérieur turc": the country after the portfolio;
        # "des Affaires numériques": the noun's adjective
        return "adjective" if demonym_code(word) else "noun2"
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


_PARENTHESIS = re.compile(r"\s*\(")


def _known_acronym_after(text: str, end: int, known: list[Mention]) -> bool:
    """A reference body's acronym in parentheses right after the name."""
    opening = _PARENTHESIS.match(text, end)
    return opening is not None and any(
        m.start == opening.end() and kind_of(m.key) == "authority" for m in known)


def with_unknown_bodies(text: str, known: list[Mention], bodies: UnknownBodies, french: bool,
                        jurisdiction_of: Callable[[str | None], str | None],
                        described: list[Mention],
                        legal_form: re.Pattern[str]) -> tuple[list[Mention], list[Mention]]:
    """`known` without the mentions a body's name replaces, with the reference bodies named in
    another word order; the new bodies. A name that holds a company, a service, a law or a
    person is none; one whose reference body (or description) has its own country stays that
    body."""
    added: list[Mention] = []
    linked: list[Mention] = []
    dropped: set[int] = set()
    for start, end, code in bodies.spans(text, french):
        if legal_form.match(text, end + 1) and text[end:end + 1] in (" ", ","):
            continue  # "Zambia Data Authority Ltd": a company
        inside = [i for i, m in enumerate(known) if m.start < end and start < m.end]
        if _known_acronym_after(text, end, known):
            continue  # "the Economic Defence Council (CADE)": the reference body's own name
        if any(kind_of(known[i].key) not in ("authority", "jurisdiction") for i in inside):
            continue
        name = text[start:end]
        words = TOKEN.findall(name)
        # a ministry is no domain's regulator: "le ministère égyptien des Télécommunications"
        # is not the NTRA the description "égyptien des Télécommunications" reads
        ministry = bodies.names.ministry_slug(words, code)
        same = [m for m in [known[i] for i in inside] + [
            d for d in described if d.start < end and start < d.end and not ministry]
            if kind_of(m.key) == "authority"
            and (jurisdiction_of(m.key) or "").split("-")[0] == code.split("-")[0]]
        if same:
            continue  # "the Kenyan Competition Authority": Kenya's own, linked
        key = bodies.names.body(words, code)
        if key is None:
            slug = ministry or slugify(name)
            added.append(Mention(f"authority/{code.lower()}{_SEPARATOR}{slug}", name, start,
                                 end, linked=False))
        else:  # "the Ghana National Communications Authority"
            linked.append(Mention(key, name, start, end))
        dropped.update(inside)
    kept = [m for i, m in enumerate(known) if i not in dropped] + linked
    return sorted(kept, key=lambda m: (m.start, m.end)), with_repeated_names(
        text, added, kept, bodies.country_spans)
