"""A sentence that opens on a noun referring back to a step restates it: one action, not two.
Layer 1 (issue 3, guideline 5: one action per actor, target and date).

Releases and news reports tell a step, then speak of it again with a definite or demonstrative
noun as the subject of the next sentences: "La Commission a ouvert une enquête contre Meta le
16 février. Cette enquête vise Instagram et Facebook."; "The Commission ordered X to retain all
documents relating to Grok. The retention order was issued on 8 January."; "The fine on the
ChatGPT maker is the first ...". The referring sentence often names what the step is about (a
service of the company, the product concerned) or nothing at all, and the target rules then
take a name from it or from the context: a second action of the same type by the same body on
another target, a wrong fact. So an action whose sentence opens on such a noun for its type
(`the`, `this`, `cette`, `l'` + at most two words + the noun) is the same step as the latest
action of its type by its body told a few sentences before, when their days do not clash and
its targets are that step's, services or operators of them, or not named in its own sentence:
it merges into that step and gives it its day when that step has none.

Not merged: a noun that says the step is another one ("a second investigation", "another
fine", "une nouvelle enquête", "the earlier order", "l'autre procédure"), a sentence that sets
it apart ("also", "again", "separately", "aussi", "également", "de nouveau"), two steps on
different days, another body's step, or a step on a company the sentence itself names and the
first step does not concern (the same body fining two targets).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.modality import FACTUAL_STATUSES
from regkg.extract.restating_days import date_steps_restated_with_their_day
from regkg.models import Action
from regkg.reference import Reference

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_LOOK_BACK = 4  # sentences: a referring sentence follows the step closely
_NOUNS: dict[str, str] = {
    "fine": r"fines?|penalty|penalties|amendes?|sanctions?(?:\s+pécuniaires?)?",
    "investigation": r"investigations?|inquir(?:y|ies)|probes?|proceedings|enquêtes?"
                     r"|procédures?",
    "order": r"orders?|injunctions?|mises?\s+en\s+demeure|injonctions?|ordonnances?",
    "block": r"block(?:ing)?|ban|suspension|blocage|interdiction",
    "lawsuit": r"lawsuits?|suits?|complaints?|plaintes?|assignations?",
    "request_for_information": r"requests?(?:\s+for\s+information)?|information\s+requests?"
                               r"|demandes?\s+d.informations?|demandes?",
}
_DETERMINER = (r"(?:the|this|that|these|its|le|la|les|l['’]|ce|cet|cette|ces|sa|son|ses"
               r"|leur)")
# An adjective or a word that makes the noun another step than the one told before.
_ANOTHER = (r"(?:second|third|new|another|other|further|additional|separate|earlier|previous"
            r"|latest|nouvelle?s?|deuxième|seconde?|troisième|autres?|précédente?s?"
            r"|distincte?s?)")
_OPENING = {kind: re.compile(
    rf"^\s*(?:[«\"']\s*)?{_DETERMINER}\s*(?!{_ANOTHER}\b)(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b",
    re.IGNORECASE) for kind, nouns in _NOUNS.items()}
# The noun as the subject of a verb of scope: what follows is what the step is about, not
# another target ("Cette mise en demeure porte sur la plateforme Grok", "The probe concerns").
_SCOPE = re.compile(
    r"\b(?:concerns?|relates?\s+to|covers?|focus(?:es)?\s+on|targets?|looks?\s+at|vise|visent"
    r"|porte\s+sur|portent\s+sur|concerne|concernent)\b", re.IGNORECASE)
# Findings of a probe and its opening are two steps of one type (guideline 4): "has sent
# preliminary findings to Temu. The proceedings, opened on 14 March, ..." (background_openings).
_FINDINGS = re.compile(
    r"\b(?:findings|found|concluded|conclusions?|preliminary|objections|constaté|constate"
    r"|conclu|préliminaires?|griefs)\b", re.IGNORECASE)
_APART = re.compile(
    r"\b(?:also|again|separately|too|aussi|également|de\s+nouveau|à\s+nouveau|séparément"
    r"|another|other|second|autre|deuxième|nouvelle)\b", re.IGNORECASE)


def merge_restated_steps(actions: list[Action], views: list[SentenceView],
                         reference: Reference) -> list[Action]:
    """Actions in text order, each restatement merged into the step it refers to (a
    restatement with no step of its own dates it: `restating_days`)."""
    actions = date_steps_restated_with_their_day(actions, views, reference)
    index_of = {v.sentence.start: v.index for v in views}
    named_in = {v.sentence.start: {m.key for m in v.mentions} for v in views}
    kept: list[Action] = []
    for action in sorted(actions, key=lambda a: a.evidence.start):
        earlier = _referred_step(action, kept, index_of, named_in, reference)
        if earlier is None:
            kept.append(action)
            continue
        first = kept[earlier]
        kept[earlier] = replace(first, date=first.date or action.date,
                                amount=first.amount or action.amount)
    return kept


def _referred_step(action: Action, kept: list[Action], index_of: dict[int, int],
                   named_in: dict[int, set[str]], reference: Reference) -> int | None:
    """The index in `kept` of the step the action's sentence refers back to, if any."""
    pattern = _OPENING.get(action.type)
    here = index_of.get(action.evidence.start)
    if pattern is None or here is None or not _refers_back(action.evidence.sentence, pattern):
        return None
    for position in range(len(kept) - 1, -1, -1):
        step = kept[position]
        there = index_of.get(step.evidence.start)
        if there is None or there < here - _LOOK_BACK:
            return None
        if there == here or step.type != action.type:
            continue
        if step.actor != action.actor or not _same_status(step, action):
            return None  # the latest step of the type is another body's: not this one
        if _clash(step, action) or not _same_targets(step, action, named_in, reference):
            return None
        if step.type == "investigation" and _FINDINGS.search(step.evidence.sentence):
            return None
        return position
    return None


# Right after the noun, "also" with a verb of the step's terms: one more term of the same step,
# not another step ("The order also requires X to wind down ...", "L'injonction impose en
# outre à X de ..."; session 16).
_FURTHER_TERM = re.compile(
    r"\s+(?:(?:also|further|additionally|aussi|également|en\s+outre)\s+(?:requires?|obliges?"
    r"|bars?|prohibits?|directs?|compels?|imposes?|impose|oblige|interdit|enjoint|prévoit"
    r"|exige)|(?:impose|oblige|interdit|prévoit|exige)\s+(?:également|aussi|en\s+outre))\b",
    re.IGNORECASE)


def _refers_back(sentence: str, pattern: re.Pattern[str]) -> bool:
    match = pattern.search(sentence)
    if match is not None and _FURTHER_TERM.match(sentence, match.end()):
        return True
    return match is not None and not _APART.search(sentence)


def _same_status(step: Action, action: Action) -> bool:
    return step.status == action.status or (step.status in FACTUAL_STATUSES
                                            and action.status in FACTUAL_STATUSES)


def _clash(step: Action, action: Action) -> bool:
    return step.date is not None and action.date is not None and step.date != action.date


def _same_targets(step: Action, action: Action, named_in: dict[int, set[str]],
                  reference: Reference) -> bool:
    """The restatement's targets are the step's, services or operators of them, or names its
    sentence does not hold (taken from the context)."""
    if _SCOPE.search(action.evidence.sentence):
        return True
    named = named_in.get(action.evidence.start, set())
    related = set(step.targets)
    related |= {op for t in step.targets if (op := reference.operator_of(t)) is not None}
    return all(t in related or reference.operator_of(t) in related or t not in named
               for t in action.targets)
