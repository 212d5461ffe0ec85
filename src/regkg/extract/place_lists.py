"""Bodies named as one plural description and a list of places. Layer 1.

Joint steps are often reported as "the data protection authorities of France, Italy and
Spain", "the federal, Quebec, British Columbia and Alberta privacy commissioners", "les
commissaires à la protection de la vie privée fédéral, du Québec et de l'Alberta", "les
autorités de la concurrence française et allemande": one body per place.

Rules (words in data/patterns/actions.yaml `domain_regulators.place_lists`):
- The description is plural and gives the domain; the places follow it (of/in/du/de la ...),
  or, in English, precede it (names, demonyms); French demonyms may follow the head or the
  domain. A list has two places at least and closes with "and"/"et".
- Each place names the domain's body there (`domain_regulators.bodies`, then
  `place_lists.subdivision_bodies`); without a domain ("the regulators of ..."), the place's one
  regulator. "federal" is the country of the list's provinces or states.
- A place whose body is unknown or ambiguous names nobody, and its name does not act either
  (it is no government here). The others still act: precision first, and each body that is
  certain is a true fact whatever the list's other members.
- A description in complement position ("a letter to the data protection authorities of ...")
  lists addressees, not actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract.linking_discourse import kind_of
from regkg.extract.patterns import LanguagePatterns
from regkg.extract.prefilter import GatedPattern
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.linking import Linker

_LEAD = {"en": re.compile(r"\s+(?:of|in|from|for)\s+(?:the\s+)?", re.I),
         "fr": re.compile(r"\s+(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?", re.I)}
_JOIN = {"en": re.compile(r"\s*,\s*(?:and\s+)?(?:(?:of|in)\s+)?(?:the\s+)?"
                          r"|\s+and\s+(?:(?:of|in)\s+)?(?:the\s+)?", re.I),
         "fr": re.compile(r"\s*,\s*(?:et\s+)?(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?"
                          r"|\s+et\s+(?:(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*)?", re.I)}
_LEAD_ONE = {"en": re.compile(r"\s+(?:of|for)\s+(?:the\s+)?", re.I),
             "fr": re.compile(r"\s+(?:du|de\s+la|de\s+l['’]|d['’])\s*", re.I)}
_ACRONYM = re.compile(r"\s*\([^()]{1,15}\)")
_CLOSES = re.compile(r"\b(?:and|et)\b", re.I)
# English places before the description: names, demonyms, "federal", in a closed list.
_NOT_PLACE = r"(?!(?:In|On|At|The|And|For|By|Of|With|From|To)\b)"
_ITEM_EN = rf"(?:federal|{_NOT_PLACE}(?-i:[A-Z])[\w.'’-]*(?:[ ]+(?-i:[A-Z])[\w'’-]*){{0,2}})"
_LIST_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_ITEM_EN}(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+))+{_ITEM_EN}\s+$", re.I)
_FR_WORD = re.compile(r"[\w-]+")
_EN_WORD = re.compile(rf"(?:federal\b|{_NOT_PLACE}"
                      r"(?-i:[A-Z])[\w.'’-]*(?:[ ]+(?-i:[A-Z])[\w'’-]*){0,2})", re.I)
# Addressees, not actors: "a letter to the ...", "une plainte auprès des ...".
_COMPLEMENT = re.compile(
    r"\b(?:to|against|from|for|at|on|into|à|aux|auprès|contre|pour|sur|vers|chez)\s+(?:the\s+)?$",
    re.I)


@dataclass(frozen=True)
class PlaceListMention(Mention):
    """One place's body in a place list; `gap_before` the text that joins it to the place
    before it in the list (the first place: the description, for a subject before it)."""

    gap_before: str = ""
    first: bool = False


@dataclass(frozen=True)
class PlaceList:
    start: int
    end: int
    bodies: tuple[PlaceListMention, ...]


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    code: str | None  # "federal" for the federal level


def find_place_lists(text: str, mentions: list[Mention], lp: LanguagePatterns,
                     linker: Linker, language: str) -> list[PlaceList]:
    """Every place list of the sentence, with the bodies it names (none for a list of
    addressees); the caller drops the places' own names as actors inside each list's span."""
    walk = _Walk(text, mentions, linker, lp, language)
    found: list[PlaceList] = []
    for domain, head in _heads(text, lp.place_list_heads):
        items, start = _items_after(walk, head, language)
        if len(items) < 2 and language == "en" and not head.group("det"):
            items, start = _items_before(walk, head)
        if len(items) < 2:
            # "the data protection authorities of the EU": bodies of a place, not its government
            one = _one_place(walk, head, language)
            items, start = ([one], head.start()) if one else ([], start)
        end = max(head.end(), items[-1].end) if items else 0
        if not items or _overlaps(found, start, end):
            continue
        head_end = head.end() if start < head.start() else None
        found.append(_place_list(text, items, domain if len(items) > 1 else "", linker,
                                 (start, end), head_end))
    for domain, head in _heads(text, lp.place_one_heads):
        one = _one_place(walk, head, language)
        if one is not None and not _overlaps(found, head.start(), one.end):
            found.append(_place_list(text, [one], domain, linker, (head.start(), one.end), None))
    return found


def _overlaps(found: list[PlaceList], start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in found)


def _place_list(text: str, items: list[_Item], domain: str | None, linker: Linker,
                span: tuple[int, int], head_end: int | None) -> PlaceList:
    """The list over `span`; its bodies, unless it lists addressees ("a letter to the ...")
    or is a plural description of one place (`domain` ""), which names no one body."""
    start, end = span
    addressed = _COMPLEMENT.search(text[max(0, start - 30):start]) is not None
    if addressed or domain == "":
        return PlaceList(start, end, ())
    return PlaceList(start, end, _bodies(text, items, domain, linker, start, head_end))


def _heads(text: str, patterns: tuple[tuple[str | None, GatedPattern], ...],
           ) -> list[tuple[str | None, re.Match[str]]]:
    """Descriptions of a domain's bodies, a domain's before a bare head over the same words."""
    found: list[tuple[str | None, re.Match[str]]] = []
    for domain, pattern in patterns:
        for match in pattern.finditer(text):
            if not any(m.start() < match.end() and match.start() < m.end() for _, m in found):
                found.append((domain, match))
    return sorted(found, key=lambda f: f[1].start())


class _Walk:
    """Reads the places of a list from a position: each place, then the words joining it to
    the next, while the list goes on."""

    def __init__(self, text: str, mentions: list[Mention], linker: Linker,
                 lp: LanguagePatterns, language: str) -> None:
        self.text = text
        self.places = {m.start: m for m in mentions if kind_of(m.key) == "jurisdiction"}
        self.others = [m for m in mentions if kind_of(m.key) != "jurisdiction"]
        self.linker, self.lp, self.language = linker, lp, language

    def items(self, start: int, limit: int) -> list[_Item]:
        """The closed list of places from `start` (to `limit` at most); [] if none."""
        items: list[_Item] = []
        joins: list[str] = []
        item = self.item_at(start)
        while item is not None and item.end <= limit:
            items.append(item)
            join = _JOIN[self.language].match(self.text, item.end)
            item = self.item_at(join.end()) if join else None
            if item is not None and join is not None and item.end <= limit:
                joins.append(join.group(0))
        if len(items) < 2 or not _CLOSES.search(joins[len(items) - 2]):
            return []
        return items

    def item_at(self, start: int) -> _Item | None:
        text = self.text
        place = self.places.get(start)
        if place is not None:
            return _Item(start, place.end, place.key.partition("/")[2])
        federal = self.lp.federal.match(text, start) if self.lp.federal else None
        if federal:
            return _Item(start, federal.end(), "federal")
        word = (_FR_WORD if self.language == "fr" else _EN_WORD).match(text, start)
        if word is None or any(m.start < word.end() and start < m.end for m in self.others):
            return None
        code = self.linker.place_code(word.group(0))
        if code is None and not word.group(0)[:1].isupper():
            return None
        return _Item(start, word.end(), code)


def _items_after(walk: _Walk, head: re.Match[str],
                 language: str) -> tuple[list[_Item], int]:
    """Places after the description ("the data protection authorities of France, Italy and
    Spain"), or, in French, between its head and its domain ("autorités française et
    allemande de la concurrence")."""
    mid = head.groupdict().get("mid")
    if mid:
        items = walk.items(head.start("mid"), head.end("mid"))
        if items:
            return items, head.start()
    lead = _LEAD[language].match(walk.text, head.end())
    items = walk.items(lead.end(), len(walk.text)) if lead else []
    return items, head.start()


def _one_place(walk: _Walk, head: re.Match[str], language: str) -> _Item | None:
    """The one place a singular description names ("the Information and Privacy Commissioner
    (OIPC) of British Columbia"); None when no place follows, or a list does."""
    at = _ACRONYM.match(walk.text, head.end())
    lead = _LEAD_ONE[language].match(walk.text, at.end() if at else head.end())
    place = walk.places.get(lead.end()) if lead else None
    if place is None:
        return None
    join = _JOIN[language].match(walk.text, place.end)
    if join and walk.item_at(join.end()) is not None:
        return None
    return _Item(place.start, place.end, place.key.partition("/")[2])


def _items_before(walk: _Walk, head: re.Match[str]) -> tuple[list[_Item], int]:
    """English places before the description: "the federal, Quebec and Alberta privacy
    commissioners", "the French, Italian and Spanish data protection authorities"."""
    found = _LIST_BEFORE.search(walk.text, 0, head.start())
    items = walk.items(found.start(), head.start()) if found else []
    if not found or not items or walk.text[items[-1].end:head.start()].strip():
        return [], head.start()
    return items, found.start()


def _bodies(text: str, items: list[_Item], domain: str | None, linker: Linker,
            lead_start: int, head_end: int | None) -> tuple[PlaceListMention, ...]:
    """Each place's body, joined to the body before it by the words between them; the last
    place of a list before its description reaches to the description's end (`head_end`)."""
    codes = [i.code for i in items if i.code and i.code != "federal"]
    countries = {c.split("-")[0] for c in codes}
    federal = countries.pop() if len(countries) == 1 and any("-" in c for c in codes) else None
    found: list[PlaceListMention] = []
    previous = lead_start
    for index, item in enumerate(items):
        code = federal if item.code == "federal" else item.code
        key = linker.body_of_place(domain, code) if code else None
        if key is None:
            continue
        end = head_end if head_end is not None and index == len(items) - 1 else item.end
        gap = linker.patterns.asides.sub("", text[previous:item.start])  # as the callers see it
        found.append(PlaceListMention(key, text[item.start:end], item.start, end,
                                      gap_before=gap, first=not found))
        previous = end
    return tuple(found)


def list_coordinated(gap: str, later: Mention) -> bool:
    """The text between two actor mentions joins them: the words of the list between two of
    its places, or a coordination and the description before the list's first place."""
    if not isinstance(later, PlaceListMention) or not gap.endswith(later.gap_before):
        return False
    if not later.first:
        return gap == later.gap_before
    return g.COORDINATION.match(gap[:len(gap) - len(later.gap_before)]) is not None
