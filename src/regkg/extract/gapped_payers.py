"""Each company of a payment told once for several payers, with its own sum (issue 3, session
19: fines the rules missed). Layer 1; used by regkg.extract.extractor.

"Shopee was ordered to pay S$1.2 million and Lazada S$0.9 million, the CCCS said", "Just Eat
devra acquitter 200 millions d'euros, et Wolt 100 millions": the verb is said for the first
payer only; the second payer, with a sum of its own and no verb, pays under the same step
(guideline 5: one action per company). gapped_sums.py reads the list when the companies are
the verb's objects ("ordered Uber to pay S$6.58 million and Lyft S$6.42 million"); here the
first company is the verb's subject.

Conservative: the fine names one company, written right before the payment verb; after its sum
comes ", and"/"et", a company the gazetteer knows (or an unknown one the article names
elsewhere), then a sum, then the end of the clause; a time of its own after the pair ("and
Lazada S$0.9 million a year earlier") makes it another, earlier step: no copy.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.money import find_money
from regkg.models import Action, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# Between the first payer and its sum: the payment verb.
_PAYS = re.compile(
    r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:ordered|told|required)\s+to\s+pay|"
    r"(?:will|must|is\s+to|are\s+to|agreed\s+to|has\s+agreed\s+to)\s+pay|"
    r"(?:devra|devront|doit|doivent|a\s+dû|a\s+été\s+(?:condamnée?|contrainte?)\s+à)\s+"
    r"(?:payer|verser|acquitter|s.acquitter\s+d.)|pai(?:era|eront)|vers(?:era|eront))\s+"
    r"(?:(?:une\s+(?:amende|sanction)\s+de|a\s+(?:fine|penalty)\s+of)\s+)?", re.IGNORECASE)
_LINK = re.compile(r"\s*,?\s+(?:and|et)\s+", re.IGNORECASE)
_GAP = re.compile(r"\s+")
# The clause ends after the second sum: punctuation, the text's end, or a reporting clause.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
_EARLIER = re.compile(r"\s*,?\s*(?:(?:a|an|one|two|three|\w+)\s+(?:years?|months?)\s+"
                      r"(?:earlier|before|ago)|earlier|previously|auparavant|plus\s+tôt|en\s+\d{4}|"
                      r"in\s+\d{4})\b", re.IGNORECASE)


def add_gapped_payers(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """The actions, with one more fine for each company paying its own sum after the first."""
    by_start = {view.sentence.start: view for view in views}
    added: list[Action] = []
    taken = {(a.type, a.targets, a.evidence.start) for a in actions}
    for action in actions:
        view = by_start.get(action.evidence.start)
        if action.type != "fine" or len(action.targets) != 1 or view is None:
            continue
        for key, money in _second_payers(view, action.targets[0]):
            if ("fine", (key,), action.evidence.start) in taken:
                continue
            taken.add(("fine", (key,), action.evidence.start))
            amount = money if money.currency or action.amount is None else Money(
                money.amount, action.amount.currency)
            added.append(dataclasses.replace(action, targets=(key,), amount=amount))
    return sorted(actions + added, key=lambda a: a.evidence.start) if added else actions


def _second_payers(view: SentenceView, payer: str) -> list[tuple[str, Money]]:
    """The (company, sum) pairs after the payer's own sum in its sentence."""
    text = view.text
    sums = {m.start: m for m in find_money(text, view.language) if m.money is not None}
    names = {m.start: m for m in view.mentions}
    for mention in view.mentions:
        verb = _PAYS.match(text, mention.end) if mention.key == payer else None
        first = sums.get(verb.end()) if verb else None
        if first is None:
            continue
        found, cursor = [], first.end
        while (link := _LINK.match(text, cursor)) and (other := names.get(link.end())):
            gap = _GAP.match(text, other.end)
            second = sums.get(gap.end()) if gap else None
            if second is None or second.money is None or other.key == payer:
                break
            if not _CLAUSE_END.match(text, second.end) or _EARLIER.match(text, second.end):
                break
            found.append((other.key, second.money))
            cursor = second.end
        return found
    return []
