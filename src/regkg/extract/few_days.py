"""A step told "a few days earlier" or "later" than the day the sentence before gives (issue
3, guideline 6), or a counted time ("ten days later", "deux mois plus tard"). Layer 1.

"Fin janvier, la Garante lui avait ordonné de cesser de traiter les données [...] La Garante
avait jugé insuffisantes les réponses à une demande d'informations qu'elle lui avait envoyée
quelques jours plus tôt"; "On 20 January the regulator ordered ... It had sent a request a few
days earlier". A few days is no day, but it keeps the month when the month cannot change: a few
days (a week at most) before a day after the 7th, or before the end ("fin janvier") or the
middle of a month; a few days after a day a week before the month's end, or after its start
or middle. The step takes that month (guideline 6: `YYYY-MM` when only the month is given);
with a day or month in its own sentence, or with none or several in the one before, nothing;
and a step a narrative rule gave the day of the sentence before loses it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.date_words import NUMBER_WORD, count
from regkg.extract.sentence_views import actions_by_sentence, redate
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_A_FEW_DAYS = 7
_FEW_DAYS_APART = (
    r"\b(?:(?P<earlier>(?:a\s+few|several|some)\s+days\s+(?:earlier|before)"
    r"|shortly\s+before|quelques\s+jours\s+(?:plus\s+tôt|auparavant|avant)|peu\s+avant)"
    r"|(?P<later>(?:a\s+few|several|some)\s+days\s+(?:later|after)"
    r"|shortly\s+after(?:wards)?|quelques\s+jours\s+(?:plus\s+tard|après)|peu\s+après))")
_ANY_FEW_DAYS = re.compile(_FEW_DAYS_APART, re.IGNORECASE)
# "a few days before the hearing" counts from another event
_FEW_DAYS = re.compile(_FEW_DAYS_APART + r"(?!\s+(?:the|its|his|her|their|that|this|le|la|les"
                       r"|l['’]|de|du|des|d['’])\b)", re.IGNORECASE)
_KEEPS_MONTH = {"earlier": frozenset({"late", "mid"}), "later": frozenset({"early", "mid"})}


def date_steps_a_few_days_apart(actions: list[Action],
                                views: list[SentenceView]) -> list[Action]:
    """The module's policy, for the steps of a sentence with no date of its own: undated, or
    given the day of the sentence before by a narrative rule ("It had sent ... a few days
    earlier" is not that day)."""
    def date_one(action: Action, view: SentenceView) -> Action:
        if (action.status in TAKEN_STATUSES and view.index > 0
                and not view.headline and not view.dates):
            found = list(_FEW_DAYS.finditer(view.text))
            counted = list(_COUNTED.finditer(view.text))
            previous = views[view.index - 1]
            anchors = {(d.value, d.qualifier) for d in previous.dates if d.value is not None}
            inherited = {value for value, _ in anchors}
            if (len(found) + len(counted) == 1 and not previous.headline and len(anchors) == 1
                    and action.date in (None, *inherited)):
                if counted:
                    return replace(action, date=_counted_from(anchors.pop(), counted[0]))
                way = "earlier" if found[0]["earlier"] else "later"
                return replace(action, date=_month_kept(anchors.pop(), way))
            if action.date in inherited and (_ANY_FEW_DAYS.search(view.text) or counted):
                return replace(action, date=None)
        return action
    return redate(actions, views, date_one)


# "Ten days later", "deux semaines plus tard", "a month earlier", "trois mois auparavant": a
# count of days or weeks from the one day the sentence before gives is a day; of months from
# its day or month, a month.
_COUNTED = re.compile(
    rf"\b(?P<number>\d+|{NUMBER_WORD})\s+(?P<unit>days?|jours?|weeks?|semaines?|months?|mois)"
    r"\s+(?P<way>later|earlier|afterwards|plus\s+tard|plus\s+tôt|auparavant)\b"
    r"(?!\s+(?:than|que|qu['’]))", re.IGNORECASE)


def _counted_from(anchor_qualified: tuple[DateValue, str | None],
                  found: re.Match[str]) -> DateValue | None:
    anchor, qualifier = anchor_qualified
    if qualifier is not None:
        return None  # "début mars": the start of what?
    sign = -1 if found["way"].lower() in ("earlier", "plus tôt", "auparavant") else 1
    number, unit = count(found["number"]), found["unit"].lower()
    if unit.startswith(("mo", "mois")):
        if anchor.precision not in ("day", "month"):
            return None
        index = anchor.value.year * 12 + anchor.value.month - 1 + sign * number
        return DateValue(dt.date(index // 12, index % 12 + 1, 1), "month")
    if anchor.precision != "day":
        return None
    days = number * (7 if unit.startswith(("w", "s")) else 1)
    return DateValue(anchor.value + dt.timedelta(days=sign * days), "day")


def _month_kept(anchor_qualified: tuple[DateValue, str | None], way: str) -> DateValue | None:
    anchor, qualifier = anchor_qualified
    day = anchor.value
    if anchor.precision == "day" and qualifier is None:
        last = calendar.monthrange(day.year, day.month)[1]
        kept = day.day > _A_FEW_DAYS if way == "earlier" else day.day + _A_FEW_DAYS <= last
    else:
        kept = anchor.precision == "month" and qualifier in _KEEPS_MONTH[way]
    return DateValue(dt.date(day.year, day.month, 1), "month") if kept else None


def date_steps_counted_within_the_sentence(actions: list[Action],
                                           views: list[SentenceView]) -> list[Action]:
    """A further step told after a dated one in the same sentence with a counted time: "since
    it fined Google ₹1,337.76 crore on October 20, 2022, ..., and another ₹936.44 crore five
    days later" is a fine of 25 October 2022. Only an undated step beside one step of its kind
    by its actor dated by the sentence's one date, which comes before the one counted time."""
    by_sentence = actions_by_sentence(actions)

    def date_one(action: Action, view: SentenceView) -> Action:
        if action.date is not None or action.status not in TAKEN_STATUSES or view.headline:
            return action
        counted = list(_COUNTED.finditer(view.text))
        days = [d for d in view.dates if d.value is not None]
        kin = {a.date for a in by_sentence[action.evidence.start]
               if a.type == action.type and a.actor == action.actor and a.date is not None}
        anchor = days[0].value if len(days) == 1 else None
        if (anchor is None or len(counted) != 1 or days[0].end > counted[0].start()
                or kin != {anchor}):
            return action
        return replace(action, date=_counted_from((anchor, days[0].qualifier), counted[0]))
    return redate(actions, views, date_one)
