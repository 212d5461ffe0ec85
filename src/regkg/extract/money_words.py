"""The word tables of `regkg.extract.money` (data/patterns/money.yaml), loaded and checked
once at import. Layer 1.

A currency is an ISO 4217 code, or the name of one several countries share ("dollar",
"rupee", "krone", "cfa", ...): `SHARED_NAMES` gives the code by the acting body's country, and
`SHARED_DEFAULTS` the one to take when no country is known (none: no amount at all).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from regkg.extract.vocabulary import VocabularyError, vocabulary
from regkg.settings import Settings

VOCABULARY_FILE = Settings().patterns_dir / "money.yaml"


_TABLES = {"prefixes": dict, "suffixes": dict, "codes": list, "needing_multiplier": list,
           "grouped_sums": list,
           "shared_names": dict, "shared_defaults": dict, "multipliers": dict,
           "number_words": dict, "qualifiers": dict, "per_units": dict,
           "home_currencies": dict, "share_words": dict}


def _load_vocabulary(path: Path) -> Mapping[str, Any]:
    """The word tables, checked once at import: every name a table gives is a code or a
    shared name."""
    data = vocabulary(path, tables=_TABLES).data
    named = set(data["prefixes"].values()) | set(data["suffixes"].values())
    unknown = {n for n in named if not n.isupper() and n not in data["shared_names"]}
    if unknown:
        raise VocabularyError(f"money vocabulary {path}: no shared_names for {sorted(unknown)}")
    return data


_VOCABULARY = _load_vocabulary(VOCABULARY_FILE)
# Codes that are also words ("TRY", "RUB"): read in capitals only, before or after a number.
CAPITAL_CODES = frozenset(code.lower() for code in _VOCABULARY["codes"])
_CODES = {code: code.upper() for code in CAPITAL_CODES}
CURRENCY_PREFIXES: dict[str, str] = {**_CODES, **_VOCABULARY["prefixes"]}
CURRENCY_SUFFIXES: dict[str, str] = {**_CODES, **_VOCABULARY["suffixes"]}
# Three-letter codes written before a sum ("SEK 12 million", "NIS 1 million"): a name in
# capitals right before a number is a currency only when it is one of these ("the company NSO
# 1 million shekels" names NSO; capital_names.py, unknown_lists.py).
# (and the other letters written before a sum: "the platform RM50,000", "Tk 10 crore", s20)
_CODES_BEFORE = "|".join(sorted(
    (re.escape(key.upper()) for key in CURRENCY_PREFIXES
     if len(key) >= 2 and key.rstrip(".").isalpha()), key=len, reverse=True))
CODE_BEFORE_SUM = re.compile(rf"(?!(?:{_CODES_BEFORE})\s*\d)")
WORDS_NEEDING_MULTIPLIER = frozenset(_VOCABULARY["needing_multiplier"])
# Of those, the ones a sum with grouped thousands also makes a currency ("61,342,847.73 lira").
WORDS_TAKING_GROUPED_SUMS = frozenset(_VOCABULARY["grouped_sums"])
# An exact sum with its thousands grouped ("61,342,847.73", "250 000"): a sum, not a count.
GROUPED_SUM = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d+)?")
SHARED_NAMES: dict[str, dict[str, str]] = _VOCABULARY["shared_names"]
SHARED_DEFAULTS: dict[str, str] = _VOCABULARY["shared_defaults"]
MULTIPLIERS: dict[str, int] = _VOCABULARY["multipliers"]
NUMBER_WORDS: dict[str, Decimal] = {
    word: Decimal(str(value)) for word, value in _VOCABULARY["number_words"].items()}
QUALIFIERS: dict[str, str] = _VOCABULARY["qualifiers"]
PER_UNITS: dict[str, str] = _VOCABULARY["per_units"]
HOME_CURRENCIES: dict[str, str] = _VOCABULARY["home_currencies"]
SHARE_WORDS: dict[str, int] = _VOCABULARY["share_words"]  # "one per cent" -> 1
DOLLARS: dict[str, str] = SHARED_NAMES["dollar"]  # the one table of bare dollars by country
