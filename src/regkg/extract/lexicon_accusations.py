"""Accusations and claimed sums: whose words they are decides what step they state. Layer 1.

"The Commission accused Meta of breaching the DSA" and "Bruxelles lui réclame 120 millions
d'euros" are a regulator's preliminary finding and its fine (the lexicon cues of
data/patterns/lexicon.yaml). The same words in a prosecutor's or an attorney general's mouth
are the charge of a suit or a demand made to a judge ("Le parquet réclame 100 000 euros
d'amende", "the Attorney General accused TikTok of violating ..."): no finding, no fine
imposed; the suit itself is stated by its own verb, which the precise triggers read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.patterns import TriggerMatch

if TYPE_CHECKING:
    from regkg.extract.linking import Linker

# The cues whose meaning depends on the speaker's kind.
_ACCUSATION = re.compile(r"accus|réclam", re.IGNORECASE)


def charge_not_finding(text: str, cue: TriggerMatch, actors: list[str], linker: Linker) -> bool:
    """An accusation or a claimed sum whose actor is a prosecutor or a court (reference class
    ProsecutorOrCourt): the charge of a suit or a demand to a judge, no step of the cue's type."""
    if not _ACCUSATION.match(text, cue.start):
        return False
    return any(_is_prosecutor(actor, linker) for actor in actors)


def _is_prosecutor(key: str, linker: Linker) -> bool:
    entity = linker.reference.get(key)
    return entity is not None and "ProsecutorOrCourt" in entity.classes
