"""An order told again of the company behind the service it was told of (or of the service of
that company): one order (issue 3, guideline 5). Layer 1; used by the extractor after
`restated_steps`.

"Portugal's data protection commission on Tuesday ordered Worldcoin to stop collecting iris
scans ... Tools for Humanity, the company that develops Worldcoin, was told to suspend the
collection of biometric data in Portugal": the second sentence restates the order with the
operator as its subject, and the first telling's target stays the step's. An order whose
sentence gives no day of its own (it may have taken one from the context), by the same body,
whose targets are all operators or services of the targets of an order told in the sentences
just before, and whose sentence names that order's target beside its own (the company said
to run it), merges into that order (giving it its day if it has none). Not merged: a sentence
that marks another step ("also", "again", "a second order", "également"), another body's
order, an order on a company of another group, a term told of the operator alone ("In the same
order, the commission told Meta to ..." after an order on WhatsApp: tests/wide 508).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.also_days import own_days
from regkg.models import Action
from regkg.reference import Reference

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_REACH = 3  # sentences back to the order restated
_APART = re.compile(
    r"\b(?:also|again|separately|too|another|second|new|further|aussi|également|de\s+nouveau"
    r"|à\s+nouveau|séparément|autre|deuxième|nouvelle|en\s+outre)\b", re.IGNORECASE)


def merge_orders_restated_of_operators(actions: list[Action], views: list[SentenceView],
                                       reference: Reference) -> list[Action]:
    """The module's policy, actions in text order."""
    sentence_of = {v.sentence.start: v.index for v in views}
    # (sentences with no day of their own that name a service or an operator beside another)
    restating = {v.sentence.start: v.index for v in views if not own_days(v)}
    named = {v.sentence.start: {m.key for m in v.mentions} for v in views}
    kept: list[Action] = []
    for action in actions:
        first = _restated(action, kept, restating, sentence_of, reference)
        if first is not None and not set(kept[first].targets) & named[action.evidence.start]:
            first = None  # "In the same order, the commission told Meta to ...": its own term
        if first is None:
            kept.append(action)
        elif kept[first].date is None and action.date is not None:
            kept[first] = replace(kept[first], date=action.date)
    return kept


def _restated(action: Action, kept: list[Action], index_of: dict[int, int],
              sentence_of: dict[int, int], reference: Reference) -> int | None:
    """The position in `kept` of the order `action` restates of its operator or service."""
    here = index_of.get(action.evidence.start)  # (None: the sentence gives a day of its own)
    if (action.type != "order" or here is None or not action.targets
            or _APART.search(action.evidence.sentence)):
        return None
    for position in range(len(kept) - 1, -1, -1):
        step = kept[position]
        there = sentence_of.get(step.evidence.start)
        if there is None or there < here - _REACH or there >= here:
            continue
        if step.type == "order" and step.actor == action.actor and step.status == action.status \
                and step.targets and all(_related(t, step.targets, reference)
                                         for t in action.targets):
            return position
    return None


def _related(target: str, others: tuple[str, ...], reference: Reference) -> bool:
    """`target` operates one of `others`, or is operated by one of them (not one of them)."""
    return target not in others and any(
        reference.operator_of(other) == target or reference.operator_of(target) == other
        for other in others)
