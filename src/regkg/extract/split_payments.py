"""A payment split into a penalty and redress: the fine is the penalty's part. Layer 1.

US settlements add up what the company pays: "agreed to pay $2.5 billion to settle FTC charges,
including a $1 billion civil penalty and $1.5 billion in refunds". The refunds go to consumers
(redress: no fine, tests/cold's conventions and the corpus's), so the total is no fine either.
The fine is the one sum the sentence names as the penalty; with none named, the text states no
fine amount (a wrong sum is worse than none).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from regkg.extract.money import MoneyMention
from regkg.models import Money

# Right after a sum: what makes it redress ("$1.5 billion in refunds", "€2m to compensate",
# "1,5 milliard de dollars de remboursements", "à titre de dédommagement").
_REDRESS_AFTER = re.compile(
    r"\s*(?:of\s+(?:it|that|this|which)\s+)?(?:(?:in|of|as)\s+(?:consumer\s+|customer\s+)?(?:refunds|redress|restitution|"
    r"compensation|damages|relief)|(?:to|for)\s+(?:refund|compensate|reimburse)|"
    r"(?:de|d')\s*(?:remboursements?|indemnisations?|dédommagements?)|"
    r"(?:en|à\s+titre\s+de)\s+(?:remboursements?|restitution|dédommagement|indemnisation)|"
    r"pour\s+(?:rembourser|indemniser|dédommager))\b", re.IGNORECASE)

NamedAsFine = Callable[[str, MoneyMention], bool]


def is_split_payment(text: str, sums: list[MoneyMention]) -> bool:
    """A sentence with several sums, one of them redress."""
    return len({m.money for m in sums if m.money}) > 1 and any(
        _REDRESS_AFTER.match(text, m.end) for m in sums)


def penalty_part(text: str, sums: list[MoneyMention], named_as_fine: NamedAsFine) -> Money | None:
    """The one sum named as the penalty, not redress; None when there is not exactly one."""
    parts = {m.money for m in sums if m.money and m.qualifier is None
             and not _REDRESS_AFTER.match(text, m.end) and named_as_fine(text, m)}
    return parts.pop() if len(parts) == 1 else None
