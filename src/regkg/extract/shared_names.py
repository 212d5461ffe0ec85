"""A body's name several jurisdictions' bodies share, written bare. Layer 1; used by
regkg.extract.extractor (mentions) and regkg.extract.passive_actors (actors).

"The Competition Commission" is South Africa's, India's, Pakistan's...; "the Fair Trade
Commission" Japan's, Korea's, Taiwan's; "l'Assemblée nationale" France's, Quebec's, Korea's,
Nigeria's; "the SEC" the US's, Nigeria's. The reference names each body with its place
("Competition Commission of South Africa", "Japan Fair Trade Commission", "Assemblée nationale
du Québec") and gives the bare name at most to one body, its "default" (France's Assemblée
nationale, the US SEC, Ireland's Data Protection Commission). Guideline 3: the body is the one
the text means, and the text means the body of the place it is about. So the bare name is read
as the body of the one place, among those holding a body of that name, the text names before
it (a country or city, a demonym, another body of that place, a dateline); the default when the
text names the default's place, or no holder's place; nobody when it names several holders'
places, a name with no default after a holder's place and another country (either may be named
in passing), has a dateline abroad or, for an actor, is placed in a country holding no such body (a
wrong body is worse than none: foreign_context.py). A default, right in most texts, is moved
only by a place the text is about (a body's, a place opening a sentence or in the possessive, a
state's demonym, a dateline), not by one where something else happened ("Après une amende en
Italie, l'Autorité de la concurrence ..." is France's). A title before a person ("Attorney
General Jane Roe") is left alone: the person may hold another place's office. The place written
right at the name says whose body it is before any other (shared_name_clues.py, session 20): a
description before it ("Chad's telecommunications regulator Arcep", "le régulateur burkinabè
des télécoms, l'Arcep"), a demonym after it ("l'Arcep tchadienne"): that place's body, the
default for the default's place, else nobody; a country its sentence opens on ("Au Tchad,
l'Arcep") that holds no such body leaves it to nobody.

"The Commission" after another Commission is bare_commission.py's (an antecedent, not a
place); when it drops the EU reading of "la Commission nationale des télécommunications", this
module gives the name to the body of the text's place.

The shared names and their holders are derived from the reference, not listed: a body's label
with its place taken off ("Japan Fair Trade Commission" -> "Fair Trade Commission", "Competition
Commission of India" -> "Competition Commission", "Commission japonaise de protection des
informations personnelles" -> "Commission de protection des informations personnelles") is a
name that body holds in its place; a name two places hold, or one place and a default, is shared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regkg.extract.foreign_context import foreign_country
from regkg.extract.shared_name_clues import (
    OPENS,
    POSSESSIVE,
    SENTENCE_END,
    WORD,
    demonym_after,
    described_place,
    fronted_place,
)
from regkg.models import Mention
from regkg.reference import Reference

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Discourse, Linker

# A place's complement closing a label: "... of India", "... du Québec", "... de l'Inde".
_PLACE_AFTER = re.compile(r"\s+(?:of(?:\s+the)?|du|de\s+la|de\s+l['’]|des|de|d['’])\s*(?=\S)")
# An article before a bare name, outside the mention: "the", "la", "l'".
_ARTICLE = re.compile(r"(?:\b(?:the|The|THE|la|La|le|Le)\s+|\b[lL]['’]\s*)$")
# Words before a place that make it a company's seat or a person's, not the text's:
# "Meta, whose European base is in Ireland", "Amazon, basé au Luxembourg".
_ASIDE = re.compile(r"\b(?:dont|whose|bas[ée]e?s?|based|si[èe]ge|headquarter\w*|implant[ée]e?s?|"
                    r"filiale|subsidiary|établie?s?)\b[^.;]{0,40}$", re.IGNORECASE)
_DATELINE = re.compile(r"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{2,30}?)\s*(?:\([^)]*\))?\s*[,–—-]\s")
# A capitalised word after a name: a person the name is the title of ("Attorney General Jane
# Roe", "Privacy Commissioner John Edwards"), or a longer name the reference lacks.
_TITLE_OF = re.compile(r"\s+[A-ZÀ-Ý][\w'’-]")
# A state's or its regulators' demonym: "le gouvernement turc", "les régulateurs coréens".
_STATE_WORD = re.compile(r"\b(?:gouvernement|autorités|régulateurs?|législateurs|parlement)\s+"
                         r"(?P<word>[a-zà-ÿ-]+)|\b(?P<word2>[A-Z][a-z]+)\s+(?:government|authorities|"
                         r"regulators|lawmakers|parliament)\b")
# The court a step is brought in, in its own sentence: "sued Binance in a US court", "devant un
# tribunal américain".
_COURT_OF = re.compile(r"\b(?:in|before)\s+an?\s+(?P<word>[A-Z][\w.]*)\s+"
                       r"(?:federal\s+|district\s+)?court\b|\bdevant\s+(?:un|une|la)\s+(?:tribunal|cour|juridiction)\s+"
                       r"(?:fédérale?\s+)?(?P<word2>[a-zà-ÿ]+)")


@dataclass(frozen=True)
class SharedName:
    """One bare name: the body holding it in each place, and the body the reference gives it
    alone, if any."""

    name: str
    holders: dict[str, str]  # jurisdiction code -> authority key
    default: str | None = None


class SharedNames:
    """The shared names of a reference; `placed` resolves the bare ones of a text."""

    def __init__(self, reference: Reference, place_code: Callable[[str], str | None],
                 city_code: Callable[[str], str | None] = lambda word: None) -> None:
        self.place_code = place_code
        self.city_code = city_code
        self._places = {label.casefold(): entity.code
                        for entity in reference.of_kind("jurisdiction")
                        for label in entity.all_labels() if entity.code and len(label) > 1}
        self.names = _derive(reference, self._place_of)
        self.by_default = {(s.default, name.casefold()): s for name, s in self.names.items()
                           if s.default}
        created = sorted((n for n, s in self.names.items() if s.default is None and " " in n),
                         key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, created))
                                  + r")(?![\w-])") if created else None

    def _place_of(self, words: str) -> str | None:
        """The jurisdiction code of a place's name or demonym ("Japan", "Korean", "Japon")."""
        words = POSSESSIVE.sub("", words.strip())
        code = self._places.get(words.casefold())
        if code:
            return code
        return self.place_code(words) if " " not in words else None

    def shared_of(self, mention: Mention) -> SharedName | None:
        """The shared name a mention of its default body is written as, bare."""
        bare = _ARTICLE_IN.sub("", mention.text.strip())
        return self.by_default.get((mention.key, bare.casefold()))

    def placed(self, text: str, mentions: list[Mention],
               jurisdiction_of: Callable[[str], str | None]) -> list[Mention]:
        """`mentions` with each bare shared name given to the body of the place the text names
        before it (see the module's docstring), and the bare names no body of the reference
        holds alone added where the text names the place of one holder."""
        kept: list[Mention] = []
        for mention in mentions:
            shared = self.shared_of(mention)
            if shared is None:
                kept.append(mention)
                continue
            key = self._resolved(shared, text, (mention.start, mention.end), mentions,
                                 jurisdiction_of)
            if key:
                kept.append(Mention(key, mention.text, mention.start, mention.end, mention.linked))
        return sorted(kept + self._added(text, mentions, jurisdiction_of),
                      key=lambda m: (m.start, m.end))

    def _added(self, text: str, mentions: list[Mention],
               jurisdiction_of: Callable[[str], str | None]) -> list[Mention]:
        if self.pattern is None:
            return []
        added = []
        for match in self.pattern.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in mentions):
                continue  # part of a longer name: "Competition Commission of India"
            if _TITLE_OF.match(text, match.end()):
                continue  # a title: "Attorney General Jane Roe" may be another place's
            shared = self.names[match.group(0)]
            key = self._resolved(shared, text, match.span(), mentions, jurisdiction_of)
            if key:
                added.append(Mention(key, match.group(0), match.start(), match.end()))
        return added

    def _resolved(self, shared: SharedName, text: str, span: tuple[int, int],
                  mentions: list[Mention],
                  jurisdiction_of: Callable[[str], str | None]) -> str | None:
        at = span[0]
        default_place = jurisdiction_of(shared.default) if shared.default else None
        qualifier = (self._qualifier(text, at) or demonym_after(text, span[1], self.place_code)
                     or described_place(text, at, mentions, jurisdiction_of, self._place_of))
        if qualifier is not None:  # "Kenya's Competition Authority": that place's or nobody
            return shared.default if qualifier == default_place else shared.holders.get(qualifier)
        fronted = fronted_place(text, at, mentions, jurisdiction_of)
        if fronted and fronted.split("-")[0] != (default_place or "").split("-")[0] \
                and fronted not in shared.holders:
            return None  # "Au Tchad, l'Arcep": a country with no such body (session 20)
        court = self._court_place(text, at)  # "sued Binance in a US court": that place's
        if court is not None and (court == default_place or court in shared.holders):
            return shared.default if court == default_place else shared.holders[court]
        # The reference's default is right in most texts: only the place a text is about
        # (strong clues) moves it; a place where something else happened ("Après une amende
        # en Italie, l'Autorité de la concurrence ...") does not.
        named = self._named_before(text, at, mentions, jurisdiction_of,
                                   strong=shared.default is not None)
        if default_place and default_place.split("-")[0] in {c.split("-")[0] for c in named}:
            return shared.default
        places = {code for code in named if code in shared.holders} - {default_place}
        if len(places) == 1 and shared.default is None and len(
                _countries_before(mentions, at, jurisdiction_of) | places) > 1:
            # with no default, a holder's country beside another country ("relaunched in
            # Indonesia, now expanding in Malaysia. The Ministry of Trade ...") may be named in
            # passing: nobody (review s17, item 6)
            return None
        if len(places) == 1:
            return shared.holders[places.pop()]
        dateline = self._dateline_place(text)
        if places or (dateline and dateline.split("-")[0] != (default_place or "").split("-")[0]):
            return None  # several holders' places, or a dateline abroad ("ANKARA -")
        return shared.default

    @staticmethod
    def _about(text: str, start: int, end: int) -> bool:
        """Is the place at text[start:end] one the text is about: opening its sentence ("Au
        Kenya,", "Turkey keeps"), or a possessive ("Ghana's regulators")?"""
        return bool(OPENS.search(text, 0, start)) or text.startswith(("'s", "’s"), end)

    def _court_place(self, text: str, at: int) -> str | None:
        """The place of the court the sentence from `at` brings its step in, if any."""
        end = SENTENCE_END.search(text, at)
        court = _COURT_OF.search(text, at, end.start() if end else len(text))
        return self.place_code(court.group("word") or court.group("word2")) if court else None

    def _about_place(self, text: str, written: str, start: int, end: int) -> bool:
        """Is the word a place's name (a country, a city, not a demonym: "Filipino users", "Thai
        investors", "Les Philippins" name people) the text is about?"""
        is_place = written.casefold() in self._places or self.city_code(written) is not None
        return is_place and self._about(text, start, end)

    def _dateline_place(self, text: str) -> str | None:
        """The country of a dateline's city in capitals ("ANKARA -", "LAGOS, 4 March")."""
        for line in text.splitlines()[:4]:
            city = _DATELINE.match(line)
            if city:
                return self.place_code(city.group("city").strip())
        return None

    def _qualifier(self, text: str, at: int) -> str | None:
        """The place written just before a bare name ("Kenya's", "the Kenyan"), if any."""
        words = WORD.findall(text[max(0, at - 40):at])
        for size in (3, 2, 1):
            if len(words) >= size:
                written = " ".join(words[-size:])
                if written[:1].isupper() and (code := self._place_of(written)):
                    return code
        return None

    def _named_before(self, text: str, at: int, mentions: list[Mention],
                      jurisdiction_of: Callable[[str], str | None], strong: bool) -> set[str]:
        """The places the text names before `at`: countries and cities (not a company's
        seat), demonyms, the places of the bodies it names (not its bare shared names). With
        `strong`, only a place the text is about: a body's, one opening its sentence ("Le
        Pakistan durcit le ton", "Au Kenya,", "Turkey keeps"), a possessive ("Ghana's
        regulators"), a state's or its regulators' demonym ("le gouvernement turc"), a
        dateline's."""
        named: set[str] = set()
        for mention in mentions:
            kind = mention.key.split("/")[0]
            if mention.start >= at or kind not in ("jurisdiction", "authority"):
                continue
            if kind == "authority" and self.shared_of(mention):
                continue
            if kind == "jurisdiction" and (_ASIDE.search(text, 0, mention.start) or (
                    strong and not self._about(text, mention.start, mention.end))):
                continue
            named.add(jurisdiction_of(mention.key) or "")
        for word in WORD.finditer(text, 0, at):
            written = POSSESSIVE.sub("", word.group(0))
            if written[:1].isupper() and not _ASIDE.search(text, 0, word.start()) and not (
                    strong and not self._about_place(text, written, word.start(), word.end())):
                named.add(self.place_code(written) or "")
        if strong:
            named |= {self.place_code(m.group("word") or m.group("word2")) or ""
                      for m in _STATE_WORD.finditer(text, 0, at)}
            named.add(self._dateline_place(text) or "")
        return named - {"", "EU"}


