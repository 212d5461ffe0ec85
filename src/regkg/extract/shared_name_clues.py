"""The place a text gives a bare shared name by the words around it. Layer 1; used by
regkg.extract.shared_names.

A name several countries' bodies share ("Arcep": France's, Benin's, Burkina Faso's, Chad's
telecoms regulators) is read as the body of the place the text names with it (shared_names.py).
Session 20 probes showed three ways news names that place right at the name, which gave France's
Arcep to another country's regulator:
- a description before it, from its clause's start: "Chad's telecommunications regulator
  Arcep", "Burkina Faso's telecoms regulator, Arcep,", "le régulateur burkinabè des télécoms,
  l'Arcep" (a body's noun, bodies.yaml `description_heads`; lower-case words; the place; no
  other capitalised name: "Meta's lead regulator, Arcep" describes the company's regulator);
- a demonym after it: "l'Arcep tchadienne";
- a country fronted at the start of its sentence, before a comma: "Au Tchad, l'Arcep ...", "In
  Chad, Arcep ..." (the place the sentence is about; not "Après une amende en Italie,
  l'Autorité de la concurrence": a place where something else happened).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from regkg.extract.vocabulary import vocabulary
from regkg.models import Mention
from regkg.settings import Settings

POSSESSIVE = re.compile(r"['’]s$")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÀ-Ý])|\n")
# What may open a sentence before the place it is about: "Au Kenya,", "Le Pakistan", "In".
OPENS = re.compile(r"(?:^|[.!?:\n]\s*|\s[-–—]\s)"
                   r"(?:(?:au|aux|en|in|à|le|la|les|the)\s+|l['’]\s*)?$", re.IGNORECASE)

# A body's description before its name: up to 90 characters back, from its clause's opening
# (a sentence's end, a bracket, a colon, a comma), to the name's comma and article at most.
_DESCRIPTION_REACH = 90
_CLAUSE_OPEN = re.compile(r"[.;:!?()\n\"«»“”]|,\s")
_DESCRIPTION_END = re.compile(r"(?:\s*,)?\s*(?:\b(?:the|la|le)\s+|\b[lL]['’]\s*)?$",
                              re.IGNORECASE)
_ARTICLES = frozenset({"the", "le", "la", "les", "l"})
_DEMONYM_AFTER = re.compile(r"\s+([a-zà-ÿ][a-zà-ÿ-]+)\b")  # "l'Arcep tchadienne"


@cache
def _description_heads() -> re.Pattern[str]:
    """The head nouns of a body's description, in either language (bodies.yaml)."""
    words = vocabulary(Settings().patterns_dir / "bodies.yaml", ("description_heads",))
    sources = [words.source("description_heads", lang) for lang in ("en", "fr")]
    return re.compile(r"\b(?:" + "|".join(s for s in sources if s) + r")\b", re.IGNORECASE)


def demonym_after(text: str, end: int, place_code: Callable[[str], str | None]) -> str | None:
    """The place of a demonym right after the name ending at `end`: "l'Arcep tchadienne"."""
    after = _DEMONYM_AFTER.match(text, end)
    return place_code(after.group(1)) if after else None


def described_place(text: str, at: int, mentions: list[Mention],
                    jurisdiction_of: Callable[[str], str | None],
                    place_of: Callable[[str], str | None]) -> str | None:
    """The one place of a body's description right before the name at `at`, or None."""
    reach = max(0, at - _DESCRIPTION_REACH)
    end = _DESCRIPTION_END.search(text, reach, at)
    stop = end.start() if end else at
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, reach, stop)]
    if not opens and reach > 0:
        return None  # longer than a description
    start = opens[-1] if opens else 0
    if not _description_heads().search(text, start, stop):
        return None
    places = [m for m in mentions if m.key.startswith("jurisdiction/")
              and start <= m.start and m.end <= stop]
    codes = {jurisdiction_of(m.key) or "" for m in places}
    for word in WORD.finditer(text, start, stop):
        if any(m.start <= word.start() < m.end for m in places):
            continue
        written = POSSESSIVE.sub("", word.group(0))
        code = place_of(written)
        if code is None and written[:1].isupper() and written.casefold() not in _ARTICLES:
            return None  # another name: a company's or a person's description
        codes.add(code or "")
    codes -= {""}
    return codes.pop() if len(codes) == 1 else None


def fronted_place(text: str, at: int, mentions: list[Mention],
                  jurisdiction_of: Callable[[str], str | None]) -> str | None:
    """The country fronted before a comma at the start of the sentence of the name at `at`."""
    stops = [m.start() for m in SENTENCE_END.finditer(text, 0, at)]  # OPENS reads the stop
    opening = stops[-1] if stops else 0
    for mention in mentions:
        if (opening <= mention.start < at and mention.key.startswith("jurisdiction/")
                and OPENS.search(text, opening, mention.start)
                and text.startswith(",", mention.end)):
            return jurisdiction_of(mention.key)
    return None
