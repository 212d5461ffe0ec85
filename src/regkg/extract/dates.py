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
