"""The body whose decision a term or a deadline belongs to, when the sentence names no body:
"Under the new order, Facebook must ...", "Outre l'amende, Meta dispose de trois mois pour
...". Layer 1 (used by decision_duties.py and deadline_orders.py; issue 3, session 18).

The body the sentence names comes first; else the body of the latest decision (a fine, an
order, a block, a warning) told against the company, one of its services or its operator
("a infligé à Instagram une amende" is the decision Meta's term belongs to); else of any step
against them ("sued Ring. Under the proposed Ring order, ..."); a payment the company agreed
to counts ("Amazon will pay a $25 million civil penalty": only in `Discourse.steps`) when one
body took it; else the article's one authority. Never a court: its orders are no steps here.
A term told with no day of its own takes the day of the body's one other decision on the
company (`decision_day`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from regkg.extract.lexicon_obligations import is_court
from regkg.extract.linking import kind_of
from regkg.models import DECISION_TYPES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.lexicon import LexiconSteps
    from regkg.extract.linking import Discourse


def deciding_body(finder: LexiconSteps, view: SentenceView, targets: list[str],
                   discourse: Discourse) -> list[str]:
    """The authority the sentence names, else the body of the latest decision against one
    of the companies, else of any step against them, else the article's one authority."""
    named = [finder.linker.actor_key(m.key) for m in view.mentions
             if kind_of(m.key) == "authority"]
    keys = [k for k in named if k and not is_court(finder, k)]
    if keys:
        return keys[:1]
    reference = finder.linker.reference
    related = set(targets) | {op for t in targets if (op := reference.operator_of(t))}

    def against(target: object) -> bool:
        return target in related or reference.operator_of(str(target)) in related

    for kinds in (DECISION_TYPES, None):
        for _, kind, actor, target in reversed(discourse.told_steps):
            if (kinds is None or kind in kinds) and against(target) and not is_court(
                    finder, actor):
                return [actor]
        # a payment the company agreed to is a step of `steps` only ("X will pay a $25
        # million civil penalty", commitments.company_payment): its body, if one
        paying = {str(s[1]) for s in discourse.steps if (kinds is None or s[0] in kinds)
                  and isinstance(s[1], str) and against(s[2]) and not is_court(finder, s[1])}
        if len(paying) == 1:
            return [paying.pop()]
    return [discourse.principal] if discourse.principal else []


def decision_day(discourse: Discourse, action: Action) -> DateValue | None:
    """The day of the body's one other decision on the company, for a term told undated."""
    days = {step[3] for step in discourse.steps if step[0] in DECISION_TYPES
            and step[0] != "order" and step[1] == action.actor and step[2] in action.targets
            and isinstance(step[3], DateValue)}
    return days.pop() if len(days) == 1 else None
