"""Statutory maxima ("des amendes pouvant atteindre 18 millions de livres ... ou 10% de leur
chiffre d'affaires mondial si ce montant est plus élevé") as `PenaltyProvision`. Layer 1.

A maximum is what a law allows, not a fine anyone imposed: the sentence yields a provision and
no fine action. The law is the one named in the sentence, else the nearest law named before
it in the same or the previous paragraph. A converted amount in brackets ("(plus de 20
millions d'euros)") is the outlet's gloss, not the statute's figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from regkg.extract.linking import kind_of
from regkg.extract.money import MoneyMention, find_money
from regkg.extract.patterns import LanguagePatterns
from regkg.models import Evidence, PenaltyProvision
from regkg.reference import Reference

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView


def is_provision_sentence(text: str, lp: LanguagePatterns) -> bool:
    return lp.provision_cue.search(text) is not None


def find_provision(views: list[SentenceView], position: int, language: str,
                   lp: LanguagePatterns, reference: Reference) -> PenaltyProvision | None:
    """The provision stated by views[position], if it names a maximum and a law."""
    view = views[position]
    mentions = find_money(view.sentence.text, language)
    amounts = [m for m in mentions if m.money is not None and not _bracketed(view.text, m)]
    shares = [m for m in mentions if m.turnover_share is not None]
    if not amounts and not shares:
        return None
    law = _law_for(views, position)
    if law is None:
        return None
    entity = reference.get(law)
    rule = None
    if amounts and shares:
        if lp.provision_higher.search(view.text):
            rule = "whichever_higher"
        elif lp.provision_lower.search(view.text):
            rule = "whichever_lower"
    return PenaltyProvision(
        law=law,
        jurisdiction=entity.jurisdiction if entity else None,
        evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end),
        max_amount=amounts[0].money if amounts else None,
        max_turnover_share=shares[0].turnover_share if shares else None,
        rule=rule,  # type: ignore[arg-type]
    )


def _bracketed(text: str, mention: MoneyMention) -> bool:
    """True when the amount sits inside brackets."""
    return text.rfind("(", 0, mention.start) > text.rfind(")", 0, mention.start)


def _law_for(views: list[SentenceView], position: int) -> str | None:
    view = views[position]
    here = [m.key for m in view.mentions if kind_of(m.key) == "law"]
    if here:
        return here[0]
    for earlier in reversed(views[:position]):
        if view.paragraph - earlier.paragraph > 1:
            break
        found = [m.key for m in earlier.mentions if kind_of(m.key) == "law"]
        if found:
            return found[-1]
    return None
