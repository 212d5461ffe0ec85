"""The day a sentence gives a step it refers back to, when that sentence is read as a step of
its own (issue 3, D10, guideline 6). Layer 1; used by `step_dates` (policy 2).

"The Federal Trade Commission sued Amazon over its Prime cancellation process. The complaint
was filed on Tuesday in federal court"; "The European Commission fined Apple €1.8 billion. The
fine was imposed on Monday": the second sentence opens with a definite noun for the step and
gives its day, and is itself read as the step, dated. The first statement, undated, is the same
step (same type, authority and a company in common, a few sentences before, told as taken): it
takes the day, and the two then merge as one dated step (`dated_repeats`). Only the nearest
such statement: a wrong day is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView


# Pieces of `step_dates`' patterns of a step referred to with its day. An apposition between
# the noun and its participle: "The fine, the regulator's largest under the GDPR, was announced
# on Tuesday", "Cette amende, la plus lourde de son histoire, a été annoncée lundi"; not a
# participle with its own day ("Cette sanction, prononcée le 14 mai, a été rendue publique
# lundi": the day of acting is the participle's).
APPOSED = (r"(?:\s*,(?!\s*(?:[\w-]+(?:ed|ée?s?|é)|rendue?s?|prise?s?|faite?s?)\b)"
           r"[^,.;:()\d]{1,60},)?")
# The words between a step and its day: not past a comma or a word that opens another event's
# clause ("sent the site a request, under rules that came into force in March 2022"; "imposed
# after a probe launched on 3 May") (D10).
GAP = (r"(?:(?!\b(?:after|following|since|under|that|which|who|whose|before|qui|que|dont"
       r"|après|suite|depuis|avant)\b)[^.;:(),]){0,60}")
_OPENS_DEFINITE = re.compile(r"\s*(?:the|this|that|these|those|its|their|le|la|les|l['’]|ce|cet"
                             r"|cette|ces|sa|son|ses)\b", re.IGNORECASE)


def opens_definite(text: str) -> bool:
    """The sentence opens with a definite word: "The complaint was filed on Tuesday"."""
    return _OPENS_DEFINITE.match(text) is not None


def date_the_restated_step(actions: list[Action], candidates: list[int], referring: int,
                           day: DateValue, by_start: dict[int, SentenceView]) -> list[Action]:
    """`candidates`: indexes of the steps of the kinds referred to, within reach, in text
    order; `referring`: the start of the referring sentence, whose steps carry `day`."""
    own = [actions[i] for i in candidates
           if actions[i].evidence.start == referring and actions[i].date == day]
    before = [i for i in candidates if actions[i].evidence.start < referring
              and actions[i].evidence.start in by_start]
    if not own or not before:
        return actions
    nearest = actions[before[-1]].evidence.start
    matching = [i for i in before if actions[i].evidence.start == nearest
                and actions[i].date is None and actions[i].status in TAKEN_STATUSES
                and any(_same_step(actions[i], o) for o in own)]
    if len(matching) != 1:
        return actions
    dated = list(actions)
    dated[matching[0]] = replace(actions[matching[0]], date=day)
    return dated


def _same_step(one: Action, other: Action) -> bool:
    return (one.type == other.type and one.actor == other.actor and one.actor is not None
            and bool(set(one.targets) & set(other.targets)))
