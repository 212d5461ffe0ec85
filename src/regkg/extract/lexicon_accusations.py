"""Accusations and claimed sums: whose words they are decides what step they state. Layer 1.

"The Commission accused Meta of breaching the DSA" and "Bruxelles lui réclame 120 millions
d'euros" are a regulator's preliminary finding and its fine (the lexicon cues of
data/patterns/lexicon.yaml). The same words in a prosecutor's or an attorney general's mouth
are the charge of a suit or a demand made to a judge ("Le parquet réclame 100 000 euros
d'amende", "the Attorney General accused TikTok of violating ..."): no finding, no fine
imposed; the suit itself is stated by its own verb, which the precise triggers read.
So is the participle that gives a suit's charge, whoever sues: "The SEC sued Coinbase,
accusing it of violating securities laws" is one lawsuit, not a lawsuit and a finding.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.patterns import TriggerMatch

if TYPE_CHECKING:
    from regkg.extract.linking import Linker

# The cues whose meaning depends on the speaker's kind.
_ACCUSATION = re.compile(r"accus|réclam", re.IGNORECASE)
# The participle of an accusation ("accusing", "l'accusant") ...
_CHARGE_PARTICIPLE = re.compile(r"accusing\b|(?:l|les)['’]accusant\b", re.IGNORECASE)
# ... after a suit's own verb earlier in its sentence: "sued X ..., accusing it of",
# "filed a complaint against X ..., accusing", "a assigné X en justice, l'accusant de".
_SUIT_BEFORE = re.compile(
    r"\b(?:sue[sd]?|suing|fil(?:ed|es|ing)\s+(?:a\s+)?(?:lawsuit|suit|complaint|case)|"
    r"brought\s+(?:a\s+)?(?:lawsuit|suit|case|charges)|charged|took\s+\S+\s+to\s+court|"
    r"assign\w*|poursui\w*|a\s+porté\s+plainte)\b", re.IGNORECASE)


def charge_not_finding(text: str, cue: TriggerMatch, actors: list[str], linker: Linker) -> bool:
    """An accusation or a claimed sum whose actor is a prosecutor or a court (reference class
    ProsecutorOrCourt): the charge of a suit or a demand to a judge, no step of the cue's type."""
    if not _ACCUSATION.match(text, cue.start):
        return False
    if suit_charge(text, cue.start):
        return True
    return any(_is_prosecutor(actor, linker) for actor in actors)


def suit_charge(text: str, start: int) -> bool:
    """The accusation is a participle after a suit's verb in the same sentence (the charge of
    that suit, which its own trigger states)."""
    return (_CHARGE_PARTICIPLE.match(text, start) is not None
            and _SUIT_BEFORE.search(text, 0, start) is not None)


def _is_prosecutor(key: str, linker: Linker) -> bool:
    entity = linker.reference.get(key)
    return entity is not None and "ProsecutorOrCourt" in entity.classes
