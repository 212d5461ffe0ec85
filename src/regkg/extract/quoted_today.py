"""A step a quotation tells "today", reported as said on a day, was taken that day (issue 3,
guideline 6). Layer 1.

'"Today, the Commission has fined Meta," Thierry Breton told reporters on Monday'; '« Nous avons
aujourd'hui infligé une amende à Meta », a déclaré lundi Thierry Breton': the speaker's today is
the day the words were said, which the reporting clause gives; the date rules resolve the quoted
"today" to the text's own day. So a step dated to the publication day by a relative day word
inside a quotation takes instead the one day the sentence gives outside the quotation, after a
verb of saying. Nothing when the reporting clause gives no day, or several; nothing for a "today"
outside quotes ("Today the Commission fined Meta, Breton said on Monday": the reporter's today).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.quoted_dates import within_quotation
from regkg.extract.reporting_verbs import (
    EN_ANNOUNCING,
    EN_COMMENTING,
    FR_COMMENTING_PARTICIPLES,
    FR_SAYING_PARTICIPLES,
    TELLING,
)
from regkg.extract.sentence_views import redate
from regkg.models import Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_SAYING = re.compile(
    rf"\b(?:{EN_ANNOUNCING}|{TELLING}|{EN_COMMENTING}"
    rf"|a\s+(?:{FR_SAYING_PARTICIPLES}|{FR_COMMENTING_PARTICIPLES}))\b", re.IGNORECASE)
_NEAR = 40  # characters between the verb of saying and its day


def date_steps_quoted_as_today(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Steps dated by a quoted "today" take the day the quotation was said."""
    return redate(actions, views, _date_one)


def _date_one(action: Action, view: SentenceView) -> Action:
    if (action.date is None or view.published is None
            or action.date != DateValue(view.published, "day")):
        return action
    quoted_today = [d for d in view.dates if d.relative and d.value == action.date
                    and within_quotation(view.text, d.start)]
    if not quoted_today or any(d.relative and d.value == action.date
                               and not within_quotation(view.text, d.start)
                               for d in view.dates):
        return action
    said = {d.value for d in view.dates if d.value is not None
            and not within_quotation(view.text, d.start) and _said_then(view.text, d.start)}
    others = {d.value for d in view.dates if d.value is not None
              and not within_quotation(view.text, d.start)}
    if len(said) == 1 and others == said:
        return replace(action, date=said.pop())
    return action


def _said_then(text: str, at: int) -> bool:
    """A verb of saying stands just before the day (or the day opens the reporting clause)."""
    return _SAYING.search(text, max(0, at - _NEAR), at) is not None
