"""A probe told as the body sending its own investigators, with its own date (issue 3,
guideline 4: opening a probe is an `investigation`). Layer 1.

Competition and consumer bodies in many countries open a case by instructing their
investigation arm: "It had ordered its Director General to investigate the policy in March
2021", "In June 2022 the KPPU directed its investigators to look into the billing rules", "la
commission avait chargé ses services d'instruction d'enquêter sur ces pratiques en mars 2021".
When the sentence names the company, the trigger in actions.yaml reads the step; told as
background of a decision, it often names only a thing ("the policy", "ces pratiques"), and its
company is the one the body's probe is about in the rest of the article
(`background_openings`). This module finds the phrase and its date: the first date after it in
the same clause, or a date opening the sentence before it. The phrase is the trigger's, one
pattern per language (actions.yaml `staff_probe`, `LanguagePatterns.staff_probe`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from regkg.extract.actions import SentenceView
    from regkg.extract.dates import DateMention

# Between the phrase and its date: the object of the probe, no clause break.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:after|before|since|when|après|avant|depuis|lorsque)\b",
                           re.IGNORECASE)
# A subject naming no body by name: a pronoun or a body's description.
_SUBJECT = re.compile(
    r"(?:it|they|elle|il|ils|elles|(?:the|l'|la|le)\s*(?:[\w-]+\s+)?(?:commission|regulator|"
    r"watchdog|authority|agency|autorité|régulateur|gendarme|office|bureau|council|conseil)"
    r"(?:\s+de\s+la\s+concurrence)?)", re.IGNORECASE)
_AFTER_REACH = 80
_LEAD_REACH = 40


def staff_probe_spans(view: SentenceView, is_body: Callable[[str], bool],
                      phrase: re.Pattern[str]) -> list[tuple[int, int, DateMention]]:
    """(start, end, date) of each probe the body gives its staff in the sentence (`phrase`:
    the language's `staff_probe`), with a resolved date of its own; `end` is where the date
    begins when it follows the phrase."""
    found = []
    for match in phrase.finditer(view.text):
        date = _date_of(view, match.start(), match.end())
        if date is not None and _body_is_subject(view, match.start(), date, is_body):
            found.append((match.start(), max(match.end(), date.start), date))
    return found


def _body_is_subject(view: SentenceView, start: int, date: DateMention,
                     is_body: Callable[[str], bool]) -> bool:
    """The order is the body's own: a body is named before the phrase, or the subject is a
    pronoun or a body's description ("It had ordered", "la commission avait chargé"). "The
    government had asked its Director General" is another institution's staff."""
    lead = view.text[date.end if date.end <= start else 0:start]
    if any(is_body(m.key) for m in view.mentions if m.end <= start):
        return True
    return _SUBJECT.fullmatch(lead.strip(" ,")) is not None


def _date_of(view: SentenceView, start: int, end: int) -> DateMention | None:
    for date in view.dates:
        if date.value is None or date.qualifier is not None:
            continue
        if date.start >= end:
            between = view.text[end:date.start]
            if date.start - end <= _AFTER_REACH and not _CLAUSE_BREAK.search(between):
                return date
            return None
        if date.end <= start and date.start <= 3 and start - date.end <= _LEAD_REACH:
            return date
    return None
