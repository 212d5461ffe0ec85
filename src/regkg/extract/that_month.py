"""A step told "that month" or "the same year" takes the month or year told just before it
(issue 3, D10, guideline 6). Layer 1; used by `action_dates`.

"X received a legal transparency notice in February. Similar notices went out that month to
Google, TikTok, Twitch and Discord"; "En mars 2023, la CNIL a sanctionné Clearview. Le même
mois, elle a mis en demeure ..."; "The FTC sued Meta in 2020. The same year, it ..." The words
name the period of the last date the text gave: the undated step takes that month (or year),
at that precision, when the nearest earlier sentence that gives a date, within three, gives
one month (or one year) and the step's sentence gives no date of its own. "That day" and "the
same day" are `action_dates`' (`_THAT_DAY`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.also_days import own_days
from regkg.extract.date_words import MONTHS
from regkg.extract.sentence_views import redate
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_WITHIN = 3  # sentences back to the period named
_THAT_MONTH = re.compile(
    r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+month\b|\bce\s+mois[-‑–]\s*là\b"
    r"|\ble\s+même\s+mois\b|\b(?:plus\s+tard|plus\s+tôt)\s+dans\s+le\s+mois\b", re.IGNORECASE)
# "The following month, it sent ...", "Le mois suivant", "l'année suivante": the period after
# the one told just before (D11).
_NEXT_MONTH = re.compile(r"\b(?:the\s+(?:following|next)\s+month|le\s+mois\s+suivant)\b",
                         re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\b(?:the\s+(?:following|next)\s+year|l['’]année\s+suivante"
                        r"|l['’]an\s+suivant)\b", re.IGNORECASE)
_THAT_YEAR = re.compile(
    r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+year\b|\bcette\s+année[-‑–]\s*là\b"
    r"|\bla\s+même\s+année\b", re.IGNORECASE)

# "That October, the regulator fined ...", "the same December": a named month of the year told
# just before (D11), which the dates module does not read (no qualifier: "that" is no "in").
# The month capitalised: "that may" is a verb.
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
# Opening the sentence or after a preposition of time: "said that March would be" is no date.
_THAT_NAMED_MONTH = re.compile(
    r"(?:^\s*|\b(?i:in|later|earlier|during|by|then)\s+)(?i:that|the\s+same)\s+(?i:same\s+)?"
    rf"(?P<month>{_MONTH_NAMES})\b")


# "filed in January of that year", "le 3 mars de la même année": a month (or day) of the year
# last written before it, which the dates module reads as of the publication's year.
_OF_THAT_YEAR = re.compile(
    r"\s+(?:of\s+(?:that|the\s+same)\s+year|de\s+(?:la\s+même\s+année|cette\s+année[-‑–]\s*là"
    r"|l['’]année\s+en\s+question))\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def date_steps_told_that_month(actions: list[Action],
                               views: list[SentenceView]) -> list[Action]:
    """The module's policy."""
    def date_one(action: Action, view: SentenceView) -> Action:
        if action.date is not None and action.status in TAKEN_STATUSES:
            return _in_the_year_written_before(action, view, views)
        if (action.date is not None or action.status not in TAKEN_STATUSES or view.headline
                or own_days(view)):
            return action
        if _THAT_MONTH.search(view.text):
            period = _period_before(view, views, "month")
        elif _THAT_YEAR.search(view.text):
            period = _period_before(view, views, "year")
        elif _NEXT_MONTH.search(view.text) or _NEXT_YEAR.search(view.text):
            period = _period_after(view, views)
        elif (named := _THAT_NAMED_MONTH.search(view.text)) is not None:
            year = _period_before(view, views, "year")
            month = MONTHS[named["month"].lower()]
            period = None if year is None else DateValue(
                dt.date(year.value.year, month, 1), "month")
        else:
            return action
        return replace(action, date=period) if period is not None else action
    return redate(actions, views, date_one)


def _period_before(view: SentenceView, views: list[SentenceView],
                   precision: str) -> DateValue | None:
    """The one month (or year) of the nearest earlier sentence that gives a date."""
    for earlier in reversed(views[max(0, view.index - _WITHIN):view.index]):
        dates = [d.value for d in own_days(earlier)
                 if d.value is not None and not earlier.headline]
        if not dates:
            continue
        if precision == "month":
            months = {(d.value.year, d.value.month) for d in dates if d.precision != "year"}
            if len(months) != 1 or len(dates) != sum(d.precision != "year" for d in dates):
                return None
            year, month = months.pop()
            return DateValue(dt.date(year, month, 1), "month")
        years = {d.value.year for d in dates}
        return DateValue(dt.date(years.pop(), 1, 1), "year") if len(years) == 1 else None
    return None


def _period_after(view: SentenceView, views: list[SentenceView]) -> DateValue | None:
    """The month (or year) after the one of the nearest earlier sentence that gives a date."""
    if _NEXT_MONTH.search(view.text):
        told = _period_before(view, views, "month")
        if told is None:
            return None
        index = told.value.year * 12 + told.value.month  # the next month, 0-based
        return DateValue(dt.date(index // 12, index % 12 + 1, 1), "month")
    year = _period_before(view, views, "year")
    return None if year is None else DateValue(dt.date(year.value.year + 1, 1, 1), "year")


def _in_the_year_written_before(action: Action, view: SentenceView,
                                views: list[SentenceView]) -> Action:
    """A step dated by "<month> of that year" takes the year last written before the phrase
    (in its sentence or the three before), or no date when none is: never the publication's."""
    told = action.date
    for mention in view.dates:
        if told is not None and mention.value == told and _OF_THAT_YEAR.match(
                view.text, mention.end):
            year = _year_written_before(view, views, mention.start)
            if year is None:
                return replace(action, date=None)
            value = told.value
            day = min(value.day, 28) if value.month == 2 else value.day
            return replace(action, date=DateValue(dt.date(year, value.month, day),
                                                  told.precision))
    return action


def _year_written_before(view: SentenceView, views: list[SentenceView],
                         before: int) -> int | None:
    """The last year written out in a date before offset `before` of `view`, or in the
    sentences just before it."""
    for earlier in [view, *reversed(views[max(0, view.index - _WITHIN):view.index])]:
        years = [int(found.group(0)) for d in earlier.dates
                 if earlier is not view or d.end <= before
                 for found in _YEAR.finditer(d.text)]
        if years:
            return years[-1]
    return None
