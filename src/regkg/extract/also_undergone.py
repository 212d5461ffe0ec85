"""A company that "was also fined / ordered" underwent one more measure of the decision just told
(issue 3, guideline 6). Layer 1; used by `action_dates`.

"On Saturday the regulator ordered Tencent to end its exclusive deals. ... Tencent was also
fined 500,000 yuan for failing to notify a purchase"; "Meta a également été condamnée à verser
..."; "The company was further ordered to ...": the company as the subject of a passive with
"also" adds a measure to the decision on it already told, taken on the same occasion, so the
measure takes the day of that decision: the latest dated decision of the same authority on the
same company told a few sentences before. `also_days` reads the authority as the subject ("It
also fined ..."); this reads the company. Not when the sentence gives a date of its own
(`own_days`: "was also fined in 2018"), tells the measure as background or later ("had also
been fined", "was later ordered"), nor an English present perfect ("has also been fined": a
report with no day, guideline 6); no day is carried from a decision on another company.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.also_days import own_days
from regkg.extract.sentence_views import redate_in_turn
from regkg.models import DECISION_TYPES, TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_TOLD_WITHIN = 8  # sentences back
# The company, then a simple-past passive with "also": "Tencent was also fined", "The company
# was further ordered", "Meta a également été condamnée", "Les deux sociétés ont aussi été".
_ALSO_UNDERGONE = re.compile(
    r"\s*(?P<subject>[^,;:()]{2,60}?)\s+(?:was|were|a|ont)\s+"
    r"(?:also|further|additionally|également|aussi|en\s+outre)\s+(?:été\s+)?\w+",
    re.IGNORECASE)
_NOT_THE_SAME = re.compile(
    r"\b(?:had|already|previously|earlier|formerly|again|since|later|subsequently|afterwards"
    r"|avait|avaient|déjà|précédemment|auparavant|à\s+nouveau|de\s+nouveau|depuis|plus\s+tard"
    r"|par\s+la\s+suite|ensuite)\b", re.IGNORECASE)


def date_measures_also_undergone(actions: list[Action],
                                 views: list[SentenceView]) -> list[Action]:
    """The module's policy, in text order."""
    def date_one(action: Action, view: SentenceView, dated: list[Action]) -> Action:
        day = _decision_day(action, view, views, dated)
        return action if day is None else replace(action, date=day)
    return redate_in_turn(actions, views, date_one)


def _decision_day(action: Action, view: SentenceView, views: list[SentenceView],
                  dated: list[Action]) -> DateValue | None:
    if (action.date is not None or action.actor is None or action.status not in TAKEN_STATUSES
            or action.type not in DECISION_TYPES or view.headline or own_days(view)):
        return None
    also = _ALSO_UNDERGONE.match(view.text)
    if also is None or _NOT_THE_SAME.search(view.text):
        return None
    if not any(m.key in action.targets and m.start < also.end("subject") for m in view.mentions):
        return None  # the subject is not the company: "Its rival was also fined"
    first = views[max(0, view.index - _TOLD_WITHIN)].sentence.start
    earlier = [a for a in dated if a.actor == action.actor and a.date is not None
               and a.type in DECISION_TYPES and first <= a.evidence.start < action.evidence.start
               and set(a.targets) & set(action.targets)]
    return earlier[-1].date if earlier else None