def _countries_before(mentions: list[Mention], at: int,
                      jurisdiction_of: Callable[[str], str | None]) -> set[str]:
    """The countries the text names as places before `at` (not by a demonym: "Chinese
    shopping apps" name the apps' origin)."""
    codes = {(jurisdiction_of(m.key) or "").split("-")[0] for m in mentions
             if m.start < at and m.key.startswith("jurisdiction/")}
    return codes - {"", "EU"}


_BUILT: list[tuple[Linker, SharedNames]] = []  # per linker (not hashable): built once


def shared_names_of(linker: Linker) -> SharedNames:
    """The shared names of the linker's reference, derived once per linker."""
    for known, names in _BUILT:
        if known is linker:
            return names
    cities = linker.patterns.court_places
    names = SharedNames(linker.reference,
                        lambda word: linker.demonym_code(word) or cities.get(word.casefold()),
                        lambda word: cities.get(word.casefold()))
    _BUILT[:] = [(linker, names)]
    return names


def abroad_defaults(view: SentenceView, candidates: list[Mention], linker: Linker,
                    discourse: Discourse) -> list[Mention]:
    """Actor candidates without a bare shared name left to its default body (France's
    Assemblée nationale, the US SEC) in a text placed in another country (a dateline, a
    state's demonym, a country as subject: foreign_context.py) that holds no such body."""
    shared = shared_names_of(linker)
    kept = []
    for mention in candidates:
        name = shared.shared_of(mention)
        place = linker.jurisdiction_of(mention.key) if name else None
        if place is None or foreign_country(view, discourse, linker, place) is None:
            kept.append(mention)
    return kept


