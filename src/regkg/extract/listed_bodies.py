"""Bodies named in a "dont" / "including" list after a plural subject. Layer 1.

"Au Brésil, quatre autorités, dont l'autorité de la concurrence (CADE) et celle de la
protection des données (ANPD), avaient recommandé à WhatsApp de reporter son projet", "Several
regulators, including Italy's Garante and the Dutch AP, have asked OpenAI to ...": the subject
is a number of bodies, of which the aside names some; the bodies named acted (the others are
unknown, and left out). The aside is read as such elsewhere (no subject inside an aside:
actions.py `_subject_before`); here, only when it follows a plural head of bodies and ends right
before the verb, and only a body that heads its item ("dont certains partenaires de l'Arcom"
is not the Arcom). Issue 3, session 16 (described actors).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import DescribedMention, kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.extract.linking import Linker
    from regkg.models import Mention

# "quatre autorités, dont", "several regulators, including", "plusieurs organismes, notamment"
_LISTED = re.compile(
    r"\b(?:autorités|régulateurs|gendarmes|organismes|agences|institutions|ministères|"
    r"authorities|regulators|watchdogs|agencies|bodies|ministries)(?:\s+\w+)?\s*,\s*"
    r"(?:dont|notamment|parmi\s+lesquel(?:le)?s|including|among\s+them)\s+(?P<list>[^;:]+?)"
    r"\s*,\s*(?:(?:ont|avaient|avait|have|had|also|aussi|également|déjà|already|\w+ly)\s+)"
    r"{0,2}$", re.I)
# A body named inside an item headed by others: "certains partenaires de l'Arcom", "counterparts
# of the CNIL", "des homologues de l'AP", "members of the EDPB": the item's head acted, not it.
_NOT_HEAD = re.compile(
    r"\b(?:partenaires|homologues?|membres|counterparts|partners|members|peers)\s+"
    r"(?:de|du|des|of)\b", re.I)
# Where a list item starts: after a comma, "et", "and", "ou", "or".
_ITEM_START = re.compile(r".*(?:,|\bet\b|\band\b|\bou\b|\bor\b)", re.I | re.S)


def listed_bodies(view: SentenceView, trig: TriggerMatch, candidates: list[Mention],
                  linker: Linker) -> list[str]:
    """The authorities the list before the step names, in their order."""
    listed = None
    for match in _LISTED.finditer(view.text, 0, trig.start):
        listed = match
    if listed is None or listed.end() != trig.start:
        return []
    start, end = listed.span("list")
    inside = [m for m in candidates if start <= m.start and m.end <= end]
    named = [m for m in inside if not (isinstance(m, DescribedMention) and any(
        n is not m and n.start >= m.end and not view.text[m.end:n.start].strip(" (")
        for n in inside))]  # "l'autorité de la concurrence (CADE)": the acronym's body
    actors = [linker.actor_key(m.key) for m in named if kind_of(m.key) == "authority"
              and _heads_item(view.text, start, m.start)]
    return list(dict.fromkeys(a for a in actors if a))


def _heads_item(text: str, start: int, at: int) -> bool:
    """The body named at `at` heads its list item (not "partenaires de l'Arcom")."""
    item = _ITEM_START.match(text, start, at)
    return _NOT_HEAD.search(text, item.end() if item else start, at) is None
