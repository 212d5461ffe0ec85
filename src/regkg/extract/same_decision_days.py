"""Which decision "the same decision" or "the same document" refers to. Layer 1.

`action_dates` dates "La même décision l'obligeait à ...", "In the same document, the OAIC
orders ..." by the actor's decision on the company told before. Two refinements:
- the sentence right before telling a decision on a day of its own ("la firme avait écopé en
  juillet 2021 d'une amende") is the decision referred to, even when that decision was not
  read as a step: its one date, not a later decision told paragraphs before;
- a document holds findings as well as decisions: "Dans le même document" after "l'OAIC a
  conclu mercredi qu'Uber avait porté atteinte ..." takes the findings' day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.date_words import DECISION_WORDS, alternation
from regkg.models import Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView


def _plurals(nouns: list[str]) -> list[str]:
    return nouns + [n[:-1] + "ies" if n.endswith("y") else n + "s" for n in nouns]


# A decision told in a sentence: its noun or verb (dates.yaml `decision_words`).
_DECISION_WORDS = re.compile(
    rf"\b(?:{alternation(_plurals(DECISION_WORDS['nouns']) + DECISION_WORDS['verbs'])})\b",
    re.IGNORECASE)
_DOCUMENT = re.compile(r"\b(?:document)\b", re.IGNORECASE)
_THE_SAME = re.compile(r"\b(?:même|same)\s+(?:décision|document|arrêté|délibération|sanction"
                       r"|decision|ruling|order)\b", re.IGNORECASE)


def refers_to_the_same(view: SentenceView) -> bool:
    """"La même décision", "In the same ruling": a decision told before."""
    return _THE_SAME.search(view.text) is not None


def decision_just_before_day(views: list[SentenceView], view: SentenceView,
                             action: Action) -> DateValue | None:
    """The one date of the sentence right before, when it tells a decision and names no body
    but the step's actor (not "the AGCM fined Booking ... In the same document, the CNIL")."""
    if view.index == 0:
        return None
    before = views[view.index - 1]
    if before.headline or before.paragraph != view.paragraph or not _DECISION_WORDS.search(
            before.text) or any(m.key.startswith("authority/") and m.key != action.actor
                                for m in before.mentions):
        return None
    days = {d.value for d in before.dates if d.value is not None and d.qualifier is None
            and not d.relative}
    return days.pop() if len(days) == 1 else None


def same_document(view: SentenceView) -> bool:
    return _DOCUMENT.search(view.text, 0, 40) is not None


def earlier_steps_of_the_document(dated: list[Action], action: Action) -> list[Action]:
    """The actor's dated steps on the company told before, of any kind."""
    return [a for a in dated if a.actor == action.actor and a.date is not None
            and a.evidence.start < action.evidence.start
            and (not action.targets or set(a.targets) & set(action.targets))]
