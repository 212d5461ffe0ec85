"""A payee told as the paying verb's indirect object, before the sum. Layer 1.

"Google has agreed to pay the state of Texas $1.375 billion", "Meta agreed to pay the same
office $1.4 billion", "X will pay the FTC $20 million": the body paid stands between the verb
and the sum, where payees.py reads a payee after the sum only ("$5 million to the FTC"). A
US state paid is its attorney general's fine (a state sues and settles through him, as "The
state of Texas sued" is read: actor_anaphora); "the same office" the last body whose names
hold "office"; a description ("the regulator") the body it refers back to. Anything else
between the verb and the sum ("pay users $5 million", "pay a further $5 million") is no payee.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from regkg.extract.groups import state_officer
from regkg.extract.linking import Linker, kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.money import MoneyMention

# The words between the paying verb and its sum: one short noun phrase, no clause break.
_BETWEEN = re.compile(r"\s+(?P<payee>[^,;:.()]{2,60}?)\s+")
_STATE_OF = re.compile(r"(?:the\s+)?state\s+of\s+", re.I)


def indirect_payee(view: SentenceView, verb_end: int, money: MoneyMention, linker: Linker,
                   referred: Callable[[int], str | None]) -> str | None:
    """The body paid between the verb (ending at `verb_end`) and the sum, if one is."""
    between = _BETWEEN.fullmatch(view.text, verb_end, money.start)
    if between is None:
        return None
    start, end = between.span("payee")
    inside = [m for m in view.mentions if start <= m.start and m.end <= end]
    if len(inside) == 1 and inside[0].end == end:
        mention = inside[0]
        lead = view.text[start:mention.start]
        key = linker.actor_key(mention.key)
        if key and kind_of(key) == "authority" and lead.casefold() in ("", "the "):
            return key
        if kind_of(mention.key) == "jurisdiction" and (
                lead == "" or _STATE_OF.fullmatch(lead)):
            # the party a state's case is settled with is its attorney general
            officer = state_officer(linker, mention.key, "lawsuit")
            return officer if kind_of(officer) == "authority" else None
        return None
    return referred(start) if not inside else None
