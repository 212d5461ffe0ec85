"""The date of an order worded as a deadline: the day of the decision it is a term of. Layer 1.

"The Commission fined X EUR 120 million on Friday. X now has 60 working days to tell the
Commission how it will end ...": deadline_orders.py reads the second sentence as the
Commission's order on X; the order is part of Friday's decision, whose day its own sentence does
not repeat (guideline 6: `date` is when the authority acted). An undated order that carries a
deadline takes the day of the same body's decision on the same company told within the two
sentences before, when that sentence tells one such decision day. A sentence with a day of its
own keeps it (or none, when the day there is another event's); so does a time an earlier
decision gave, told in the past or referred back to ("Under that order, X had three months").
"""

from __future__ import annotations

import re
from dataclasses import replace

from regkg.extract.actions import SentenceView
from regkg.extract.deadline_orders import deadline_cue
from regkg.models import DECISION_TYPES, Action, DateValue

_WITHIN = 2  # sentences back to the decision
# The time an earlier decision gave, told after a new one ("Under that order, Google had three
# months to comply", "l'injonction précédente lui laissait"): that decision's, not this one's.
_EARLIER = re.compile(
    r"\b(?:had|disposait|disposaient|avait|avaient|laissait|that\s+order|earlier|previous|prior"
    r"|cette\s+(?:injonction|mise\s+en\s+demeure|décision)|précédente?|antérieure?)\b",
    re.IGNORECASE)


def date_deadlines_by_their_decision(actions: list[Action],
                                     views: list[SentenceView]) -> list[Action]:
    """Undated deadline orders dated by the decision they are a term of (module docstring)."""
    index_of = {v.sentence.start: v.index for v in views}
    return [replace(a, date=_decision_day(a, actions, index_of, views))
            if _undated_deadline(a, views, index_of) else a for a in actions]


def _undated_deadline(action: Action, views: list[SentenceView],
                      index_of: dict[int, int]) -> bool:
    if action.type != "order" or action.date is not None or action.deadline_text is None:
        return False
    view = views[index_of[action.evidence.start]]
    # worded as a deadline, not a new order told with its deadline ("has now ordered Google
    # to stop within three months": a step of its own)
    cue = deadline_cue(view.text, view.language)
    return cue is not None and not _EARLIER.search(view.text) and not any(
        d.value is not None for d in view.dates)


def _decision_day(action: Action, actions: list[Action], index_of: dict[int, int],
                  views: list[SentenceView]) -> DateValue | None:
    here = index_of[action.evidence.start]
    days = {a.date for a in actions
            if a.actor == action.actor and a.type in DECISION_TYPES and a.date is not None
            and set(a.targets) & set(action.targets)
            and 0 < here - index_of.get(a.evidence.start, -_WITHIN - 1) <= _WITHIN}
    return days.pop() if len(days) == 1 else None
