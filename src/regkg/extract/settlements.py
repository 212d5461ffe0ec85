"""A penalty paid to settle a body's case is that body's step. Layer 1.

US reports name the agency whose charges a payment settles after the penalty, with no "by":
"Musical.ly was handed a $5.7 million penalty to settle FTC charges", "agreed to pay $20
million to resolve allegations by the FTC", "a payé 5 millions de dollars pour solder les
poursuites de la FTC", "dans le cadre d'un accord avec la FTC". The body named there is the
actor of the penalty or order, not the article's other body that acted against the company
(guideline 4: the authority whose step it is).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import kind_of
from regkg.extract.reporting_verbs import (
    EN_ANNOUNCING,
    EN_CONFIRMING,
    FR_REPORTING_PARTICIPLES,
    FR_SAYING_PRESENT,
)

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import TriggerMatch

# Steps a settlement imposes on the company: a penalty, an order, commitments.
SETTLED_STEPS = frozenset({"fine", "order", "commitment"})
_SETTLE = (r"(?:to\s+settle|settling|settled|settles?|to\s+resolve|resolving|resolved|"
           r"pour\s+(?:régler|solder|clore|éteindre|mettre\s+fin\s+(?:à|aux))|afin\s+de\s+"
           r"(?:régler|solder|clore|mettre\s+fin\s+(?:à|aux)))")
_ARTICLE = r"(?:(?:the|its|les|la|le|l'|des|ses)\s*)?"
_POSSESSIVE_PLACE = r"(?:(?-i:[A-Z])[\w-]+'s\s+)?"
# Ending right before the body's name used as a modifier: "to settle (the) FTC charges".
_SETTLE_NAMED = re.compile(r"\b" + _SETTLE + r"\s+" + _ARTICLE + r"$", re.IGNORECASE)
_CASE_AFTER = re.compile(r"\s+(?:'s\s+)?(?:charges|claims|allegations|complaints?|case|lawsuit|"
                         r"accusations)\b", re.IGNORECASE)
# Ending right before the body's name: "to resolve charges brought by the", "in a settlement
# with the", "pour solder les poursuites de la", "dans le cadre d'un accord avec la".
_BODY_BEFORE = re.compile(
    r"(?:\b" + _SETTLE + r"\s+" + _ARTICLE + r"(?:[\w-]+\s+)?(?:charges|claims|allegations|"
    r"complaints?|case|lawsuit|accusations|poursuites|griefs|plainte|procédure|affaire)\s+"
    r"(?:(?:brought|filed|made|lodged|engagées?|intentées?|déposée?s?)\s+)?"
    r"(?:by|from|of|de|du|des|d'|par)\s*" + _ARTICLE +
    r"|\b(?:in|under)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?(?:settlement|agreement|consent\s+"
    r"(?:order|decree))\s+with\s+" + _ARTICLE +
    r"|\bdans\s+le\s+cadre\s+d'(?:une?\s+)?(?:accord|transaction|règlement)\s+(?:[\w-]+\s+)?"
    r"avec\s+" + _ARTICLE +
    # "agreed to a $2.5 billion settlement with the FTC", "agreed to pay $1.3 billion to
    # settle with the FTC"
    r"|\bsettlement\s+with\s+" + _ARTICLE + r"|\b" + _SETTLE + r"\s+with\s+" + _ARTICLE +

    # the sum paid to the body: "agreed to pay $1.4 billion to the Texas Attorney General"
    r"|(?:[A-Z]{0,3}\$|€|£)\s?\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:in\s+[\w-]+\s+)?to\s+"
    + _ARTICLE +
    # "a accepté de verser 1,4 milliard de dollars au procureur général du Texas"
    r"|\b(?:euros|dollars|€|\$)\s+(?:à\s+la\s+|à\s+l'|au\s+|aux\s+)" +
    # the penalty the trigger ends on, paid to the body: "to pay a $1 billion civil penalty to
    # the FTC" (a lookbehind: the search starts after the trigger)
    r"|(?:(?<=penalty)|(?<=penalties)|(?<=fine)|(?<=fines))\s+to\s+" + _ARTICLE +
    # a sum fixed by a body's decision: "must pay €746 million under the decision of the CNPD",
    # "devra verser 5 millions d'euros en vertu de la décision de la CNIL"
    r"|\b(?:under|following|after|by|in|per)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:decision|ruling|order|determination)\s+(?:of|by|from)\s+" + _ARTICLE +
    r"|\b(?:en\s+vertu\s+d[e']|selon|suite\s+à|à\s+la\s+suite\s+d[e']|conformément\s+à)\s*"
    r"(?:la|une|sa)\s+(?:décision|sanction|amende|condamnation)\s+(?:de|du|des|d')\s*" + _ARTICLE +
    # the body that sanctioned it: "doit payer 10 millions d'euros après avoir été sanctionné
    # lundi par l'Autorité italienne de la concurrence"
    r"|\baprès\s+avoir\s+été\s+(?:sanctionn|condamn|mis)\w*(?:\s+à\s+l'amende)?\s+(?:\w+\s+)?"
    r"par\s+" + _ARTICLE +
    # the body that ruled, in a clause after the sum: "after the Commission found it broke"
    # (its country's possessive before it: "after Ireland's Data Protection Commission")
    r"|\b(?:after|following|once|when|après\s+que|lorsque)\s+" + _ARTICLE + _POSSESSIVE_PLACE
    + r")$", re.IGNORECASE)
# The order or settlement a body announced, in a relative clause, ending right before the
# body's name: "will pay a $25 million civil penalty for keeping children's data for years,
# under a proposed order the FTC announced today" (tests/cold 952). It may stand far from the
# payment (_ORDER_REACH): the clause between tells the conduct, not another step.
_UNDER_ORDER = re.compile(
    r"\b(?:under|in)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:order|settlement|agreement|"
    r"consent\s+(?:order|decree))\s+(?:that\s+|which\s+)?" + _ARTICLE + r"$", re.IGNORECASE)
_ORDER_REACH = 300

# After the body's name in the last alternative: its ruling ("found", "a estimé").
# A body that sanctioned or fined the company fixed the sum it pays too ("must pay €10 million
# after the AGCM sanctioned it on Monday").
_RULED_AFTER = re.compile(r"\s+(?:(?:has|had)\s+)?(?:found|ruled|decided|concluded|determined|"
                          r"sanctioned|fined|penali[sz]ed|"
                          r"(?:a|avait)\s+(?:estimé|jugé|conclu|établi|constaté|décidé))\b",
                          re.IGNORECASE)
_WHEN_BEFORE = re.compile(r"\b(?:after|following|once|when|après\s+que|lorsque)\s+" + _ARTICLE
                          + _POSSESSIVE_PLACE + r"$", re.IGNORECASE)
_REACH = 120  # characters from the trigger to the body's name


def settling_body(view: SentenceView, trig: TriggerMatch, linker: Linker) -> str | None:
    """The authority whose case the step settles, named after the trigger in its clause."""
    if trig.type not in SETTLED_STEPS:
        return None
    text = view.text
    for mention in sorted(view.mentions, key=lambda m: m.start):
        # (inside the trigger too: the headline's "settles FTC lawsuit for $2.5 billion")
        if not trig.start <= mention.start <= trig.end + _ORDER_REACH:
            continue
        far = mention.start > trig.end + _REACH
        # (a decimal point is no stop: "agreed to a $2.5 billion settlement with the FTC")
        if re.search(r";|\.(?!\d)", text[min(trig.end, mention.start):mention.start]):
            return None  # another sentence part
        actor = linker.actor_key(mention.key)
        if actor is None or kind_of(actor) != "authority":
            continue
        start = min(trig.end, mention.start)
        if _UNDER_ORDER.search(text, start, mention.start):
            return actor
        if far:
            continue
        if _WHEN_BEFORE.search(text, start, mention.start) and not _RULED_AFTER.match(
                text, mention.end):
            continue  # "after the FTC sued it": no ruling that fixes the sum
        if _BODY_BEFORE.search(text, start, mention.start) or (
                _SETTLE_NAMED.search(text, trig.start, mention.start)
                and _CASE_AFTER.match(text, mention.end)):
            return actor
    return None


def settled_by(view: SentenceView, trig: TriggerMatch, linker: Linker) -> list[str]:
    """settling_body as the finder's actor list: [] when no body's case is settled."""
    body = settling_body(view, trig, linker)
    return [body] if body else []


# Between the body and the paying platform: the body's report of the terms ("The FTC announced
# on Monday that Meta will pay $5 billion to settle", "La FTC a annoncé lundi que Meta
# verserait 5 milliards de dollars pour clore l'enquête"). The payment trigger itself carries the
# settlement or the penalty, so the body reporting it is the one whose case it closes.
_ANNOUNCED_THAT = re.compile(
    r"^\s+(?:(?:has|had|a|avait)\s+)?"
    rf"(?:{EN_ANNOUNCING}|{EN_CONFIRMING}|{FR_REPORTING_PARTICIPLES}|{FR_SAYING_PRESENT})\s+"
    r"(?:(?:on\s+(?:[\w,]+\s+){0,3}\w+|today|yesterday|this\s+(?:morning|afternoon|week)|"
    r"ce\s+matin|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)\s+)?(?:that\s+|que\s+|qu')\s*"
    r"(?:(?:the|la|le|l')\s*)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


def reports_that(between: str) -> bool:
    """The words between a body and a platform report what the platform does ("announced on
    Wednesday that", "a annoncé que")."""
    return _ANNOUNCED_THAT.match(between) is not None


# The body named as the source in a phrase opening the sentence, right before the platform:
# "According to the CNIL, Google must pay", "Selon l'AGCM, Amazon devra payer", "D'après la
# DGCCRF, ..." (session 20 probes).
_SOURCE_BEFORE = re.compile(r"^\W*(?:according\s+to|selon|d['’]après)\s+(?:the\s+|la\s+|le\s+"
                            r"|les\s+|l['’]\s*)?(?:(?-i:[A-Z])[\w-]+['’]s\s+)?$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"^\s*,\s*$")


def announcing_body(view: SentenceView, platform_start: int, linker: Linker) -> str | None:
    """The authority whose report of the payment opens the sentence, right before the paying
    platform named at `platform_start`."""
    for mention in sorted(view.mentions, key=lambda m: m.start, reverse=True):
        if mention.end > platform_start:
            continue
        actor = linker.actor_key(mention.key)
        between = view.text[mention.end:platform_start]
        if actor is not None and kind_of(actor) == "authority" and (
                _ANNOUNCED_THAT.match(between) or (_SOURCE_AFTER.match(between) and
                                                   _SOURCE_BEFORE.search(view.text, 0,
                                                                         mention.start))):
            return actor
    return None
