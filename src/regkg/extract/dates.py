"""Date expressions in French and English, resolved against a publication date.

Absolute dates ("le 13 janvier 2025", "January 2, 2026", "2026-01-14") resolve on their own.
Everything else (weekdays, "hier", "la semaine dernière", a day or month without a year) is
resolved against `published` and gets `value=None` when there is no publication date: a
missing date is better than a guessed one. The word tables are data/patterns/dates.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from regkg.extract.date_bounds import mark_bounds
from regkg.extract.date_spans import span_starts, without_spans
from regkg.extract.date_words import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    MONTHS_ALSO_WORDS,
    QUALIFIERS,
    WEEKDAYS,
    alternation,
)
from regkg.extract.durations import DurationMention, find_durations
from regkg.extract.prefilter import lowered as lower_as_re
from regkg.extract.prefilter import required_literals, witnessed
from regkg.extract.relative_dates import RELATIVE_PATTERNS, WORD_GATES, Found, Handler
from regkg.models import DateValue, Precision

__all__ = ["DateMention", "DurationMention", "dateline_of", "find_dates", "find_durations",
           "opens_as_dateline", "span_starts", "within_a_fortnight"]

# News tells what is new: a day at most a fortnight before the text's day can be the day of the
# step it reports ("has ordered" after a decision of two years ago is a later step).
_FORTNIGHT = dt.timedelta(days=14)


def within_a_fortnight(day: DateValue, published: dt.date | None) -> bool:
    """`day` is the text's day or one of the fourteen days before it."""
    return published is not None and dt.timedelta(0) <= published - day.value <= _FORTNIGHT


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the text given to find_dates
    end: int
    text: str
    value: DateValue | None  # None: a relative date with no publication date to resolve it
    # "since", "from", "until", "by", "before", "after", "early", "mid", "late" or None:
    # "depuis le 9 janvier" is a start, "until 13 October" a deadline, not an event date.
    qualifier: str | None = None
    relative: bool = False  # the value depends on the publication date (weekday, no year...)


_APOS = "['’]"
_MONTH = alternation(MONTHS)
_MONTH_ANY = alternation([*MONTHS, *MONTH_ABBREVIATIONS, *(f"{a}." for a in MONTH_ABBREVIATIONS)])
_WEEKDAY = alternation(WEEKDAYS)
_QUAL = alternation(QUALIFIERS)
_DAY = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "mi-décembre" has no space. The lookahead tries the qualifiers once, not twice, at the many
# words where none stands.
_QUALIFIED = rf"(?=(?:{_QUAL}))(?:(?P<qual>{_QUAL})(?<=-)|(?P<qual2>{_QUAL})\s+)"
_LEAD = rf"(?:{_QUALIFIED})?"
_FLAGS = re.IGNORECASE

_ISO_RE = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d-])")
_NUMERIC_RE = re.compile(r"(?<![\d./])(?P<day>\d{1,2})(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)"
                         rf"{_YEAR}(?![\d./]\d)")
_DAY_MONTH_RE = re.compile(
    rf"\b{_LEAD}(?:(?:le|the)\s+)?(?:(?P<weekday>{_WEEKDAY}),?\s+)?{_DAY}\s+(?:of\s+)?"
    rf"(?P<month>{_MONTH_ANY})(?!\w)(?:,?\s+{_YEAR}\b|\s+(?P<rel>dernier|prochain)\b)?", _FLAGS)
_MONTH_DAY_RE = re.compile(
    rf"\b{_LEAD}(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH_ANY})(?!\w)\s+{_DAY}\b"
    rf"(?:,?\s+{_YEAR}\b)?", _FLAGS)
_MONTH_YEAR_RE = re.compile(
    rf"\b{_LEAD}(?:(?:en|in|de|of|du mois de|the month of)\s+)?(?P<month>{_MONTH})\s+"
    rf"(?:de\s+l{_APOS}ann[ée]e\s+)?{_YEAR}\b", _FLAGS)
_MONTH_ALONE_RE = re.compile(
    rf"\b(?:{_QUALIFIED}|(?P<pre>last|next)\s+)"
    rf"(?P<month>{_MONTH})\b"
    rf"(?:\s+(?P<rel>dernier|prochain|last year|this year|next year|"
    rf"de l{_APOS}ann[ée]e derni[èe]re|de l{_APOS}an dernier|de cette ann[ée]e))?", _FLAGS)
_YEAR_ALONE_RE = re.compile(
    rf"\b(?:{_QUALIFIED})(?:l{_APOS}ann[ée]e\s+)?{_YEAR}"
    r"(?![-/–]\d)\b", _FLAGS)


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def _is_common_word(match: re.Match[str]) -> bool:
    """"may" and "march" in lower case are a verb, not a month ("Article 3 may apply")."""
    month = match.groupdict().get("month")
    return month is not None and month.lower() in MONTHS_ALSO_WORDS and month.islower()


