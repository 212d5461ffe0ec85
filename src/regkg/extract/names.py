"""Unknown persons and organisations: unlinked mentions and `NewEntity` records. Layer 1.

Conservative on purpose (a wrong entity is worse than none):
- French: spaCy PER entities only when they look like "Firstname Lastname" (two to four
  capitalised words); ORG entities only with a legal-form suffix ("Score Internet Group LLC");
  any entity a word before calls an organisation ("l'ONG AI Forensics").
- English (no statistical model): the same two organisation rules by regular expression, and
  persons only as "Firstname Lastname said/says/told".
Names the gazetteer already found are never re-created.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from regkg.extract.capital_names import capitals_after_noun
from regkg.extract.patterns import LanguagePatterns, Patterns
from regkg.extract.reporting_verbs import ADDING, EN_ANNOUNCING, TELLING
from regkg.extract.text import Sentence
from regkg.extract.trade_names import unknown_trade_names
from regkg.extract.unknown_lists import capitals_after_kind, next_listed
from regkg.models import Evidence, Mention, NewEntity
from regkg.namespaces import slugify

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ'’]+)*$")
_CAPITALISED = r"[A-ZÀ-Ý][\w&'’.-]*"
# Two capitalised words in a row, not counting a leading determiner ("Le Royaume-Uni").
_TWO_CAPITALISED = re.compile(
    r"(?<![\w'’])(?!(?:Le|La|Les|L|Un|Une|Des|Ce|Cette|Ces|The|A|An)\b)"
    r"[A-ZÀ-Ý][\w'’.-]*\s+(?:(?:de|du|des|d'|d’|von|van|di|da|el|al)\s*)?[A-ZÀ-Ý][\w'’-]*")
_LONGEST = 300  # characters: no reference label or name is longer
_DETERMINERS = frozenset({"The", "Le", "La", "Les", "L'", "A", "An", "Un", "Une"})
_EN_PERSON = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2})"
    rf"(?=,?\s+(?:{EN_ANNOUNCING}|{TELLING}|{ADDING})\b)")


def _organisation_key(name: str, patterns: Patterns) -> str:
    """Key of an unknown organisation without its legal form, so "Acme Robotics SA" and a
    later "Acme Robotics" are one entity."""
    bare = patterns.organisation_suffix.sub("", name).strip(" ,.")
    return f"organisation/{slugify(bare or name)}"


def _overlaps(start: int, end: int, taken: Iterable[Mention]) -> bool:
    return any(start < m.end and m.start < end for m in taken)


class _Taken:
    """Mentions sorted by start, for overlap tests in O(log n) (mentions do not nest, and
    none is longer than `_LONGEST` characters)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def overlaps(self, start: int, end: int) -> bool:
        first = bisect.bisect_left(self.starts, start - _LONGEST)
        last = bisect.bisect_left(self.starts, end)
        return any(start < m.end for m in self.mentions[first:last])

    def covers(self, start: int, end: int) -> bool:
        """Some mention contains the whole span."""
        first = bisect.bisect_left(self.starts, start - _LONGEST)
        last = bisect.bisect_right(self.starts, start)
        return any(end <= m.end for m in self.mentions[first:last])


def ner_candidates(sentences: list[Sentence], known: list[Mention],
                   lp: LanguagePatterns) -> list[Sentence]:
    """Sentences that may name an unknown person or organisation: two capitalised words in a
    row (after a leading determiner) that the gazetteer did not cover, or an organisation cue.
    Only these go through the NER model: most sentences name nobody new, and the model is
    most of the extraction time."""
    chosen = []
    taken = _Taken(known)
    for sentence in sentences:
        for match in _TWO_CAPITALISED.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if not taken.covers(start, end):
                chosen.append(sentence)
                break
        else:
            if lp.organisation_cue_anywhere.search(sentence.text):
                chosen.append(sentence)
    return chosen


def spacy_names(docs: list[tuple[Sentence, Doc]], text: str, known: list[Mention],
                patterns: Patterns, lp: LanguagePatterns) -> list[Mention]:
    """Unlinked mentions from French NER entities of the candidate sentences."""
    found: list[Mention] = []
    ents = [(s.start + e.start_char, s.start + e.end_char, e.text, e.label_)
            for s, doc in docs for e in doc.ents]
    taken = _Taken(known)
    for start, end, name, label in ents:
        ent_label = label
        if taken.overlaps(start, end) or _continues_known(text, start, known) or \
                not patterns.organisation_suffix.sub("", name).strip(" ,."):
            continue  # "Shein Distribution SAS": the known company's legal name, or its suffix
        if ent_label == "PER" and _is_full_name(name):
            found.append(Mention(f"person/{slugify(name)}", name, start, end, linked=False))
        elif ent_label in ("ORG", "MISC", "LOC") and _is_organisation(
                text, start, name, ent_label, patterns, lp):
            found.append(Mention(_organisation_key(name, patterns), name, start, end,
                                 linked=False))
    return found


