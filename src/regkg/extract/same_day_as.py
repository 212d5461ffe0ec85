"""A step told as taken on the same day as another event the text dated before (issue 3,
guideline 6). Layer 1.

"La justice doit se prononcer ... après l'audience qui s'est tenue mercredi 26 novembre [...]
Le même jour que l'audience, à Bruxelles, la Commission a adressé à Shein une demande formelle
d'informations"; "The hearing took place on 26 November. On the same day as the hearing, the
Commission sent Shein a request": the step takes the day an earlier sentence gives that event
(its noun, then the day within a few words), when it gives exactly one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.sentence_views import redate
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_SAME_DAY_AS = re.compile(
    r"\b(?:le\s+même\s+jour\s+que|le\s+jour\s+(?:même\s+)?(?:de|du|des)|(?:on\s+)?the\s+same\s+day"
    r"\s+as|on\s+the\s+day\s+of)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|its\s+|their\s+|sa\s+|son\s+"
    r"|ses\s+)?(?P<noun>[^\W\d_][\w-]{2,})", re.IGNORECASE)
_NEAR = 60  # characters from the event's noun to its day


def date_steps_on_the_same_day_as(actions: list[Action],
                                  views: list[SentenceView]) -> list[Action]:
    """The module's policy, for the undated steps of a sentence that gives no date itself."""
    def date_one(action: Action, view: SentenceView) -> Action:
        if (action.date is None and action.status in TAKEN_STATUSES
                and not view.headline and not view.dates):
            match = _SAME_DAY_AS.search(view.text)
            day = _event_day(views[:view.index], match["noun"]) if match else None
            if day is not None:
                return replace(action, date=day)
        return action
    return redate(actions, views, date_one)


def _event_day(earlier: list[SentenceView], noun: str) -> DateValue | None:
    named = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    days = {d.value for v in earlier if not v.headline for m in named.finditer(v.text)
            for d in v.dates if d.value is not None and d.value.precision == "day"
            and d.qualifier is None and m.end() <= d.start <= m.end() + _NEAR}
    return days.pop() if len(days) == 1 else None
