"""An unknown name described by an apposition as the subject of a passive step: "Five years
ago, Musical.ly, the app that became TikTok, was handed a $5.7 million penalty" is Musical.ly's
penalty; TikTok only describes it. Layer 1; used by regkg.extract.targets.

Conservative: the name opens the sentence or follows its opening comma, the gazetteer does
not know it, and a class noun ("the app", "la société") opens the apposition: an unknown name
alone is no target.
"""

from __future__ import annotations

import re

from regkg.extract.names import _organisation_key
from regkg.extract.patterns import Patterns
from regkg.models import Mention

_CLASS_NOUN = (r"(?:app|application|company|firm|platform|service|site|website|network|"
               r"start-?up|messenger|chatbot|société|entreprise|plateforme|réseau|messagerie)")
# What may follow the class noun in the apposition: a relative or a participle ("the app that
# became TikTok", "la société derrière X"), not another noun ("the company director") nor a
# possessive ("the company's founder": a person).
_CLASS_LEAD = (r"(?:that|which|behind|formerly|known|owned|operated|founded|based|launched|"
               r"qui|dont|derrière|connue?|détenue?|basée?|fondée?|lancée?|of|in|from|de|d'|"
               r"du|des)")
_APPOSED_SUBJECT = re.compile(
    r"(?:^|,\s+)\W{0,2}(?P<name>(?-i:[A-Z][\w.&'-]*)(?:\s+(?-i:[A-Z][\w.&'-]*)){0,3}),\s+"
    rf"(?:the|an?|its|la|le|l'|une?|sa|son)\s*(?:[\w'-]+\s+){{0,2}}?{_CLASS_NOUN}"
    rf"(?:\s+{_CLASS_LEAD}\b[^,;:()]{{0,80}})?,\s+(?:[\w']+\s+){{0,3}}$", re.IGNORECASE)


def apposed_subject(text: str, trig_start: int, mentions: list[Mention],
                    patterns: Patterns) -> Mention | None:
    """The unknown name before a class-noun apposition right before the passive trigger at
    `trig_start`, as an unlinked organisation mention (added to `mentions`); None if none."""
    match = _APPOSED_SUBJECT.search(text, 0, trig_start)
    if match is None:
        return None
    name, start, end = match.group("name"), match.start("name"), match.end("name")
    overlapping = [m for m in mentions if m.start < end and start < m.end]
    if set(name.split()) & patterns.not_company_names or any(m.linked for m in overlapping):
        return None
    if overlapping:  # the name was found as an unknown organisation already
        return overlapping[0] if len(overlapping) == 1 and \
            overlapping[0].key.startswith("organisation/") else None
    found = Mention(_organisation_key(name, patterns), name, start, end, linked=False)
    mentions.append(found)
    mentions.sort(key=lambda m: m.start)
    return found
