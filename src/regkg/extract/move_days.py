"""The day a sentence gives "the move" or "the announcement" just told (issue 3, D10, guideline
6). Layer 1; used by `action_dates`.

News reports name the step they have just told by a word for any act, then give its day: "The
Garante blocked DeepSeek in Italy. The move came on Thursday, days after the chatbot's launch";
"Ofcom has opened an investigation into 4chan. The regulator announced the move on Tuesday";
"Ofcom fined 4chan £20,000. The announcement came on Monday"; "Le Garante a bloqué DeepSeek.
L'annonce a été faite jeudi". The day is the step's (an authority's announcement dates its step
as a release's dateline does: guideline 6, `announced_dates`), so the undated steps of the
sentence right before take it. Such a word may stand for anyone's act ("Meta changed its policy.
The move came on Tuesday"), so only the sentence right before counts, and only when its steps
are the authority's the referring sentence names, if it names one; the referring sentence gives
exactly one day, right after its verb, and the sentence before none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.sentence_views import redate
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_DETERMINER = r"(?:the|this|that|its|their|la|le|l['’]|cette|ce|cet|son|sa)"
_MOVE = (r"move|announcement|step|action|crackdown|annonce|mesure|décision|démarche"
         r"|initiative|sanction|decision|measure")
# "The move came on Thursday", "The announcement, made on Monday", "L'annonce a été faite
# jeudi", "La mesure, annoncée jeudi": the noun, then a verb of arriving, announcing or making.
_TOLD = (r"came|arrived|was\s+(?:announced|made|unveiled|made\s+public|taken|confirmed)"
         r"|announced|made|unveiled|taken|est\s+tombée|est\s+intervenue|a\s+été\s+(?:faite"
         r"|annoncée|rendue\s+publique|prise|dévoilée|confirmée)|faite|annoncée|prise|dévoilée")
_REFERRING = re.compile(
    rf"\s*{_DETERMINER}\s*(?:[\w-]+\s+)?(?:{_MOVE})\s*,?\s*(?:{_TOLD})\s+(?:on\s+|le\s+)?$",
    re.IGNORECASE)
# "The regulator announced the move on Tuesday", "La CNIL a annoncé la mesure mardi".
_ANNOUNCING = re.compile(
    rf"\b(?:announced|unveiled|confirmed|made\s+public|a\s+(?:annoncé|dévoilé|confirmé))\s+"
    rf"{_DETERMINER}\s*(?:[\w-]+\s+)?(?:{_MOVE})\s+(?:on\s+|le\s+)?$", re.IGNORECASE)


def date_steps_by_the_move_told_next(actions: list[Action],
                                     views: list[SentenceView]) -> list[Action]:
    """The module's policy."""
    days = {v.index: day for v in views if (day := _move_day(v)) is not None}

    def date_one(action: Action, view: SentenceView) -> Action:
        told = days.get(view.index + 1)
        if (told is None or action.date is not None or action.status not in TAKEN_STATUSES
                or view.headline or view.dates):
            return action
        day, authorities = told
        if authorities and action.actor not in authorities:
            return action
        return replace(action, date=day)
    return redate(actions, views, date_one)


def _move_day(view: SentenceView) -> tuple[DateValue, frozenset[str]] | None:
    """The one day the sentence gives "the move" it opens with, or announces, and the
    authorities it names."""
    days = [d for d in view.dates if d.value is not None]
    if view.headline or len(days) != 1 or days[0].qualifier is not None:
        return None
    before = view.text[:days[0].start]
    announcing = _ANNOUNCING.search(before)
    if not (_REFERRING.match(before) or announcing):
        return None
    if announcing and any(kind_of(m.key) in TARGET_KINDS for m in view.mentions
                          if m.start < announcing.start()):
        return None  # "Meta announced the move on Tuesday": the company's move
    day = days[0].value
    authorities = frozenset(m.key for m in view.mentions if m.key.startswith("authority/"))
    return (day, authorities) if day is not None and day.precision == "day" else None
