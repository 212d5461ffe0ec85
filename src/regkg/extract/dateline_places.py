"""A dateline's place is where the story was filed, not who acts. Layer 1.

"BRUXELLES - Le gouvernement a interdit TikTok" and "WASHINGTON, March 10 (Reuters) -" open
with a city the gazetteer reads as a government's or the Commission's metonym ("Bruxelles" for
the Commission, "Washington" for the federal government): as the nearest body before the verb
it became the step's actor (session 20 probe: the Belgian government's ban given to the
Commission). A capitalised place that opens a paragraph before the dateline's comma,
parenthesis or dash names no body, unless the reference writes that name in capitals: an
acronym is the body's own name ("ACCC, the Australian watchdog, sued", "AGCOM, l'autorité
italienne, a infligé", "TRAI - The regulator ordered": s20 review, where the dropped acronym
gave the step to the eSafety Commissioner or to no one).
"""

from __future__ import annotations

import re

from regkg.models import Mention, kind_of
from regkg.reference import Reference

# after the place: its date, its wire's name or the dash that opens the story
_AFTER_PLACE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,|[–—-]{1,2}\s)")
# A dateline's city in capitals opening a sentence, before its wire, its date or its dash:
# "BRUXELLES - Le gouvernement a interdit TikTok", "ANKARA (Reuters) –", "LAGOS, 4 March".
_CITY_IN_CAPITALS = re.compile(
    r"\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{2,30}?)(?=" + _AFTER_PLACE.pattern + ")")


def dateline_city(text: str) -> str | None:
    """The city in capitals a dateline opens `text` with, in lower case (session 20 probe: a
    dateline with no date, "BRUXELLES - Le gouvernement ...", places the text as a dated one
    does: foreign_context.py); None when it opens with none."""
    found = _CITY_IN_CAPITALS.match(text)
    return found.group("city").strip().casefold() if found else None


def written_acronyms(reference: Reference) -> frozenset[str]:
    """The bodies' names the reference writes in capitals ("ACCC", "AGCOM", "TRAI")."""
    return frozenset(name for entity in reference.of_kind("authority")
                     for name in entity.all_labels() if name.isupper())


def without_dateline_metonyms(text: str, mentions: list[Mention],
                              acronyms: frozenset[str] = frozenset()) -> list[Mention]:
    """`mentions` without the bodies read on a dateline's place (`acronyms` are names)."""
    return [m for m in mentions if not _dateline_body(text, m, acronyms)]


def _dateline_body(text: str, mention: Mention, acronyms: frozenset[str]) -> bool:
    opens_paragraph = mention.start == 0 or text[mention.start - 1] == "\n"
    return (opens_paragraph and kind_of(mention.key) == "authority"
            and mention.text.isupper() and len(mention.text) > 3
            and mention.text not in acronyms
            and _AFTER_PLACE.match(text, mention.end) is not None)
