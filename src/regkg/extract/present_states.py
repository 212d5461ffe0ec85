"""A present state is no dated step (issue 3, guideline 6). Layer 1.

"MOSCOU, 13 août - Les appels vocaux passés via WhatsApp et Telegram sont désormais
partiellement bloqués en Russie, a confirmé mercredi Roskomnadzor"; "X is now blocked in Turkey,
the regulator said on Monday"; "L'application reste suspendue": the sentence tells how things
stand, not when the authority acted. Guideline 6 dates a step by when the authority acted, and
the "said on Friday it had fined" convention covers the announcement of a step, not the
confirmation of a state: the day of the dateline or of the saying is not the step's. A step told
as a present state ("is now", "remains", "sont désormais", "reste") keeps a date only when the
sentence gives a day of its own besides the dateline and the saying; "bloqué depuis le 4 août"
is when the state began, not a day the sentence says the authority acted.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.clause_dates import reported_date
from regkg.extract.dates import opens_as_dateline
from regkg.extract.reporting_verbs import SAYING_A_DAY
from regkg.extract.sentence_views import redate
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_STATES = frozenset({"block", "order"})
_PARTICIPLE = (r"blocked|banned|suspended|restricted|inaccessible|unavailable|barred|throttled"
               r"|bloquée?s?|suspendue?s?|interdite?s?|inaccessibles?|restreinte?s?"
               r"|indisponibles?|bridée?s?|ralentie?s?")
_STATE = re.compile(
    rf"\b(?:(?:is|are)\s+(?:now|still|currently|no\s+longer)|remains?|stays?"
    rf"|(?:est|sont)\s+(?:désormais|toujours|actuellement|dorénavant|encore)|restent|reste"
    rf"|demeurent|demeure)\s+(?:\w+(?:ly|ment)\s+)?(?:{_PARTICIPLE})\b", re.IGNORECASE)
# The saying that reports the state: "a confirmé mercredi", "the regulator said on Monday".
_SAYING = re.compile(rf"\b(?:{SAYING_A_DAY})\s*(?:on\s+)?$", re.IGNORECASE)


def undate_present_states(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """The module's policy: a blocking or an order told as a present state loses the day of the
    dateline or of the saying that reports it."""
    return redate(actions, views, _undate_present_state)


def _undate_present_state(action: Action, view: SentenceView) -> Action:
    if (action.date is not None and action.type in _STATES
            and _STATE.search(view.text) and not _own_day(view)):
        return replace(action, date=None)
    return action


def _own_day(view: SentenceView) -> bool:
    """A date of the sentence that is neither its dateline's nor the day of its saying."""
    return any(d.qualifier is None and not opens_as_dateline(view.text, d.start, d.end)
               and not reported_date(view.text, d.start)
               and not _SAYING.search(view.text, max(0, d.start - 30), d.start)
               for d in view.dates)
