"""The recurring penalty a warning states is its amount. Layer 1 (issue 3, guideline 4).

A warning that tells what not complying will cost carries that sum, as the sets record the
penalty of an order (order_penalties.py, consequence_sentences.py): "Ofcom warned 4chan that it
faces a daily penalty of £100 if it does not answer", "La CNIL a averti Clearview AI qu'elle
s'exposait à une astreinte de 50 000 euros par jour", "The judge also raised to 1 million
reais the fine for each day the company keeps withholding the data" (tests/rime 1048), "a
porté l'astreinte à 5 millions de reais par jour". Only one sum that recurs (per day, week or
hour, "daily", "astreinte", the cap of periodic penalties) and is named as a penalty: a
one-off maximum ("could face a fine of up to €5 million") or a price stays out.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.consequence_sums import CAPPED_BEFORE, DAILY_BEFORE, RECURRING_AFTER
from regkg.extract.money import MoneyMention, find_money, sums_imposed
from regkg.extract.sentence_views import view_of
from regkg.models import Action, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_RECURRING = ("P1D", "P1W", "PT1H")
# A penalty word before the sum: "a daily penalty of", "une astreinte de", "would owe".
_PENALTY_BEFORE = re.compile(
    r"\b(?:fines?|penalty|penalties|owe|owes|cost|astreintes?|amendes?|pénalités?)\b"
    r"[^.;:\d]{0,40}$", re.IGNORECASE)
# The fine counted per day after the sum: "raised to 1 million reais (about $200,000) the
# fine for each day".
_DAILY_FINE_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:the|its|a)\s+(?:daily\s+)?(?:fine|penalty)\s+"
    r"(?:for\s+(?:each|every)\s+day|per\s+day|a\s+day)\b", re.IGNORECASE)


def with_penalty_sums(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """`actions`, each warning with no amount given the one recurring penalty of its
    sentence, if it states one."""
    view = view_of(views)
    found = []
    for action in actions:
        own = view(action) if action.type == "warning" and action.amount is None else None
        money = _recurring_penalty(own) if own is not None else None
        found.append(action if money is None else dataclasses.replace(action, amount=money))
    return found


def _recurring_penalty(view: SentenceView) -> Money | None:
    text = view.text  # straight quotes, the same offsets as the sentence
    # (a cap, "jusqu'à", and a sum a fine is "raised to", read as a sum raised, count too)
    named = [m for m in find_money(view.sentence.text, view.language)
             if (m.qualifier == "up_to" and CAPPED_BEFORE.search(text, max(0, m.start - 50),
                                                                  m.start))
             or _DAILY_FINE_AFTER.match(text, m.end)]
    sums = [m for m in sums_imposed(view.sentence.text, view.language) + named
            if m.money is not None and _recurs(text, m)]
    return sums[0].money if len({m.money for m in sums}) == 1 else None


def _recurs(text: str, mention: MoneyMention) -> bool:
    """The sum recurs and is named as a penalty."""
    before = max(0, mention.start - 50)
    if _DAILY_FINE_AFTER.match(text, mention.end):
        return True
    recurring = (mention.money is not None and mention.money.per in _RECURRING) \
        or DAILY_BEFORE.search(text, before, mention.start) is not None \
        or RECURRING_AFTER.match(text, mention.end) is not None
    return recurring and _PENALTY_BEFORE.search(text, before, mention.start) is not None
