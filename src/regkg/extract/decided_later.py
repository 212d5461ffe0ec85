"""A sanction reported on one day and told a few sentences later with the day it was decided
(issue 3, guideline 6: `date` is when the authority acted). Layer 1.

Wire copy and news reports open on the day a fine was made public, by the dateline or the day
it was announced ("DUBLIN, Jan 4 - Meta has been hit with fines ..."; "PARIS, 17 janvier 2023 -
La Cnil a infligé une amende ..., a annoncé mardi"), then say when it was decided: "The
penalties were set in two decisions adopted on Dec. 31", "La sanction, décidée le 29 décembre
par la formation restreinte, repose sur ...". The decided day is the step's, and the measures
of the same decision ("was also given three months") share it. The telling sentence
- opens on the sanction's noun (after "X said that" at most), says it was decided / adopted /
  imposed on one day (day precision, not qualified) and reads no step of its own;
- names no authority other than the step's actor, and no pluperfect or "previously" (the
  step's own sentence may: "des utilisateurs qui avaient refusé").
A step of that actor (a decision, taken) within `_BEFORE` sentences before it or `_AFTER`
after, whose date is the reporting day (a later day, at most `MAX_GAP` days after the decided
one, that its own sentence gives only as a dateline or a saying day, or none), takes the
decided day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.dates import opens_as_dateline
from regkg.extract.reporting_verbs import SAYING
from regkg.extract.sentence_views import redate
from regkg.models import DECISION_TYPES, TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_BEFORE, _AFTER = 3, 2
# A decided day further before the reporting day than this tells another decision (a fine
# "decided on 3 January 2023" is not the one reported "on Tuesday" in May 2025; s15 review).
MAX_GAP = 45

# "The penalties, ..., were set in two final decisions adopted on", "La sanction, décidée le",
# "The fine was imposed on", "L'amende a été prononcée le": the sanction's noun opening the
# sentence (or its "that" clause), then a participle of deciding and the day's lead.
_NOUN = (r"(?:the|its|these|this|la|les|cette|ces|sa|ses|l['’])\s*(?:[\w-]+\s+)?"
         r"(?:fines?|penalt(?:y|ies)|sanctions?|amendes?|décisions?|decisions?)")
_NOUN_OR_DELIBERATION = rf"(?:{_NOUN}|(?:la|cette)\s+délibération)"
_DECIDED = (r"(?:decided|adopted|imposed|set|taken|handed\s+down|issued|agreed|décidée?s?"
            r"|adoptée?s?|prononcée?s?|infligée?s?|arrêtée?s?|prise?s?|rendue?s?)")
_OPENS = re.compile(
    rf"\s*(?:[^.;]{{0,80}}?\b(?:{SAYING})\s+(?:on\s+\w+\s+|\w+\s+)?(?:that\s+|que\s+|qu['’]))?"
    rf"{_NOUN}\b"
    # "Adoptée le 10 novembre par la formation restreinte, la délibération vise ...": the
    # participle fronted, the decision its subject
    rf"|\s*{_DECIDED}\s+(?:on|le)\s[^.;]{{0,160}}?,\s*{_NOUN_OR_DELIBERATION}\b", re.IGNORECASE)
_DECIDED_ON = re.compile(rf"\b{_DECIDED}\s+(?:on\s+|le\s+|du\s+)?$", re.IGNORECASE)
# Words telling a step of another time than the one just told ("had", "already", "later", "the
# next day", "déjà", "le lendemain"): the one list of the modules that carry a day from one
# sentence to another (decision_days, next_siblings).
NOT_THE_SAME = re.compile(
    r"\b(?:had|already|previously|earlier|formerly|before|again|since|later|subsequently|now"
    r"|in\s+the\s+past|last\s+(?:year|month|week)|avait|avaient|déjà|précédemment|auparavant"
    r"|à\s+nouveau|de\s+nouveau|depuis|plus\s+tard|désormais|dans\s+le\s+passé|l['’]an\s+dernier"
    # a day counted from the one before ("The next day, it blocked Twitter", "Le lendemain")
    r"|lendemain|veille|(?:next|following|previous|preceding)\s+day|day\s+(?:after|before))\b",
    re.IGNORECASE)
# The day it was said or made public: "said on Monday", "a rendu publique jeudi une sanction".
SAYING_BEFORE = re.compile(
    rf"\b(?:{SAYING}|made\s+public|published|a\s+rendue?\s+publiques?|a\s+publié)\s*,?\s*"
    r"(?:on\s+|ce\s+)?$", re.IGNORECASE)


def date_sanctions_by_the_day_told_later(actions: list[Action],
                                         views: list[SentenceView]) -> list[Action]:
    """The module's policy."""
    told = {v.index: found for v in views if (found := _told(v, actions)) is not None}
    if not told:
        return actions

    def date_one(action: Action, view: SentenceView) -> Action:
        if (action.type not in DECISION_TYPES or action.status not in TAKEN_STATUSES
                or view.headline or action.date is None):
            return action
        for index, (day, authorities) in told.items():
            if (-_AFTER <= index - view.index <= _BEFORE and index != view.index
                    and (not authorities or action.actor in authorities)
                    and _reporting_day(action.date, day, view)):
                return replace(action, date=day)
        return action
    return redate(actions, views, date_one)


Told = tuple[DateValue, frozenset[str]]


def _told(view: SentenceView, actions: list[Action]) -> Told | None:
    """The decided day and the authorities named, of a sentence telling a sanction's day."""
    if (view.headline or not _OPENS.match(view.text) or NOT_THE_SAME.search(view.text)
            or any(a.evidence.start == view.sentence.start for a in actions)):
        return None
    days = [d.value for d in view.dates if d.value is not None and d.qualifier is None
            and _DECIDED_ON.search(view.text, max(0, d.start - 40), d.start)]
    if len(days) != 1 or days[0].precision != "day":
        return None
    authorities = frozenset(m.key for m in view.mentions if m.key.startswith("authority/"))
    return days[0], authorities


def _reporting_day(date: DateValue, day: DateValue, view: SentenceView) -> bool:
    """`date` is a later day than the decided one, that the step's sentence gives only as
    its dateline or the day it was said, if at all."""
    gap = (date.value - day.value).days
    return date.precision == "day" and 0 < gap <= MAX_GAP and not given_for_the_step(view, date)


def given_for_the_step(view: SentenceView, date: DateValue) -> bool:
    """The sentence gives `date` for the step, not as its dateline or the day it was said."""
    return any(d.value == date and not SAYING_BEFORE.search(view.text, 0, d.start)
               and not opens_as_dateline(view.text, d.start, d.end) for d in view.dates)