def _qualifier(match: re.Match[str]) -> str | None:
    raw = match.groupdict().get("qual") or match.groupdict().get("qual2")
    if raw is None:
        return None
    return QUALIFIERS[re.sub(r"\s+", " ", raw.lower().replace("’", "'"))]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # "30 février", "2026-02-30": not a date, so no mention
        return None


# "from July" or "until 13 October" may point ahead of publication: these take the nearer of
# last and next occurrence ("from July" in May is two months ahead, not ten months back).
_FORWARD_QUALIFIERS = frozenset({"from", "until", "by"})


def _latest_day(month: int, day: int, published: dt.date) -> dt.date | None:
    """The latest `day month` on or before publication (news reports the past)."""
    for year in range(published.year, published.year - 8, -1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= published:
            return candidate
    return None


def _latest_month(month: int, published: dt.date, strictly_before: bool = False) -> dt.date:
    year = published.year
    if month > published.month or (strictly_before and month == published.month):
        year -= 1
    return dt.date(year, month, 1)


def _iso(match: re.Match[str], published: dt.date | None, language: str) -> Found | None:
    day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return None if day is None else (DateValue(day, "day"), False)


def _numeric(match: re.Match[str], published: dt.date | None, language: str) -> Found | None:
    first, second = int(match["day"]), int(match["month"])
    if match["sep"] == "/" and language == "en":
        # 03/04/2025: US or UK order? A wrong day is worse than none. Only a number above 12
        # tells: 05/21/2024 is 21 May (a US release), 21/05/2024 too.
        if (first > 12) == (second > 12):
            return None
        first, second = max(first, second), min(first, second)
    day = _safe_date(int(match["year"]), second, first)
    return None if day is None else (DateValue(day, "day"), False)


def _day_month(match: re.Match[str], published: dt.date | None, language: str) -> Found | None:
    month, day = _month_number(match["month"]), int(match["day"])
    if match["year"]:
        found = _safe_date(int(match["year"]), month, day)
        return None if found is None else (DateValue(found, "day"), False)
    if _safe_date(2024, month, day) is None:  # 2024 is a leap year: every real day exists
        return None
    if published is None:
        return (None, True)
    latest = _latest_day(month, day, published)
    if latest is None:
        return None
    if match.groupdict().get("weekday"):
        return _named_weekday(match, month, day, published)
    rel = (match.groupdict().get("rel") or "").lower()
    if rel == "dernier" and latest == published:
        latest = _safe_date(latest.year - 1, month, day) or latest
    if rel == "prochain" or _qualifier(match) in _FORWARD_QUALIFIERS:
        later = _safe_date(latest.year + 1, month, day)
        if later is not None and (rel == "prochain" or later - published < published - latest):
            latest = later
    return DateValue(latest, "day"), True


def _named_weekday(match: re.Match[str], month: int, day: int, published: dt.date) -> Found | None:
    """'jeudi 13 mars': the year, within one of publication, whose 13 March is a Thursday, the
    latest up to a week after publication (a release names the coming days too); none fits:
    no date rather than a wrong one."""
    weekday = WEEKDAYS[match["weekday"].lower()]
    for year in range(published.year + 1, published.year - 2, -1):
        candidate = _safe_date(year, month, day)
        if candidate and candidate.weekday() == weekday and candidate <= published + _WEEK:
            return DateValue(candidate, "day"), True
    return None


_WEEK = dt.timedelta(days=7)


def _month_year(match: re.Match[str], published: dt.date | None, language: str) -> Found | None:
    return DateValue(dt.date(int(match["year"]), _month_number(match["month"]), 1), "month"), False


def _month_alone(match: re.Match[str], published: dt.date | None, language: str) -> Found | None:
    if published is None:
        return (None, True)
    month = _month_number(match["month"])
    rel = {"last": "dernier", "next": "prochain"}.get((match["pre"] or "").lower(), "")
    rel = rel or (match["rel"] or "").lower()
    if "last year" in rel or "derni" in rel and "ann" in rel or "an dernier" in rel:
        return DateValue(dt.date(published.year - 1, month, 1), "month"), True
    if "this year" in rel or "cette" in rel:
        return DateValue(dt.date(published.year, month, 1), "month"), True
    if "next year" in rel:
        return DateValue(dt.date(published.year + 1, month, 1), "month"), True
    if rel == "prochain":
        year = published.year + (1 if month <= published.month else 0)
        return DateValue(dt.date(year, month, 1), "month"), True
    first = _latest_month(month, published, strictly_before=rel == "dernier")
    if not rel and _qualifier(match) in _FORWARD_QUALIFIERS and _months_between(
        published, first.replace(year=first.year + 1)) < _months_between(first, published):
        first = first.replace(year=first.year + 1)
    return DateValue(first, "month"), True


def _months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _year_alone(match: re.Match[str], published: dt.date | None, language: str) -> Found | None:
    return DateValue(dt.date(int(match["year"]), 1, 1), "year"), False


_PRECISION_ORDER: dict[Precision, int] = {"day": 0, "week": 1, "month": 2, "year": 3}
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_ISO_RE, _iso), (_NUMERIC_RE, _numeric), (_DAY_MONTH_RE, _day_month),
    (_MONTH_DAY_RE, _day_month), (_MONTH_YEAR_RE, _month_year), (_MONTH_ALONE_RE, _month_alone),
    (_YEAR_ALONE_RE, _year_alone), *RELATIVE_PATTERNS)


