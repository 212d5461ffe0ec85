"""A step's day given through a pronoun: "C'est la conclusion préliminaire à laquelle est
parvenue l'institution, qui l'a notifiée vendredi à X"; "the preliminary findings, which it
sent to Meta on Friday". Layer 1.

A sentence that names a step, then notifies or sends "it" on a day, gives that day to the
step (guideline 6: findings are dated when the authority sends them). Only when the sentence
holds exactly one undated step, and the day comes right after the verb: a wrong date is
worse than none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.sentence_views import positions_by_sentence
from regkg.models import TAKEN_STATUSES, Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView


# "l'a notifiée vendredi", "les a adressées le 12 juillet", "which it sent to Meta on Friday",
# "notified it on Friday": the day is in the group `gap`.
_SENT_IT = re.compile(
    r"\b(?:(?:l['’]|les\s+|lui\s+|leur\s+)a\s+(?:notifiée?s?|adressée?s?|envoyée?s?|transmise?s?"
    r"|communiquée?s?|remise?s?)"
    r"|(?:which|that)\s+(?:it|the\s+\w+)\s+(?:sent|notified|issued|delivered|served)"
    r"|(?:sent|notified|issued|delivered|served)\s+(?:it|them))\b(?P<gap>[^.;:()]{0,40})",
    re.IGNORECASE)


def date_steps_sent_on_a_day(actions: list[Action],
                             by_start: dict[int, SentenceView]) -> list[Action]:
    """The one undated step of a sentence that sends "it" on a day takes that day."""
    dated = list(actions)
    positions = positions_by_sentence(actions)  # the pass changes dates only
    for start, view in by_start.items():
        undated = [i for i in positions.get(start, ())
                   if dated[i].date is None and dated[i].status in TAKEN_STATUSES]
        if len(undated) != 1 or view.headline:
            continue
        days = set()
        for match in _SENT_IT.finditer(view.text):
            low, high = match.span("gap")
            days |= {d.value for d in view.dates if low <= d.start < high
                     and d.value is not None and d.qualifier is None}
        if len(days) == 1:
            dated[undated[0]] = replace(dated[undated[0]], date=days.pop())
    return dated
