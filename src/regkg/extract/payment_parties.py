"""Who pays, and whose fine a company's payment is, where the readers of commitments.py find
none (issue 3, session 19: fines the rules missed). Layer 1; used by
regkg.extract.commitments.company_payment.

- The payer may be a company the gazetteer does not know, named right before the payment:
  "The Gambling Commission announced that Betfred, the bookmaker behind ..., will pay £3.25
  million", "Under a settlement announced on Tuesday, Avast will pay $16.5 million", "Two
  companies in the Flutter group will pay £1.2 million". The name opens the sentence or its
  clause (after "that", "que", a fronted phrase's comma), one to four capitalised words, not
  a body, a person or a place the reference knows, not a word of `not_company_names`.
- The body may be the one whose probe found the breach: "will pay £1.2 million after a
  Gambling Commission investigation found ...", "à la suite d'une enquête du Bureau de la
  concurrence" (a probe's finding fixes the sum as a decision does).
- A bare sum with no body in its sentence ("Just Eat devra acquitter 200 millions d'euros, et
  Wolt 100 millions") is the part of the fine the sentence before told, when that sentence
  tells a fine and names one body only: the body the story is about, not a guess between two.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from regkg.extract.linking import kind_of
from regkg.extract.money import find_money
from regkg.extract.names import _organisation_key
from regkg.models import DateValue, Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import Patterns, TriggerMatch
    from regkg.extract.slots import Slots

_NAME = r"(?P<{}>(?-i:[A-Z][\w.&'-]*)(?:\s+(?-i:[A-Z][\w.&'-]*)){{0,3}})"
# Where a clause opens right before the payer: the sentence's start, "that"/"que" after a
# report, the comma of a fronted phrase ("Under a settlement announced on Tuesday, ").
_OPENS = r"(?:^\W{0,2}|\b(?:that|que|qu')\s+|,\s+)"
# The payer's name, then an apposition at most ("Betfred, the bookmaker behind ..., will"), or
# "N companies in the X group" ("Three firms of the X group", "deux sociétés du groupe X").
_PAYER = re.compile(
    _OPENS + r"(?:(?:two|three|four|five|several|deux|trois|quatre|cinq|plusieurs)\s+"
    r"(?:[\w-]+\s+)?(?:companies|firms|subsidiaries|operators|sociétés|entreprises|filiales)\s+"
    r"(?:in|of|from|du|de)\s+(?:the\s+)?(?:groupe\s+)?" + _NAME.format("group") + r"(?:\s+group)?"
    r"|" + _NAME.format("name")
    + r"(?:\s*,\s+(?:the|an?|its|la|le|l'|une?)\s*[^,;:()]{3,90},)?)\s+$",
    re.IGNORECASE)
# A probe whose finding fixed the sum: "after a Gambling Commission investigation found",
# "following an ICO inquiry that found", "à la suite d'une enquête du Bureau de la
# concurrence", ending right before the body's name.
_PROBE_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:à\s+la\s+suite\s+d|suite\s+à|après)\s*['’]?\s*(?:une|l['’]|la)\s*"
    r"(?:enquête|instruction|procédure|action\s+intentée)\s+(?:\w+\s+)?(?:de\s+la|du|de\s+l['’]|"
    r"des|par\s+(?:le|la|l['’]))\s*$", re.IGNORECASE)
_PROBE_AFTER = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+)?(?:investigation|probe|inquiry|review|"
                          r"audit|case)\s+(?:that\s+)?(?:had\s+)?(?:found|concluded|"
                          r"established|determined)\b", re.IGNORECASE)
_PROBE_REACH = 160
# A fine told in the sentence before.
_FINE_TOLD = re.compile(r"\b(?:fined?|fines|fining|penalt(?:y|ies)|amendes?|sanctions?\s+"
                        r"(?:pécuniaires?|financières?|de\s+\d)|inflig\w*|condamn\w*|sanctionn\w*)\b",
                        re.IGNORECASE)
# Between the paying verb and its sum: nothing, or a qualifier ("près de", "nearly").
_SUM_LEAD = re.compile(r"\s*(?:(?:près\s+de|plus\s+de|environ|nearly|almost|about|more\s+than|"
                       r"over|some)\s+)?", re.IGNORECASE)
# A payment of a sum alone: no fine, penalty or sanction named in the trigger.
_PENALTY_WORD = re.compile(r"\b(?:fines?|penalt(?:y|ies)|amendes?|pénalités?|sanctions?)\b",
                           re.IGNORECASE)


def unknown_payer(view: SentenceView, trig: TriggerMatch, patterns: Patterns) -> str | None:
    """The unknown company named as the payer right before `trig`, as an unlinked mention
    added to the sentence's mentions; None when the gazetteer knows what stands there."""
    match = _PAYER.search(view.text, 0, trig.start)
    if match is None:
        return None
    group = "name" if match.group("name") else "group"
    name, start, end = match.group(group), match.start(group), match.end(group)
    words = name.split()
    if set(words) & patterns.not_company_names or words[0].casefold() in (
            "the", "it", "its", "le", "la", "les", "il", "elle", "under", "after"):
        return None
    overlapping = [m for m in view.mentions if m.start < end and start < m.end]
    if any(m.linked or not m.key.startswith("organisation/") for m in overlapping):
        return None  # a known platform (committing_platform's), a body, a person, a place
    if overlapping:
        return overlapping[0].key
    found = Mention(_organisation_key(name, patterns), name, start, end, linked=False)
    view.mentions.append(found)
    view.mentions.sort(key=lambda m: m.start)
    return found.key


