"""Which step of a sentence a date belongs to when two steps share it (issue 3, point 5). Layer 1.

A wrong date is worse than none, so each rule only removes a date from a step's reach or hands
it to the step it is attached to:
- a date right after a coordinator opens the next clause ("opened proceedings on Monday, and
  on Tuesday it sent a request", "a mis en demeure X lundi, puis mardi elle a saisi"): it dates
  that clause's step, not the one before;
- a step inside a subordinate phrase ("fined X on 3 May, after opening a probe in January",
  "après avoir ouvert une enquête en juin 2022") starts its clause at the subordinator: the main
  clause's date is not its date;
- a step named by a noun with its own participle and date ("a annoncé lundi l'amende prononcée
  le 14 mai") takes that date, not the day it was announced;
- a date after a reporting participle ("The fine, first reported on Friday, was imposed on 2 May")
  dates the report.
"""

from __future__ import annotations

import re

_NEXT_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:and(?:\s+then)?|then|puis|et(?:\s+puis)?|ensuite)\s*,?\s*$", re.I)
# The step's own phrase opens with a subordinator a few words before its trigger.
_SUBORDINATE = re.compile(
    r"\b(?:after|before|having|following|après|avant)(?:\s+(?:avoir|d['’]avoir|de|d['’]))?"
    r"\s*$", re.I)
_OWN_PARTICIPLE = re.compile(
    r"^[^,;:]{0,50}?\b(?:prononcée?s?|infligée?s?|imposed|issued|levied|handed\s+down"
    r"|décidée?s?|ouverte?s?|opened|launched|lancée?s?|adopted|adoptée?s?|notifiée?s?"
    r"|sent|adressée?s?|envoyée?s?)(?:\s+(?:on|in|le|en|du))?\s*$", re.I)
_REPORTING_PARTICIPLE = re.compile(
    r"(?:,\s*(?:\w+\s+)?|\b(?:first|initially|originally|widely|d['’]abord)\s+)"
    r"(?:reported|revealed|disclosed|leaked|révélée?s?|rapportée?s?|dévoilée?s?)"
    r"(?:\s+(?:by|par)\s+[^,;]{1,40}?)?(?:\s+(?:on|in|le|en))?\s*$", re.I)


def opens_next_clause(text: str, date_start: int, trig_end: int) -> bool:
    """The date, after the trigger, follows "and"/"puis": it opens the next clause."""
    return date_start >= trig_end and _NEXT_CLAUSE.search(text, trig_end, date_start) is not None


def subordinate_start(text: str, clause_start: int, trig_start: int) -> int:
    """Where the trigger's subordinate phrase begins ("after opening", "après avoir ouvert"),
    or the clause start when the trigger heads no such phrase."""
    found = _SUBORDINATE.search(text, clause_start, trig_start)
    return found.start() if found else clause_start


def own_participle_date(text: str, trig_end: int, date_start: int) -> bool:
    """The date follows the step's noun through its own participle: "l'amende prononcée le
    14 mai", "the fine imposed on 2 May"."""
    return date_start >= trig_end and _OWN_PARTICIPLE.search(
        text[trig_end:date_start] + " ") is not None and not _has_break(text[trig_end:date_start])


def reported_date(text: str, date_start: int) -> bool:
    """The date follows a reporting participle: "first reported on Friday"."""
    return _REPORTING_PARTICIPLE.search(text[max(0, date_start - 60):date_start]) is not None


def _has_break(between: str) -> bool:
    return any(c in between for c in ",;:")
