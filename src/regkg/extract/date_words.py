"""The word tables of `regkg.extract.dates` (data/patterns/dates.yaml), loaded and checked
once at import. Layer 1."""

from __future__ import annotations

import re

from regkg.extract.alternations import alternation as alternation  # the date modules' builder
from regkg.extract.vocabulary import vocabulary
from regkg.settings import Settings

VOCABULARY_FILE = Settings().patterns_dir / "dates.yaml"


# The word tables (months, weekdays, qualifiers...), checked once at import.
_TABLES = {"months": dict, "months_also_words": list, "month_abbreviations": dict,
           "weekdays": dict, "weekday_in_names": list, "qualifiers": dict,
           "relative_days": dict, "relative_periods": dict, "duration_leads": list,
           "number_words": dict, "duration_units": dict, "conduct_words": dict,
           "decision_words": dict}
_VOCABULARY = vocabulary(VOCABULARY_FILE, tables=_TABLES).data
# Keys are lower case with straight apostrophes (see `_normalise`).
MONTHS: dict[str, int] = _VOCABULARY["months"]
MONTHS_ALSO_WORDS = frozenset(_VOCABULARY["months_also_words"])  # months only when capitalised
MONTH_ABBREVIATIONS: dict[str, int] = _VOCABULARY["month_abbreviations"]
WEEKDAYS: dict[str, int] = _VOCABULARY["weekdays"]
WEEKDAY_IN_NAMES: tuple[str, ...] = tuple(_VOCABULARY["weekday_in_names"])
QUALIFIERS: dict[str, str | None] = _VOCABULARY["qualifiers"]
RELATIVE_DAYS: dict[str, int] = _VOCABULARY["relative_days"]
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    words: (unit, shift) for words, (unit, shift) in _VOCABULARY["relative_periods"].items()}
DURATION_LEADS: tuple[str, ...] = tuple(_VOCABULARY["duration_leads"])
NUMBER_WORDS: dict[str, int] = _VOCABULARY["number_words"]
DURATION_UNITS: dict[str, str] = _VOCABULARY["duration_units"]  # "TH": a time unit, PT72H
# Reasons, participles, event nouns and date leads of a conduct's own date (conduct_dates.py).
CONDUCT_WORDS: dict[str, list[str]] = _VOCABULARY["conduct_words"]
# Powers a body gained and names it took, with their own date (power_dates.py).
POWER_WORDS: dict[str, list[str]] = _VOCABULARY.get("power_words", {})
# Laws named with the day they were passed (law_dates.py).
LAW_WORDS: dict[str, list[str]] = _VOCABULARY.get("law_words", {})
# A decision told with its day (decision_days.py, same_decision_days.py): `nouns` for both.
DECISION_WORDS: dict[str, list[str]] = _VOCABULARY["decision_words"]


def normalise(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower().replace("’", "'"))


def count(raw: str) -> int:
    return int(raw) if raw.isdigit() else NUMBER_WORDS[normalise(raw)]


NUMBER_WORD = alternation(NUMBER_WORDS)
UNIT_WORD = alternation(DURATION_UNITS)
COUNT = rf"(?P<number>\d+|{NUMBER_WORD})\s+(?P<unit>{UNIT_WORD})"  # "72 heures", "un mois"
