"""Each company of a payment told once for several payers, with its own sum (issue 3, session
19: fines the rules missed). Layer 1; used by regkg.extract.extractor.

"Shopee was ordered to pay S$1.2 million and Lazada S$0.9 million, the CCCS said", "Just Eat
devra acquitter 200 millions d'euros, et Wolt 100 millions": the verb is said for the first
payer only; the second payer, with a sum of its own and no verb, pays under the same step
(guideline 5: one action per company). gapped_sums.py reads the list when the companies are
the verb's objects ("ordered Uber to pay S$6.58 million and Lyft S$6.42 million"); here the
first company is the verb's subject, and the pairs are walked by gapped_sums.gapped_pairs.

Conservative: the fine names one company, written right before the payment verb
(data/patterns/payments.yaml `paying_verb`); after its sum comes ", and"/"et", a company the
gazetteer knows (or an unknown one the article names elsewhere), then a sum, then the end of
the clause; a time of its own after the pair ("and Lazada S$0.9 million a year earlier") makes
it another, earlier step: no copy. A sum before the company ("and S$0.9 million to Lazada")
names a payee, not a payer.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING

from regkg.extract.gapped_sums import gapped_pairs
from regkg.extract.money import find_money
from regkg.extract.payment_parties import PAYMENTS_FILE
from regkg.extract.vocabulary import vocabulary
from regkg.models import Action, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_SECTIONS = ("paying_verb", "fine_of")
# The clause ends after the second sum: punctuation, the text's end, or a reporting clause.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")


@cache
def _pays(language: str) -> re.Pattern[str] | None:
    """Between the first payer and its sum: the payment verb, then the fine's noun at most."""
    words = vocabulary(PAYMENTS_FILE, _SECTIONS)
    verb, fine_of = words.source("paying_verb", language), words.source("fine_of", language)
    if verb is None or fine_of is None:
        return None
    # ("s'acquitter d'une amende": the verb's "d'" runs into the noun)
    return re.compile(rf"\s+(?:{verb})\s*(?:(?:{fine_of})\s+)?", re.IGNORECASE)


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
    text, pays = view.text, _pays(view.language)
    sums = {m.start: m for m in find_money(text, view.language) if m.money is not None}
    names = {m.start: m for m in view.mentions}
    for mention in view.mentions:
        verb = pays.match(text, mention.end) if pays and mention.key == payer else None
        first = sums.get(verb.end()) if verb else None
        if first is None:
            continue
        found = []
        pairs = gapped_pairs(text, view.language, first.end, {at: m.end for at, m in sums.items()},
                             {at: m.end for at, m in names.items()}, sum_first=False)
        for pair in pairs:
            other, money = names[pair.company], sums[pair.sum].money
            if money is None or other.key == payer or not _CLAUSE_END.match(text, pair.end):
                break
            found.append((other.key, money))
        return found
    return []