# A date-shaped span whose handler found no date ("30 février 2026") still claims its
# characters, so no shorter pattern reads "février 2026" out of it.
Candidate = tuple[int, int, "DateMention | None"]


# What every match holds: a digit, a month's name as a word (after a space, a hyphen or a word
# boundary; (?!\w) or a space after it), a year. Most sentences name no month, and the month
# patterns would otherwise try their qualifier alternatives at every word.
_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(rf"(?<!\w)(?:{_MONTH_ANY})(?!\w)", _FLAGS)
_YEAR_WORD = re.compile(r"(?<!\w)(?:19|20)\d\d(?!\w)")
# The day and the month side by side, the month and the year: the core of three patterns.
_DAY_THEN_MONTH = re.compile(rf"\d(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_ANY})(?!\w)", _FLAGS)
_MONTH_THEN_DAY = re.compile(rf"(?<!\w)(?:{_MONTH_ANY})\s+\d", _FLAGS)
_MONTH_THEN_YEAR = re.compile(
    rf"(?<!\w)(?:{_MONTH})\s+(?:de\s+l{_APOS}ann[ée]e\s+)?(?:19|20)\d\d", _FLAGS)
_WITNESSES: dict[re.Pattern[str], tuple[re.Pattern[str], ...]] = {
    _ISO_RE: (_DIGIT,), _NUMERIC_RE: (_DIGIT,),
    _DAY_MONTH_RE: (_DIGIT, _MONTH_WORD, _DAY_THEN_MONTH),
    _MONTH_DAY_RE: (_DIGIT, _MONTH_WORD, _MONTH_THEN_DAY),
    _MONTH_YEAR_RE: (_YEAR_WORD, _MONTH_WORD, _MONTH_THEN_YEAR),
    _MONTH_ALONE_RE: (_MONTH_WORD,), _YEAR_ALONE_RE: (_YEAR_WORD,)}
# Each pattern with its gates, paired once: hashing a compiled pattern hashes its whole code
# (30 µs for the month patterns), too slow for a lookup per sentence.
# The relative patterns (weekdays, "il y a", "aujourd'hui") have neither: the literals one of
# which each match holds (prefilter.required_literals) spare their scan of most sentences.
_GATED = tuple((pattern, handler, WORD_GATES.get(pattern), _WITNESSES.get(pattern, ()),
                None if pattern in WORD_GATES or pattern in _WITNESSES
                else required_literals(pattern))
               for pattern, handler in _DATE_PATTERNS)


def _candidates(text: str, published: dt.date | None, language: str) -> Iterator[Candidate]:
    lowered = text.lower()
    folded = lower_as_re(text)  # None: `re` folds some character otherwise
    seen: dict[int, bool] = {}
    for pattern, handler, gate, witnesses, needs in _GATED:
        if gate is not None and not any(word in lowered for word in gate):
            continue  # words, as substrings
        if needs is not None and folded is not None and not any(n in folded for n in needs):
            continue
        if not witnessed(text, witnesses, seen):
            continue
        for match in pattern.finditer(text):
            found = None if _is_common_word(match) else handler(match, published, language)
            mention = None if found is None else DateMention(
                match.start(), match.end(), match.group(0), found[0], _qualifier(match), found[1])
            yield match.start(), match.end(), mention


def _without_overlaps(candidates: list[Candidate]) -> list[DateMention]:
    """Keep the longest of overlapping spans: "Mercredi 7 Janvier 2026" is one date."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(candidate[1] <= k[0] or candidate[0] >= k[1] for k in kept):
            kept.append(candidate)
    return sorted((c[2] for c in kept if c[2] is not None), key=lambda m: m.start)


def find_dates(text: str, published: dt.date | None, language: str) -> list[DateMention]:
    """Every date expression in `text` (a sentence), in order of appearance. A sentence that
    opens with a dateline ("OTTAWA, Feb. 23, 2023 — ... today announced") was written on the
    dateline's day: its "today" is that day, even in a copy published later."""
    found = _without_overlaps(list(_candidates(text, published, language)))
    written = _dateline_day(text, found)
    if written is not None and written != published and any(m.relative for m in found):
        found = _without_overlaps(list(_candidates(text, written, language)))
    return mark_bounds(text, without_spans(text, found), written or published)


