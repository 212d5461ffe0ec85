"""A call on a company to pay a fine is the fine, not a statement (issue 3, types). Layer 1.

"The Commission urged Meta to pay the EUR 200 million fine it imposed in April", "La CNIL a
demandé à Google de payer une amende de 150 millions d'euros", "appelle Google à payer
l'amende infligée lundi": the call verb reads as a statement (a non-binding call aimed at a
platform, guideline 4), but what the body asks is that its own monetary penalty be paid; the
gold has the fine and no statement. So a statement whose sentence asks for a fine or penalty
to be paid is typed `fine`; the fine the same sentence tells then merges with it
(`finalise_actions`: the same step in one sentence), keeping its day and amount.
"""

from __future__ import annotations

import re
from dataclasses import replace

from regkg.models import Action

_PAY_A_FINE = re.compile(
    r"\b(?:to\s+pay|de\s+payer|à\s+payer|de\s+verser|à\s+verser|de\s+s.acquitter\s+d"
    r"|à\s+s.acquitter\s+d)\w*[\s'’]+(?:[^;]{0,40}?[\s'’])?(?:fines?|penalty|penalties|amendes?"
    r"|sanctions?\s+pécuniaires?)\b", re.IGNORECASE)


def as_fines(actions: list[Action]) -> list[Action]:
    """Each statement that asks for a fine to be paid, as that fine."""
    return [replace(a, type="fine") if a.type == "statement"
            and _PAY_A_FINE.search(a.evidence.sentence) else a for a in actions]