def rule_names(text: str, known: list[Mention], patterns: Patterns,
               lp: LanguagePatterns) -> list[Mention]:
    """Unlinked mentions by rule (English, or any language without NER)."""
    found: list[Mention] = []
    for match in patterns.organisation_suffix.finditer(text):
        name_start = _org_start(text, match.start())
        if name_start is None:
            continue
        name = text[name_start:match.end()].rstrip(".")
        end = name_start + len(name)
        if not _overlaps(name_start, end, known + found) and not _continues_known(
                text, name_start, known):
            found.append(Mention(_organisation_key(name, patterns), name, name_start, end,
                                 linked=False))
    for match in _EN_PERSON.finditer(text):
        if not _overlaps(match.start(1), match.end(1), known + found):
            found.append(Mention(f"person/{slugify(match.group(1))}", match.group(1),
                                 match.start(1), match.end(1), linked=False))
    return found


# Characters before a name that its lead may take: "à l'acteur chinois du commerce en ligne "
# is 40, "à la plateforme d'échange de cryptomonnaies " 44 (company_kinds.py).
_LEAD_REACH = 60
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et)\s+)")
_LEGAL_FORM_COMMA = re.compile(r",\s*")


_CAPITALISED_WORDS = re.compile(r"(?:\s+[A-ZÀ-Ý][\w&'’.-]*){0,4}\s+")


def _continues_known(text: str, start: int, known: list[Mention]) -> bool:
    """"4chan Community Support LLC", "Shein Distribution SAS": the legal name of a platform
    or company named right before it (a few capitalised words between them at most)."""
    return any(m.end < start and m.end >= start - 80
               and _CAPITALISED_WORDS.fullmatch(text, m.end, start) is not None
               and m.key.startswith(("service/", "organisation/")) for m in known)


def unknown_targets(text: str, start: int, end: int, taken: list[Mention], patterns: Patterns,
                    lp: LanguagePatterns, language: str = "en") -> list[Mention]:
    """`unknown_target`, then the names listed right after it ("Chaturbate et Pornovore",
    "Temu, Shein and Wish", "Tele2 SEK 12 million and the online marketplace CDON")."""
    first = unknown_target(text, start, end, taken, patterns, lp, language)
    found = [first] if first else []
    while found:
        legal = legal_form_end(text, found[-1].end, end, patterns)
        if legal is not None:  # "Blockratize, Inc.": the name's legal form, no second name
            last = found[-1]
            found[-1] = Mention(last.key, text[last.start:legal], last.start, legal, False)
            continue
        gap = _LIST_SEPARATOR.match(text, found[-1].end, end)
        name = gap and patterns.unknown_target_name.match(text, gap.end(), end)
        span = (name.start(), name.end()) if name else next_listed(
            text, found[-1].end, end, language, patterns, lp)
        if not span or set(text[span[0]:span[1]].split()) & patterns.not_company_names \
                or _overlaps(*span, taken):
            break
        words = text[span[0]:span[1]]
        found.append(Mention(_organisation_key(words, patterns), words, *span, linked=False))
    # "Acme, Inc., which does business as Zapbox": the trade name stands for the pair
    def key_of(words: str) -> str:
        return _organisation_key(words, patterns)
    return [next(iter(unknown_trade_names(text, [(m.start, m.end)], end, taken,
                                          patterns.unknown_target_name, key_of)), m)
            for m in found]


def trade_names_added(text: str, mentions: list[Mention], found: list[tuple[int, int, str]],
                      limit: int, patterns: Patterns) -> list[tuple[int, int, str]]:
    """Unknown trade names after the named targets `found` ("la société Foo SAS, exploitant
    sous le nom commercial Zapbox"), added to the sentence's `mentions` (sorted again)."""
    def key_of(words: str) -> str:
        return _organisation_key(words, patterns)
    names = unknown_trade_names(text, [(a, b) for a, b, _ in found], limit, mentions,
                                patterns.unknown_target_name, key_of)
    mentions.extend(names)
    mentions.sort(key=lambda m: m.start)
    return [(m.start, m.end, m.key) for m in names]


def legal_form_end(text: str, name_end: int, end: int, patterns: Patterns) -> int | None:
    """The end of a legal form a comma hangs on a name ending at `name_end` ("Blockratize,
    Inc.", "Acme Holdings, Ltd."): part of that name, not the next item of a list."""
    comma = _LEGAL_FORM_COMMA.match(text, name_end, end)
    form = comma and patterns.organisation_suffix.match(text, comma.end(), end)
    if not form or text[form.end():form.end() + 1].isalnum():
        return None
    return form.end()


