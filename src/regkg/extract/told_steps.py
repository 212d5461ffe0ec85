"""Steps a sentence tells, with their day, before the next sentences name them. Layer 1.

Releases and news often open with the day and the gist, then give the steps one by one without
the day (guideline 6: the day the text gives for the steps is theirs):

- decisions told by their count: "Today, the European Commission adopted two non-compliance
  decisions under the DMA. Apple has been fined €500 million. Meta has been fined €200
  million."; "Le 14 mai, la CNIL a prononcé deux sanctions. Google ...": the same authority's
  undated decisions that follow take the day;
- an authority acting on a company: "The European Commission acted today against TikTok. The
  Commission opened formal proceedings against TikTok ..."; "Ce mardi, l'Arcom a pris des
  mesures contre cinq sites": the same authority's undated steps on that company that follow
  take the day (on any company, when the sentence names none).

Only up to the first sentence that gives a date of its own, within a few sentences, and never
a step told as background ("had", "déjà"): a wrong date is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from regkg.extract.sibling_reach import beyond_reach
from regkg.models import Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_DECISIONS = frozenset({"order", "fine", "block", "sanction", "warning"})
_TAKEN = frozenset({"opened", "imposed"})
_LOOK_AHEAD = 3  # sentences after the telling one

# "adopted two decisions", "a prononcé deux sanctions": decisions told before their companies.
_DECISIONS_TOLD = re.compile(
    r"\b(?:adopted|took|issued|adopts|takes|a\s+adopté|a\s+pris|a\s+rendu|a\s+prononcé|adopte"
    r"|prend|prononce)\s+(?:[\w-]+\s+){0,3}?(?:decisions|rulings|décisions|délibérations"
    r"|sanctions)\b", re.IGNORECASE)
# "acted today against TikTok", "took action against", "a agi contre", "a pris des mesures".
_ACTING_ON = re.compile(
    r"\b(?:acted|acts|took\s+(?:\w+\s+)?action|takes\s+(?:\w+\s+)?action|cracked\s+down"
    r"|a\s+agi|agit|a\s+pris\s+des\s+mesures|prend\s+des\s+mesures|a\s+sévi|sévit)\b"
    # on someone: not "adopted two delegated acts"
    r"[^.;]{0,40}?\b(?:against|on|contre|à\s+l['’]encontre|face\s+(?:à|aux?)|envers)\b",
    re.IGNORECASE)
_BACKGROUND = re.compile(
    r"\b(?:had|already|previously|earlier|formerly|in\s+the\s+past|last\s+(?:year|month)"
    r"|avait|avaient|déjà|auparavant|précédemment|dans\s+le\s+passé|l['’]an\s+dernier)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class _Told:
    authorities: frozenset[str]
    day: DateValue
    kinds: frozenset[str] | None  # None: any type of step
    companies: frozenset[str]  # empty: any company


def _told_in(view: SentenceView) -> _Told | None:
    days = {d.value for d in view.dates if d.value is not None
            and d.value.precision == "day" and d.qualifier is None}
    authorities = frozenset(m.key for m in view.mentions if m.key.startswith("authority/"))
    if view.headline or not authorities or len(days) != 1:
        return None
    if _DECISIONS_TOLD.search(view.text):
        return _Told(authorities, days.pop(), _DECISIONS, frozenset())
    if _ACTING_ON.search(view.text):
        companies = frozenset(m.key for m in view.mentions
                              if m.key.split("/")[0] in ("organisation", "service"))
        return _Told(authorities, days.pop(), None, companies)
    return None


def date_steps_told_before(actions: list[Action], views: list[SentenceView],
                           by_start: dict[int, SentenceView]) -> list[Action]:
    """The undated steps of the module's two cases take the day they were told with."""
    told = {v.index: found for v in views if (found := _told_in(v)) is not None}
    dated = []
    for action in actions:
        at = by_start.get(action.evidence.start)
        if (action.date is None and action.status in _TAKEN and at is not None
                and not at.dates and not _BACKGROUND.search(at.text)):
            before = next((i for i in range(at.index - 1, max(-1, at.index - 1 - _LOOK_AHEAD), -1)
                           if i in told or views[i].dates), None)
            gist = told.get(before) if before is not None else None
            if (gist is not None and action.actor in gist.authorities
                    and (gist.kinds is None or action.type in gist.kinds)
                    and (not gist.companies or bool(set(action.targets) & gist.companies))
                    and not beyond_reach(at, gist.day)):
                action = replace(action, date=gist.day)
        dated.append(action)
    return dated
