"""A company's officer named as its co-defendant: "sued Meta and its chief executive, Mark
Zuckerberg" (moved out of targets.py). Layer 1; used by regkg.extract.targets.TargetFinder.
"""

from __future__ import annotations

import re

from regkg.extract.linking import kind_of
from regkg.models import Mention

# A company's officer after it among defendants: "Meta and its chief executive, Mark Zuckerberg"
_EXECUTIVE_OF = re.compile(
    r"\b(?:and|et)\s+(?:its|their|son|sa|leur)\s+(?:co-?)?(?:chief\s+executive(?:\s+officer)?|"
    r"CEO|founder|chair(?:man|woman)?|PDG|directeur\s+général|directrice\s+générale|"
    r"fondat(?:eur|rice)|président(?:e)?)\s*,?\s*$", re.I)


def sued_executive(text: str, mention: Mention, action_type: str) -> bool:
    """The person at `mention` is a company's officer sued with it: a target of the suit (an
    official of the suing body is not)."""
    return (action_type == "lawsuit" and kind_of(mention.key) == "person"
            and _EXECUTIVE_OF.search(text, 0, mention.start) is not None)
