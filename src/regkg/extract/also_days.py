"""A step told as one more act of the authority right after a dated one takes its day (issue 3,
D10, guideline 6). Layer 1; used by `action_dates`.

"On Monday, Ofcom opened an investigation into 4chan. It also sent the site a request for
information"; "The CMA said on Tuesday it had opened an investigation into Microsoft. The
regulator also launched a review of Amazon's partnership with Anthropic"; "Mardi, l'Arcom a mis
en demeure X. Elle a également saisi le parquet": "also", "further", "également", "en outre"
add a step to the one just told, on the same occasion. The decisions' own measures are dated
by `action_dates` (`_ALSO`); this dates the other kinds of step, and decisions those rules left
undated, by the step of the same authority in the sentence right before (of the same kind, or on
the same company), when it has one day, to the day. Not when the sentence gives a date of its
own, tells the step as background or as later ("previously", "since", "later"), nor an English
present perfect ("has also opened investigations into ...": a report with no day, guideline 6).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.sentence_views import redate_in_turn
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.dates import DateMention
    from regkg.extract.slots import Dateline

# The authority as the subject, then "also" right after it or after its verb.
_ALSO = re.compile(
    r"\s*(?:it|she|he|they|elle|il|the\s+(?:regulator|watchdog|authority|commission|agency"
    r"|tribunal|court|ministry|office|commissioner)|le\s+(?:régulateur|gendarme|ministère)"
    r"|l['’](?:autorité|institution))\s+(?P<aux>has\s+|have\s+|a\s+|ont\s+)?"
    r"(?:[^\W\d_]{3,}\s+)?(?:also|further|additionally|également|aussi|en\s+outre)\s+\w+",
    re.IGNORECASE)
# A sentence opening with a word that adds a step: "In addition, the regulator ordered ...",
# "De plus, elle a adressé ...".
_ADDING = re.compile(r"\s*(?:in\s+addition|moreover|furthermore|additionally|de\s+plus|en\s+outre"
                     r"|en\s+plus)\s*,", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?\w+ed\b", re.IGNORECASE)
_NOT_THE_SAME = re.compile(
    r"\b(?:had|already|previously|earlier|formerly|again|since|later|subsequently|afterwards"
    r"|in\s+the\s+past|avait|avaient|déjà|précédemment|auparavant|à\s+nouveau|de\s+nouveau"
    r"|depuis|plus\s+tard|par\s+la\s+suite|dans\s+le\s+passé)\b", re.IGNORECASE)


def date_steps_also_taken(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """The module's policy, in text order."""
    def date_one(action: Action, view: SentenceView, dated: list[Action]) -> Action:
        if (action.date is not None or action.actor is None or action.status not in TAKEN_STATUSES
                or view.headline or view.index == 0 or own_days(view)):
            return action
        also = _ALSO.match(view.text)
        perfect = (also["aux"] or "").strip().lower() in ("has", "have") if also else bool(
            _PERFECT.search(view.text, 0, 60))
        if ((also is None and not _ADDING.match(view.text)) or _NOT_THE_SAME.search(view.text)
                or perfect):
            return action
        before = views[view.index - 1]
        days = {a.date for a in dated if a.evidence.start == before.sentence.start
                and a.actor == action.actor and _kin(a, action)}
        day = days.pop() if len(days) == 1 else None
        if day is None or day.precision != "day" or before.headline:
            return action
        return replace(action, date=day)
    return redate_in_turn(actions, views, date_one)


def _kin(one: Action, other: Action) -> bool:
    """One more step of the same kind, or another step on the same company: "La CNIL a infligé
    le 3 février une amende à Google. Elle a également ouvert une enquête visant Meta" tells a
    probe whose day is not the fine's (test_dates_measures_and_same_day's guard)."""
    return one.type == other.type or bool(set(one.targets) & set(other.targets))


# "eSafety has also given", "La CNIL a également prononcé": one more step, in the perfect.
_ALSO_PERFECT = re.compile(r"\b(?:(?:has|have)\s+(?:also|further|additionally)|(?:a|ont)\s+"
                           r"(?:également|aussi|en\s+outre))\s+\w+", re.IGNORECASE)


def date_steps_also_announced(actions: list[Action], views: list[SentenceView],
                              dateline: Dateline | None) -> list[Action]:
    """"24 February 2025 — eSafety has fined Telegram ... [background: notices issued in March
    2024] ... eSafety has also given Telegram a formal warning": in a text under a dateline, a
    step the authority has "also" taken, in the present perfect, adds to the release's news
    even past its background: it takes the dateline's day, when the same authority's step on
    the same company, or of the same kind, is dated with that day before it (guideline 6: a
    dateline dates the findings it announces). Not a step told as background or as later."""
    if dateline is None:
        return actions
    day = DateValue(dateline.day, "day")

    def date_one(action: Action, view: SentenceView, dated: list[Action]) -> Action:
        if (action.date is not None or action.actor is None or action.status not in TAKEN_STATUSES
                or view.headline or own_days(view) or view.index <= dateline.index):
            return action
        if not _ALSO_PERFECT.search(view.text, 0, 80) or _NOT_THE_SAME.search(view.text):
            return action
        news = [a for a in dated if a.actor == action.actor and a.date == day and _kin(a, action)]
        return replace(action, date=day) if news else action
    return redate_in_turn(actions, views, date_one)


# Days a sentence gives another event than its step: a relative aside (", whose platforms have
# been under scrutiny since 2021"), a rule coming into force, a hearing, a deadline, a year
# naming a thing ("the 2024 elections", "its 2023 report").
_ASIDE = re.compile(r",\s(?:which|who|whose|qui|dont|que)\b[^,;]*(?:,|$)", re.IGNORECASE)
_OTHER_EVENT = re.compile(
    r"\b(?:into\s+force|in\s+force|effect|hearing|deadline|vigueur|audience|échéance)\b"
    r"[^,;.]{0,15}$", re.IGNORECASE)
_NAMING_YEAR = re.compile(r"\b(?:the|its|their|this|that|his|her)\s+$", re.IGNORECASE)


def own_days(view: SentenceView) -> list[DateMention]:
    """The dates of a sentence that may be its step's own: not a start or a bound ("since",
    "until"), nor a day of another event (see above)."""
    asides = [m.span() for m in _ASIDE.finditer(view.text)]
    return [d for d in view.dates if d.value is not None and d.qualifier is None
            and not any(a <= d.start < b for a, b in asides)
            and not _OTHER_EVENT.search(view.text, max(0, d.start - 40), d.start)
            and not (d.value.precision == "year" and _NAMING_YEAR.search(
                view.text, max(0, d.start - 8), d.start)
                and re.match(r"\s+[a-z]", view.text[d.end:]) is not None)]
