"""A deal an authority prohibits is an order on the buyer, not a block. Layer 1 (issue 3,
block vs order; data/patterns/deals.yaml says why and holds the words).

"The CMA blocked Meta's acquisition of Giphy" cuts no access to a platform: it bars Meta from
a purchase, an order aimed at Meta (tests/gale 1131's gold). The company bought is no target.
A deal with no buyer named ("the first time it has blocked a deal of this size") restates the
decision told with it and states no step of its own.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from regkg.extract.vocabulary import vocabulary
from regkg.models import Action
from regkg.namespaces import slugify
from regkg.reference import Reference

DEALS_FILE = "deals.yaml"
_SECTIONS = ("after_block", "buyer_after", "owner_sold")


class DealBans:
    """Retypes blocks of deals as orders on their buyers."""

    def __init__(self, reference: Reference, patterns_dir: Path) -> None:
        self.reference = reference
        self.words = vocabulary(patterns_dir / DEALS_FILE, _SECTIONS)

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
        pattern = self.words.get("after_block", language)
        if action.type != "block" or pattern is None:
            return None
        found = pattern.search(action.evidence.sentence)
        if found is None:
            return None
        sentence = action.evidence.sentence
        sold = self.words.get("owner_sold", language)
        if found.groupdict().get("owner") and not (sold and sold.match(sentence, found.end())):
            return found.group("owner")  # "Meta's acquisition of Giphy"; not "X's sale by Y"
        after = self.words.pattern("buyer_after", language, 0).match(sentence, found.end())
        return after.group("buyer") if after else ""

    def _names(self, key: str, words: str) -> bool:
        if not words:
            return False
        entity = self.reference.get(key)
        labels = entity.all_labels() if entity else (key.split("/", 1)[-1],)
        wanted = slugify(words)
        return any(slugify(label) == wanted or wanted.startswith(slugify(label) + "-")
                   for label in labels)