def probing_body(view: SentenceView, trig: TriggerMatch, linker: Linker) -> str | None:
    """The body whose probe's finding the payment follows, named after the trigger (or in a
    fronted phrase of the sentence: "À la suite d'une enquête du Bureau, X versera")."""
    for mention in sorted(view.mentions, key=lambda m: m.start):
        actor = linker.actor_key(mention.key)
        if actor is None or kind_of(actor) != "authority":
            continue
        if trig.end <= mention.start <= trig.end + _PROBE_REACH:
            if re.search(r";|\.(?!\d)", view.text[trig.end:mention.start]):
                return None
            if _PROBE_BEFORE.search(view.text, trig.end, mention.start) and _PROBE_AFTER.match(
                    view.text, mention.end):
                return actor
        elif mention.end <= trig.start and _PROBE_BEFORE.search(
                view.text, 0, mention.start) and "," in view.text[mention.end:trig.start]:
            return actor  # "À la suite d'une enquête du Bureau de la concurrence, X versera"
    return None


def previous_fine_body(view: SentenceView, trig: TriggerMatch, slots: Slots,
                       linker: Linker, platform: str,
                       steps: Collection[tuple[object, ...]]) -> str | None:
    """The one body of the sentence before when that sentence tells a fine and the payment
    is a sum alone, right after its verb; None when that body's fine on the platform is told
    already (the payment restates it: "a infligé une amende de 200 millions d'euros à Google
    et Apple. Google devra acquitter 150 millions d'euros" is no second fine)."""
    if view.index == 0 or _PENALTY_WORD.search(view.text, trig.start, trig.end) or not any(
            _SUM_LEAD.fullmatch(view.text, trig.end, m.start)
            for m in find_money(view.text, view.language)):
        return None  # a payee named before the sum ("pay the same office $1.4 billion")
    before = slots.views[view.index - 1]
    if not _FINE_TOLD.search(before.text):
        return None
    bodies = {linker.actor_key(m.key) for m in before.mentions}
    bodies = {b for b in bodies if b and kind_of(b) == "authority"}
    body = bodies.pop() if len(bodies) == 1 else None
    return None if body is None or any(
        step[:3] == ("fine", body, platform) for step in steps) else body


# A fronted phrase naming the terms the payment is part of, with the day they were announced:
# "Under a proposed consent order announced today, X will pay", "Aux termes d'un accord
# annoncé mardi, X versera".
_FRONTED_TERMS = re.compile(
    r"^\W{0,2}(?:under|in|as\s+part\s+of|aux\s+termes\s+d|en\s+vertu\s+d|dans\s+le\s+cadre\s+d)"
    r"[^,;.]{0,80}?\b(?:order|settlement|agreement|decree|deal|accord|transaction|ordonnance|"
    r"décision)\b[^,;.]{0,30}?\b(?:announced|unveiled|published|reached|filed|annoncée?|"
    r"conclue?|publiée?|rendue?)\s+", re.IGNORECASE)


def fronted_terms_day(view: SentenceView, trig: TriggerMatch) -> DateValue | None:
    """The day of the terms a fronted phrase announces, before the payment's clause."""
    lead = _FRONTED_TERMS.match(view.text)
    if lead is None or lead.end() > trig.start:
        return None
    for mention in view.dates:
        if mention.start == lead.end() and mention.value is not None and not mention.qualifier:
            return mention.value
    return None
