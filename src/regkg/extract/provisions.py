"""Statutory maxima ("des amendes pouvant atteindre 18 millions de livres ... ou 10% de leur
chiffre d'affaires mondial si ce montant est plus élevé") as `PenaltyProvision`. Layer 1.

A maximum is what a law allows, not a fine anyone imposed: the sentence yields a provision and
no fine action. The law is the one named in the sentence, else the nearest law named before
it, else the first named after it in its paragraph. A converted amount in brackets ("(plus de 20
millions d'euros)") is the outlet's gloss, not the statute's figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import kind_of
from regkg.extract.money import MoneyMention, find_money
from regkg.extract.patterns import LanguagePatterns
from regkg.models import Evidence, PenaltyProvision
from regkg.reference import Reference

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.patterns import TriggerMatch


# A maximum told with "reach" or "maximale", which the patterns' cue lacks: "fines can reach
# €20 million or 4% of ... turnover", "une sanction pécuniaire, qui peut atteindre 150 000
# euros", "prévoit une sanction maximale de 10 % du chiffre d'affaires".
_REACH_CUE = re.compile(
    r"\b(?:fines?|penalt(?:y|ies)|sanctions?|amendes?|pénalités?)\b[^.;]{0,60}?"
    r"\b(?:(?:can|could|may|might|will|would)\s+(?:reach|total|amount\s+to)"
    r"|(?:peut|peuvent|pourra|pourront|pourrait|pourraient|(?:aurait|auraient)\s+pu)"
    r"\s+(?:atteindre|s['’]élever)|could\s+have\s+(?:reached|totalled|totaled)"
    r"|maximale?s?|maximum)\b"
    r"|\b(?:maximum|maximale?)\s+(?:fines?|penalt(?:y|ies)|sanctions?|amendes?)\b"
    # "Breaches can cost up to 10% of ... turnover", "permet à la CNIL de sanctionner jusqu'à
    # 4 %", "Le RGPD plafonne les amendes à 4 %", "le montant maximum de la sanction est"
    r"|\b(?:can|could|may|might)\s+cost\s+(?:[\w'’]+\s+){0,3}?up\s+to\b"
    r"|\b(?:sanctionner|infliger|imposer)\s+(?:[\w'’]+\s+){0,3}?jusqu['’]à"
    r"|\bplafonn\w*\s+(?:les\s+|leurs\s+)?(?:amendes|sanctions|pénalités)\b"
    r"|\bmontant\s+maxim(?:um|al)\b", re.I)


def is_provision_sentence(text: str, lp: LanguagePatterns) -> bool:
    return _cue_start(text, lp) is not None


def _cue_start(text: str, lp: LanguagePatterns) -> int | None:
    """Where the statement of the maximum starts ("fines of up to", "pouvant atteindre")."""
    spans = _cue_spans(text, lp)
    return min(start for start, _ in spans) if spans else None


def _cue_end(text: str, lp: LanguagePatterns) -> int | None:
    """Where the word of the maximum ends ("up to", "pouvant atteindre", "le maximum"): the
    statute's figures come after it; an exact sum before it is one imposed ("une amende de 20
    millions d'euros à Clearview AI, soit le maximum prévu")."""
    spans = _cue_spans(text, lp)
    return min(spans)[1] if spans else None


def _cue_spans(text: str, lp: LanguagePatterns) -> list[tuple[int, int]]:
    return [m.span() for m in (lp.provision_cue.search(text), _REACH_CUE.search(text)) if m]


def imposed_before_provision(text: str, trigger_end: int, language: str,
                             lp: LanguagePatterns) -> bool:
    """True for a fine told before the maximum in the same sentence, its own sum between the
    two: "Ofcom fined 4chan £20,000 on Monday, although it can impose fines of up to £18
    million", "La CNIL a infligé une amende de 40 millions d'euros à Criteo, alors que le RGPD
    prévoit des amendes pouvant atteindre 4 %". That fine is imposed, not a maximum."""
    cue = _cue_end(text, lp)
    if cue is None or cue < trigger_end:
        return False
    return any(m.money is not None and m.qualifier is None and trigger_end <= m.end <= cue
               for m in find_money(text[:cue], language))


def is_provision_fine(view: SentenceView, trig: TriggerMatch, language: str,
                      lp: LanguagePatterns) -> bool:
    """A fine trigger that names the maximum a provision states, not a fine imposed."""
    return view.provision and trig.type == "fine" and not imposed_before_provision(
        view.text, trig.end, language, lp)


def find_provision(views: list[SentenceView], position: int, language: str,
                   lp: LanguagePatterns, reference: Reference) -> PenaltyProvision | None:
    """The provision stated by views[position], if it names a maximum and a law."""
    view = views[position]
    law = _law_for(views, position)
    if law is None:
        return None
    entity = reference.get(law)
    # "$49.5 million" in an Australian law is in Australian dollars
    country = (entity.jurisdiction or "").split("-")[0] if entity else ""
    mentions = find_money(view.sentence.text, language, country=country)
    # A daily sum is a maximum only when said to be one ("up to $687,500 a day"), not "a
    # daily penalty of £100 a day ... for a maximum of 60 days".
    # The maximum's own figures: from the statement of the maximum on, not a fine imposed
    # before it in the sentence ("fined 4chan £20,000, although it can impose up to £18m").
    cue = _cue_end(view.text, lp) or 0
    mentions = [m for m in mentions if m.start >= cue or m.qualifier == "up_to"]
    amounts = [m for m in mentions if m.money is not None and not _bracketed(view.text, m)
               and (not _periodic(view.text, m) or m.qualifier == "up_to")
               and not _KNOWN_SUM_BEFORE.search(view.text, max(0, m.start - 12), m.start)]
    shares = [m for m in mentions if m.turnover_share is not None]
    if not amounts and not shares:
        return None
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


# A sum the text already gave, not the statute's figure: "Fines can reach 6% of turnover, so
# the €120 million is far below the ceiling", "ces 150 millions d'euros".
_KNOWN_SUM_BEFORE = re.compile(r"\b(?:the|this|that|its|ces|cette|ce)\s+$", re.I)
_DAILY_BEFORE = re.compile(
    r"\b(?:daily|quotidienne?s?|journalières?|astreintes?)\b[^.;:\d]{0,25}$", re.I)


def _periodic(text: str, mention: MoneyMention) -> bool:
    """A sum per day: "£100 a day", "a daily penalty of 100 pounds", "une astreinte de"."""
    return (mention.money is not None and mention.money.per is not None) or (
        _DAILY_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None)


def _bracketed(text: str, mention: MoneyMention) -> bool:
    """True when the amount sits inside brackets."""
    return text.rfind("(", 0, mention.start) > text.rfind(")", 0, mention.start)


def _law_for(views: list[SentenceView], position: int) -> str | None:
    """The law named in the sentence; else the nearest named before it ("Under the Act, Ofcom
    can fine providers up to £18 million", the Act named paragraphs earlier); else the first
    named after it in its paragraph."""
    view = views[position]
    here = [m.key for m in view.mentions if kind_of(m.key) == "law"]
    if here:
        return here[0]
    for earlier in reversed(views[:position]):
        found = [m.key for m in earlier.mentions if kind_of(m.key) == "law"]
        if found:
            return found[-1]
    for later in views[position + 1:]:
        if later.paragraph != view.paragraph:
            break
        found = [m.key for m in later.mentions if kind_of(m.key) == "law"]
        if found:
            return found[0]
    return None
