"""A deal an authority prohibits is an order on the buyer, not a block. Layer 1 (issue 3,
block vs order; data/patterns/deals.yaml says why and holds the words).

"The CMA blocked Meta's acquisition of Giphy" cuts no access to a platform: it bars Meta from
a purchase, an order aimed at Meta (tests/gale 1131's gold). The company bought is no target.
A deal with no buyer named ("the first time it has blocked a deal of this size") restates the
decision told with it and states no step of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from regkg.models import Action
from regkg.namespaces import slugify
from regkg.reference import Reference

DEALS_FILE = "deals.yaml"


@dataclass(frozen=True)
class DealWords:
    after_block: dict[str, re.Pattern[str]]
    buyer_after: dict[str, re.Pattern[str]]
    owner_sold: dict[str, re.Pattern[str]]


@lru_cache(maxsize=4)
def deal_words(patterns_dir: Path) -> DealWords:
    data = yaml.safe_load((patterns_dir / DEALS_FILE).read_text(encoding="utf-8"))
    return DealWords(
        after_block={lang: re.compile(source, re.IGNORECASE)
                     for lang, source in data["after_block"].items()},
        buyer_after={lang: re.compile(source) for lang, source in data["buyer_after"].items()},
        owner_sold={lang: re.compile(source, re.IGNORECASE)
                    for lang, source in data["owner_sold"].items()})


class DealBans:
    """Retypes blocks of deals as orders on their buyers."""

    def __init__(self, reference: Reference, patterns_dir: Path) -> None:
        self.reference = reference
        self.words = deal_words(patterns_dir)

    def retyped(self, actions: list[Action], language: str) -> list[Action]:
        kept = []
        for action in actions:
            deal = self._deal(action, language)
            if deal is None:
                kept.append(action)
                continue
            buyers = tuple(t for t in action.targets if self._names(t, deal))
            if buyers:
                kept.append(replace(action, type="order", targets=buyers))
        return kept

    def _deal(self, action: Action, language: str) -> str | None:
        """The buyer's words of the deal the block is aimed at ("" when none is named);
        None when the block is aimed at no deal."""
        pattern = self.words.after_block.get(language)
        if action.type != "block" or pattern is None:
            return None
        found = pattern.search(action.evidence.sentence)
        if found is None:
            return None
        sentence = action.evidence.sentence
        sold = self.words.owner_sold.get(language)
        if found.groupdict().get("owner") and not (sold and sold.match(sentence, found.end())):
            return found.group("owner")  # "Meta's acquisition of Giphy"; not "X's sale by Y"
        after = self.words.buyer_after[language].match(sentence, found.end())
        return after.group("buyer") if after else ""

    def _names(self, key: str, words: str) -> bool:
        if not words:
            return False
        entity = self.reference.get(key)
        labels = entity.all_labels() if entity else (key.split("/", 1)[-1],)
        wanted = slugify(words)
        return any(slugify(label) == wanted or wanted.startswith(slugify(label) + "-")
                   for label in labels)
