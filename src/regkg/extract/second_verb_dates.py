"""The day of a second verb that shares the first one's subject and targets. Layer 1.

"The Commission sent Shein a request for information in June 2023 and opened a formal
investigation in November 2023": the second verb names no object, so its steps copy the first
verb's (grammar.same_targets), date included. When its own clause, after the verb, gives a
time of its own, that time is the step's: "in November 2023", or a month with no year after the
first verb's dated month ("in June 2024 and opened formal proceedings in October", "en juin
2024 puis ouvert une procédure en octobre de la même année"), which is that year's. A month
before the first verb's ("in June 2024 ... in February") may be the next year's: no date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.extract.date_words import MONTHS, MONTHS_ALSO_WORDS, alternation
from regkg.extract.slots import Slots, find_date
from regkg.models import Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.patterns import TriggerMatch

# A month with no year: "in October", "in October of that year", "en octobre (de la même
# année | de cette année-là)". Not "by October" nor "avant octobre": a deadline.
_MONTH_ALONE = re.compile(
    rf"\b(?:in|en|au\s+mois\s+d['’]|au\s+mois\s+de)\s*(?P<month>{alternation(MONTHS)})\b"
    r"(?!\s+(?:\d|of\s+(?:last|next)|de\s+l['’]an))", re.IGNORECASE)


def same_targets_on_own_day(previous: list[Action], trig: TriggerMatch, status: str,
                            view: SentenceView, clause: tuple[int, int],
                            slots: Slots) -> list[Action]:
    """The steps of a second verb with no object (grammar.same_targets), dated by the time
    its own clause gives after the verb, when it gives one."""
    copied = g.same_targets(previous, trig.type, status)
    if not copied:
        return copied
    told, own = _own_day(view, trig, clause, slots)
    return [replace(a, date=own) for a in copied] if told else copied


def _own_day(view: SentenceView, trig: TriggerMatch, clause: tuple[int, int],
             slots: Slots) -> tuple[bool, DateValue | None]:
    """Whether the verb's clause gives a time of its own after the verb, and its value (None
    when it names a month it cannot place)."""
    after = [d for d in view.dates if trig.end <= d.start and d.end <= clause[1]]
    month = _MONTH_ALONE.search(view.text, trig.end, clause[1])
    if after and not (month and any(d.relative and d.start <= month.start("month") < d.end
                                    for d in after)):
        found = find_date(view, trig, clause, slots)
        own = found is not None and any(d.value == found for d in after)
        return own, found if own else None
    if month is None or (month["month"].lower() in MONTHS_ALSO_WORDS
                         and month["month"].islower()):
        return False, None
    # a month with no year takes the year of the first verb's month, when it comes after it
    before = [d.value for d in view.dates if d.end <= trig.start and d.value is not None]
    if len(before) != 1 or before[0].precision not in ("day", "month"):
        return True, None
    number = MONTHS[month["month"].lower()]
    if number < before[0].value.month:
        return True, None
    return True, DateValue(before[0].value.replace(month=number, day=1), "month")
