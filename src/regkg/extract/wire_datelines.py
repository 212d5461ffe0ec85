""""Today" under a wire's dateline without a year (issue 3, guideline 6). Layer 1.

Wire copy opens with its place and day, often without the year: "LONDON, March 13 (Reuters) -
Ofcom said today it had fined 4chan", "PARIS, 13 mars (Reuters) - La CNIL a annoncé
aujourd'hui ...". A dateline with a year anchors the text's "today" (`slots.Dateline`); this
one is not read as such, so "today" was resolved against the publication date, which for a
copy published later is not the day of writing. Guideline 6: "a dateline in the text dates the
findings it announces" and relative dates are resolved against the text's own day: a step dated
by "today", "yesterday", "aujourd'hui" or "hier" is counted from the dateline's day instead,
when the lead opens with such a dateline, its day lies within a week before publication, and
the text has no dateline with a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.date_words import RELATIVE_DAYS, normalise
from regkg.extract.dates import find_dates, opens_as_dateline
from regkg.extract.sentence_views import redate
from regkg.models import Action, DateValue

_DASH = re.compile(r"[-–—]")

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.slots import Dateline

_WEEK = dt.timedelta(days=7)
# A copy's publication stamp may run a day or two behind its dateline (time zones, a stamp
# taken at midnight): "PARIS, 2 mars (AFP) -" in a copy stamped 1 March is 2 March, not a year
# before.
_STAMP_LAG = dt.timedelta(days=2)
_DAY_NUMBER = re.compile(r"\d")
# A place, a comma, then a day number within a few words: the only openings worth reading.
_WIRE_OPENING = re.compile(r"[A-ZÀ-Ý][^,\n]{0,40},\s*\D{0,20}\d")


def yearless_dateline(text: str, language: str,
                      published: dt.date | None) -> tuple[dt.date, bool] | None:
    """The day of a wire's dateline without a year, read against the publication date:
    "BRUSSELS, March 5 (Reuters) - The Commission ..." and "PARIS, 12 mars (AFP) - La CNIL
    ..." give (the latest such day up to publication, False); a line of nothing but the
    dateline gives (day, True). A weekday or "today" opening the text is no dateline."""
    if published is None or not _WIRE_OPENING.match(text):
        return None
    found = find_dates(text, published + _STAMP_LAG, language)
    first = found[0] if found else None
    if (first is None or first.value is None or first.value.precision != "day"
            or not first.relative or not _DAY_NUMBER.search(first.text)
            or not opens_as_dateline(text, first.start, first.end)):
        return None
    dash = _DASH.search(text, first.end)
    alone = dash is None or not text[dash.end():].strip()
    return first.value.value, alone


def redate_under_a_wire_dateline(actions: list[Action], views: list[SentenceView],
                                 dateline: Dateline | None) -> list[Action]:
    """The module's policy."""
    anchor = None if dateline is not None else _wire_day(views)
    if anchor is None:
        return actions
    moved: dict[tuple[str | None, DateValue], DateValue] = {}

    def shift_one(action: Action, view: SentenceView) -> Action:
        if action.date is not None and not view.headline:
            shifts = {RELATIVE_DAYS[normalise(d.text)] for d in view.dates
                      if d.value == action.date and normalise(d.text) in RELATIVE_DAYS}
            if len(shifts) == 1:
                day = DateValue(anchor + dt.timedelta(days=shifts.pop()), "day")
                moved[(action.actor, action.date)] = day
                return replace(action, date=day)
        return action

    def follow_the_lead(action: Action, view: SentenceView) -> Action:
        # a headline's step took its day from the lead's before: it moves with it
        if view.headline and action.date is not None and (action.actor, action.date) in moved:
            return replace(action, date=moved[(action.actor, action.date)])
        return action
    return redate(redate(actions, views, shift_one), views, follow_the_lead)


def _wire_day(views: list[SentenceView]) -> dt.date | None:
    lead = next((v for v in views if not v.headline), None)
    if lead is None or not lead.dates or lead.published is None:
        return None
    first = lead.dates[0]
    if (first.value is None or first.value.precision != "day" or not first.relative
            or not opens_as_dateline(lead.text, first.start, first.end)):
        return None
    day = first.value.value
    return day if dt.timedelta(0) < lead.published - day <= _WEEK else None
