"""A fine split between companies of one group is one fine with their sum. Layer 1.

Regulators fine a group through its legal entities and the press gives each entity's part:
"fined Google LLC €60 million and Google Ireland €40 million", "une amende de 90 millions
d'euros contre Google LLC et de 60 millions d'euros contre Google Ireland Limited", "a
sanctionné Google LLC et Google Ireland Limited de 60 millions et de 40 millions d'euros".
The gold names one target, the group ("Google"), and one amount, the sum of the parts
(tests/varied 309: "two Google companies, one target; 90/60 breakdown"). The sentence rules
take one part. Here a one-target fine whose sentence names no other company and gives one sum
per entity of that company (each written right beside its entity, or entities and sums listed
in the same order) gets the sum of them; a sentence that states the total beside its parts
("€150 million: €90 million on Google LLC and €60 million on Google Ireland", "530 millions
d'euros, dont 485 millions ... et 45 millions") keeps the total.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.money import MoneyMention, sums_imposed
from regkg.extract.sentence_views import redate
from regkg.extract.split_payments import is_split_payment
from regkg.models import Action, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# The words after a group's name that make it one of its entities: "Google Ireland Limited",
# "Meta Platforms Ireland Ltd", "Amazon Europe Core SARL" (capitalised words only).
_ENTITY_TAIL = re.compile(r"(?:\s+(?:[A-Z][\w.&-]*))*")
# An entity then its part: "Google LLC €60 million", "Google LLC (€90 million)", "Google
# Ireland, €40 million".
_ENTITY_THEN_SUM = re.compile(r"\s*[(:,]?\s*")
# A part then its entity: "€90 million on Google LLC", "60 millions d'euros contre Google
# Ireland Limited", "à la société Google LLC".
_SUM_THEN_ENTITY = re.compile(
    r"\s*(?:on|upon|against|for|to|à|contre|à\s+l['’]encontre\s+de|pour)\s+"
    r"(?:(?:la\s+)?société\s+|the\s+company\s+)?", re.I)


def sum_group_parts(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Each one-target fine whose sentence splits it between entities of the target, with the
    sum of the parts (or the total the sentence states beside them)."""

    def settle(action: Action, view: SentenceView) -> Action:
        if action.type != "fine" or len(action.targets) != 1:
            return action
        total = _group_total(view, action.targets[0])
        return action if total is None else dataclasses.replace(action, amount=total)

    return redate(actions, views, settle)


def _group_total(view: SentenceView, target: str) -> Money | None:
    companies = {m.key for m in view.mentions
                 if m.key.split("/")[0] in ("organisation", "service")}
    if companies != {target}:
        return None
    sums = [m for m in sums_imposed(view.sentence.text, view.language)
            if m.money is not None and m.qualifier is None and m.money.per is None]
    currencies = {m.money.currency for m in sums if m.money}
    if len(sums) < 2 or len(currencies) != 1 or len(view.dates) > 1 or is_split_payment(
            view.text, sums):  # two days: two decisions; refunds beside a penalty: not parts
        return None
    amounts = [m.money.amount for m in sums if m.money]
    currency = currencies.pop()
    for whole in amounts if len(amounts) > 2 else ():  # the total beside its parts
        if 2 * whole == sum(amounts):
            return Money(whole, currency)
    entities = _entities(view, target)
    if len(entities) != len(sums) or not _each_beside_one(view.text, entities, sums):
        return None
    return Money(sum(amounts[1:], start=amounts[0]), currency)


def _entities(view: SentenceView, target: str) -> list[tuple[int, int]]:
    """Where the sentence names the target's entities, each once (name and its capitalised
    tail: "Google" + " Ireland Limited"); none when two are written the same."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for mention in (m for m in view.mentions if m.key == target):
        tail = _ENTITY_TAIL.match(view.text, mention.end)
        end = tail.end() if tail else mention.end
        name = view.text[mention.start:end]
        if name in names:
            return []
        names.add(name)
        spans.append((mention.start, end))
    return spans


def _each_beside_one(text: str, entities: list[tuple[int, int]],
                     sums: list[MoneyMention]) -> bool:
    """Each sum written right after or right before its own entity, or all entities named
    before all sums, in the same number ("respectively" without the word)."""
    if entities[-1][1] <= sums[0].start:
        return True
    paired = set()
    for start, end in entities:
        for i, m in enumerate(sums):
            if (m.start >= end and _ENTITY_THEN_SUM.fullmatch(text, end, m.start)) or (
                    m.end <= start and _SUM_THEN_ENTITY.fullmatch(text, m.end, start)):
                paired.add(i)
                break
    return len(paired) == len(sums)
