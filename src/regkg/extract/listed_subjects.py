"""A plural pronoun for the companies listed as the subject of the sentence's first clause:
"The retailer Coop and the business daily Dagens Industri escaped fines, but IMY ordered
them, together with CDON, to stop using the tool" (haze 1116's gold: orders on Coop, Dagens
Industri and CDON). Known names there are the pronoun's referents already (the sentence's
platforms come first, targets._last_targets); unknown ones are no mentions until a step names
them, so this module reads the list. Layer 1; used by regkg.extract.targets.TargetFinder
(issue 3, s18 conduct).

Conservative: the sentence opens on two or more names linked by commas and "and"/"et", each
after its description or bare, at least one a company by its kind ("the retailer Coop") or
known as one, none a known body, place or person; a verb follows the list, and a new clause
(", but", ", while", "; ", ", mais", ", tandis que") opens before the pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from regkg.extract.names import _organisation_key
from regkg.extract.patterns import LanguagePatterns, Patterns
from regkg.models import Mention

_LOWER = r"(?-i:[a-zà-ÿ])[\w'’-]*"
# A description before a name: "the retailer ", "the business daily ", "l'opérateur ".
_ITEM_LEAD = re.compile(rf"(?:(?:the|a|an|le|la|les)\s+|l['’]\s*)(?:{_LOWER}\s+){{0,4}}", re.I)
# A name: up to four capitalised words ("Dagens Industri", "CDON"); the list's last one is
# followed by its verb, where `unknown_target_name` wants a function word.
_NAME = re.compile(r"(?-i:[A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý][\w&'’.-]*){0,3})(?![\w&-])")
_LINK = re.compile(r"\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+", re.I)
_VERB_AFTER = re.compile(rf"\s+{_LOWER}")
_NEW_CLAUSE = re.compile(r",\s*(?:but|while|whereas|yet|mais|tandis\s+qu|alors\s+qu)|;", re.I)
_OPENING_MARKS = " \t\n\"«“‘'-—–"


def listed_subjects(text: str, before: int, mentions: list[Mention], patterns: Patterns,
                    lp: LanguagePatterns, is_target: Callable[[str], bool]) -> list[Mention]:
    """The companies of the list that opens text as its first clause's subject, when a new
    clause opens after it and before `before` (the pronoun); [] otherwise. Unknown names come
    as new unlinked organisation mentions (not in `mentions`)."""
    items: list[Mention] = []
    kinds = False
    cursor = len(text) - len(text.lstrip(_OPENING_MARKS))
    while True:
        lead = _ITEM_LEAD.match(text, cursor)
        at = lead.end() if lead else cursor
        item = _item(text, at, mentions, patterns)
        if item is None or not is_target(item.key):
            return []  # "Sweden and Norway objected": no companies
        items.append(item)
        kinds = kinds or item in mentions or bool(
            lead and lp.unknown_target_lead.search(text[lead.start():at]))
        link = _LINK.match(text, item.end)
        if link is None:
            break
        cursor = link.end()
    verb = _VERB_AFTER.match(text, items[-1].end)
    if len(items) < 2 or not kinds or verb is None \
            or not _NEW_CLAUSE.search(text, verb.end(), before):
        return []
    return items


def _item(text: str, at: int, mentions: list[Mention], patterns: Patterns) -> Mention | None:
    """The known mention starting at `at`, or an unknown name written there."""
    known = next((m for m in mentions if m.start == at), None)
    if known is not None:
        return known
    name = _NAME.match(text, at)
    if name is None or set(name.group(0).split()) & patterns.not_company_names:
        return None
    return Mention(_organisation_key(name.group(0), patterns), name.group(0), name.start(),
                   name.end(), linked=False)
