"""Dates relative to the publication day: weekdays ("lundi", "last Friday"), "hier",
"today", "la semaine dernière", "three days ago". Each handler takes the match and the
publication date and gives (value, relative=True), (None, True) when there is no publication
date to resolve it, or None when the words hold no date ("Journal du dimanche"). Layer 1."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from regkg.extract.date_words import (
    COUNT,
    DURATION_UNITS,
    NUMBER_WORD,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    UNIT_WORD,
    WEEKDAY_IN_NAMES,
    WEEKDAYS,
    alternation,
    count,
    normalise,
)
from regkg.extract.seasons import SEASON_GATES, SEASON_PATTERNS
from regkg.models import DateValue

Found = tuple[DateValue | None, bool]  # (value, relative)
_FLAGS = re.IGNORECASE
_WEEKDAY = alternation(WEEKDAYS)

_WEEKDAY_RE = re.compile(
    rf"\b(?:(?P<this>ce|cette|on|this|last|next)\s+)?(?P<weekday>{_WEEKDAY})\b"
    r"(?:\s+(?P<rel>dernier|prochain))?", _FLAGS)
_WEEKDAY_NAME_RE = re.compile(rf"\b(?:{alternation(WEEKDAY_IN_NAMES)})(?!\w)", _FLAGS)
_RELATIVE_DAY_RE = re.compile(rf"\b(?P<word>{alternation(RELATIVE_DAYS)})\b", _FLAGS)
_SO_FAR_RE = re.compile(r"\bà\s*$", _FLAGS)  # "à ce jour", "jusqu'à ce jour": so far, not today
_THAT_DAY_RE = re.compile(r"\s*[-‑–]\s*là\b", _FLAGS)
_RELATIVE_PERIOD_RE = re.compile(rf"\b(?P<word>{alternation(RELATIVE_PERIODS)})(?!\w)", _FLAGS)
_AGO_RE = re.compile(  # "il y a deux semaines", "three days ago"
    rf"\b(?:il y a\s+{COUNT}|(?P<number2>\d+|{NUMBER_WORD})\s+(?P<unit2>{UNIT_WORD})"
    r"\s+ago)(?!\w)", _FLAGS)


# A weekday counted from another day of the text, not from publication: "le lundi suivant",
# "the following Monday", "the Monday before the vote".
_OTHER_WEEK_BEFORE = re.compile(r"\b(?:following|previous|preceding|subsequent)\s*$", _FLAGS)
_OTHER_WEEK_AFTER = re.compile(r"\s*(?:suivante?|précédente?|d['’]après|d['’]avant)\b", _FLAGS)
# "the Monday after the vote"; not "on Monday after a two-year probe".
_THE_WEEKDAY_AFTER = re.compile(r"\s*(?:after|before|following)\b", _FLAGS)
_THE = re.compile(r"\bthe\s*$", _FLAGS)
# A weekday bounding a time to act lies ahead, a deadline, no day of the step: "told to take
# down the channels by Friday", "d'ici vendredi", "until Monday" (durations.py keeps its words).
_BOUND_BEFORE = re.compile(r"\b(?:by|until|till|no\s+later\s+than|d['’]ici|jusqu['’]à)\s*$",
                           _FLAGS)


def _weekday(match: re.Match[str], published: dt.date | None, language: str) -> Found | None:
    start, end = match.span("weekday")
    if (_OTHER_WEEK_BEFORE.search(match.string, max(0, start - 20), start)
            or _BOUND_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
            or _OTHER_WEEK_AFTER.match(match.string, end)
            or (_THE.search(match.string, max(0, start - 6), start)
                and _THE_WEEKDAY_AFTER.match(match.string, end))):
        return None
    names = _WEEKDAY_NAME_RE.finditer(match.string, max(0, start - 30), end + 30)
    if any(n.start() <= start and end <= n.end() for n in names):
        return None  # "Journal du dimanche", "Black Friday": a name, not a day
    if published is None:
        return (None, True)
    target = WEEKDAYS[match["weekday"].lower()]
    modifier = (match["rel"] or match["this"] or "").lower()
    back = (published.weekday() - target) % 7  # 0: the publication day itself
    if modifier in ("dernier", "last") and back == 0:
        back = 7
    if modifier in ("prochain", "next"):
        return DateValue(published + dt.timedelta(days=(7 - back) or 7), "day"), True
    return DateValue(published - dt.timedelta(days=back), "day"), True


def _relative_day(match: re.Match[str], published: dt.date | None, language: str) -> Found | None:
    word = normalise(match["word"])
    if word == "ce jour" and _SO_FAR_RE.search(match.string, 0, match.start()):
        return None
    if _THAT_DAY_RE.match(match.string, match.end()):
        return None  # "ce jour-là", "ce soir-là": a day the text told before, not today
    if published is None:
        return (None, True)
    shift = RELATIVE_DAYS[word]
    return DateValue(published + dt.timedelta(days=shift), "day"), True


def _relative_period(
    match: re.Match[str], published: dt.date | None, language: str
) -> Found | None:
    if _THAT_DAY_RE.match(match.string, match.end()):
        return None  # "cette semaine-là", "cette année-là": a period told before
    if published is None:
        return (None, True)
    unit, shift = RELATIVE_PERIODS[normalise(match["word"])]
    return _shift_period(published, unit, shift), True


def _ago(match: re.Match[str], published: dt.date | None, language: str) -> Found | None:
    if published is None:
        return (None, True)
    number = count(match["number"] or match["number2"])
    unit = DURATION_UNITS[normalise(match["unit"] or match["unit2"])]
    if unit == "D":
        return DateValue(published - dt.timedelta(days=number), "day"), True
    if unit.startswith("T"):  # "two hours ago": that day; "il y a 48 heures": two days back
        if number >= 24 and (unit != "TH" or number % 24):
            return None  # 36 hours: one day back or two?
        days = number // 24 if unit == "TH" else 0
        return DateValue(published - dt.timedelta(days=days), "day"), True
    period = {"W": "week", "M": "month", "Y": "year"}[unit]
    return _shift_period(published, period, -number), True


def _shift_period(published: dt.date, unit: str, shift: int) -> DateValue:
    """Period `shift` units from the one holding `published`; weekends start on Saturday."""
    if unit == "year":
        return DateValue(dt.date(published.year + shift, 1, 1), "year")
    if unit == "month":
        index = published.year * 12 + published.month - 1 + shift
        return DateValue(dt.date(index // 12, index % 12 + 1, 1), "month")
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        return DateValue(monday + dt.timedelta(weeks=shift), "week")
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if shift < 0 and published.weekday() >= 5:  # "last weekend" said on a weekend
        saturday -= dt.timedelta(weeks=1)
    return DateValue(saturday, "week")


# "le 5 courant", "le 5 du mois courant", "the 5th inst.": a day of the publication's month.
_CURRENT_MONTH_RE = re.compile(
    r"\b(?:le\s+|the\s+)?(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?\s+(?:courant|du\s+mois\s+courant"
    r"|de\s+ce\s+mois|inst\.?(?!\w)|instant\b|of\s+this\s+month\b)", _FLAGS)


def _current_month_day(match: re.Match[str], published: dt.date | None,
                       language: str) -> Found | None:
    if published is None:
        return (None, True)
    try:
        day = published.replace(day=int(match["day"]))
    except ValueError:
        return None
    return (DateValue(day, "day"), True) if day <= published else None


# "on Tuesday last week", "mardi de la semaine dernière": that weekday of the week before the
# publication's week (not the latest Tuesday, which may be this week's).
_LAST_WEEK_DAY_RE = re.compile(
    rf"\b(?:on\s+|le\s+)?(?P<weekday>{_WEEKDAY})\s+(?:of\s+)?(?:last\s+week"
    r"|(?:de\s+)?la\s+semaine\s+(?:dernière|passée))(?!\w)", _FLAGS)


def _last_week_day(match: re.Match[str], published: dt.date | None,
                   language: str) -> Found | None:
    if published is None:
        return (None, True)
    monday = published - dt.timedelta(days=published.weekday() + 7)
    return DateValue(monday + dt.timedelta(days=WEEKDAYS[match["weekday"].lower()]), "day"), True


# "au début de l'année", "en ce début d'année", "at the start of the year", "au début du
# mois": the publication's
# year or month; not "début de l'année 2022" or "du mois dernier" (other patterns read those).
_PERIOD_START_RE = re.compile(
    r"\b(?:(?:au|en(?:\s+ce)?)\s+début\s+(?P<fr>de\s+l['’]année|d['’]année|du\s+mois|de\s+mois)"
    r"|at\s+the\s+(?:start|beginning)\s+of\s+the\s+(?P<en>year|month))"
    r"(?!\s*(?:\d|derni|pass|prochain|précéd|suivant|en\s+cours|scolaire|civile|fiscale"
    r"|before|after|of|to|from|in|,\s+\d))", _FLAGS)


def _period_start(match: re.Match[str], published: dt.date | None,
                  language: str) -> Found | None:
    if published is None:
        return (None, True)
    unit = "month" if "mois" in (match["fr"] or "") or match["en"] == "month" else "year"
    return _shift_period(published, unit, 0), True


Handler = Callable[[re.Match[str], "dt.date | None", str], "Found | None"]
RELATIVE_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_CURRENT_MONTH_RE, _current_month_day),
    (_WEEKDAY_RE, _weekday),
    (_RELATIVE_DAY_RE, _relative_day),
    (_RELATIVE_PERIOD_RE, _relative_period),
    (_AGO_RE, _ago),
    (_LAST_WEEK_DAY_RE, _last_week_day),
    (_PERIOD_START_RE, _period_start),
    *SEASON_PATTERNS,
)
# Lower-case words one of which a text must hold for the pattern to be worth running: most
# sentences have none, and these patterns need no digit to be skipped for.
WORD_GATES: dict[re.Pattern[str], tuple[str, ...]] = {
    _LAST_WEEK_DAY_RE: ("week", "semaine"), _PERIOD_START_RE: ("début", "start", "beginning"),
    **SEASON_GATES}
