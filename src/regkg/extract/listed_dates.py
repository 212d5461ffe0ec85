"""One step told for each date of a list. Layer 1.

"The regulator had already fined Google in 2020 and in 2021", "la CNIL l'avait sanctionnée en
2020 puis en 2022": the verb is told once, its dates twice; each date is a step of its own
(the gold counts one action per decision). Only a list that follows the step's own date
right away, its items dates alone ("in 2020 and in 2021", "in March, in June and in
October"), counts: a date further on may be another step's or the conduct's. The items'
qualifiers must match the first's: "from 2020 until 2022" is one period, not two steps. The
list must close its clause: a date that opens another ("fined Google in 2020, and in 2021 the
company appealed", "en 2020 et en 2021 le Conseil d'État l'a confirmée") is that clause's
(s20 review: such dates gave a second fine).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.dates import DateMention

# between two dates of a list: a comma or "and"/"et"/"puis", then "in"/"en"/"on"/"le"
_LINK = re.compile(r"(?:\s*,\s*(?:and\s+|et\s+|puis\s+)?|\s+(?:and|et|puis|then)\s+)"
                   r"(?:(?:again\s+|encore\s+|à\s+nouveau\s+)?(?:in|on|en|le|au\s+mois\s+de)\s+)?$",
                   re.IGNORECASE)

# after the list's last date: the sentence's end, a phrase it governs ("for breaches", "pour
# manquements") or a reporting clause (", the regulator said", ", a rappelé la CNIL"); not a
# fronted phrase of another clause (", after a review, the fine was cut")
_PHRASE = (r"(?:for|over|because|against|under|after|in|by|of|on|pour|sur|contre|après|dans|par"
           r"|à|au|aux|de|du|des|en\s+raison|au\s+titre)\b")
_REPORTED = (r"[^,.;]{0,60}?\b(?:said|says|added|announced|noted|recalled|according|selon|"
             r"indiqué|précisé|rappelé|annoncé|souligné|ajouté|expliqué)\b")
_CLOSED = re.compile(rf"\s*(?:$|[.;:!?)\]]|\s{_PHRASE}|,\s*{_REPORTED})",
                     re.IGNORECASE)


def add_listed_dates(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """`actions` with a copy of each dated step for every further date of its list."""
    by_start = {v.sentence.start: v for v in views}
    added: list[Action] = []
    for action in actions:
        view = by_start.get(action.evidence.start)
        if view is None or action.date is None:
            continue
        taken = {a.date for a in actions if a.evidence.start == action.evidence.start}
        added += [replace(action, date=d.value) for d in _listed_after(view, action)
                  if d.value not in taken]
    return sorted([*actions, *added], key=lambda a: a.evidence.start) if added else actions


def _listed_after(view: SentenceView, action: Action) -> list[DateMention]:
    """The dates listed right after the step's own date in its sentence."""
    dates = view.dates
    first = next((i for i, d in enumerate(dates) if d.value == action.date), len(dates))
    own = dates[first].value if first < len(dates) else None
    if own is None or dates[first].relative:
        return []  # "in March, in June and in October 2024": the year told last is all's
    listed: list[DateMention] = []
    for previous, current in zip(dates[first:], dates[first + 1:], strict=False):
        gap = view.text[previous.end:current.start]
        if current.value is None or current.relative \
                or current.qualifier != dates[first].qualifier \
                or current.value.precision != own.precision \
                or not _LINK.match(gap) or "\n" in gap:
            break
        listed.append(current)
    return listed if listed and _CLOSED.match(view.text, listed[-1].end) else []