def unknown_target(text: str, start: int, end: int, taken: list[Mention], patterns: Patterns,
                   lp: LanguagePatterns, language: str = "en") -> Mention | None:
    """An unknown company named as the target in text[start:end] (see actions.yaml
    `unknown_target_lead`), as an unlinked organisation mention; None if there is none."""
    for match in patterns.unknown_target_name.finditer(text, start, end):
        name = match.group(0)
        if (lp.unknown_target_lead.search(text[max(0, match.start() - _LEAD_REACH):match.start()])
                and not set(name.split()) & patterns.not_company_names
                and not _overlaps(match.start(), match.end(), taken)
                and not lp.unknown_target_breaks.search(text[start:match.end()])
                and not _network_addressee(text, match.start(), match.end(), lp)):
            return Mention(_organisation_key(name, patterns), name, match.start(), match.end(),
                           linked=False)
    span = capitals_after_noun(text, start, end, patterns.not_company_names) or \
        capitals_after_kind(text, start, end, language, patterns.not_company_names)  # "KASPR"
    if span and not _overlaps(span[0], span[1], taken) \
            and not lp.unknown_target_breaks.search(text[start:span[1]]):
        name = text[span[0]:span[1]]
        return Mention(_organisation_key(name, patterns), name, span[0], span[1], linked=False)
    return None


def _network_addressee(text: str, start: int, end: int, lp: LanguagePatterns) -> bool:
    """The name at text[start:end] is a network operator told to block or restore access
    ("the telecoms operator Safaricom to block Telegram"): the block's intermediary, no
    target (actions.yaml `network_addressee`)."""
    return bool(lp.network_kind.search(text[max(0, start - _LEAD_REACH):start])
                and lp.network_instruction.match(text, end))


def _org_start(text: str, suffix_start: int) -> int | None:
    """Start of the capitalised words right before a legal-form suffix."""
    words = list(re.finditer(r"\S+", text[max(0, suffix_start - 80):suffix_start]))
    offset = max(0, suffix_start - 80)
    start = None
    for word in reversed(words[-5:]):
        if not re.match(_CAPITALISED + "$", word.group(0)) or word.group(0) in _DETERMINERS:
            break
        start = offset + word.start()
    return start


def _is_full_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


def _is_organisation(text: str, start: int, name: str, label: str, patterns: Patterns,
                     lp: LanguagePatterns) -> bool:
    """An ORG with a legal-form suffix, or any name a word before calls an organisation
    (the small French model tags "l'ONG AI Forensics" as a place)."""
    if label == "ORG" and patterns.organisation_suffix.search(name):
        return True
    return lp.organisation_cue.search(text[max(0, start - 40):start]) is not None


def organisation_label(name: str, patterns: Patterns) -> str:
    """An unknown company's name without the legal forms that end it ("Ring LLC", "Acme Pty
    Ltd" are Ring, Acme): guideline 3 normalises names, and the tuning sets label "Rytr LLC"
    as Rytr. A name that is only a legal form stays as written. Words in capitals the
    release's typography gives ("la société ORANGE") are written as names (`_as_name`)."""
    bare = name
    while True:
        ending = [m for m in patterns.organisation_suffix.finditer(bare)
                  if not bare[m.end():].strip(" ,.")]
        rest = bare[:ending[-1].start()].rstrip(" ,") if ending else ""
        if not rest:
            return _SHOUTED_WORD.sub(_as_name, bare)
        bare = rest


# A word of five letters or more all in capitals: French decisions and some releases write
# the company so ("la société ORANGE", "the operator DELIVERIX"); the gold labels it as its
# name is written elsewhere (Orange). Shorter words are acronyms and stay ("NSO", "XNXX").
_SHOUTED_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý]{5,}(?![\w'’-])")


def _as_name(word: re.Match[str]) -> str:
    return word.group(0).capitalize()


def new_entities(mentions: list[Mention], sentences: list[Sentence],
                 patterns: Patterns | None = None) -> list[NewEntity]:
    """One NewEntity per unlinked key, with the sentence of its first mention; with the
    `patterns`, an organisation's label without its legal form (`organisation_label`)."""
    seen: dict[str, NewEntity] = {}
    starts = [s.start for s in sentences]
    for mention in mentions:
        if mention.linked or mention.key in seen:
            continue
        index = bisect.bisect_right(starts, mention.start) - 1
        if index < 0 or not mention.start < sentences[index].end:
            continue
        sentence = sentences[index]
        kind = mention.key.partition("/")[0]  # person, authority (unknown_bodies)
        kind = kind if kind in ("person", "authority") else "organisation"
        label = organisation_label(mention.text, patterns) \
            if patterns is not None and kind == "organisation" else mention.text
        seen[mention.key] = NewEntity(mention.key, kind, label,
                                      Evidence(sentence.text, sentence.start, sentence.end))
    return list(seen.values())
