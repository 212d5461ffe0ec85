"""The date a sentence opens with, over every clause of it (issue 3, guideline 6). Layer 1.

"En mars 2021, l'Autorité avait rejeté la demande de mesures conservatoires, mais ouvert une
instruction au fond"; "In March 2021, the authority rejected the request for interim measures
but opened an investigation into Apple": a date before the subject sets the time of the whole
sentence, its coordinated clauses too, which the clause rules (slots.find_date) stop at. So an
undated step of such a sentence takes that date, when it is the sentence's only date, no
relative clause or semicolon may tell another step, and the sentence does not mark its step as
later ("Three years later", "has since ordered", "désormais").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.sibling_reach import told_as_later
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_RELATIVE = re.compile(r",\s*(?:which|who|qui|lequel|laquelle|dont)\b", re.IGNORECASE)
_NOW = re.compile(r"\b(?:now|since|maintenant|again|à\s+nouveau|de\s+nouveau)\b", re.IGNORECASE)


def opening_day(view: SentenceView) -> DateValue | None:
    """The date a sentence opens with, when it is its only date and no relative clause may
    tell another step: "In March last year, the Italian regulator briefly banned ChatGPT,
    ordering OpenAI to stop processing ..." dates every step of its actor."""
    values = {d.value for d in view.dates}
    first = view.dates[0] if view.dates else None
    if (first is None or first.start > 3 or first.qualifier is not None or values != {first.value}
            or _RELATIVE.search(view.text) or ";" in view.text):
        return None
    return first.value


def date_steps_under_opening_day(actions: list[Action],
                                 by_start: dict[int, SentenceView]) -> list[Action]:
    """The module's policy: undated steps of a sentence that opens with its only date."""
    dated = []
    for action in actions:
        view = by_start.get(action.evidence.start)
        if (action.date is None and action.status in TAKEN_STATUSES and view is not None
                and not view.headline and not told_as_later(view.text)
                and not _NOW.search(view.text)):
            day = opening_day(view)
            if day is not None:
                action = replace(action, date=day)
        dated.append(action)
    return dated
