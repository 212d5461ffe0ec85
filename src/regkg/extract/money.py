"""Amounts of money and shares of turnover, French and English. (Stub.)"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from regkg.models import Money


@dataclass(frozen=True)
class MoneyMention:
    start: int
    end: int
    text: str
    money: Money | None = None  # "120 millions d'euros" -> Money(Decimal(120000000), "EUR")
    turnover_share: Decimal | None = None  # "10% du chiffre d'affaires mondial" -> Decimal("0.10")


def find_money(text: str, language: str, default_currency: str | None = None) -> list[MoneyMention]:
    """Every amount or turnover share in `text`; `default_currency` resolves a bare '$'."""
    raise NotImplementedError
