"""Sums named as a fine's with no currency written ("une amende de 40 millions à Criteo"):
the fine is in the acting body's own currency (issue 3, point 6)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.money import (
    BARE_MILLIONS_RE,
    MULTIPLIERS,
    MoneyMention,
    parse_number,
    plain_money,
)
from regkg.extract.money_words import HOME_CURRENCIES

if TYPE_CHECKING:
    from regkg.models import Action, Money

_BARE_FINE_RE = re.compile(
    r"\b(?:amendes?|sanctions?(?:\s+pécuniaires?)?|pénalités?|fines?|penalty)\s+(?:record\s+)?"
    rf"(?:de|d['’]un\s+montant\s+de|of)\s+{BARE_MILLIONS_RE.pattern}", re.IGNORECASE)


def bare_fine_sums(text: str, language: str, currency: str) -> list[MoneyMention]:
    """The sums named as a fine's with no currency written, in `currency`."""
    if "illi" not in text:  # "millions", "milliards", "billion": most sentences have none
        return []
    found = []
    for match in _BARE_FINE_RE.finditer(text):
        amount = parse_number(match["number"], language) * MULTIPLIERS[match["mult"].lower()]
        found.append(MoneyMention(match.start("number"), match.end(), match.group(0),
                                  plain_money(amount, currency)))
    return found


def bare_fine_sum(action: Action, text: str, language: str) -> Money | None:
    """"une amende de 40 millions à Criteo": the one fine's sum written without its currency,
    in the acting body's own; only when the sentence fines one company."""
    home = HOME_CURRENCIES.get((action.jurisdiction or "").split("-")[0])
    if home is None or len(action.targets) != 1:
        return None
    found = {m.money for m in bare_fine_sums(text, language, home)}
    return found.pop() if len(found) == 1 else None
