"""A step told as what followed on a day: "X was followed on 2 September 2021 by a fine imposed on
WhatsApp" (issue 3, guideline 6). Layer 1.

News and decisions tell a sequence with the passive of "follow": the day stands between the verb
and the agent, and the agent is the step, a noun ("was followed on 2 September 2021 by a €225
million fine imposed on WhatsApp", "a été suivie le 2 septembre 2021 d'une amende infligée à
WhatsApp"). The date rules read that day as the verb's, another event than the nominal step, and
leave the step undated; but what followed on that day is the step itself. So an undated step of
the noun's kind told in that sentence takes the day, when the sentence gives exactly one day
there. Not a possibility ("could be followed by a fine": no auxiliary of fact), not a call or a
threat of a step ("by calls for a fine", "by a threat of a fine"), not a step the sentence does
not tell with that noun ("followed on Monday by an appeal").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.restating_days import STEP_NOUNS
from regkg.extract.sentence_views import redate
from regkg.models import TAKEN_STATUSES, Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# Words an agent noun may carry before the step's noun ("a €225 million fine", "a further
# order"), but not those that make it a call, a threat or a possibility.
_WORD = (r"(?!(?:for|of|to|calls?|threats?|possible|potential|pour|appels?|menaces?|éventuelle?s?"
         r"|possibles?)\b)[\w€£$.,'’-]+")
_FOLLOWED = {kind: re.compile(
    r"\b(?:(?:was|were|is|are|been)\s+followed|(?:a|ont|avait|avaient|est|sont)\s+été\s+suivie?s?"
    r"|(?:est|sont)\s+suivie?s?)(?P<gap>[\s,][^;:()]{2,60}?)\s+"
    rf"(?:by\s+(?:a|an|the|its|their)|d['’]une?|de\s+la|du|des)\s*(?:{_WORD}\s+){{0,4}}?"
    rf"(?:{nouns})\b", re.IGNORECASE) for kind, nouns in STEP_NOUNS.items()}


def date_steps_that_followed(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Undated steps told as what followed on a day take that day."""
    return redate(actions, views, _date_one)


def _date_one(action: Action, view: SentenceView) -> Action:
    pattern = _FOLLOWED.get(action.type)
    if (action.date is not None or pattern is None or action.status not in TAKEN_STATUSES
            or view.headline or "follow" not in view.text.lower()
            and "suivi" not in view.text.lower()):
        return action
    found = pattern.search(view.text)
    if found is None:
        return action
    low, high = found.span("gap")
    days = {d.value for d in view.dates
            if d.value is not None and d.qualifier is None and low <= d.start < high}
    return replace(action, date=days.pop()) if len(days) == 1 else action
