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
the same clause, or a date opening the sentence before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from regkg.extract.actions import SentenceView
    from regkg.extract.dates import DateMention

# The body's own investigation arm, then the verb of probing. Planned or asked-for steps ("will
# order", "could direct", "a demandé au gouvernement") do not match: the staff word is the
# body's own ("its", "son", "ses").
_STAFF_ORDER = re.compile(
    r"\b(?:(?:had\s+|has\s+|have\s+)?(?:ordered|directed|instructed|tasked|asked)\s+"
    r"(?:its|their)\s+(?:own\s+)?(?:Director[\s-]General|(?:investigation|investigative|"
    r"enforcement)\s+(?:arm|unit|wing|division|team|department)|investigators|case\s+team)"
    r"\s+(?:to|with)\s+(?:investigat\w*|prob\w*|look\w*\s+into|examin\w*|conduct\w*\s+an?\s+"
    r"(?:detailed\s+|full\s+)?(?:investigation|probe|inquiry))"
    r"|(?:a|ont|avait|avaient)\s+(?:ordonné|demandé|chargé)\s+(?:à\s+)?(?:son|sa|ses|leurs?)\s+"
    r"(?:directeur\s+général|direction\s+générale|services\s+d.(?:instruction|enquête)|"
    r"enquêteurs|rapporteur\w*)\s+(?:de\s+|d.)\s*(?:enquêter|instruire|examiner|"
    r"mener\s+une\s+enquête))\b", re.IGNORECASE)
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


def staff_probe_spans(view: SentenceView,
                      is_body: Callable[[str], bool]) -> list[tuple[int, int, DateMention]]:
    """(start, end, date) of each probe the body gives its staff in the sentence, with a
    resolved date of its own; `end` is where the date begins when it follows the phrase."""
    found = []
    for match in _STAFF_ORDER.finditer(view.text):
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
