"""The body on whose order a step was taken, named in an adverbial of the sentence (issue 3,
session 10; corpus guideline 3: institutions act). Layer 1.

"Nepal banned TikTok on Monday on the orders of the Nepal Telecommunications Authority", "Access
to X was cut off in Brazil by order of the Supreme Federal Court", "Sur décision de la Cour
suprême, X a été suspendu vendredi au Brésil": the country tells where the step took effect; the
step is the body's whose order it carries out. Only a country as actor gives way: a body named as
the subject keeps its own step ("Roskomnadzor blocked X on the orders of a court"), and a platform
acting on an order has none to give ("X blocked the accounts on the orders of the BTK").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import Linker, kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# Right before the ordering body's name.
_ON_ORDERS_OF = re.compile(
    r"\b(?:on\s+the\s+orders?\s+of|by\s+(?:an?\s+)?orders?\s+of|at\s+the\s+orders?\s+of"
    r"|on\s+(?:an?\s+)?orders?\s+(?:from|by)|sur\s+(?:une?\s+)?(?:décision|ordre|ordonnance"
    r"|injonction|instruction)s?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]))\s*(?:the\s+)?$",
    re.IGNORECASE)
_REACH = 60  # characters from the phrase's start to the name
_STEP_REACH = 120  # characters from a passive step's verb to the ordering body's name


def ordering_body(view: SentenceView, actors: list[str], linker: Linker) -> list[str]:
    """The body on whose order the sentence's step was taken, when `actors` are only the
    country it took effect in; else `actors` unchanged."""
    countries = {linker.actor_key(m.key) for m in view.mentions
                 if kind_of(m.key) == "jurisdiction"} | {
        m.key for m in view.mentions if kind_of(m.key) == "jurisdiction"}
    if not actors or any(actor not in countries for actor in actors):
        return actors
    for mention in view.mentions:
        if _ON_ORDERS_OF.search(view.text, max(0, mention.start - _REACH), mention.start):
            body = linker.actor_key(mention.key)
            if body is not None and kind_of(body) != "jurisdiction":
                return [body]
    return actors


def ordering_agent(view: SentenceView, trigger_end: int, candidates: list[Mention],
                   linker: Linker) -> str | None:
    """The body a passive step was taken on the orders of, however many words of manner and
    time come between ("X was blocked nationwide for more than a month last year on the orders
    of the Supreme Federal Court"): the agent-after rule reads only a few words."""
    for mention in candidates:
        if mention.start < trigger_end or mention.start - trigger_end > _STEP_REACH:
            continue
        if _ON_ORDERS_OF.search(view.text, max(trigger_end, mention.start - _REACH),
                                mention.start):
            body = linker.actor_key(mention.key)
            if body is not None and kind_of(body) == "authority":
                return body
    return None
