"""The platform a warning's object pronoun stands for, when the sentence before describes a
service by its owner. Layer 1; used by the lexicon layer (lexicon.py).

"Et WhatsApp ? La messagerie de Meta, encore utilisée par des dizaines de millions de Russes,
est dans le viseur. Fin novembre, Roskomnadzor a prévenu qu'il la bloquerait" (tests/melt
1014): "la" is the messaging service the sentence before describes by its owner, not the
owner. When the last platform named is such an owner ("la messagerie de Meta", "la plateforme
de streaming d'Amazon"), the pronoun is the one service of that owner the text named a few
sentences before; with none or several, no target (a wrong fact is worse than none). Only the
sentence right before is read: "La CNIL a publié sa décision sur la plateforme d'Amazon. Le
groupe écope ..." names the company itself, and no warning pronoun reads it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.target_groups import group_above

if TYPE_CHECKING:
    from regkg.extract.linking import Discourse
    from regkg.reference import Reference

# A service described by its owner, right before the owner's name.
_OWNER_BEFORE = re.compile(
    r"\b(?:la|le|l['’])\s*(?:messagerie|plateforme|application|appli|réseau\s+social|moteur\s+de"
    r"\s+recherche|place\s+de\s+marché|boutique\s+en\s+ligne)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:de\s+|d['’]\s*)$", re.IGNORECASE)
_REACH = 4  # sentences back to the service named before its description


def service_meant(referents: list[str], discourse: Discourse, index: int,
                  reference: Reference) -> list[str]:
    """`referents`, or the service their one owner's description stands for (see above)."""
    if len(referents) != 1:
        return referents
    owner = referents[0]
    told = [(i, at) for i, at, key in discourse.targets if key == owner]
    if not told or told[-1][0] != index - 1:
        return referents
    before = discourse.previous_text[:told[-1][1] - discourse.previous_start]
    if _OWNER_BEFORE.search(before) is None:
        return referents
    services = {key for i, _, key in discourse.targets
                if told[-1][0] - _REACH <= i < told[-1][0] and owner in group_above(reference, key)}
    return [services.pop()] if len(services) == 1 else []
