"""A law as the subject of a trigger ("an amendment that bars", "la loi interdit"): no step of
a body. Layer 1.

A law's noun may also end a body's name (issue 3, session 11): "the State Administration for
Market Regulation fined", "Egypt's Supreme Council for Media Regulation", "the Ministry of Law
ordered"; the step is then the body's. A body's name is an institution's head noun, then
"for"/"of" and capitalised words up to the noun; a law's name has no such head ("the Digital
Markets Regulation bans", "the Commission's regulation will bar").
"""

from __future__ import annotations

import re

_LAW_SUBJECT = re.compile(
    r"\b((?:law|act|bill|amendment|legislation|rules?|regulations?|directive|decree|statute|"
    r"provisions?|loi|texte|amendement|décret|règlement|directive|dispositions?))"
    # a short apposition before the relative names the text ("un règlement, le n° 31 de
    # 2023, qui interdit aux réseaux sociaux de", "the decree, No. 12, which bars")
    r"(?:\s+\([^()]*\))?(?:\s*,[^,.;()]{1,30},\s*(?:that|which|qui)|(?:\s*,?\s+(?:that|which|qui))?)"
    r"\s+(?:(?:would|will|also|now|"
    r"effectively|désormais|notamment|également)\s+){0,2}$", re.IGNORECASE)

_LAW_REACH = 60  # characters: the law's noun and a relative pronoun before the trigger

# Case-sensitive: the capitals make it a name.
_BODY_NAME_TAIL = re.compile(
    r"\b(?:Administration|Agency|Authority|Board|Bureau|Commission|Committee|Council|"
    r"Department|Ministry|Office)\s+(?:for|of)\s+(?:(?:the|and)\s+)?"
    r"(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}(?:Regulation|Law|Legislation)$")


def law_is_subject(text: str, trigger_start: int) -> bool:
    """The trigger's subject is a law, right before it (the law may end another trigger:
    "passed an amendment to the Act that bars"), and not the last word of a body's name."""
    found = _LAW_SUBJECT.search(text, max(0, trigger_start - _LAW_REACH), trigger_start)
    return found is not None and not ends_body_name(text, found.end(1))


def ends_body_name(text: str, noun_end: int) -> bool:
    """True when text[:noun_end] ends with a body's name whose last word is a law's noun."""
    return _BODY_NAME_TAIL.search(text, 0, noun_end) is not None
