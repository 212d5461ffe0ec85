"""Dates that cannot be the day an authority acted: a deadline or a start read before a date
that carries no qualifier of its own, and a relative date that lies after the day the text
was written. Layer 1.

The date patterns read a qualifier inside their own match ("by 30 June", "d'ici le 15 mars"),
but a weekday or a relative day has none: "ordered X to remove the videos by Friday", "mis en
demeure de se conformer d'ici vendredi", "gave X until Friday" read Friday as the order's day.
Guideline 7: a deadline set on the target is the `deadline`, never the step's `date`. And news
reports what was done: "next Monday", "lundi prochain", "from April 1" said in March point
ahead, to an obligation's start or a deadline, never to a step already taken.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.date_words import QUALIFIERS, alternation

if TYPE_CHECKING:
    from regkg.extract.dates import DateMention

# Qualifiers that bound a fact by a date instead of dating it (data/patterns/dates.yaml). Not
# "since" or "from" before a weekday: "X has been blocked since Tuesday" is Tuesday's block.
_BOUNDING = frozenset({"until", "by", "before"})
_BOUND_WORDS = alternation(word for word, kind in QUALIFIERS.items()
                           if kind in _BOUNDING and not word.endswith("-"))
# The bounding words right before the date, with an article or "this/next" between at most:
# "by Friday", "d'ici à vendredi", "avant ce lundi", "une audience prévue jeudi"; not "comme
# prévu lundi" (as planned, on Monday).
_BOUND_BEFORE = re.compile(
    rf"(?<!\w)(?<!comme )(?P<word>{_BOUND_WORDS})\s+(?:(?:le|la|the|ce|cette)\s+)?$",
    re.IGNORECASE)
# The qualifier a date "ahead" of its text's day gets: no step of the past has that day. A
# deadline stays one ("by next Monday"); a start ahead ("from April 1") is no start of the step.
AHEAD = "ahead"
_DEADLINES = frozenset({"since", "until", "by", "before"})


def _bound_before(text: str, start: int) -> str | None:
    """The bounding qualifier written just before `start`, if any."""
    match = _BOUND_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return None
    return QUALIFIERS.get(re.sub(r"\s+", " ", match["word"].lower().replace("’", "'")))


def mark_bounds(text: str, found: list[DateMention],
                written: dt.date | None) -> list[DateMention]:
    """`found` with the qualifiers the date patterns could not read: a bounding word before a
    date with none ("by Friday"), and `AHEAD` for a relative date after `written` (the day the
    relative dates were resolved against) that no bound qualifies already."""
    marked = []
    for mention in found:
        qualifier = mention.qualifier
        if qualifier is None:
            qualifier = _bound_before(text, mention.start)
        if (qualifier not in _DEADLINES and mention.relative and written is not None
                and mention.value is not None and mention.value.value > written):
            qualifier = AHEAD
        marked.append(mention if qualifier == mention.qualifier
                      else replace(mention, qualifier=qualifier))
    return marked
