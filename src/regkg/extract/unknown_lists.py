"""The next unknown company of a list of unknown targets, past its kind and the first one's
sum. Layer 1; used by regkg.extract.names.unknown_targets.

"fined the telecoms operator Tele2 SEK 12 million and the online marketplace CDON SEK
300,000", "a infligé une amende à l'opérateur Tele2 et à la place de marché CDON": each name
is told with its kind (and its own sum), the verb once (guideline 5: one step per company;
haze 1116's gold has both fines). Issue 3, s18 conduct.

Conservative: the second name must follow "and"/"et" (or a comma) right after the first name
or its sum, with only lower-case words between the link and it, and those words must make a
company's kind lead (actions.yaml `unknown_target_lead`: "the online marketplace", "à la
place de marché"); "and the founder John Smith", "and the business daily Dagens Industri"
(a news outlet is no company kind) end the list.

A name in capitals right after its kind is a name too ("the online marketplace CDON", "la
place de marché CDON"): `unknown_target_name` asks for a lower-case letter so that acronyms of
laws and bodies are never companies; after a company's kind no law or body stands.
"""

from __future__ import annotations

import re
from functools import cache

from regkg.extract.company_kinds import company_kind
from regkg.extract.money import find_money
from regkg.extract.money_words import CODE_BEFORE_SUM
from regkg.extract.patterns import LanguagePatterns, Patterns
from regkg.extract.vocabulary import vocabulary
from regkg.settings import Settings

ACTIONS_FILE = Settings().patterns_dir / "actions.yaml"

_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et)\s+)", re.IGNORECASE)
_SUM_GAP = re.compile(r"\s*(?:,\s*)?")
# The kind between the link and the name: lower-case words only ("the online marketplace",
# "à la place de marché", "l'opérateur").
_KIND_WORDS = re.compile(r"(?:(?-i:[a-zà-ÿ][\w'’-]*)['’]?\s*)+\s")
_KIND_REACH = 60
# A name in capitals (up to three words), no currency's code before its sum ("SEK 12").
_NOT_CODE = CODE_BEFORE_SUM.pattern
_CAPITALS = rf"(?-i:{_NOT_CODE}[A-Z][A-Z0-9&]{{2,}}(?:[\s-]{_NOT_CODE}[A-Z][A-Z0-9&]+){{0,2}})"


@cache
def _kind_then_capitals(language: str) -> re.Pattern[str]:
    data = dict(vocabulary(ACTIONS_FILE).data)
    kind = company_kind(data, language if language in ("en", "fr") else "en")
    return re.compile(rf"(?:{kind})\s+(?P<name>{_CAPITALS})(?![\w&-])", re.IGNORECASE)


def capitals_after_kind(text: str, start: int, end: int, language: str,
                        not_names: frozenset[str]) -> tuple[int, int] | None:
    """The span of the first name in capitals right after a company's kind in
    text[start:end] ("the online marketplace CDON"); None if there is none."""
    for match in _kind_then_capitals(language).finditer(text, start, end):
        if not set(re.split(r"[\s-]", match.group("name"))) & not_names:
            return match.start("name"), match.end("name")
    return None


def next_listed(text: str, name_end: int, end: int, language: str, patterns: Patterns,
                lp: LanguagePatterns) -> tuple[int, int] | None:
    """The span of the next unknown name listed after its kind, after a name ending at
    `name_end` (and its sum), before `end`; None if there is none."""
    cursor = _after_sum(text, name_end, end, language)
    link = _LINK.match(text, cursor, end)
    if link is None:
        return None
    kind = _KIND_WORDS.match(text, link.end(), min(end, link.end() + _KIND_REACH))
    if kind is None:
        return None
    name = patterns.unknown_target_name.match(text, kind.end(), end)
    span = (name.start(), name.end()) if name else capitals_after_kind(
        text, link.end(), end, language, patterns.not_company_names)
    lead = text[max(0, kind.end() - _KIND_REACH):kind.end()]
    if span is None or span[0] != kind.end() or not lp.unknown_target_lead.search(lead):
        return None
    return span


def _after_sum(text: str, name_end: int, end: int, language: str) -> int:
    """The end of the sum right after the name ("Tele2 SEK 12 million"), else `name_end`."""
    for money in find_money(text[:end], language):
        if money.start >= name_end and _SUM_GAP.fullmatch(text, name_end, money.start) \
                and money.money is not None:
            return money.end
    return name_end
