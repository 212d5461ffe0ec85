"""Bodies named by their country after their head: "Regulators in South Korea", "Authorities in
Nepal", "les autorités du Népal", "les régulateurs de Corée du Sud". Layer 1.

Wire reports name a country's acting bodies this way when they do not name the body (or name
it later). "Authorities"/"officials"/"autorités" of a country are its government, as
"Chinese authorities" are (`state_description`); "regulators", "watchdogs", "prosecutors" of a
country name no one body: the step is the country's, its actor unknown (`actor: null`), as for
a country named as the actor (tests/gold README), whether or not the reference has a government
for the country (its government would be a wrong actor): the key is then a `CountryOnlyKey`,
which `Linker.actor_key` keeps as the country. The country is the gazetteer's place mention
right after the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from regkg.extract.linking_discourse import kind_of
from regkg.models import Mention

_EN = re.compile(r"\b(?P<head>regulators|authorities|officials|watchdogs|prosecutors)\s+in\s+"
                 r"(?:the\s+)?$", re.IGNORECASE)
_FR = re.compile(r"\b(?P<head>autorités|régulateurs|gendarmes)\s+(?:du\s+|de\s+la\s+|de\s+l.|"
                 r"des\s+|de\s+|d.)$", re.IGNORECASE)
_GOVERNMENT_HEADS = frozenset({"authorities", "officials", "autorités"})


class CountryOnlyKey(str):
    """A jurisdiction key ("jurisdiction/NP") that stands for an unnamed body of the country,
    not for its government: "Regulators in Nepal banned TikTok" is Nepal's step, actor null."""


def located_bodies(text: str, mentions: list[Mention], french: bool,
                   government_of: Callable[[str], str]) -> list[tuple[str, int, int, str]]:
    """(key, start, end, words) of each body named by its country after its head."""
    found = []
    for mention in mentions:
        if kind_of(mention.key) != "jurisdiction":
            continue
        head = (_FR if french else _EN).search(text, max(0, mention.start - 40), mention.start)
        if head is None:
            continue
        key = government_of(mention.key.partition("/")[2])
        if head.group("head").casefold() not in _GOVERNMENT_HEADS:
            key = CountryOnlyKey(mention.key)  # "regulators in China" are not MIIT
        found.append((key, head.start(), mention.end, text[head.start():mention.end]))
    return found
