"""A sentence that restates a step with its day, and yields no step of its own, dates it. Layer 1
(issue 3, guideline 6: a step is dated by when the authority acted).

Releases and news reports tell a step, then speak of it again as the subject of the next
sentence, with what it is about and the day it was taken: "The Commission has ordered TikTok to
suspend its rewards programme. The order, issued on Monday, requires the ByteDance app to ...";
"The Commission has opened proceedings against Meta. The investigation into Facebook and
Instagram, opened on 16 February, will examine ..."; "L'enquête visant Meta, ouverte le 16
février, porte sur ...". The sentence opens on a definite noun for a kind of step, may name what
the step is about right after it ("into X", "visant X"), then, between commas, the noun's own
participle of acting and a day. That day dates the one step of that kind told just before (a
few sentences back, the latest of that kind, alone of its kind in its sentence, undated), when
the sentence names no other body and no other company (only the step's targets, their operators
or their services: "the ByteDance app" is TikTok). Never a step of another kind ("The
investigation, opened on 16 February" after a fine), never a step on another company ("The fine
on Google, imposed on Monday" after a fine on Apple), never a probe whose sentence told findings
(the opening is an older step), never a conditional ("The fine, if imposed, ..."), never when the
sentence gives another day or the participle is of publishing ("rendue publique lundi").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.quoted_dates import within_quotation
from regkg.models import TAKEN_STATUSES, Action, DateValue
from regkg.reference import Reference

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_LOOK_BACK = 3  # sentences: the restating sentence follows its step closely
# The nouns that name a step of each type, in both languages (also followed_by.py's).
STEP_NOUNS: dict[str, str] = {
    "fine": r"fines?|penalty|amendes?|sanctions?(?:\s+pécuniaires?)?",
    "investigation": r"investigations?|inquiry|probes?|proceedings|enquêtes?|procédures?",
    "order": r"orders?|injunctions?|mises?\s+en\s+demeure|injonctions?|ordonnances?",
    "block": r"ban|blocking|suspension|blocage|interdiction",
    "lawsuit": r"lawsuits?|suits?|assignations?",
    "request_for_information": r"requests?\s+for\s+information|information\s+requests?"
                               r"|demandes?\s+d['’]informations?",
}
_DETERMINER = r"(?:the|this|that|its|le|la|les|l['’]|ce|cet|cette|sa|son)"
_OTHER = (r"(?:second|third|new|another|other|further|additional|separate|earlier|previous"
          r"|latest|nouvelle?s?|deuxième|seconde?|troisième|autres?|précédente?s?|distincte?s?)")
# What the step is about, right after its noun: "into Facebook and Instagram", "visant Meta".
_ABOUT = (r"(?:\s+(?:into|on|against|of|over|targeting|concerning|contre|visant|ciblant"
          r"|à\s+l['’]encontre\s+d[eu']|de|du|des|d['’]|sur|à|au)\s*[^,;:.()«»\"]{1,80}?)?")
_ACTED = (r"imposed|issued|opened|launched|adopted|handed\s+down|taken|filed|brought|sent|served"
          r"|levied|initiated|delivered|notified"
          r"|prononcée?s?|infligée?s?|ouverte?s?|lancée?s?|adoptée?s?|rendue?s?|notifiée?s?"
          r"|engagée?s?|déposée?s?|introduite?s?|adressée?s?|prise?s?|délivrée?s?")
_OPENING = {kind: re.compile(
    rf"^\s*{_DETERMINER}\s*(?!{_OTHER}\b)(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b{_ABOUT}\s*,\s*"
    rf"(?:which\s+was\s+|qui\s+a\s+été\s+)?(?:{_ACTED})\b(?!\s+publiques?)(?P<gap>[^,;:()]{{0,40}})",
    re.IGNORECASE) for kind, nouns in STEP_NOUNS.items()}
_FINDINGS = re.compile(
    r"\b(?:findings|found|concluded|preliminary|objections|constaté|préliminaires?|griefs)\b",
    re.IGNORECASE)


def date_steps_restated_with_their_day(actions: list[Action], views: list[SentenceView],
                                       reference: Reference) -> list[Action]:
    """Actions in text order, each step a later sentence restates with its day dated by it."""
    told = {a.evidence.start for a in actions}
    index_of = {v.sentence.start: v.index for v in views}
    dated = list(actions)
    for view in views:
        if view.headline or view.sentence.start in told or not view.dates:
            continue
        restated = _restated(view)
        if restated is None:
            continue
        kind, day = restated
        position = _the_step(dated, kind, view, index_of)
        if position is not None and _same_parties(dated[position], view, reference):
            dated[position] = replace(dated[position], date=day)
    return dated


def _restated(view: SentenceView) -> tuple[str, DateValue] | None:
    """The kind of step the sentence opens on and the one day its participle gives."""
    for kind, pattern in _OPENING.items():
        match = pattern.match(view.text)
        if match is None:
            continue
        low, high = match.span("gap")
        days = {d.value for d in view.dates if d.value is not None and d.qualifier is None
                and low <= d.start < high and not within_quotation(view.text, d.start)}
        # one day in the whole sentence: "Cette sanction, rendue lundi, avait été prononcée le
        # 14 mai" gives two, and which one is the step's the opening does not settle
        others = {d.value for d in view.dates if d.value is not None}
        return (kind, days.pop()) if len(days) == 1 and others == days else None
    return None


def _the_step(dated: list[Action], kind: str, view: SentenceView,
              index_of: dict[int, int]) -> int | None:
    """The index of the one undated step of `kind` told latest, a few sentences before."""
    before = [i for i, a in enumerate(dated) if a.type == kind
              and view.index - _LOOK_BACK <= index_of.get(a.evidence.start, -99) < view.index]
    if not before:
        return None
    latest = dated[before[-1]].evidence.start
    same_sentence = [i for i in before if dated[i].evidence.start == latest]
    step = dated[same_sentence[0]]
    if (len(same_sentence) != 1 or step.date is not None or step.status not in TAKEN_STATUSES
            or (kind == "investigation" and _FINDINGS.search(step.evidence.sentence))):
        return None
    return same_sentence[0]


def _same_parties(step: Action, view: SentenceView, reference: Reference) -> bool:
    """The sentence names no other body, and no company but the step's targets, their
    operators or their services."""
    related = set(step.targets)
    related |= {op for t in step.targets if (op := reference.operator_of(t)) is not None}
    for mention in view.mentions:
        key = mention.key
        if key.startswith("authority/") and key != step.actor:
            return False
        if (kind_of(key) in TARGET_KINDS and key not in related
                and reference.operator_of(key) not in related):
            return False
    return True
