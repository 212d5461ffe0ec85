""""The authorities" of the place a sentence opens with. Layer 1.

"Au Togo, les autorités avaient bloqué l'accès à plusieurs réseaux sociaux", "In Cameroon, the
authorities suspended TikTok": wire reports that list several countries' steps name each
country once, at the head of its sentence, and its acting state as "the authorities". The
authorities of a country are its government, as "les autorités togolaises" and "Authorities in
Nepal" are (`state_description`, actor_located.py); the country is the opening place
(actor_opening_place.py), the words the bare subject of the step. Issue 3, session 16
(described actors). Not a subdivision ("In Texas, the authorities sued Meta", "En Californie"):
its authorities are the state's or province's, not the national government.

Not "the authorities" with a place or demonym of their own ("les autorités chinoises", read by
linking), nor one of several bodies ("quatre autorités, dont ..."), nor a sentence that does not
open with a place ("Les autorités ont ouvert une enquête" after a regulator was named: which
authorities is the story's, not this rule's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.actor_opening_place import opening_country
from regkg.extract.linking_discourse import kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.extract.linking import Linker

# The bare subject right before the verb: "les autorités avaient", "the authorities have also".
_AUTHORITIES_SUBJECT = re.compile(
    r",\s*(?:(?:en|in|on|le|depuis|since)\s+[\w\s-]{1,25}?,\s*)?"
    r"(?:les\s+autorités|the\s+authorities)(?:\s+(?:locales|local))?\s+"
    r"(?:(?:ont|avaient|avait|have|had|also|then|aussi|également|déjà|already|ensuite|"
    r"\w+ly)\s+){0,2}$", re.I)


def opening_authorities(view: SentenceView, trig: TriggerMatch, linker: Linker) -> str | None:
    """The government of the place the sentence opens with, when "the authorities" with no
    place of their own are the subject of the step."""
    country = opening_country(view)
    if country is None:
        return None
    opening = next((m for m in view.mentions if kind_of(m.key) == "jurisdiction"), None)
    if opening is None or "-" in opening.key.partition("/")[2]:
        return None  # "In Texas, the authorities": the state's, not the federal government
    if not _AUTHORITIES_SUBJECT.match(view.text, opening.end, trig.start):
        return None
    return linker.government_of(country)
