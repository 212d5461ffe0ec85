"""Where the targets of a step may end: the clause's end or an earlier hard stop. Layer 1;
used by regkg.extract.targets.TargetFinder.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.patterns import LanguagePatterns, TriggerMatch


# A date right after "since": a time, not a clause of cause or time ("after 2024 reports about
# Grok" is a cause).
_TIME_AFTER_STOP = re.compile(
    r"\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning)\s+of)\s*)?(?:(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b|"
    r"(?:last|this)\s+(?:year|month|week|spring|summer|autumn|winter)\b)", re.I)


# A relative clause on the subject, opened after a comma before the trigger: "The Commission,
# which fined Google in 2018, is now examining Amazon", "La Garante, qui a bloqué ChatGPT en
# 2023, examine DeepSeek" (s15 trap hunt).
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|qui)\s+[^,;()]{0,80}$", re.I)
# ... closed by a comma before a word in lower case (the main clause's verb), not before a list
# of names ("which fined Google, Apple and Meta") or their coordination.
_RELATIVE_CLOSE = re.compile(
    r",\s*(?!(?:and|or|et|ou|as\s+well\s+as|ainsi\s+que|including|notamment|dont)\b)"
    r"(?-i:[a-zàâçéèêëîïôûù])")


# ... but a relative clause on the step itself leaves its target to the main clause: "The
# investigation, which Ofcom opened in April, concerns an online suicide forum", "The
# complaint, which the Department of Justice filed in March, alleges that Apple ...".
_STEP_ANTECEDENT = re.compile(
    r"\b(?:investigations?|inquir(?:y|ies)|probes?|proceedings|cases?|fines?|penalt(?:y|ies)|"
    r"orders?|notices?|decisions?|enquêtes?|procédures?|amendes?|sanctions?|mises?\s+en\s+demeure|"
    r"décisions?|instructions?|complaints?|(?:law)?suits?|actions?|requests?|letters?|findings|"
    r"plaintes?|poursuites|assignations?|requêtes?|demandes?|lettres?|conclusions)\s*$", re.I)


def relative_clause_end(text: str, trig: TriggerMatch, clause_end: int) -> int:
    """A step told in a relative clause on its subject names its targets in that clause: the
    main clause's object after the closing comma is another event's."""
    opening = _RELATIVE_OPEN.search(text, max(0, trig.start - 90), trig.start)
    if opening is None or _STEP_ANTECEDENT.search(text, 0, opening.start()):
        return clause_end
    close = _RELATIVE_CLOSE.search(text, trig.end, clause_end)
    return close.start() if close else clause_end


def target_reach(text: str, trig: TriggerMatch, clause_end: int, lp: LanguagePatterns) -> int:
    """Where the step's targets may end: the clause's end or an earlier hard stop."""
    clause_end = relative_clause_end(text, trig, clause_end)
    hard_stop = lp.target_hard_stops.search(text, trig.end, clause_end)
    while hard_stop and hard_stop.group(0).casefold() == "since" \
            and _TIME_AFTER_STOP.match(text, hard_stop.end()):
        # "has been investigating since December 2023 whether X ...": a time, no clause.
        hard_stop = lp.target_hard_stops.search(text, hard_stop.end(), clause_end)
    return hard_stop.start() if hard_stop else clause_end
