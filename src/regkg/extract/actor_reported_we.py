"""A body's "we" reported by others: the step a body states in the first person, with the
reporting clause after it naming that body. Layer 1.

Wire reports and newspapers quote a release's first person and name its writer after it:
"We have fined TikTok £12.7m, the ICO said on Tuesday", "\"We are opening an investigation
into Snap,\" the Information Commissioner's Office said", "Nous avons infligé une amende à
TikTok, a indiqué la CNIL mardi". The "we" is the reporting clause's body, when that clause
comes right after the step's clause and names one authority as its speaker. A person as the
speaker ("said John Edwards") or a platform ("TikTok said") gives nothing: the person's office
is not named, and a platform's "we" is no authority's step. So is a body described at the
sentence's start and named in the reporting clause ("The regulator fined TikTok £12.7m, the ICO
said", "Le gendarme des données a infligé ..., a indiqué la CNIL").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import kind_of
from regkg.extract.reporting_verbs import (
    EN_ANNOUNCING,
    EN_COMMENTING,
    EN_CONFIRMING,
    EN_SAID_BEFORE_SUBJECT,
    FR_COMMENTING_PARTICIPLES,
    FR_COMMENTING_PRESENT,
    FR_REPORTING_PARTICIPLES,
    FR_SAYING_PRESENT,
    TELLING,
)

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

# The first person as the step's subject, a few words before the trigger ("We have today
# fined", "nous avons décidé d'infliger"), at the sentence's or a quotation's start.
_WE_SUBJECT = re.compile(r"(?:^|[\"«“(]\s*)(?:today,?\s+|aujourd.hui,?\s+)?(?:we|nous)\s+"
                         r"(?:[\w'-]+\s+){0,4}$", re.I)
# A body described, not named, as the step's subject, with no country or name of its own
# ("The regulator", "The watchdog", "Le gendarme des données"; not "The Irish regulator"): the
# reporting clause names it.
_DESCRIBED_SUBJECT = re.compile(
    r"^\W*(?:the|l['’]|le|la)\s*(?:regulator|watchdog|authority|agency|régulateur|autorité|"
    r"gendarme|agence)(?:\s+(?:des|du|de\s+la|de\s+l['’])\s*(?-i:[a-zé-]+))?\s+(?:(?:has|have|"
    r"had|a|ont|avait|also|aussi|également|on\s+\w+day)\s+){0,2}$", re.I)
# A source of the report ("..., selon l'Arcom") is no speaker of a described body's step.
_SOURCE = re.compile(r"[\"”»]?\s*,?\s*selon\b", re.I)
# The reporting clause after the step's clause, its speaker in group "subj": ', the ICO said',
# ',\" Ofcom added', ', said the ICO', ', a indiqué mardi la CNIL', ', selon l'Arcom'.
_OPEN = r"[\"”»]?\s*,?\s*[\"”»]?\s*"
_SUBJECT_SAID = re.compile(
    _OPEN + r"(?P<subj>[^,.;:\"”»]{2,80}?)\s+(?:(?:also|later|then)\s+)?"
    rf"(?:{EN_ANNOUNCING}|{EN_CONFIRMING}|{TELLING}|{EN_COMMENTING})\b", re.I)
_SAID_SUBJECT = re.compile(
    _OPEN + rf"(?:{EN_SAID_BEFORE_SUBJECT})\s+(?:the\s+)?(?P<subj>)", re.I)
_DIT_SUJET = re.compile(
    _OPEN + r"(?:(?:a|ont)\s+(?:[\w-]+\s+)?"
    rf"(?:{FR_REPORTING_PARTICIPLES}|{FR_COMMENTING_PARTICIPLES})"
    rf"|(?:{FR_SAYING_PRESENT}|{FR_COMMENTING_PRESENT})(?:\s+[\w-]+)?|selon)"
    r"\s+(?:l'|le\s+|la\s+|les\s+)?(?P<subj>)", re.I)
# The step's clause ends where the reporting clause begins: a comma or a closing quotation.
_CLAUSE_END = re.compile(r"[\"”»]?\s*,(?!\d)|[\"”»]")


def reported_we(view: SentenceView, trig: TriggerMatch) -> list[str]:
    """The body named as the speaker of a first-person step, in the clause reporting it."""
    we = _WE_SUBJECT.search(view.text, 0, trig.start)
    if not (we or _DESCRIBED_SUBJECT.match(view.text[:trig.start])):
        return []
    end = _CLAUSE_END.search(view.text, trig.end)
    if end is None or (not we and _SOURCE.match(view.text, end.start())):
        return []
    speaker = _speaker(view, end.start())
    return [speaker] if speaker else []


def _speaker(view: SentenceView, clause_end: int) -> str | None:
    """The one authority the reporting clause at `clause_end` names as its subject."""
    inverted = (_DIT_SUJET, _SAID_SUBJECT) if view.language == "fr" else (_SAID_SUBJECT,)
    for pattern in inverted:
        match = pattern.match(view.text, clause_end)
        if match:
            return _body_at(view, match.start("subj"))
    if view.language == "fr":
        return None
    match = _SUBJECT_SAID.match(view.text, clause_end)
    if match is None:
        return None
    named = [m for m in view.mentions if match.start("subj") <= m.start < match.end("subj")]
    keys = {m.key for m in named}
    return named[0].key if len(keys) == 1 and kind_of(named[0].key) == "authority" else None


def _body_at(view: SentenceView, start: int) -> str | None:
    """The authority whose name starts right at `start`."""
    for mention in view.mentions:
        if mention.start == start and kind_of(mention.key) == "authority":
            return mention.key
    return None
