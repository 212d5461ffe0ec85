"""Date expressions in French and English, resolved against a publication date. (Stub.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from regkg.models import DateValue


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the text given to find_dates
    end: int
    text: str
    value: DateValue | None  # None: a relative date with no publication date to resolve it


def find_dates(text: str, published: dt.date | None, language: str) -> list[DateMention]:
    """Every date expression in `text` (a sentence), in order of appearance."""
    raise NotImplementedError


@dataclass(frozen=True)
class DurationMention:
    start: int
    end: int
    text: str  # the text's own words: "sous 72 heures", "within 10 working days"
    iso: str  # ISO 8601 duration: "PT72H", "P10D"


def find_durations(text: str, language: str) -> list[DurationMention]:
    """Deadlines stated as durations ("sous 72 heures", "within 72 hours")."""
    raise NotImplementedError
