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

The words of each (the clause's openers, probes, fines, qualifiers of a sum) are
data/patterns/payments.yaml's, by language; the module keeps the shapes.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING

from regkg.extract.linking import kind_of
from regkg.extract.money import find_money
from regkg.extract.names import _organisation_key
from regkg.extract.vocabulary import Vocabulary, vocabulary
from regkg.models import DateValue, Mention
from regkg.settings import Settings

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Discourse, Linker
    from regkg.extract.patterns import Patterns, TriggerMatch
    from regkg.extract.slots import Slots

PAYMENTS_FILE = Settings().patterns_dir / "payments.yaml"
_SECTIONS = ("clause_opener", "group_lead", "group_tail", "apposition_article", "probe_before",
             "probe_after", "fine_told", "sum_qualifier", "penalty_word", "terms_lead",
             "terms_noun", "terms_announced", "another_fine")
_NAME = r"(?P<{}>(?-i:[A-Z][\w.&'-]*)(?:\s+(?-i:[A-Z][\w.&'-]*)){{0,3}})"
_PROBE_REACH = 160


def _payment_words() -> Vocabulary:
    return vocabulary(PAYMENTS_FILE, _SECTIONS, {"not_payer_first_words": list})


def _words(section: str, language: str) -> str:
    """payments.yaml's words of `section` in `language`, as a regex source ("(?!)", matching
    nothing, when the language has none)."""
    source = _payment_words().source(section, language)
    return "(?!)" if source is None else source


@cache
def _not_first_words() -> frozenset[str]:
    """Capitalised words that open no payer's name ("The", "Under", "Elle")."""
    return frozenset(_payment_words().data["not_payer_first_words"])


@cache
def _shape(name: str, language: str) -> re.Pattern[str]:
    """One of the module's patterns, its words in `language`."""
    def w(section: str) -> str:
        return _words(section, language)

    shapes = {
        # The payer's name right before the trigger, opening the sentence or its clause ("that",
        # a fronted phrase's comma), then an apposition at most ("Betfred, the bookmaker behind
        # ..., will"), or a group's companies ("Two companies in the Flutter group").
        "payer": rf"(?:^\W{{0,2}}|\b(?:{w('clause_opener')})\s+|,\s+)(?:(?:{w('group_lead')})"
                 rf"{_NAME.format('group')}(?:{w('group_tail')})?|{_NAME.format('name')}"
                 rf"(?:\s*,\s+(?:{w('apposition_article')})\s*[^,;:()]{{3,90}},)?)\s+$",
        "probe_before": rf"(?:{w('probe_before')})$",  # ending right before the body's name
        "probe_after": w("probe_after"),
        "fine_told": rf"\b(?:{w('fine_told')})\b",
        "sum_lead": rf"\s*(?:(?:{w('sum_qualifier')})\s+)?",
        "penalty_word": rf"\b(?:{w('penalty_word')})\b",
        "another_fine": rf"\b(?:{w('another_fine')})\b",
        "fronted_terms": rf"^\W{{0,2}}(?:{w('terms_lead')})[^,;.]{{0,80}}?\b(?:{w('terms_noun')})\b"
                         rf"[^,;.]{{0,30}}?\b(?:{w('terms_announced')})\s+",
    }
    return re.compile(shapes[name], re.IGNORECASE)


def unknown_payer(view: SentenceView, trig: TriggerMatch, patterns: Patterns) -> str | None:
    """The unknown company named as the payer right before `trig`, as an unlinked mention
    added to the sentence's mentions; None when the gazetteer knows what stands there."""
    match = _shape("payer", view.language).search(view.text, 0, trig.start)
    if match is None:
        return None
    group = "name" if match.group("name") else "group"
    name, start, end = match.group(group), match.start(group), match.end(group)
    words = name.split()
    if set(words) & patterns.not_company_names or words[0].casefold() in _not_first_words():
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
    probe_before = _shape("probe_before", view.language)
    probe_after = _shape("probe_after", view.language)
    for mention in sorted(view.mentions, key=lambda m: m.start):
        actor = linker.actor_key(mention.key)
        if actor is None or kind_of(actor) != "authority":
            continue
        if trig.end <= mention.start <= trig.end + _PROBE_REACH:
            if re.search(r";|\.(?!\d)", view.text[trig.end:mention.start]):
                return None
            if probe_before.search(view.text, trig.end, mention.start) and probe_after.match(
                    view.text, mention.end):
                return actor
        elif mention.end <= trig.start and probe_before.search(
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
    if view.index == 0 or _shape("penalty_word", view.language).search(
            view.text, trig.start, trig.end) or not any(
            _shape("sum_lead", view.language).fullmatch(view.text, trig.end, m.start)
            for m in find_money(view.text, view.language)):
        return None  # a payee named before the sum ("pay the same office $1.4 billion")
    before = slots.views[view.index - 1]
    if not _shape("fine_told", view.language).search(before.text):
        return None
    bodies = {linker.actor_key(m.key) for m in before.mentions}
    bodies = {b for b in bodies if b and kind_of(b) == "authority"}
    body = bodies.pop() if len(bodies) == 1 else None
    return None if body is None or any(
        step[:3] == ("fine", body, platform) for step in steps) else body


# The types of the step a payment restates: a fine, or a sanction told by its verb ("La CNIL a
# sanctionné Google lundi. Google devra verser une amende de 150 millions d'euros").
_RESTATED_TYPES = ("fine", "sanction")


def restated_fine(view: SentenceView, body: str, platform: str,
                  discourse: Discourse) -> tuple[DateValue | None] | None:
    """The day (in a 1-tuple: it may be None) of the fine the body was told to have imposed on
    the platform before, when the text tells one such day and the payment's sentence does not
    tell it as another fine ("The Irish DPC fined TikTok in May. TikTok will pay a penalty of
    €345 million": the same fine, paid); else None."""
    if _shape("another_fine", view.language).search(view.text):
        return None
    days = {step[3] for step in discourse.steps - discourse.headline_steps
            if step[0] in _RESTATED_TYPES and step[1] == body and step[2] == platform}
    day = days.pop() if len(days) == 1 else False
    return (day,) if day is None or isinstance(day, DateValue) else None


def fronted_terms_day(view: SentenceView, trig: TriggerMatch) -> DateValue | None:
    """The day of the terms a fronted phrase announces, before the payment's clause."""
    lead = _shape("fronted_terms", view.language).match(view.text)
    if lead is None or lead.end() > trig.start:
        return None
    for mention in view.dates:
        if mention.start == lead.end() and mention.value is not None and not mention.qualifier:
            return mention.value
    return None
