"""Policy 4 of `step_dates`: a day counted from the one the sentence before gives. Layer 1.

"Le réseau social n'est plus accessible depuis samedi matin. La veille, le juge avait ordonné
la suspension de la plateforme": "la veille", "the day before", "le lendemain", "the next day"
count from the one day the sentence before gives; with none, or several, nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.sentence_views import redate
from regkg.models import Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView


# A day counted from the day the previous sentence gives, and its shift.
_NEIGHBOUR_DAY = re.compile(
    r"\b(?P<before>la\s+veille|the\s+day\s+before|the\s+previous\s+day|a\s+day\s+earlier"
    r"|the\s+preceding\s+day)|(?P<after>le\s+lendemain|the\s+next\s+day|the\s+following\s+day"
    r"|a\s+day\s+later|the\s+day\s+after)\b(?!\s+(?:of|de|du|that|its|his|her|their)\b)",
    re.IGNORECASE)


def date_from_the_day_before(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    def date_one(action: Action, view: SentenceView) -> Action:
        if action.date is None and view.index > 0 and not view.dates:
            found = list(_NEIGHBOUR_DAY.finditer(view.text))
            previous = views[view.index - 1]
            days = {d.value for d in previous.dates
                    if d.value is not None and d.value.precision == "day"}
            if len(found) == 1 and len(days) == 1 and not previous.headline:
                shift = -1 if found[0]["before"] else 1
                day = days.pop()
                return replace(action, date=DateValue(day.value + dt.timedelta(days=shift), "day"))
        return action
    return redate(actions, views, date_one)
