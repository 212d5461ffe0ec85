"""The year a case goes back to, dating the step its "when" clause tells (issue 3, guideline 6).
Layer 1.

"The case goes back to 2022, when the commission began looking into Google's billing",
"L'affaire remonte à 2020, lorsque la CNIL a ouvert une enquête": the year is the antecedent of
the "when" clause, so it is the date of the step that clause tells. A bare year is a date only
after a listed qualifier ("in 2022", `dates.yaml`); "back to" is left out there on purpose, as
it also frames a span ("practices dating back to 2015" in a sentence telling a later fine), so
this rule reads it only in the one shape where it dates a step: the sentence opens on the case
itself (the case, the dispute, l'affaire, le dossier ...), goes back to the year, and the rest
is the "when" clause. The sentence gives no other date, and only its undated steps change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.sentence_views import redate
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_CASE = (r"(?:the|this|that|l['’]|la|le|ce|cette)\s*(?:[\w-]+\s+)?(?:case|dispute|matter|affair"
         r"|saga|probe|investigation|proceedings?|battle|fight|affaire|dossier|procédure|enquête"
         r"|litige|contentieux|bras\s+de\s+fer|feuilleton)")
_GOES_BACK = (r"(?:goes|go|went|dates|date|dated|traces|stretches|reaches)\s+back\s+to"
              r"|dates\s+from|began\s+in|started\s+in"
              r"|remonte|remontent|remontait|date|datait|a\s+commencé\s+en|a\s+débuté\s+en")
_ANTECEDENT = re.compile(
    rf"^\s*(?:{_CASE})\s+(?:{_GOES_BACK})\s*(?:à|a|au|en)?\s*(?:l['’]année\s+)?"
    r"(?P<year>(?:19|20)\d{2})\s*,\s*(?:when|lorsque|lorsqu['’]|quand|où|at\s+which\s+point)\b",
    re.IGNORECASE)


# (s15 rime) The same start told in a sentence of its own, the step in the next one told as
# "then": "The case goes back to March 2018. After a probe by the DGCCRF, the ministry then
# sued Google", "L'affaire remonte à mars 2018. ... le ministère avait alors assigné Google".
_CASE_START = re.compile(rf"^\s*(?:{_CASE})\s+(?:{_GOES_BACK})\b", re.IGNORECASE)
_THEN = re.compile(r"\b(?:alors|à\s+l['’]époque|at\s+the\s+time|back\s+then|then)\b",
                   re.IGNORECASE)


def date_steps_a_case_goes_back_to(actions: list[Action],
                                   views: list[SentenceView]) -> list[Action]:
    """Undated steps of a sentence "<the case> goes back to <year>, when <step>" take the
    year; those told "then" right after "<the case> goes back to <date>." take that date (a
    probe only when it is the sentence's one kind of step: one that grounds the step told
    "then" is older, and undated)."""
    told = {a.evidence.start for a in actions}

    def date_one(action: Action, view: SentenceView) -> Action:
        if action.date is not None or action.status not in TAKEN_STATUSES or view.headline:
            return action
        if any(d.value is not None for d in view.dates):
            return action
        found = _ANTECEDENT.match(view.text)
        if found is not None:
            return replace(action, date=DateValue(dt.date(int(found["year"]), 1, 1), "year"))
        start = _case_start(views[view.index - 1], told) if view.index else None
        kinds = {a.type for a in actions if a.evidence.start == action.evidence.start}
        if start is None or not _THEN.search(view.text) or (
                action.type == "investigation" and kinds != {"investigation"}):
            return action
        return replace(action, date=start)
    return redate(actions, views, date_one)


def _case_start(view: SentenceView, told: set[int]) -> DateValue | None:
    """The one date of a sentence of no step of its own that says when the case began."""
    days = [d.value for d in view.dates if d.value is not None and d.qualifier is None]
    if view.headline or view.sentence.start in told or len(days) != 1 or \
            _CASE_START.match(view.text) is None:
        return None
    return days[0]
