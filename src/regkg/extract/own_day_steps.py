"""A second step of one type against one target, told with a date of its own (issue 3,
guideline 6: one action per step). Layer 1 (used by the lexicon layer, regkg.extract.lexicon).

The lexicon layer takes a second step of a type already stated against a target for a second
mention of the first (`backup.already_stated`). A sentence often tells two steps of one type in
turn, each with its own day: "L'enquête avait été ouverte en juin 2021, et la Commission avait
notifié ses griefs au groupe en juin 2023"; "The FCO examined Amazon in 2019 before opening
proceedings against it in May 2022". A step whose own clause names a date that no earlier step
of this type against the target shares (nor contains: "2019" and "July 2019" may be one step)
is a step of its own, not a repeat (not in a fronted "After fining X in 2023," clause, which
`lexicon_actors.fronted_end` weighs). A step told with no day, or against a target whose earlier
step had none, stays a repeat: nothing tells the two apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from regkg.extract.dates import within_a_fortnight
from regkg.extract.lexicon_actors import fronted_end
from regkg.models import Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Discourse
    from regkg.extract.patterns import TriggerMatch


def told_on_another_day(view: SentenceView, cue: TriggerMatch, clause: tuple[int, int],
                        day_of_step: Callable[[], DateValue | None], discourse: Discourse,
                        targets: list[str] | None, counted: bool = False) -> list[str]:
    """The targets against which the cue states a step on its day (`day_of_step`, as the layer
    dates it; asked only when needed) while every step of this type the article stated against
    them has another known day; the day must be written in the cue's own clause, not taken
    from the narrative."""
    fronted = fronted_end(view.text)
    if fronted is not None and cue.start < fronted:
        # "After fining Meta €390 million in January 2023, the DPC fined Meta €5.5 million":
        # the fronted clause's step is the lexicon_actors rule's to weigh, not this one's
        return []
    told = {t: [step[3] for step in discourse.steps if step[0] == cue.type and step[2] == t]
            for t in targets or []}
    if not any(told.values()):
        return []
    day = day_of_step()
    if day is None or not _written_in_clause(view, clause, day):
        return []
    repeats = [t for t, days in told.items() if days and all(d is None for d in days)]
    if counted:  # "two suits ... The second, filed in October": see `_counted_on_its_day`
        return _counted_on_its_day(view, cue, day, told, repeats, discourse)
    if repeats and dated_repeat(view, day):
        # the day of a step first told without one: kept, to hand its day over (backup.py)
        discourse.dated_repeats |= {(view.sentence.start, cue.type, t) for t in repeats}
    else:
        repeats = []
    return repeats + [t for t, days in told.items() if days and all(
        isinstance(d, DateValue) and not _overlap(d, day) for d in days)]


# A restatement told as an older or another step: "had sued", "also", "again", "in the past".
_OTHER_STEP = re.compile(
    r"\b(?:had|already|previously|earlier|also|again|another|in\s+the\s+past|avait|avaient"
    r"|déjà|précédemment|auparavant|aussi|également|à\s+nouveau|de\s+nouveau|autre"
    r"|dans\s+le\s+passé)\b", re.IGNORECASE)


def _counted_on_its_day(view: SentenceView, cue: TriggerMatch, day: DateValue,
                        told: dict[str, list[object]], undated: list[str],
                        discourse: Discourse) -> list[str]:
    """One of the steps counted before, its noun elided ("filed two suits. The first, filed in
    January, ..."): the first told with a day gives the counted step its day (of any age: the
    ordinal tells which step it is); a later one on a day no step of its type shares is a
    step of its own."""
    discourse.dated_repeats |= {(view.sentence.start, cue.type, t) for t in undated}
    return undated + [t for t, days in told.items() if t not in undated and not any(
        isinstance(d, DateValue) and _overlap(d, day) for d in days)]


def dated_repeat(view: SentenceView, day: DateValue) -> bool:
    """A later statement of a step first told without a day ("The ACCC has taken Google to
    court. The regulator filed proceedings on Friday") gives the step its day: a day, within a
    fortnight before the text (news tells the step it is about), not told as an older or another
    step."""
    return (day.precision == "day" and within_a_fortnight(day, view.published)
            and not _OTHER_STEP.search(view.text))


def _written_in_clause(view: SentenceView, clause: tuple[int, int], day: DateValue) -> bool:
    """A date expression of the clause, with no "since"/"until" frame, names `day`."""
    return any(clause[0] <= d.start and d.end <= clause[1] and d.value == day
               and d.qualifier is None for d in view.dates)


def _overlap(one: DateValue, other: DateValue) -> bool:
    """One names a period holding the other ("2019" and "July 2019"): maybe the same step."""
    a, b = one.iso(), other.iso()
    return a.startswith(b) or b.startswith(a)


def own_day_step(action: Action, actions: list[Action], own_days: set[int]) -> bool:
    """A lexicon step told on a day of its own (`own_days`, the ids `told_on_another_day`
    vouched for) that no other statement of its type against its targets shares: kept beside
    a precise statement of that type, which tells another step."""
    if id(action) not in own_days or action.date is None:
        return False
    return not any(other is not action and other.type == action.type
                   and set(other.targets) & set(action.targets)
                   and (other.date is None or _overlap(other.date, action.date))
                   for other in actions)
