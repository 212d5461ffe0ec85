"""A country's one-word name inside a longer capitalised name: "Qatar Airways", "Kenya
Airways", "the Niger Delta", "Panama Papers" (a company, a region, a leak), "Chad Smith",
"Jordan Peterson", "Michael Jordan", "Jim Jordan" (a person), "American Samoa", "New Guinea",
"Northern Ireland" (another territory). Such a word names no state: left
as the country, "Jim Jordan subpoenaed Google" was a step of the Jordanian government, "Qatar
Airways blocked Telegram" one of Qatar's (layer 1, applied to the gazetteer's mentions, as
company_countries.py; issue 3, session 20, with the world's countries in the reference).

A one-word name in capitals (not an acronym: "UK", "US", "EU" stay) is dropped when a
capitalised word follows it, or a known first name (data/patterns/claims.yaml `first_names`) or
a word making it another territory precedes it, one space apart on the same line, unless
- the word after is part of another entity's name ("Kenya Safaricom"): the gazetteer named
  both;
- the word after is the state's own body ("the Kenya Government", "the Chad Cabinet") or a
  legal form ("MultiChoice Nigeria Limited");
- the line is in title case, as headlines are ("Jordan Bans TikTok", "Kuwait Blocks Telegram").
A country's name right before ", <US state>" is a town's ("Lebanon, Ohio, officials sued",
"Mexico, Missouri": s20 review, where it gave the Lebanese government a suit).
Any capitalised word before is not enough: a company's name before its country names the
group's national entity ("MultiChoice Nigeria", "MTN Nigeria"), whose target is the group, and
the country must still end the company's name there.
"""

from __future__ import annotations

import re

from regkg.models import Mention

_ONE_NAME = re.compile(r"[A-ZÀ-Ý][a-zß-ÿ]+")
_WORD_AFTER = re.compile(r" ([A-ZÀ-Ý][a-zß-ÿ][\w-]*)")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][a-zß-ÿ][\w-]*) $")
_COMMA = re.compile(r", ")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_LOWER = frozenset({"with", "from", "over", "into", "onto", "upon", "amid", "after", "than",
                          "that", "pour", "avec", "dans", "sans", "sous", "chez", "vers"})
# The state's own organ after its name: "the Kenya Government said"; a legal form after a
# company's name and its country ("MultiChoice Nigeria Limited"): the country ends the
# company's name there, as it does without the form ("MultiChoice Nigeria").
# Words before a country's name that make it another territory: "American Samoa" (a US
# territory), "New Guinea" (an island), "Northern Ireland" (in the UK).
_OTHER_TERRITORY = frozenset({"American", "New", "Northern"})
_KEPT_BEFORE = frozenset({"Government", "Govt", "Cabinet", "Limited", "Ltd", "Plc", "Inc",
                          "Corp", "Corporation", "Holdings"})


def without_name_countries(mentions: list[Mention], text: str,
                           first_names: frozenset[str]) -> list[Mention]:
    """`mentions` (in text order) without the countries that are one word of a longer name."""
    spans = [(m.start, m.end) for m in mentions]
    states = {m.start for m in mentions if m.key.startswith("jurisdiction/US-")}
    return [m for m in mentions if not (m.key.startswith("jurisdiction/") and (
        _inside_a_name(m, text, spans, first_names) or _town_of_a_state(m, text, states)))]


def _town_of_a_state(mention: Mention, text: str, states: set[int]) -> bool:
    """"Lebanon, Ohio": a one-word country (no state: "Texas, Florida and Utah" is a list), a
    comma, a US state."""
    gap = _COMMA.match(text, mention.end)
    return bool("-" not in mention.key and _ONE_NAME.fullmatch(mention.text) and gap
                and gap.end() in states)


def _inside_a_name(mention: Mention, text: str, spans: list[tuple[int, int]],
                   first_names: frozenset[str]) -> bool:
    if not _ONE_NAME.fullmatch(mention.text) or _title_case_line(text, mention.start):
        return False
    after = _WORD_AFTER.match(text, mention.end)
    if after and after.group(1) not in _KEPT_BEFORE and not _in_spans(after.start(1), spans):
        return True
    before = _WORD_BEFORE.search(text, 0, mention.start)
    return bool(before and (before.group(1) in first_names
                            or before.group(1) in _OTHER_TERRITORY))


def _in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _title_case_line(text: str, offset: int) -> bool:
    """A line of three words or more none of whose words of four letters or more is in lower
    case, but for the prepositions title case leaves so ("Kuwait Blocks Telegram over ...")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    words = _LINE_WORD.findall(text, start, end if end >= 0 else len(text))
    return len(words) >= 3 and not any(
        len(w) > 3 and w[0].islower() and w not in _TITLE_LOWER for w in words)
