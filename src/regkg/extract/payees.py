"""Whom a company's payment goes to, and when no earlier body may be assumed. Layer 1.

A payment with the company as subject is the fine of the body it is paid to or whose case it
closes (commitments.company_payment). Two things the settling body alone does not say:

- several payees, each with its own sum: "In 2019, Google paid $136 million to the FTC and $34
  million to the New York Attorney General", "a versé 25 millions d'euros à l'Autorité de la
  concurrence et 5 millions d'euros à la DGCCRF" are one fine per payee, each its own sum
  (tests/cold 952);
- when the payment names no body, the article's earlier body is its actor only for a payment
  the company is bound to make ("will pay $20 million to settle the charges"). A sum it already
  paid ("paid $700 million") tells a past deal of its own that the article's body need not be
  party to; a case "brought by" someone the linker does not know as a body (consumers,
  users, a rival) is no body's; and a sum paid "to" a payee that is no known body ("to the
  Wikimedia Foundation", "au Trésor public") with no case settled, decision followed or
  penalty named: all need the body named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from regkg.extract.indirect_payees import indirect_payee
from regkg.extract.linking import Linker, kind_of
from regkg.extract.money import MoneyMention, sums_imposed

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.patterns import TriggerMatch

# Right after a sum, before the payee's name: "$136 million to the", "25 millions d'euros à
# l'", "au", "aux" ("$5 million in penalties to the" too).
_TO_PAYEE = re.compile(r"\s+(?:in\s+[\w-]+\s+)?(?:to\s+(?P<np>(?:the\s+)?)"
                       r"|à\s+(?P<fr>(?:la\s+|l['’]))|aux?\s+)", re.IGNORECASE)
# The trigger of a payment already made: "paid", "has paid", "a payé", "avait versé".
_ALREADY_PAID = re.compile(r"\b(?:paid|payée?s?|versée?s?|réglée?s?|déboursée?s?)\b",
                           re.IGNORECASE)
# Words between the paying verb and a sum: a payee named ("pay the state of Texas $1.4bn").
_PAYEE_BEFORE_SUM = re.compile(r"\s+(?:the\s+)?[A-Z][^,;:.]{0,60}?\s+(?:[A-Z]{0,3}\$|€|£)\s?\d")
# A case someone else brought: "to settle a lawsuit brought by consumers", "une action
# intentée par des usagers" (a body named there is the settling body, found before this).
_BROUGHT_BY = re.compile(r"\b(?:brought|filed|lodged|intentée?s?|engagée?s?|déposée?s?|"
                         r"introduite?s?)\s+(?:by|par)\b", re.IGNORECASE)
# A trigger naming the penalty itself ("must pay a fine of", "devra payer une amende") needs
# nothing more: a sum alone needs one of _CLOSES_A_CASE.
_PENALTY = re.compile(r"\b(?:fines?|penalt(?:y|ies)|amendes?|pénalités?|sanctions?)\b",
                      re.IGNORECASE)
# What makes the payment close a case or follow a decision (the company-payment triggers of
# actions.yaml ask for one of these, or for a payee).
_CLOSES_A_CASE = re.compile(
    r"\b(?:to\s+settle|to\s+resolve|settl\w+|resolv\w+|under|following|after|per|"
    r"pour\s+(?:clore|solder|régler|mettre\s+fin|éteindre)|afin\s+de|à\s+la\s+suite|suite\s+à|"
    r"en\s+vertu|après\s+avoir)\b", re.IGNORECASE)


def paid_bodies(view: SentenceView, trig: TriggerMatch, linker: Linker,
                referred: Callable[[int], str | None]) -> list[tuple[str, MoneyMention]]:
    """The authorities the payment after `trig` goes to, each with its own sum, in order; a
    payee told by an anaphor ("to the Commission", "to the regulator") is the body
    `referred(offset)` resolves it to."""
    found: list[tuple[str, MoneyMention]] = []
    for money in sums_imposed(view.text, view.language):
        if money.start < trig.start:
            continue
        to = _TO_PAYEE.match(view.text, money.end)
        body = _payee_after(view, to, linker, referred) if to else None
        if body is None and not found:  # "agreed to pay the state of Texas $1.4 billion"
            body = indirect_payee(view, trig.end, money, linker, referred)
        if body and all(body != known for known, _ in found):
            found.append((body, money))
    return found


def _payee_after(view: SentenceView, to: re.Match[str], linker: Linker,
                 referred: Callable[[int], str | None]) -> str | None:
    """The body named (or referred to) right after "to" / "à" that follows a sum."""
    keys = [linker.actor_key(m.key) for m in view.mentions if m.start == to.end()]
    body = next((k for k in keys if k and kind_of(k) == "authority"), None)
    phrase = to.start("np") if to.group("np") is not None else to.start("fr")
    return body or (referred(phrase) if not keys and phrase >= 0 else None)


def may_assume_earlier_body(view: SentenceView, trig: TriggerMatch) -> bool:
    """Whether a payment that names no body may be the fine of the article's earlier body
    (see the module docstring)."""
    if _ALREADY_PAID.search(view.text, trig.start, trig.end) or _PAYEE_BEFORE_SUM.match(
            view.text, trig.end):
        return False  # "agreed to pay Epic $5 million": a payee named that is no body
    rest = re.split(r"[;.](?!\d)", view.text[trig.end:], maxsplit=1)[0]
    penalty = _PENALTY.search(view.text, trig.start, trig.end) is not None
    return _BROUGHT_BY.search(rest) is None and (
        penalty or _CLOSES_A_CASE.search(rest) is not None)
