"""A news lead's summary, dated by the next sentence (policy 3 of `releases`). Layer 1.

A news report sums up the step in its lead without the day ("Brazil's data protection authority
has ordered Meta to stop using personal data to train AI") and tells it in the next sentence
with the day ("In a measure published on Tuesday, the ANPD suspended ..."). The lead's step
takes that day when the next sentence's step is the same authority's, on the same company, of
the same kind (a binding decision, a probe, ...), is not told as background, and its day lies
within a fortnight before the text's day: news sums up what is new, and an older decision on
the same company is another one. "In an order issued on Monday, the watchdog also directed
WhatsApp ...": "also" makes it one more measure of the decision the lead summed up, whatever
company it is aimed at.

When the lead's statement of the step was not read as a step (its wording is unusual) and the
headline's was ("India's antitrust watchdog penalises Meta" over "The Competition Commission of
India has penalised Meta Platforms 213.14 crore rupees"), the headline's step stands for the
lead's: a headline sums up what its lead reports.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.dates import within_a_fortnight
from regkg.extract.releases import BACKGROUND, announced, first_body
from regkg.models import DECISION_TYPES, Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.slots import Dateline

_ONE_MORE = re.compile(r"\b(?:also|as\s+well|également|aussi)\b", re.IGNORECASE)


def date_summarised_steps(actions: list[Action], views: list[SentenceView],
                          dateline: Dateline | None) -> list[Action]:
    """The lead's undated step (or the headline's, when the lead has none) takes the day the
    next sentence gives the same step."""
    lead = first_body(views, dateline)
    if lead is None or lead.index + 1 >= len(views) or lead.published is None:
        return actions
    following = views[lead.index + 1]
    told = [a for a in actions if a.evidence.start == following.sentence.start
            and a.date is not None and a.date.precision == "day"]
    day = told[0].date if told else None
    if day is None or BACKGROUND.search(following.text) or not within_a_fortnight(
            day, lead.published):
        return actions
    one_more = bool(_ONE_MORE.search(following.text))
    summing = _summing_starts(actions, views, lead)
    dated = []
    for action in actions:
        if action.evidence.start in summing and action.date is None:
            same = {a.date for a in told if _same_step(a, action, one_more)}
            if len(same) == 1 and announced(action, lead):
                action = replace(action, date=same.pop())
        dated.append(action)
    return dated


def _summing_starts(actions: list[Action], views: list[SentenceView],
                    lead: SentenceView) -> set[int]:
    """The lead sentence, and the headlines when no step was read in the lead."""
    starts = {lead.sentence.start}
    if not any(a.evidence.start == lead.sentence.start for a in actions):
        starts |= {v.sentence.start for v in views[:lead.index] if v.headline}
    return starts


def _same_step(told: Action, summed: Action, one_more: bool = False) -> bool:
    """The same step, or with `one_more` one more measure of the decision the lead summed up
    ("has penalised Meta"), whatever company it is aimed at."""
    decisions = {t in DECISION_TYPES for t in (told.type, summed.type)} == {True}
    return ((decisions or told.type == summed.type) and told.actor == summed.actor
            and summed.actor is not None
            and (bool(set(told.targets) & set(summed.targets)) or (one_more and decisions)))
