"""Unknown names inside a list of known targets: "les sites xHamster, Tukif et Mrsexe",
"requests to Temu, Acme Shop and Shein". The gazetteer knows some items of the list; the
others, capitalised names in the same list, are targets too (as unlinked organisations).
Layer 1; used by regkg.extract.targets.TargetFinder.

Conservative: an unknown item must sit between two known ones, or close the list after
"and"/"et" ("fined Apple, Reuters reported" is no list), or come last before the rest of the
class ("TikTok, WeChat, UC Browser and 56 other apps").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from regkg.extract.gapped_sums import gapped_run_end
from regkg.extract.names import _organisation_key
from regkg.extract.patterns import Patterns
from regkg.models import Mention

_ITEM_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et)\s+)")
_CLOSING_LINK = re.compile(r"\s*,?\s+(?:and|et)\s+$", re.IGNORECASE)
# A list closed by the rest of its class: "banned TikTok, WeChat, UC Browser and 56 other
# apps", "a banni TikTok, WeChat, UC Browser et 56 autres applications".
_CLOSING_REST = re.compile(r"\s*,?\s+(?:and|et)\s+(?:[\w-]+\s+){1,2}?(?:other|autres)\b",
                           re.IGNORECASE)


def first_stop(stops: re.Pattern[str], text: str, language: str,
               candidates: Sequence[tuple[int, int, object]], end: int) -> re.Match[str] | None:
    """The first target stop after the first candidate and the "sum and company sum" pairs
    that follow it ("condamné Google à payer 100 millions d'euros et Amazon 35 millions",
    gapped_sums.py)."""
    spans = [(start, stop) for start, stop, _ in candidates]
    return stops.search(text, gapped_run_end(text, language, spans, spans[0][1], end), end)


def list_items(text: str, known: Sequence[tuple[int, int]], end: int, taken: list[Mention],
               patterns: Patterns) -> list[Mention]:
    """Unknown names listed with the known targets at `known` (start, end spans in order),
    before `end`: between two of them, or after the last one as the list's last item."""
    found: list[Mention] = []
    for index, (_, item_end) in enumerate(known):
        following = known[index + 1][0] if index + 1 < len(known) else None
        found += _run(text, item_end, following if following is not None else end, taken,
                      patterns, closed=following is not None)
    return found


def _run(text: str, start: int, end: int, taken: list[Mention], patterns: Patterns,
         closed: bool) -> list[Mention]:
    """The names chained by list links from `start`; `closed`: the run must reach the next
    known item at `end`, else the last name must follow "and"/"et"."""
    found: list[Mention] = []
    cursor = start
    while True:
        link = _ITEM_LINK.match(text, cursor, end)
        name = link and patterns.unknown_target_name.match(text, link.end(), end)
        if not name or set(name.group(0).split()) & patterns.not_company_names or any(
                name.start() < m.end and m.start < name.end() for m in taken):
            break
        found.append(Mention(_organisation_key(name.group(0), patterns), name.group(0),
                             name.start(), name.end(), linked=False))
        cursor = name.end()
    if closed:
        return found if found and _ITEM_LINK.fullmatch(text, cursor, end) else []
    while found and not (_CLOSING_LINK.search(text, 0, found[-1].start)
                         or _CLOSING_REST.match(text, found[-1].end)):
        found.pop()
    return found


_FOLLOWING = re.compile(r"\b(?:the\s+)?following\s+$|\bsuivant(?:e|s|es)?\s*$", re.I)


def lists_after_colon(text: str, class_start: int, class_end: int, first_name: int) -> bool:
    """"investigations into whether the following providers have age checks in place: A Ltd,
    B LLC": a release's list of names after a colon, announced by "the following" class."""
    return bool(_FOLLOWING.search(text, max(0, class_start - 20), class_start)) and \
        ":" in text[class_end:first_name]
