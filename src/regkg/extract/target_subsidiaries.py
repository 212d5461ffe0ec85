"""A subsidiary named beside its parent: the step is addressed to the subsidiary. Layer 1;
used by regkg.extract.targets.TargetFinder before the targets are normalised.

Journalists name the legal entity a step hits and gloss it with its parent: "fined Foodinho,
the Italian subsidiary of Glovo", "Foodinho, filiale italienne de Glovo", "Glovo's Italian
subsidiary Foodinho", "Ring, the Amazon-owned doorbell maker", "Kakao Mobility, a unit of
Kakao". The parent is a known company, the subsidiary often is not; without this the parent,
merely mentioned, became the target (guideline 3: the company as named). The subsidiary becomes
an unlinked organisation. Not a subsidiary: an unnamed arm ("Google's Irish arm" stays Google),
a parent in apposition ("Alphabet, Google's parent", "Glovo, which owns Foodinho"), a known
name (the group rules of target_groups decide "WhatsApp, filiale de Meta"), or the known
company's own legal entity ("Meta Platforms Ireland, a Meta unit" is Meta: only corporate,
place and legal-form words follow the known name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from regkg.extract.group_names import OWN_ENTITY_WORDS, group_company_end, places_of
from regkg.extract.names import _organisation_key
from regkg.extract.patterns import Patterns
from regkg.models import Mention
from regkg.reference import Reference

# One capitalised word of a company's name ("Foodinho", "Kakao", "B.V.", "Pay").
_CAP = r"(?-i:[A-Z][\w&'’.-]*)"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
# "Italian", "italienne", "US-based": nationality adjectives are capitalised in English.
_ADJECTIVES = r"(?:(?!(?:of|de|du|des)\b)[\w-]+\s+){0,3}?"
_UNIT = r"(?:subsidiary|unit|arm|affiliate|division|branch|filiale|branche)"
# "Foodinho, the Italian subsidiary of ", "Foodinho, filiale italienne de ", "Ring, owned by ",
# "Ring, propriété d'": the subsidiary's name, then the relation leading to the parent.
_NAME_BEFORE_RELATION = re.compile(
    rf"(?<![\w'’])(?P<name>{_NAME})\s*,\s*(?:(?:the|its|a|an|la|sa|une|un)\s+|l['’])?"
    rf"(?:{_ADJECTIVES}{_UNIT}\s+{_ADJECTIVES}(?:of|de|du|d['’])|(?:wholly[- ])?owned\s+by|"
    r"d[ée]tenue?\s+par|propri[ée]t[ée]\s+(?:de|du|d['’])|appartenant\s+(?:à|au))\s*$",
    re.IGNORECASE)
# "Ring, the " before "Amazon-owned": the parent's name inside a compound adjective.
_NAME_BEFORE_OWNED = re.compile(rf"(?<![\w'’])(?P<name>{_NAME})\s*,\s*(?:the|an?)\s+$")
_OWNED_AFTER = re.compile(r"-owned\b", re.IGNORECASE)
# "'s Italian subsidiary Foodinho", "'s unit, Kakao Pay,": the relation, then the name.
_RELATION_THEN_NAME = re.compile(
    rf"['’]s?\s+{_ADJECTIVES}{_UNIT}\s*,?\s+(?P<name>{_NAME})", re.IGNORECASE)

# Not a subsidiary's name: a source or an agent before the apposition ("Selon Reuters, la
# filiale de Glovo", "by Ofcom, a unit of"), or a time word opening the sentence ("Lundi, la
# filiale de Glovo a été sanctionnée").
_SOURCE_BEFORE = re.compile(r"(?:\b(?:selon|according\s+to|par|by|pour|for|from|with|avec)|"
                            r"[dl]['’])\s*$", re.IGNORECASE)
_TIME_WORDS = frozenset({
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "fevrier", "février", "mars", "avril", "mai", "juin", "juillet", "aout", "août",
    "septembre", "octobre", "novembre", "decembre", "décembre", "hier", "aujourd'hui",
    "selon", "en", "in", "on", "at", "au", "pour", "for", "meanwhile", "however", "yesterday",
    "today", "cependant", "toutefois", "ensuite", "then", "also", "aussi"})


def subsidiary_of(text: str, span: tuple[int, int], mentions: list[Mention],
                  is_name: Callable[[str], bool]) -> tuple[int, int] | None:
    """(start, end) of the subsidiary named beside the parent at `span`, if the text names
    one; `is_name` rejects words that are no company ("Commission", "Monday")."""
    start, end = span
    window = max(0, start - 120)
    before = _NAME_BEFORE_RELATION.search(text, window, start) or (
        _NAME_BEFORE_OWNED.search(text, window, start)
        if _OWNED_AFTER.match(text, end) else None)
    after = _RELATION_THEN_NAME.match(text, end)
    for found in (before, after):
        if found is None:
            continue
        name = _trimmed(text, found.start("name"), found.end("name"))
        if name and _plausible(text, name, is_name) and _own_name(name, mentions, text):
            return name
    return None


def _plausible(text: str, name: tuple[int, int], is_name: Callable[[str], bool]) -> bool:
    words = text[name[0]:name[1]]
    return is_name(words) and words.split()[0].casefold() not in _TIME_WORDS \
        and _SOURCE_BEFORE.search(text, max(0, name[0] - 20), name[0]) is None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name without a leading determiner or a trailing full stop ("The Foo" is Foo)."""
    words = text[start:end].split()
    if words and words[0] in ("The", "Le", "La", "Les"):
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
    while end > start and text[end - 1] in ".,":
        end -= 1
    return (start, end) if end > start else None


