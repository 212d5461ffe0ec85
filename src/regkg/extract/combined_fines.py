"""Fines told together, then each company's part in a sentence of its own. Layer 1.

The press leads with the decision on several companies, often with their combined total, and
gives each company's fine in the next sentences: "The Commission on Monday fined Apple and Meta
a combined €700 million. Apple was fined €500 million over its anti-steering rules. Meta must
pay €200 million.", « La CNIL a sanctionné jeudi Google et Shein pour un total de 475 millions
d'euros. Google écope d'une amende de 325 millions d'euros. Shein devra s'acquitter de 150
millions d'euros. » Each fine takes its own amount, never the total (guideline 5: one action
per actor, target and date; tests/varied 314: a combined total alone gives no amount), and the
sentence with the company's sum is the evidence while the date comes from the lead (the
convention of tests/wide 509). So a fine with no sum, told in a sentence that fines several
companies, takes the one sum a following sentence (up to `_REACH`) imposes on that company
alone; an undated fine found there on the same company is the same step and merges into it.

A sentence naming the lead's companies together gives each its part only as coordinated pairs
("Apple écope de 143,6 millions d'euros et Amazon de 50,5 millions": coordinated_parts.py); a
lead fine carrying the combined total is settled the same way. A sentence naming the company
with no sum is passed over. Not taken: a sentence with its own date or saying the fine is an
earlier one ("already", "previously", « déjà »: a background fine), one naming a company the
lead did not, one stating a total, and one with several sums otherwise (a wrong amount is
worse than none).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.coordinated_parts import coordinated_part
from regkg.extract.money import sums_imposed
from regkg.extract.sentence_views import actions_by_sentence, view_of
from regkg.models import Action, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_REACH = 3  # sentences after the lead that may give a company's part
# What imposes the sum on the company, right before it: "was fined €500 million", "must pay
# €200 million", "écope de 500 millions", "devra s'acquitter de 150 millions", "a fine of".
_PART_BEFORE = re.compile(
    r"\b(?:fined|penali[sz]ed|pay|payer|verser|acquitter|écop\w+|amendes?|fines?|penalty"
    r"|pénalité|sanction)\b[^.;:\d€£$]{0,30}$", re.I)
_PART_NOUN_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+)?(?:fine|penalty)\b", re.I)
_TOTAL = re.compile(r"\b(?:total\w*|combined|altogether|in\s+all|cumulée?s?|en\s+tout)\b", re.I)
_EARLIER = re.compile(
    r"\b(?:earlier|previously|already|before|again|déjà|précédemment|auparavant|de\s+nouveau)\b",
    re.I)


def own_parts_after_total(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Each fine of a lead on several companies with its company's own sum, when a following
    sentence states it; the undated repeat of that sentence merged into it."""
    by_sentence = actions_by_sentence(actions)
    view = view_of(views)
    settled: dict[int, Action] = {}
    merged: set[int] = set()
    for i, action in enumerate(actions):
        own = view(action)
        if own is None or not _shares_its_sentence(action, own, by_sentence[action.evidence.start]):
            continue
        found = _own_part(action, own, views[own.index + 1:own.index + 1 + _REACH])
        if found is None:
            continue
        place, money = found
        repeats = [j for j, a in enumerate(actions) if a.evidence.start == place.sentence.start
                   and _same_fine(a, action) and a.date is None]
        merged.update(repeats)
        evidence = actions[repeats[0]].evidence if repeats else action.evidence
        settled[i] = dataclasses.replace(action, amount=money, evidence=evidence)
    kept = [settled.get(i, a) for i, a in enumerate(actions) if i not in merged]
    return sorted(kept, key=lambda a: a.evidence.start)


def _shares_its_sentence(action: Action, own: SentenceView,
                         sentence_actions: list[Action]) -> bool:
    """A fine with no sum of its own in a sentence that fines several companies, or with the
    sum the sentence calls the total of several companies' fines ("Delivery Hero et sa
    filiale Glovo se voient infliger des amendes d'un montant total de 329 millions")."""
    if action.type != "fine" or len(action.targets) != 1:
        return False
    if action.amount is not None:
        return len(_companies(own)) > 1 and _TOTAL.search(own.text) is not None
    return len({a.targets for a in sentence_actions if a.type == "fine"}) > 1


def _same_fine(other: Action, action: Action) -> bool:
    return (other.type == "fine" and other.targets == action.targets
            and other.actor in (None, action.actor))


def _own_part(action: Action, lead: SentenceView,
              following: list[SentenceView]) -> tuple[SentenceView, Money] | None:
    target = action.targets[0]
    fined_together = _companies(lead)
    for place in following:
        companies = _companies(place)
        if target not in companies:
            continue
        if not _has_sum(place, action):
            continue  # names the company but gives no sum ("Selon la CNMC, les deux groupes")
        if (not companies <= fined_together or place.headline or place.dates
                or _TOTAL.search(place.text) or _EARLIER.search(place.text)):
            return None
        money = (_one_part(place, action) if companies == {target}
                 else coordinated_part(place, target, _country(action)))
        return (place, money) if money is not None else None
    return None


def _companies(view: SentenceView) -> set[str]:
    return {m.key for m in view.mentions if m.key.split("/")[0] in ("organisation", "service")}


def _country(action: Action) -> str:
    return (action.jurisdiction or "").split("-")[0]


def _has_sum(place: SentenceView, action: Action) -> bool:
    return any(m.money is not None for m in sums_imposed(
        place.sentence.text, place.language, country=_country(action)))


def _one_part(place: SentenceView, action: Action) -> Money | None:
    """The sentence's one exact sum, imposed on the company by its verb or noun."""
    sums = [m for m in sums_imposed(place.sentence.text, place.language,
                                    country=_country(action))
            if m.money is not None and m.qualifier is None and m.money.per is None]
    if len({m.money for m in sums}) != 1:
        return None
    part = sums[0]
    imposed = (_PART_BEFORE.search(place.text, max(0, part.start - 45), part.start)
               or _PART_NOUN_AFTER.match(place.text[part.end:]))
    return part.money if imposed else None
