"""A description set beside a body's name is that body. Layer 1; used by
regkg.extract.passive_actors (the actor candidates of a sentence).

"par l'autorité des télécoms, la BTK", "le gendarme de la concurrence, le Cade, a ouvert",
"the country's privacy regulator, the PIPC", "la BTK, l'autorité des télécoms, a infligé": the
description says what the body is, the name says which body it is. Read alone, a description
with no country takes the language's default (French press: France), so "l'autorité des
télécoms" became Arcep beside the Turkish BTK: a wrong fact, and a second actor. The name
wins and the description is not an actor of its own.

A description that names a country of its own other than the name's stays: "Arcom, the
British regulator and the CNIL" is a list, not one body described twice.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import DescribedMention, kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.linking import Linker

# Between a description and the name apposed to it, in either order: a comma (or a bracket,
# or a dash) and a determiner: ", la ", ", the ", " (", " – l'".
_APPOSITION_GAP = re.compile(r"\s*(?:,|\(|[–—])\s*(?:the\s+|its\s+|le\s+|la\s+|les\s+|l['’]\s*)?",
                             re.IGNORECASE)


def named_over_described(text: str, found: list[Mention], linker: Linker) -> list[Mention]:
    """`found` without each description apposed to the name of a body (the name stands)."""
    named = [m for m in found if kind_of(m.key) == "authority"
             and not isinstance(m, DescribedMention)]
    return [m for m in found if not (
        isinstance(m, DescribedMention) and kind_of(m.key) == "authority"
        and any(_apposed(text, m, body) and not _other_country(m, body, linker)
                for body in named))]


def _apposed(text: str, description: Mention, body: Mention) -> bool:
    """Is the name right after the description, or the description right after the name,
    with only an apposition's comma and determiner between?"""
    if description.end <= body.start:
        return _APPOSITION_GAP.fullmatch(text, description.end, body.start) is not None
    if body.end <= description.start:
        return _APPOSITION_GAP.fullmatch(text, body.end, description.start) is not None
    return False


def _other_country(description: Mention, body: Mention, linker: Linker) -> bool:
    """Does the description name a country of its own, not the body's ("the British
    regulator" beside Arcom)?"""
    body_country = (linker.jurisdiction_of(body.key) or "").split("-")[0]
    for word in re.findall(r"[\w-]+", description.text):
        code = linker.demonym_code(word)
        if code and code.split("-")[0] != body_country:
            return True
    return False
