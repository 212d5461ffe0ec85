"""The body of a step named in a time phrase fronted before the main clause: "Lors de
contrôles menés en mai 2021 chez Google, la CNIL a constaté ...", "Au cours d'une enquête
lancée en 2020, les agents de la DGCCRF ont acheté ...", "During inspections carried out at
Apple's offices, the ACM found ...". The phrase tells the body's own earlier step (guideline 4:
an inspection is an investigation step); its agent is the main clause's subject, after the
phrase's comma. Layer 1; used by passive_actors._named_agent for nominal triggers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from regkg.models import Mention

# A time phrase opening the sentence ("Lors de", "Au cours de", "À l'issue de", "During",
# "In the course of"), the step's noun within a few words of it.
_FRONTED = re.compile(r"^\W{0,3}(?:lors|au\s+cours|[àa]\s+l'issue|during|in\s+the\s+course)\s+"
                      r"(?:de\s+|d'|des\s+|du\s+|of\s+)?", re.IGNORECASE)
_NOUN_REACH = 40
# Between the phrase's comma and the body: an article, or the body's officials ("les agents de
# la DGCCRF", "the inspectors of the ACM").
_SUBJECT_LEAD = re.compile(
    r",\s*(?:(?:les|the)\s+(?:agents|inspecteurs|enquêteurs|services|inspectors|investigators|"
    r"officials|staff)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|of\s+the\s+|of\s+))?"
    r"(?:la\s+|le\s+|l'|les\s+|the\s+)?$", re.IGNORECASE)
# The phrase ends before a clause break the main clause would not hold.
# (not the dot of an address: "sur google.fr, ses agents")
_BREAK = re.compile(r"[;:]|\.(?!\w)")


def fronted_step_actor(text: str, trigger_start: int, trigger_end: int,
                       candidates: Sequence[Mention],
                       actor_key: Callable[[str], str | None]) -> list[str]:
    """The main clause's subject body when the trigger's noun opens a fronted time phrase,
    else []."""
    opening = _FRONTED.match(text.replace("’", "'"))
    if opening is None or not opening.end() <= trigger_start <= opening.end() + _NOUN_REACH:
        return []
    for mention in candidates:
        if mention.start <= trigger_end or _BREAK.search(text, trigger_end, mention.start):
            continue
        if _SUBJECT_LEAD.search(text.replace("’", "'"), trigger_end, mention.start):
            actor = actor_key(mention.key)
            return [actor] if actor else []
    return []


# ... or its officials by a possessive: "Lors de contrôles en ligne menés en mars 2020 sur
# google.fr, ses agents ont constaté": the body the possessive refers back to.
_OWN_STAFF = re.compile(r",\s*(?:ses|leurs|its|their)\s+(?:agents|inspecteurs|enquêteurs|services|"
                        r"contrôleurs|inspectors|investigators|officials|staff)\b", re.IGNORECASE)


def fronted_own_staff(text: str, trigger_start: int, trigger_end: int) -> bool:
    """Whether the trigger's noun opens a fronted time phrase whose main clause's subject is
    the body's staff named by a possessive."""
    opening = _FRONTED.match(text.replace("’", "'"))
    if opening is None or not opening.end() <= trigger_start <= opening.end() + _NOUN_REACH:
        return False
    staff = _OWN_STAFF.search(text, trigger_end)
    return staff is not None and not _BREAK.search(text, trigger_end, staff.start())
