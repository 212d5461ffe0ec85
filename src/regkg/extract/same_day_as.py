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
# "le même jour", "the same day" naming no event after it: the day the sentence gave before it
# to another step ("Ottawa a suivi le 27 février, de même que le gouvernement du Québec, qui a
# retiré TikTok des appareils mobiles de son administration le même jour"; s18, mist 1091).
_BARE_SAME_DAY = re.compile(
    r"\b(?:le\s+même\s+jour|ce\s+même\s+jour|le\s+jour\s+même|(?:on\s+)?(?:the|that)\s+same"
    r"\s+day)\b(?!\s+(?:que|qu['’]|de|du|des|d['’]|as|of|that)\b)", re.IGNORECASE)


def date_steps_on_the_same_day_as(actions: list[Action],
                                  views: list[SentenceView]) -> list[Action]:
    """The module's policy, for the undated steps of a sentence that gives no date itself."""
    def date_one(action: Action, view: SentenceView) -> Action:
        if action.date is None and action.status in TAKEN_STATUSES and not view.headline:
            match = None if view.dates else _SAME_DAY_AS.search(view.text)
            day = _event_day(views[:view.index], match["noun"]) if match else _day_before(
                view, views[:view.index])
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


def _day_before(view: SentenceView, earlier: list[SentenceView]) -> DateValue | None:
    """The one day the sentence gives before its bare "le même jour" / "the same day"; with
    none of its own, the one day of the sentence before it ("Le même jour, la CNIL a ...")."""
    match = _BARE_SAME_DAY.search(view.text)
    if match is None:
        return None
    if view.dates:
        return _one_day(view, match.start())
    previous = [v for v in earlier if not v.headline]
    return _one_day(previous[-1], len(previous[-1].text)) if previous else None


def _one_day(view: SentenceView, before: int) -> DateValue | None:
    days = {d.value for d in view.dates if d.value is not None and d.value.precision == "day"
            and d.qualifier is None and d.start < before}
    return days.pop() if len(days) == 1 else None
