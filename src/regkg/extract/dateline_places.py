"""A dateline's place is where the story was filed, not who acts. Layer 1.

"BRUXELLES - Le gouvernement a interdit TikTok" and "WASHINGTON, March 10 (Reuters) -" open
with a city the gazetteer reads as a government's or the Commission's metonym ("Bruxelles" for
the Commission, "Washington" for the federal government): as the nearest body before the verb
it became the step's actor (session 20 probe: the Belgian government's ban given to the
Commission). A capitalised place that opens a paragraph before the dateline's comma,
parenthesis or dash names no body.
"""

from __future__ import annotations

import re

from regkg.models import Mention, kind_of

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


def without_dateline_metonyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the bodies read on a dateline's place."""
    return [m for m in mentions if not _dateline_body(text, m)]


def _dateline_body(text: str, mention: Mention) -> bool:
    opens_paragraph = mention.start == 0 or text[mention.start - 1] == "\n"
    return (opens_paragraph and kind_of(mention.key) == "authority"
            and mention.text.isupper() and len(mention.text) > 3
            and _AFTER_PLACE.match(text, mention.end) is not None)
