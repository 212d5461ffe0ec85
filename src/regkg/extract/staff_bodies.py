"""Bodies named by their people: staff words and ministers of a named country. Layer 1.

Institutions act, not their people (the guidelines' actor is a body). Two readings, whose
regexes are data (data/patterns/staff.yaml):

- Staff words as a clause's subject ("Officials inspected Allegro's offices in July 2017",
  "Les enquêteurs ont ouvert une enquête", "its investigators opened"): the one body the
  article has named before them. After two bodies the word stays unresolved, as either could
  be meant. An entry with a `label` ("les fraudes", the DGCCRF's common name) stands for the
  last body named whose names hold that word.
- A minister named with a country ("Indonesia's communications minister", "le ministre
  indonésien du Numérique", "the minister of digital affairs of Malaysia"): that country's
  government, as a minister of persons.ttl already acts for it.

Each reading gives a DescribedMention among the actor candidates, so the usual subject,
agent and modality rules decide whether it acts ("Les enquêteurs pourraient ..." stays a
possibility). A person or body the sentence names in the same words wins over it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from regkg.extract.foreign_context import foreign_country
from regkg.extract.linking import DescribedMention
from regkg.extract.linking_discourse import Discourse, kind_of
from regkg.extract.vocabulary import vocabulary
from regkg.settings import Settings

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.models import Mention

STAFF_FILE = Settings().patterns_dir / "staff.yaml"
# No country may stand by default for a minister: only one the text is placed in.
_NO_DEFAULT = "--"
# Where a clause's subject starts: the sentence's start, after punctuation or a joining word,
# or after a fronted date ("In July 2017 officials inspected", "On Monday investigators").
# A word of another kind before the staff word names whose staff they are ("Meta officials",
# "health officials", "former officials"): no reading then.
_CLAUSE_START = re.compile(
    r"(?:^|[,;:(“\"«]|\b(?:and|et|then|puis|later|ensuite|also|aussi|où|when|where|after|"
    r"before|since|while|lorsque|quand|après|avant|depuis)|\b\d{4}|\b(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|today|yesterday|week|month|year|hier|semaine|mois|année))\s*$", re.I)


@dataclass(frozen=True)
class StaffWord:
    pattern: re.Pattern[str]
    label: str | None  # a word the body's names must hold
    unless: str | None  # no reading after a body whose names hold this word


@dataclass(frozen=True)
class MinisterWord:
    pattern: re.Pattern[str]
    country: str | None  # a fixed country, when the phrase names none ("Attorney General")
    unless: str | None  # no reading after a body whose names hold this word


@dataclass(frozen=True)
class StaffPatterns:
    staff: dict[str, tuple[StaffWord, ...]]
    ministers: dict[str, tuple[MinisterWord, ...]]
    calls: dict[str, re.Pattern[str]]  # a call for a step right after a minister's phrase


@cache
def staff_patterns(path: Path = STAFF_FILE) -> StaffPatterns:
    words = vocabulary(path, ("calls",), {"staff": dict, "minister": dict})
    data = words.data
    staff = {lang: tuple(StaffWord(re.compile(entry["re"], re.I), entry.get("label"),
                                   entry.get("unless"))
                         for entry in entries) for lang, entries in data["staff"].items()}
    ministers = {lang: tuple(MinisterWord(re.compile(entry["re"], re.I), entry.get("country"),
                                          entry.get("unless")) for entry in entries)
                 for lang, entries in data["minister"].items()}
    calls = {lang: words.pattern("calls", lang) for lang in data["calls"]}
    return StaffPatterns(staff, ministers, calls)


def staff_mentions(view: SentenceView, found: list[Mention], discourse: Discourse,
                   linker: Linker, language: str) -> list[Mention]:
    """`found` plus the bodies the sentence names by their staff or a minister."""
    patterns = staff_patterns()
    taken = [m for m in view.mentions if kind_of(m.key) in ("authority", "person", "service",
                                                               "organisation")] + found
    extra: list[Mention] = []
    for word in patterns.staff.get(language, ()):
        for match in word.pattern.finditer(view.text):
            if _overlaps(match, taken) or not _CLAUSE_START.search(view.text, 0, match.start()) \
                    and word.label is None:
                continue
            body = _body_in_play(discourse, linker, view.sentence.start + match.start(), word)
            if body:
                # "l'enquête des fraudes": the body's word, its article joins it as an agent
                span = match.span("word") if "word" in word.pattern.groupindex else match.span()
                extra.append(DescribedMention(body, view.text[span[0]:span[1]], *span))
    for minister in patterns.ministers.get(language, ()):
        for match in minister.pattern.finditer(view.text):
            calling = patterns.calls.get(language)
            if calling and calling.match(view.text, match.end()):
                continue  # "the minister called for X to be blocked": a call, no step
            government = _minister_government(view, match, minister, discourse, linker) \
                or _seat_government(view, match, minister, found, linker)
            # A name wins; a description inside the phrase gives way ("The Brazilian
            # justice" is no court in "The Brazilian justice minister").
            names = [m for m in taken if kind_of(m.key) != "jurisdiction"
                     and not isinstance(m, DescribedMention)]
            if government and not _overlaps(match, names + extra):
                extra.append(DescribedMention(government, match.group(0), match.start(),
                                              match.end()))
    if not extra:
        return found
    # The minister's country is no actor of its own ("the minister ... of Indonesia").
    found = [m for m in found if not any(e.start <= m.start and m.end <= e.end for e in extra)]
    return sorted(found + extra, key=lambda m: m.start)


def _overlaps(match: re.Match[str], mentions: list[Mention]) -> bool:
    return any(m.start < match.end() and match.start() < m.end for m in mentions)


def _body_in_play(discourse: Discourse, linker: Linker, before: int,
                  word: StaffWord) -> str | None:
    """The one body named before `before` (or the last whose names hold the word's label)."""
    named = [key for position, key in discourse.authorities if position < before]
    if word.unless and any(_holds(linker, key, word.unless) for key in named):
        return None
    if word.label is None:
        return named[0] if len(set(named)) == 1 else None
    return next((key for key in reversed(named) if _holds(linker, key, word.label)), None)


def _holds(linker: Linker, key: str, word: str) -> bool:
    entity = linker.reference.get(key)
    labels = " ".join(entity.all_labels()).casefold() if entity else ""
    return re.search(rf"\b{word}\b", labels) is not None


def _seat_government(view: SentenceView, match: re.Match[str], minister: MinisterWord,
                     found: list[Mention], linker: Linker) -> str | None:
    """"À Washington, le ministre de la Justice": a minister of no stated country, in a
    sentence set in a government's seat, is that government's."""
    if "country" in minister.pattern.groupindex or minister.country:
        return None
    seats = {m.key for m in found if isinstance(m, DescribedMention) and m.end <= match.start()
             and kind_of(m.key) == "authority" and linker.is_seat_name(m.text)}
    return seats.pop() if len(seats) == 1 else None


def _minister_government(view: SentenceView, match: re.Match[str], minister: MinisterWord,
                         discourse: Discourse, linker: Linker) -> str | None:
    """The government of the country the minister's phrase names (name or demonym), of the
    entry's fixed country, or of the one country the text is placed in abroad."""
    before = view.sentence.start + match.start()
    if minister.unless and any(_holds(linker, key, minister.unless)
                               for position, key in discourse.authorities if position < before):
        return None
    if "country" in minister.pattern.groupindex:
        start, end = match.span("country")
        code = next((m.key.partition("/")[2] for m in view.mentions
                     if kind_of(m.key) == "jurisdiction" and m.start <= start and end <= m.end),
                    None) or linker.demonym_code(match.group("country"))
    else:
        code = minister.country or foreign_country(view, discourse, linker, _NO_DEFAULT)
    if not code:
        return None
    government = linker.government_of(code.split("-")[0])
    return government if kind_of(government) == "authority" else None
