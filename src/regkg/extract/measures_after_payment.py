"""A measure of its own told after an order to pay a penalty, in the same sentence (issue 3,
guideline 5: one action per distinct decision). Layer 1; used by fine_amounts.

"ordered the companies to pay a penalty of $2 million and permanently banned them from the
province's capital markets", "a condamné X à payer une amende et l'a bannie des marchés
financiers": the order to pay is the fine (fine_amounts turns it into one, or drops it beside
the fine the sentence names), but the ban after the sum is a second step, an order of its own,
which the sentence's fine does not stand for.
"""

from __future__ import annotations

import re

_BAN_AFTER = re.compile(
    r"\b(?:and|et)\s+(?:(?:has|have|also|permanently|indefinitely|l['’]a|les\s+a|a)\s+)*"
    r"(?:(?:also|permanently|indefinitely|définitivement|aussi)\s+)?"
    r"(?:banned|barred|prohibited|banni\w*|interdit\w*)\b", re.IGNORECASE)


def ban_after(text: str, start: int) -> bool:
    """A ban is told after `start` (the sum of the order to pay), joined by "and"/"et"."""
    return _BAN_AFTER.search(text, start) is not None
