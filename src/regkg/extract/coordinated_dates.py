"""A target's own date told at the head of its coordinated clause (issue 3, guideline 5: one
action per (actor, target, date); guideline 6). Layer 1.

One step told against several targets, the later one in a clause of its own that opens with its
date: "Fin août, le parquet avait ouvert une enquête sur Kick, et en juillet, c'est X qui avait
été visé", "The CNIL fined Criteo in June, and in March, it was Clearview's turn", "opened a
probe into Temu in October and, in May 2024, into Shein". The date between the coordinator and
the target's name is that target's, not the date of the clause before (`date_each_target_by_its
_own_date` reads dates told after the names only). Only a target named right after the date
(a cleft "c'est"/"it was" or a preposition between) and a date other than the step's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.models import Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# Coordinator right before the date: ", et", "and", ", puis", "then".
_COORDINATOR = re.compile(r"(?:,\s*|\s)(?:et|and|puis|then|while|tandis\s+que)\s*,?\s*$", re.I)
# Between the date and the target's name: a comma, a cleft or a preposition of the step.
_TO_TARGET = re.compile(
    r"\s*,?\s*(?:c['’]est\s+(?:au\s+tour\s+de\s+)?|ce\s+fut\s+|it\s+was\s+|(?:on|against|into"
    r"|to|sur|contre|à|visant)\s+|(?:the|la|le|l['’])\s*)?", re.I)


def date_targets_by_their_coordinated_clause(actions: list[Action],
                                             views: list[SentenceView]) -> list[Action]:
    """The module's policy: a step's target whose name follows "and DATE," takes DATE."""
    by_start = {v.sentence.start: v for v in views}
    sharing: dict[tuple[int, str, str | None, str], int] = {}
    for action in actions:
        key = (action.evidence.start, action.type, action.actor, action.status)
        sharing[key] = sharing.get(key, 0) + 1
    dated = []
    for action in actions:
        view = by_start.get(action.evidence.start)
        key = (action.evidence.start, action.type, action.actor, action.status)
        if view is not None and len(action.targets) == 1 and sharing[key] > 1:
            day = _clause_date(view, action.targets[0])
            if day is not None and day != action.date:
                action = replace(action, date=day)
        dated.append(action)
    return dated


def _clause_date(view: SentenceView, target: str) -> DateValue | None:
    """The date opening the coordinated clause that names `target` first."""
    first = next((m for m in sorted(view.mentions, key=lambda m: m.start)
                  if m.key == target), None)
    if first is None:
        return None
    before = [d for d in view.dates if d.end <= first.start]
    if not before:
        return None
    date = before[-1]
    if (date.value is None or date.qualifier is not None
            or not _TO_TARGET.fullmatch(view.text, date.end, first.start)
            or not _COORDINATOR.search(view.text, max(0, date.start - 12), date.start)):
        return None
    return date.value
