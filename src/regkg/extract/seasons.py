"""Seasons in dates: "au printemps dernier", "l'été 2022", "last summer", "this spring", "in
the autumn of 2021" (issue 3, guideline 6). Layer 1.

The project's gold reads a season as no date ("'this spring' is not one month: date null",
tests/wide 505): like a week, it has no form in the schema's day, month or year. So a season is
found, with no value: the step it dates has a date of its own, unknown, and takes none from its
neighbours (a dateline, the sentence before). "été" is mostly the participle of "être" ("a
été"), and "the fall of" a noun: those count only beside "last", "this", "dernier" or a year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from regkg.models import DateValue

_FLAGS = re.IGNORECASE
_Found = tuple[DateValue | None, bool]
_SEASON = "printemps|spring|été|ete|summer|automne|autumn|fall|hiver|winter"
_SEASON_RE = re.compile(
    r"\b(?:(?P<last>last|past|this\s+past)\s+|(?P<this>this|earlier\s+this|cet|ce)\s+)?"
    rf"(?P<season>{_SEASON})\b"
    r"(?:\s+(?:of\s+|de\s+)?(?P<year>(?:19|20)\d\d)\b|\s+(?P<rel>dernier|passé)\b)?", _FLAGS)
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|l['’]|le|au|en)\s*)$", _FLAGS)


def _season(match: re.Match[str], published: dt.date | None, language: str) -> _Found | None:
    name = match["season"].lower()
    marked = match["year"] or match["rel"] or match["last"] or match["this"]
    if not marked and (name in ("été", "ete", "fall") or not _ARTICLE_BEFORE.search(
            match.string, max(0, match.start() - 6), match.start())):
        return None  # "a été", "the fall of", "Arab Spring": no season
    if match["year"] and name in ("été", "ete") and not _ARTICLE_BEFORE.search(
            match.string, max(0, match.start() - 6), match.start()):
        return None  # "a été 2022 ...": no season
    return None, True


Handler = Callable[[re.Match[str], "dt.date | None", str], "_Found | None"]
SEASON_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = ((_SEASON_RE, _season),)
# Words one of which a text must hold for the pattern to be worth running (most have none).
SEASON_GATES: dict[re.Pattern[str], tuple[str, ...]] = {_SEASON_RE: tuple(_SEASON.split("|"))}
