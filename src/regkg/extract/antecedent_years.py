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


def date_steps_a_case_goes_back_to(actions: list[Action],
                                   views: list[SentenceView]) -> list[Action]:
    """Undated steps of a sentence "<the case> goes back to <year>, when <step>" take the
    year."""
    def date_one(action: Action, view: SentenceView) -> Action:
        if action.date is not None or action.status not in TAKEN_STATUSES or view.headline:
            return action
        found = _ANTECEDENT.match(view.text)
        if found is None or any(d.value is not None for d in view.dates):
            return action
        return replace(action, date=DateValue(dt.date(int(found["year"]), 1, 1), "year"))
    return redate(actions, views, date_one)
