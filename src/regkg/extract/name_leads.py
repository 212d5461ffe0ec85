"""Words that stand before a person's name in one capitalised run without being part of it.
Layer 1; read by `speakers`.

'« ... », a réagi sur X Jane Doe', '“...,” wrote on LinkedIn Jane Doe': the platform the words
were posted on runs into the name that follows ("X Jane Doe", "LinkedIn Jane Doe"). The name
starts after the online service's mention when a first and a last name remain.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from regkg.models import Mention

SERVICE = "service/"


def after_service(
    tokens: list[re.Match[str]], offset: int, overlapping: Callable[[int, int], list[Mention]]
) -> list[re.Match[str]]:
    """The tokens after an online service mentioned at the start of the run (the name's words
    are `tokens`, positioned from `offset`); all of them when no service leads."""
    if len(tokens) < 3:
        return tokens
    first = offset + tokens[0].start()
    lead = [m for m in overlapping(first, first + 1) if m.start == first]
    lead = [m for m in lead if m.key.startswith(SERVICE)]
    if not lead:
        return tokens
    rest = [t for t in tokens if offset + t.start() >= lead[0].end]
    return rest if len(rest) >= 2 else tokens


def acronym(token: str) -> bool:
    """'LR', 'SPD', 'FTC': a party or a body before a name, never a first name."""
    return len(token) > 1 and token.isupper() and not initial(token)


def initial(token: str) -> bool:
    """'M.' in 'Lina M. Khan', 'J.D.' in 'J.D. Vance' are initials, not acronyms."""
    return re.fullmatch(r"(?:[A-Z]\.)+", token) is not None
