"""Who speaks: person names, speaker events and pronoun resolution for claims. Layer 1.

A *speaker event* is every place the text makes someone speak: the reporting clause of a quote
("a déclaré Liz Kendall"), reported speech ("Elon Musk a déclaré mercredi que ..."), "Selon le
porte-parole". Unnamed speakers (an institution, "un porte-parole") are events too: a later
"a-t-il ajouté" must resolve to them, and their quotes are then left out, rather than jump back to
a named person mentioned earlier, which would put words in the wrong mouth.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from regkg.extract.name_leads import acronym as _acronym
from regkg.extract.name_leads import after_service
from regkg.extract.name_leads import initial as _initial
from regkg.extract.person_index import fold as _fold
from regkg.extract.person_index import person_index as _person_index
from regkg.models import Mention
from regkg.namespaces import slugify
from regkg.reference import Reference

# Capitals of Latin Extended-A and B too: "Şimşek", "Łukasz", "Čapek", "İbrahim".
_UPPER_EXTENDED = "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_CAP = rf"[A-ZÀ-ÖØ-Þ{_UPPER_EXTENDED}][\w’'\-]*"
_PARTICLE = r"(?:von|van|der|den|ter|di|da|del|della|bin|ben|al)"
# A name never runs over a line break: a headline's last word is not a first name.
_GAP = r"[^\S\n]+"
# French nobiliary particles, after one or two names the first of which is a known first name
# ("Isabelle de Silva", "Louis Dutheillet de Lamothe"): "Chambre de Commerce" is no one.
_DE = rf"(?:{_GAP}(?:de|du|des)(?:{_GAP}(?:La|Le))?(?={_GAP}{_CAP}))"
FRENCH_PARTICLES = frozenset({"de", "du", "des"})  # "Bastien Le Querrec" has none
NAME_RE = re.compile(
    rf"(?:(?P<title>M\.|Mme|Mlle|Mrs\.?|Mr\.?|Ms\.?|Dr\.?){_GAP})?"
    rf"(?P<name>(?:[A-Z]\.(?:{_GAP}|(?=[A-Z]\.)))*{_CAP}(?:{_GAP}(?![A-Z]\.){_CAP})?{_DE}?"
    rf"(?:{_GAP}(?:{_PARTICLE}{_GAP})*(?:(?:[A-Z]\.)+{_GAP})?{_CAP})*)"
)
# Capitalised words that start sentences or noun phrases rather than names.
FUNCTION_WORDS = frozenset(
    """le la les l un une des du de ce cette ces selon interrogé interrogée pour face depuis
    the a an this that according in on at for and et mais but when while as if si sur dans
    avec par chez sous en au aux à with from by under to""".split()  # noqa: SIM905
)
# A name right after an article is no person's: "s'est réjoui l'UFC-Que Choisir", "the Grok
# chatbot" (a title may stand between: "le Dr Yann Dubois", "la ministre Clara Chappaz").
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:l|L)['’]|\b(?:le|la|les|Le|La|Les|the|The)[^\S\n]+)$")


@dataclass(frozen=True)
class ClaimPatterns:
    """data/patterns/claims.yaml, with one compiled alternation per verb list."""

    raw: dict[str, Any]

    def words(self, section: str, language: str) -> list[str]:
        value = self.raw.get(section, {})
        return list(value.get(language, [])) if isinstance(value, dict) else list(value)

    def verb_re(self, language: str) -> str:
        return self._alternation("verbs", language)

    def ai_verb_re(self, language: str) -> str:
        return self._alternation("ai_verbs", language)

    @cached_property
    def _alternations(self) -> dict[tuple[str, str], str]:
        return {}  # built once: every article's ClauseReader asks (escaping them cost ~1%)

    def _alternation(self, section: str, language: str) -> str:
        key = (section, language)
        if key not in self._alternations:
            verbs = sorted(self.words(section, language), key=len, reverse=True)
            self._alternations[key] = "|".join(re.escape(v).replace(r"\ ", r"\s+")
                                               for v in verbs)
        return self._alternations[key]

    @cached_property
    def titles(self) -> dict[str, str | None]:
        return dict(self.raw.get("titles", {}))

    @cached_property
    def courtesy_titles(self) -> tuple[str, ...]:
        """'M.', 'Mme', 'Ms', 'Maître': before a name, never a role."""
        return (*self.titles, *self.raw.get("honorifics", []))

    @cached_property
    def non_name_words(self) -> frozenset[str]:
        return frozenset(_fold(w) for w in self.raw.get("non_name_words", []))

    @cached_property
    def first_names(self) -> dict[str, str]:
        names = self.raw.get("first_names", {})
        return {n: gender for gender, listed in names.items() for n in listed}

    @cached_property
    def role_genders(self) -> dict[str, str]:
        """'présidente' -> 'f', 'spokesman' -> 'm': role nouns that say the gender."""
        genders = self.raw.get("role_genders", {})
        return {n.casefold(): gender for gender, listed in genders.items() for n in listed}

    @cached_property
    def organisation_words(self) -> frozenset[str]:
        return frozenset(self.raw.get("organisation_words", []))

    @cached_property
    def family_name_words(self) -> frozenset[str]:
        return frozenset(self.raw.get("family_name_words", []))

    @cached_property
    def role_nouns(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self.raw.get("role_nouns", []))

    @cached_property
    def honorifics(self) -> frozenset[str]:
        """'Me', 'Maître', 'Sir': before a name, never part of it."""
        return frozenset(self.raw.get("honorifics", []))

    @cached_property
    def role_title_words(self) -> frozenset[str]:
        return frozenset(self.raw.get("role_title_words", []))


@lru_cache(maxsize=8)
def load_claim_patterns(path: Path) -> ClaimPatterns:
    with path.open(encoding="utf-8") as handle:
        return ClaimPatterns(yaml.safe_load(handle))


@dataclass(frozen=True)
class Name:
    """A person (or AI system) named in the text; `key` when a reference entity matches."""

    start: int
    end: int
    text: str
    gender: str | None = None
    key: str | None = None
    ai: bool = False


@dataclass(frozen=True)
class Speaker:
    """Who a reporting clause makes speak. `key` None: unnamed, its quotes are left out."""

    key: str | None
    label: str | None = None
    gender: str | None = None
    role: str | None = None
    ai: bool = False
    institution: bool = False  # an unnamed company or agency: no "he" or "she" stands for it


class _OneWord(NamedTuple):
    """A one-word name as the text gives it, before the surnames resolve it."""
    start: int
    end: int
    text: str
    gender: str | None
    titled: bool
    honoured: bool


@dataclass
class NameFinder:
    """Finds person names in an article, linking them to the reference where it can."""

    text: str
    mentions: list[Mention]
    reference: Reference
    patterns: ClaimPatterns
    surnames: dict[str, str] = field(default_factory=dict)  # "Musk" -> "Elon Musk"

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self._longest = max((m.end - m.start for m in self.mentions), default=0)
        self._persons = _person_index(self.reference)
        # Read once: a one-word name alone depends on the surnames, resolved again (~5% of fr).
        read = [r for m in NAME_RE.finditer(self.text) if (r := self._name(m)) is not None]
        for name in self._scan(read):  # first pass: full names, so that surnames resolve after
            parts = name.text.split()
            if len(parts) > 1:
                self.surnames.setdefault(parts[-1], name.text)
            if len(parts) == 2 and len(parts[0]) <= 4 and parts[0] not in self.patterns.first_names:
                self.surnames.setdefault(parts[0], name.text)  # family name first: "Ko Haksoo"
        self._names = self._scan(read)
        self._starts = [n.start for n in self._names]
        self._genders: dict[str, str] = {}
        for name in self._names:
            if name.gender is not None:
                self._genders.setdefault(name.key or f"person/{slugify(name.text)}", name.gender)

    def gender_of(self, key: str) -> str | None:
        """The gender a title or first name gives the person anywhere in the article ("Mr
        Mitchell" further on makes "Doug Mitchell" a man for a pronoun before)."""
        return self._genders.get(key)

    def find(self, start: int, end: int) -> list[Name]:
        """Names inside text[start:end], in order."""
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self._names) and self._names[i].start < end:
            if self._names[i].end <= end:
                found.append(self._names[i])
            i += 1
        return found

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions overlapping text[start:end]."""
        low = bisect.bisect_left(self._mention_starts, start - self._longest)
        high = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[low:high] if m.end > start]

    def _scan(self, read: list[Name | _OneWord]) -> list[Name]:
        found = sorted(
            (n for r in read if (n := r if isinstance(r, Name) else self._one_word(r))),
            key=lambda n: n.start,
        )
        starts = [n.start for n in found]
        for mention in self.mentions:
            i = bisect.bisect_right(starts, mention.start) - 1
            named = (i >= 0 and found[i].start <= mention.start < found[i].end) or (
                i + 1 < len(found) and found[i + 1].start < mention.end and not mention.linked
                and mention.text.split()[0] not in self.patterns.first_names)  # "Renaissance
            # Éric Bothorel" (the model's) holds "Éric Bothorel"; "Aurélie Adam ..." is hers
            trusted = mention.linked or self._untitled_person(mention.text.split())
            if not named and trusted and self._speaker_key(mention.key):
                found.append(self._from_mention(mention))  # unlinked NER names are checked
        return sorted(found, key=lambda n: n.start)

    def _name(self, match: re.Match[str]) -> Name | _OneWord | None:
        """The name a match gives; a one-word name is left to `_one_word`, which reads the
        surnames known so far."""
        trimmed = self._name_tokens(match)
        if trimmed is None:
            return None
        tokens, title, honoured = trimmed
        tokens = after_service(tokens, match.start("name"), self.overlapping)  # "sur X Jane Doe"
        if not tokens or not self._person_like([t.group() for t in tokens]):
            return None
        if not self._particle_fits([t.group() for t in tokens]):
            return None
        offset = match.start("name")
        start, end = offset + tokens[0].start(), offset + tokens[-1].end()
        if start == match.start() and _ARTICLE_BEFORE.search(self.text, max(0, start - 5), start):
            return None
        text = self.text[start:end]
        gender = self.patterns.titles.get(title, None)
        if self.other_entity(start, end):
            return None
        mention = self._mention(start, end)
        if mention is not None and (mention.linked or (mention.start, mention.end) == (start, end)):
            return self._from_mention(mention, gender, text)
        if len(tokens) == 1:
            return _OneWord(start, end, text, gender, bool(title), honoured)
        key = self._reference_key(text)
        return Name(start, end, text, gender or self.first_name_gender(text), key)

    def _one_word(self, word: _OneWord) -> Name | None:
        start, end, text, gender, titled, honoured = word
        given = f"{text} "
        fulls = [f for f in self.surnames.values() if f.startswith(given)] if honoured else []
        if fulls:  # "Dame Melanie" after "Dame Melanie Dawes"
            gender = self.first_name_gender(fulls[0])
            return Name(start, end, fulls[0], gender, self._reference_key(fulls[0]))
        named = honoured and text not in self.patterns.first_names  # not "Sir Keir" alone
        return self._single(text, start, end, gender, titled=titled or named)

    def _name_tokens(self, match: re.Match[str]
                     ) -> tuple[list[re.Match[str]], str, bool] | None:
        """The words of the name with roles, titles and honorifics taken off; the title (for
        the gender) and whether an honorific stood before (one word may then be a name)."""
        all_tokens = list(re.finditer(r"\S+", match.group("name")))
        tokens = self._without_roles(all_tokens)
        if tokens is None:
            return None
        title = match.group("title") or ""
        # "Lord Clement-Jones": an honorific names a person by one name
        honoured = any(t.group() in self.patterns.honorifics for t in all_tokens[:-1])
        while tokens and (
            self._not_a_name(tokens[0].group())
            or tokens[0].group() in self.patterns.honorifics
            or tokens[0].group() in self.patterns.titles  # "Selon M. Dupont": M. is no initial
        ):
            dropped = tokens.pop(0).group()
            title = dropped if dropped in self.patterns.titles else title
            honoured = honoured or dropped in self.patterns.honorifics
        return tokens, title, honoured

    def _without_roles(self, tokens: list[re.Match[str]]) -> list[re.Match[str]] | None:
        """The words after an owner, a role title or a role noun; None for a title alone."""
        owners = [i for i, t in enumerate(tokens[:-1]) if t.group().endswith(("’s", "'s"))]
        if owners:
            tokens = tokens[owners[-1] + 1 :]  # "Ofcom’s Melanie Dawes"
        titles = [i for i, t in enumerate(tokens) if t.group() in self.patterns.role_title_words]
        if titles and titles[-1] == len(tokens) - 1 and len(tokens) > 1:
            return None  # "Ofcom Chief Executive": a title, not a name
        if titles and titles[-1] < len(tokens) - 1:
            tokens = tokens[titles[-1] + 1 :]  # "Technology Secretary Liz Kendall"
        while len(tokens) > 2 and (
            tokens[0].group().casefold() in self.patterns.role_nouns
            or _acronym(tokens[0].group())
        ):
            tokens = tokens[1:]  # "Chairperson Ko Haksoo", "le sénateur LR Claude Malhuret"
        firsts = [i for i, t in enumerate(tokens[:-1]) if t.group() in self.patterns.first_names]
        if firsts and firsts[0] > 0 and not titles:  # "(Minister for) Communications Peter
            tokens = tokens[firsts[0] :]  # Grant"; not "Transport Minister Angela Maria Orozco"
        return tokens

    def _not_a_name(self, token: str) -> bool:
        """Capitalised at a sentence start or as a title: 'Selon', 'Mercredi', 'Senator'."""
        folded = _fold(token)
        return (
            token in self.patterns.role_title_words
            or folded in FUNCTION_WORDS
            or folded in self.patterns.non_name_words
        )

    def _person_like(self, tokens: list[str]) -> bool:
        """'Amnesty International', 'AI Forensics', 'AFP' are not people."""
        if len([t for t in tokens if not re.fullmatch(_PARTICLE, t)]) > 4:
            return False  # "Luiz Inácio Lula da Silva" has four names
        organisation_words = self.patterns.organisation_words
        if len(tokens) == 2 and tokens[0] in self.patterns.first_names:  # "Sarah Court"
            organisation_words = organisation_words - self.patterns.family_name_words
        return not any(
            t in organisation_words or (len(t) > 1 and t.isupper() and not _initial(t))
            for t in tokens
        )

    def _particle_fits(self, tokens: list[str]) -> bool:
        """A particle follows a name that opens with a known first name: "Isabelle de Silva",
        "Louis Dutheillet de Lamothe"; not "Office de Presse"."""
        return not FRENCH_PARTICLES.intersection(tokens[1:3]) or (
            tokens[0] in self.patterns.first_names)

    def _untitled_person(self, tokens: list[str]) -> bool:
        """An unlinked name found upstream that holds no title: 'Digital Minister' and
        'Minister Anna Kowalski' are left to the name pattern, which strips titles."""
        patterns = self.patterns
        titles = patterns.role_title_words | patterns.honorifics | set(patterns.titles)
        return self._person_like(tokens) and not any(t in titles for t in tokens)

    def _single(
        self, text: str, start: int, end: int, gender: str | None, titled: bool
    ) -> Name | None:
        """A surname alone names someone only when the article gave the full name first."""
        full = self.surnames.get(text)
        if full is not None:
            gender = gender or self.first_name_gender(full)
            return Name(start, end, full, gender, self._reference_key(full))
        key = self._reference_key(text)
        if key is not None or titled:
            return Name(start, end, text, gender, key)
        return None

    def _mention(self, start: int, end: int) -> Mention | None:
        speakers = [m for m in self.overlapping(start, end) if self._speaker_key(m.key)]
        return speakers[0] if speakers else None

    def other_entity(self, start: int, end: int) -> bool:
        """Covered by an authority, law, place or company: not a person's name."""
        return any(
            m.start <= start and end <= m.end and not self._speaker_key(m.key)
            for m in self.overlapping(start, end)
        )

    def _from_mention(
        self, mention: Mention, gender: str | None = None, text: str | None = None
    ) -> Name:
        entity = self.reference.entities.get(mention.key)
        label = entity.label if entity is not None else (text or mention.text)
        ai = entity is not None and "AISystem" in entity.classes
        gender = gender or self.first_name_gender(label)
        return Name(
            mention.start, mention.end, label, gender, mention.key if mention.linked else None, ai
        )

    def first_name_gender(self, name: str) -> str | None:
        """'Liz Kendall' -> 'f' (first names listed in the patterns)."""
        first = name.split()[0] if name.split() else ""
        return self.patterns.first_names.get(first) if len(name.split()) > 1 else None

    def _speaker_key(self, key: str) -> bool:
        """Persons and AI systems speak; institutions' quotes are left out."""
        if key.startswith("person/"):
            return True
        entity = self.reference.entities.get(key)
        return entity is not None and "AISystem" in entity.classes

    def _reference_key(self, text: str) -> str | None:
        return self._persons.get(_fold(text))

