"""A live blog's entries happen on the day its day heading gives (issue 3, guideline 6). Layer 1.

"Mardi 5 avril 2022. Les dernières informations ..." / "13h55 – C'est officiel. Le BKA annonce
avoir fermé Hydra" / "18:40 — The Treasury announces sanctions against Garantex": each entry
opens on a time of the day the heading names, so a step an entry tells in the present or the
present perfect, with no day of its own, was taken that day. Guideline 6 leaves a present report
undated because nothing says when; here the heading and the time stamp say it. Only day
headings (a sentence that is just a date, a weekday before it at most): a month or a year would
make the step's day no more precise than the text. A background step in an entry ("La CNIL
avait déjà sanctionné", "had already fined", "en 2019") is no step of the day, and a step after
a later heading takes that heading's day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.date_words import WEEKDAYS, alternation
from regkg.extract.sentence_views import view_of
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_WEEKDAY_ONLY = re.compile(rf"\s*(?:(?:{alternation(WEEKDAYS)})\.?,?\s+)?$", re.IGNORECASE)
# The heading ends with the date, or goes on after a dash: "Thursday 23 May 2024 - live updates
# from our Seoul desk", or names the desk's city after a comma: "Wednesday 14 May 2025, Seoul",
# "Mardi 4 mars 2025, Bruxelles" (s17: fog, the place a live blog is written from).
_HEADING_END = re.compile(r"\s*(?:\.|\s[-–—]\s[^.;:]{0,80}\.?"
                          r"|,\s*[A-ZÀ-Ý][\w'’-]+(?:[\s-][A-ZÀ-Ý][\w'’-]+){0,2}\.?)?\s*$")
# An entry's time stamp: "13h55 –", "18:40 —", "9 h 05 -", "10.30am -".
_TIME_STAMP = re.compile(
    r"\s*\d{1,2}\s*[h:.]\s*\d{2}\s*(?:am|pm|GMT|UTC|CET|HNE)?\s*[–—-]\s", re.IGNORECASE)
# A time stamp alone on its line, the entry in the paragraph after it: "14:10 KST".
_TIME_LINE = re.compile(
    r"\s*\d{1,2}\s*[h:.]\s*\d{2}\s*(?:am|pm|GMT|UTC|CET|KST|JST|HNE|[A-Z]{2,4}T)?\s*$",
    re.IGNORECASE)
# A time stamp before an entry's title, the entry in the paragraph after it: "19 h 30 - Le Trésor
# impose un contrôleur" (s17: melt, fog). A title has no full stop; a stamp before a sentence
# ("13h55 – C'est officiel.") opens its entry in its own paragraph.
_TITLE_LINE = re.compile(_TIME_STAMP.pattern + r"[^.!?;]{1,90}$", re.IGNORECASE)
# Reported speech is no background: "said this afternoon that it had imposed".
_REPORTED_HAD = re.compile(r"\b(?:said|says|announced|confirmed|stated)\b[^.;]{0,60}?\bhad\b",
                           re.IGNORECASE)
# Background in an entry: told as earlier than the day.
_BACKGROUND = re.compile(
    r"\b(?:avait|avaient|had|déjà|already|previously|précédemment|auparavant|earlier|last"
    r"|dernier|dernière|plus\s+tôt)\b", re.IGNORECASE)


def date_live_blog_entries(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """The module's policy, for the undated steps of time-stamped entries."""
    headings = [(v.index, v.dates[0].value) for v in views if _is_day_heading(v)]
    if not headings:
        return actions
    entries = {v.paragraph for v in views if _TIME_STAMP.match(v.text)}
    entries |= {after.paragraph for line, after in zip(views, views[1:], strict=False)
                if (_TIME_LINE.fullmatch(line.text) or _TITLE_LINE.match(line.text))
                and after.paragraph != line.paragraph}
    view = view_of(views)
    dated = []
    for action in actions:
        own = view(action)
        day = None if own is None else _entry_day(action, own, headings, entries)
        dated.append(action if day is None else replace(action, date=day))
    return dated


def _is_day_heading(view: SentenceView) -> bool:
    if len(view.dates) != 1 or view.headline:
        return False
    only = view.dates[0]
    return (only.value is not None and only.value.precision == "day" and only.qualifier is None
            and _WEEKDAY_ONLY.match(view.text[:only.start]) is not None
            and _HEADING_END.fullmatch(view.text, only.end) is not None)


def _entry_day(action: Action, view: SentenceView, headings: list[tuple[int, DateValue | None]],
               entries: set[int]) -> DateValue | None:
    if (action.date is not None or action.status not in TAKEN_STATUSES
            or view.paragraph not in entries or view.dates
            or _BACKGROUND.search(_REPORTED_HAD.sub("said", view.text))):
        return None
    before = [day for index, day in headings if index < view.index]
    return before[-1] if before else None