_ARTICLE_IN = re.compile(r"^(?:the|la|le)\s+|^l['’]\s*", re.IGNORECASE)


def _derive(reference: Reference, place_of: Callable[[str], str | None]
            ) -> dict[str, SharedName]:
    """Every bare name two places' bodies hold, or one place's body and a default."""
    holders: dict[str, dict[str, set[str]]] = {}
    alone: dict[str, set[str]] = {}
    for entity in reference.of_kind("authority"):
        for label in entity.all_labels():
            alone.setdefault(label, set()).add(entity.key)
            for name, code in _unplaced(label, place_of):
                if entity.jurisdiction and code == entity.jurisdiction:
                    holders.setdefault(name, {}).setdefault(code, set()).add(entity.key)
    found = {}
    for name, places in holders.items():
        unique = {code: next(iter(keys)) for code, keys in places.items() if len(keys) == 1}
        default = alone.get(name, set())
        key = next(iter(default)) if len(default) == 1 else None
        if len(unique) > 1 or (unique and key and set(unique.values()) != {key}):
            found[name] = SharedName(name, unique, key)
    return found


def _unplaced(label: str, place_of: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """(name, place code) for each way the label is a name with its place: "Japan Fair Trade
    Commission", "Korea's PIPC", "Competition Commission of India", "Commission japonaise de
    ...", "Competition Commission South Africa"."""
    words = label.split()
    found = []
    for size in (1, 2, 3):
        if len(words) > size:
            head, rest = " ".join(words[:size]), words[size:]
            code = place_of(head)
            if code:
                found.append((" ".join(rest), code))
            tail = place_of(" ".join(words[-size:]))
            if tail:
                found.append((" ".join(words[:-size]), tail))
    for after in _PLACE_AFTER.finditer(label):
        if code := place_of(label[after.end():]):
            found.append((label[:after.start()], code))
    if len(words) > 2 and (code := place_of(words[1])) and words[1].islower():
        found.append((" ".join(words[:1] + words[2:]), code))  # "Commission japonaise de ..."
    return [(name, code) for name, code in found if _is_name(name)]


def _is_name(name: str) -> bool:
    """A proper name: capitalised and of two words or more ("Fair Trade Commission"), or an
    acronym ("SEC"); not a fragment ending in a complement ("... Commissioner for")."""
    words = name.split()
    if not words or not name[:1].isupper() or words[-1].casefold() in (
            "of", "for", "de", "du", "des", "the", "la", "and", "et"):
        return False
    return len(words) > 1 or (name.isupper() and len(name) > 1)