def _own_name(name: tuple[int, int], mentions: list[Mention], text: str) -> bool:
    """The name is a company of its own: no known mention in it, or a known company's name
    followed by a word of its own ("Kakao Mobility", not "Meta Platforms Ireland")."""
    inside = [m for m in mentions if m.start < name[1] and name[0] < m.end]
    if not inside:
        return True
    if len(inside) > 1 or inside[0].start != name[0] or inside[0].end >= name[1]:
        return False
    rest = text[inside[0].end:name[1]].split()
    return any(word.casefold().rstrip(".") not in OWN_ENTITY_WORDS for word in rest)


def with_subsidiaries(spans: list[tuple[int, int, str]], text: str, mentions: list[Mention],
                      patterns: Patterns, reference: Reference) -> list[tuple[int, int, str]]:
    """`spans` (start, end, key of a step's targets) with each parent replaced by the
    subsidiary named beside it, and each group by the company named after it ("Kakao Pay",
    group_names); the company joins `mentions` as an unlinked organisation (in place of a
    known name it starts with)."""
    places = places_of(reference)
    is_name = lambda name: not set(name.split()) & patterns.not_company_names  # noqa: E731
    key_of = lambda name: _organisation_key(name, patterns)  # noqa: E731
    found, named = [], []
    for start, end, key in spans:
        name = subsidiary_of(text, (start, end), mentions, is_name)
        longer = None if name else group_company_end((start, end, key), text, mentions,
                                                     patterns, places)
        name = name or ((start, longer) if longer else None)
        if name is None:
            found.append((start, end, key))
            continue
        named.append(name)
        words = text[name[0]:name[1]]
        mentions[:] = [m for m in mentions if not (m.start < name[1] and name[0] < m.end)]
        mentions.append(Mention(key_of(words), words, name[0], name[1], linked=False))
        mentions.sort(key=lambda m: m.start)
        found.append((name[0], name[1], key_of(words)))
    # "Kakao Mobility, a unit of Kakao": the known "Kakao" inside the name is no target.
    return [(a, b, k) for a, b, k in found
            if (a, b) in named or not any(a < e and s < b for s, e in named)]