# A dateline: a place in one to five words (capitalised first, maybe with a region in
# brackets or after a comma), a comma, the date, then a dash, a colon or the sentence end.
_DATELINE_PLACE = re.compile(r"[A-ZÀ-Ý][^\n!?;:,–—]{0,40}(?:,\s*[A-ZÀ-Ý][^\n!?;:,–—]{0,30}){0,2}"
                             r"(?:,|\s[-–—]|\s\()\s*(?:le\s+|on\s+)?", re.IGNORECASE)
_DATELINE_END = re.compile(r"\s*\)?\s*(?:/[^/\n]{1,20}/\s*|\([^()\n]{1,20}\)\s*)?(?:[-–—:]|$)")
# A label before the day of a release page: "Published: 12 March 2025", "Publié le 12 mars
# 2025", "Communiqué de presse du 12 mars 2025", "Press release | 12 March 2025". Not "Updated"
# or "Mis à jour": the day of a later edit, not of the release.
_DATELINE_LABEL = re.compile(
    r"(?:(?:press|news|media)\s+release|communiqué(?:\s+de\s+presse)?|published|posted|issued"
    r"|for\s+(?:immediate\s+)?release|(?:publication|release)\s+date|date(?:\s+de\s+publication)?"
    r"|publiée?|diffusée?)\s*(?:on\s+|le\s+|du\s+)?[:|–—-]?\s*",
    re.IGNORECASE)
# After the day, a label of the page or the place: "12 March 2025 | Press release",
# "12 mars 2025 – Paris".
_DATELINE_TAIL = re.compile(r"\s*[|–—-]\s*(?:(?i:(?:press|news|media)\s+release|communiqué"
                            r"(?:\s+de\s+presse)?)|[A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*){0,2})"
                            r"\s*\.?\s*$")


def _dateline_day(text: str, found: list[DateMention]) -> dt.date | None:
    if not found or found[0].relative or found[0].value is None:
        return None
    first = found[0]
    if first.value is None or first.value.precision != "day" or first.start > 80:
        return None
    place = text[: first.start]
    if not _DATELINE_PLACE.fullmatch(place) or len(place.split()) > 7 or not place[0].isupper():
        return None
    return first.value.value if _DATELINE_END.match(text, first.end) else None


def dateline_of(text: str, language: str) -> tuple[dt.date, bool] | None:
    """The day a text's opening dateline gives, and whether the line is nothing but the
    dateline: "BRUSSELS, 16 May 2024 — The Commission ..." gives (16 May 2024, False); a line
    of its own ("4 April 2023", "Luxembourg, le 30 juillet 2021.", "Publié le 3 juillet 2025")
    gives (..., True); "12 March 2025 — Ofcom has ..." and "March 13, 2025 /PRNewswire/ -- The
    FTC ..." give (the day, False)."""
    label = _DATELINE_LABEL.match(text)
    text = text[label.end():] if label else text
    found = find_dates(text, None, language)
    first = found[0] if found else None
    if first is None or first.value is None or first.value.precision != "day":
        return None
    tail = _DATELINE_TAIL.search(text, first.end)
    alone = not text[first.end:tail.start() if tail else len(text)].strip(" .\n")
    before = text[: first.start].strip(" ,\n")
    if alone and not before:
        return first.value.value, True
    if not alone and (not before or before.lower() in ("le", "on")) and _DATE_THEN_DASH.match(
            text, first.end):
        return first.value.value, False
    day = _dateline_day(text, found)
    if day is None and alone and _DATELINE_PLACE.fullmatch(text[: first.start]):
        day = first.value.value
    return (day, alone) if day is not None else None


# "12 March 2025 — Ofcom has ...": a day, then a dash, opens the text.
# A wire's name may stand between: "March 13, 2025 /PRNewswire/ -- The FTC today sued ...".
_DATE_THEN_DASH = re.compile(r"\s*(?:/[^/\n]{1,20}/\s*|\([^()\n]{1,20}\)\s*)?[–—-]{1,2}\s+\S")


# "MOSCOU, 13 août -", "LONDON, March 13 (Reuters) -": a place, the day, a dash, with or without
# a year (a wire's dateline often has none, and `dateline_of` reads only those with one).
_WIRE_PLACE = re.compile(r"[A-ZÀ-Ý][\w .'’-]{0,40},\s*(?:le\s+)?")
_WIRE_DASH = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?[-–—]")


def opens_as_dateline(text: str, start: int, end: int) -> bool:
    """The date at `start:end` of a sentence is its opening dateline's."""
    return bool(_WIRE_PLACE.fullmatch(text, 0, start) and _WIRE_DASH.match(text, end))
