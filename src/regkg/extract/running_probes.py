"""A probe still running "since" a day or year was opened then (issue 3, guideline 6). Layer 1.

"L'Office fédéral des ententes allemand examine lui aussi le dispositif ATT depuis 2022"; "The
FTC has been investigating the company since March 2023"; "Meta is under investigation since
April 2024": the probe's opening, the step guideline 6 dates, is the day its running is counted
from. The clause rules keep "since" dates from any step (a start, not an event), so an undated
probe takes that date when its sentence gives it right after a word of investigating (within a
few words, no clause break between) and gives no other date, and no relative clause opens
between the probe's company and that date: "opened proceedings against Meta, whose platforms
have been under scrutiny since 2021" tells of the company, not of the step's day (the FTC,
"which has been investigating Meta since 2021", names the company inside the clause). Only
probes: "X has been blocked since 4 August" is a state, and the blocking may be older
(`present_states`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.sentence_views import redate
from regkg.models import TAKEN_STATUSES, Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_INVESTIGATING = re.compile(
    r"\b(?:investigat\w*|examin\w*|prob\w*|scrutin\w*|looking\s+into|enquête\w*|enquêt\w*"
    r"|instruction|instruit|analyse\w*|étudie\w*|review\w*)\b[^.;:,()]{0,60}$", re.IGNORECASE)
# A relative clause about the company: its "since" dates the company's state, not the step.
_RELATIVE = re.compile(r",\s*(?:whose|which|who|where|dont|qui|où|lequel|laquelle)\b",
                       re.IGNORECASE)


def date_running_probes(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """The module's policy, for undated probes."""
    return redate(actions, views, _date_running_probe)


def _date_running_probe(action: Action, view: SentenceView) -> Action:
    if (action.date is None and action.type == "investigation" and action.status in TAKEN_STATUSES
            and not view.headline and len(view.dates) == 1):
        since = view.dates[0]
        if (since.qualifier == "since" and since.value is not None
                and _INVESTIGATING.search(view.text, 0, since.start)
                and not _relative_after_target(action, view, since.start)):
            return replace(action, date=since.value)
    return action


def _relative_after_target(action: Action, view: SentenceView, until: int) -> bool:
    """A relative clause opens between the first naming of the probe's company and `until`."""
    named = [m.start for m in view.mentions if m.key in action.targets and m.start < until]
    return bool(named) and _RELATIVE.search(view.text, min(named), until) is not None
