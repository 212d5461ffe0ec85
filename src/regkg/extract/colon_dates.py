"""A day told in a clause that names the step, before a colon that opens its details (issue 3,
guideline 6). Layer 1.

News leads often tell the step and its day first, then, after a colon, who did what: "X est
devenu, vendredi 5 décembre, la première plateforme sanctionnée au titre du DSA : Bruxelles lui
réclame 120 millions d'euros"; "Meta became on Monday the first company fined under the DMA:
the Commission ordered it to pay €200 million". The clause rules of `slots` keep a date before
a colon from the step after it ("un document remis jeudi aux autorités : la CNIL a infligé
...": the day of another event), so an undated step of the sentence takes that day when the
clause before the colon names a step of its own kind (a fine or sanction, an order, a probe),
gives exactly one day, and tells no other event's day (a document handed over, a complaint
filed, a hearing).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.clause_dates import reported_date
from regkg.extract.sentence_views import redate
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView


# The step named in the clause before the colon, by the kinds of step it names.
_NAMED_STEPS: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = tuple(
    (frozenset(kinds), re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kinds, words in (
        (("fine", "sanction"), r"fined|penalised|penalized|sanctioned|sanctionnée?s?|condamnée?s?"
                               r"|amendes?|fines?|penalty|penalties|mise?s?\s+à\s+l['’]amende"),
        (("order", "block"), r"ordered|blocked|banned|suspended|ordonnée?s?|bloquée?s?"
                             r"|suspendue?s?|interdite?s?|mise?s?\s+en\s+demeure"),
        (("investigation",), r"investigated|investigation|probe|visée?s?\s+par\s+une\s+enquête"
                             r"|enquête|procédure\s+formelle"),
        (("lawsuit",), r"sued|lawsuits?|poursuites?|poursuivie?s?|intenté|assignée?s?"
                       r"|took\s+[\w\s]{1,30}\s+to\s+court|went\s+to\s+court"
                       r"|filed\s+(?:a\s+)?suit|saisi\s+la\s+justice"),
        # a demand for answers: "issued legal notices", "une demande d'informations" (s17:
        # mist, dew leads); told by a verb and an infinitive, see _DEMANDED_ANSWERS
        (("request_for_information",), r"requests?\s+for\s+information|information\s+requests?"
                                       r"|(?:legal|transparency)\s+notices?|questionnaires?"
                                       r"|demanded\s+answers|demandes?\s+d['’]informations?"),
    ))
# A body demanding answers by a verb of demanding, active, then the infinitive: "ordered five
# companies to explain", "a sommé lundi cinq plateformes de s'expliquer". A company's own
# explaining ("declined to explain", "a refusé de répondre", "a promis d'expliquer") or a
# demand by someone named after "by/par" ("was asked by lawmakers to account") is not it
# (review s17, item 3).
_DEMANDED_ANSWERS = re.compile(
    r"\b(?:ordered|asked|told|required|compelled|directed|instructed|summoned|called\s+on"
    r"|sommée?s?|ordonné|demandé|enjoint|exigé|mise?s?\s+en\s+demeure|invitée?s?)\b"
    r"(?!\s+(?:by|par)\b)[^:;.]{0,100}?"
    r"\b(?:to\s+(?:explain|answer|account)|de\s+s['’]expliquer|d['’]expliquer|de\s+répondre)\b",
    re.IGNORECASE)
_REQUEST = "request_for_information"
# A day of another event than the step: "un document remis jeudi", "a hearing on Monday".
_OTHER_EVENT = re.compile(
    r"\b(?:remise?s?|déposée?s?|publiée?s?|envoyée?s?|reçue?s?|filed|lodged|published|sent"
    r"|received|submitted|hearing|audience|plainte|complaint|report|rapport|after|following"
    r"|après|suite)\b", re.IGNORECASE)


def date_steps_named_before_a_colon(actions: list[Action],
                                    views: list[SentenceView]) -> list[Action]:
    """The module's policy, for undated steps of a body sentence with a colon."""
    return redate(actions, views, _date_step_before_colon)


def _date_step_before_colon(action: Action, view: SentenceView) -> Action:
    if action.date is None and action.status in TAKEN_STATUSES and not view.headline:
        day = _day_before_colon(view, action.type, action.actor)
        if day is not None:
            return replace(action, date=day)
    return action


def _day_before_colon(view: SentenceView, kind: str, actor: str | None) -> DateValue | None:
    """The one day of the clause before the sentence's first colon, when that clause names a
    step of `kind` and no other event, and the sentence gives no other day."""
    colon = view.text.find(":")
    if colon == -1:
        return None
    before = view.text[:colon]
    days = [d for d in view.dates if d.value is not None]
    if (len(days) != 1 or days[0].end > colon or days[0].value is None
            or days[0].value.precision != "day" or days[0].qualifier is not None
            or reported_date(view.text, days[0].start) or _OTHER_EVENT.search(before)):
        return None
    if kind == _REQUEST and not any(words.search(before) for kinds, words in _NAMED_STEPS
                                    if kind in kinds):
        # told by a verb of demanding only: the body after the colon must be the one demanding
        # before it ("Lawmakers ordered TikTok to explain: Ofcom issued it a notice" is two acts)
        return days[0].value if any(
            m.key == actor and m.start < demand.start() for m in view.mentions
            for demand in _DEMANDED_ANSWERS.finditer(before)) else None
    return days[0].value if names_step(before, kind) else None


def names_step(text: str, kind: str) -> bool:
    """The text names a step of `kind` by a noun or participle ("sanctionnée", "fined")."""
    return bool(step_names(text, kind))


def step_names(text: str, kind: str) -> list[re.Match[str]]:
    """Where the text names a step of `kind`."""
    demands = list(_DEMANDED_ANSWERS.finditer(text)) if kind == _REQUEST else []
    return [m for kinds, words in _NAMED_STEPS if kind in kinds
            for m in words.finditer(text)] + demands
