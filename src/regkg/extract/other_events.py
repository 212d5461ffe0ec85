"""A date of another event in the step's sentence is not the step's (issue 3, guideline 6).
Layer 1.

A sentence that tells a step often dates something else beside it: "The CMA opened an
investigation into Google, ahead of a hearing on 20 March"; "Ofcom has fined 4chan for failing
to answer a request sent on 10 June 2024"; "La CNIL a infligé une amende à Google au titre de
la loi entrée en vigueur le 1er janvier 2025"; "Une audience est prévue le 20 mars". The clause
rules of `slots` take the nearest date of the step's clause; this policy takes the date back
when every mention of it in the sentence is the day of another event: a hearing, a law or a
duty coming into force, a deadline (no step's verb between it and the day), or a document,
complaint or request of another kind than the step, told with its own participle. A wrong date
is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.sentence_views import redate
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_GAP = r"(?:\s+[\w'’-]+){0,3}?\s+"  # a few words between the event and its day
# A measure or a rule taking effect: its day is never the day it was decided ("The ban came
# into force on Friday", "took hold on Monday", "L'interdiction est entrée en vigueur lundi").
# Shared with decision_days.
TAKING_EFFECT = (r"c(?:ame|omes)\s+into\s+(?:force|effect)|ent(?:ered|ers)\s+into\s+force"
                 r"|t(?:ook|akes)\s+(?:effect|hold)|(?:est\s+)?entrée?s?\s+en\s+vigueur"
                 r"|(?:a\s+pris|prend)\s+effet")
# Events never a step of ours, whatever the step: hearings, entry into force, deadlines.
_ALWAYS_OTHER = re.compile(
    rf"\b(?:hearings?|court\s+date|audiences?|{TAKING_EFFECT}|in\s+force\s+since"
    rf"|applie[sd]\s+from|applicable\s+from|deadline|en\s+vigueur"
    rf"\s+depuis|applicables?\s+depuis|échéance|date\s+limite){_GAP}?(?:on|of|from|since|le|du"
    rf"|depuis|au|à\s+partir\s+du|in|en)?\s*$", re.IGNORECASE)
# A document sent or filed by someone, with its participle: the step's own kind excepted.
_DOCUMENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"\b(?:{nouns}){_GAP}?(?:sent|filed|lodged|submitted|made|received"
                      rf"|envoyée?s?|adressée?s?|déposée?s?|reçue?s?|formulée?s?|introduite?s?)"
                      rf"\s+(?:on|in|le|en)?\s*$", re.IGNORECASE))
    for kind, nouns in (
        ("request_for_information", r"requests?|demandes?(?:\s+d['’]informations?)?"),
        ("lawsuit", r"complaints?|plaintes?|petitions?|pétitions?"),
    ))


def undate_other_events(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """The module's policy: a step's date that only dates another event of its sentence."""
    return redate(actions, views, _undate_another_events_day)


def _undate_another_events_day(action: Action, view: SentenceView) -> Action:
    if action.date is not None:
        giving = [d for d in view.dates if d.value == action.date]
        if giving and all(_another_event(view.text, d.start, action.type) for d in giving):
            return replace(action, date=None)
    return action


# "At a hearing on Tuesday, the judge ordered ...": a court acts at its hearing.
_AT_HEARING = re.compile(r"\b(?:at|during|lors\s+d['’]|à\s+l['’]issue\s+d['’]|au\s+cours\s+d['’]"
                         r"|à\s+l['’])\s*(?:the\s+|a\s+|an\s+|une\s+)?(?:hearing|audience)\b",
                         re.IGNORECASE)


# A step's verb between the event and the day: "The hearing judge ordered X on Monday".
_STEP_VERB = re.compile(r"\b(?:ordered|fined|imposed|blocked|suspended|banned|opened|sued"
                        r"|ordonn\w*|inflig\w*|prononc\w*|bloqu\w*|suspend\w*|sanctionn\w*"
                        r"|ouvert\w*)\b", re.IGNORECASE)


def _another_event(text: str, start: int, kind: str) -> bool:
    before = text[max(0, start - 50):start]
    event = _ALWAYS_OTHER.search(before)
    if event is not None:
        return not _AT_HEARING.search(before) and not _STEP_VERB.search(before, event.start())
    return any(kind != own and pattern.search(before) for own, pattern in _DOCUMENTS)
