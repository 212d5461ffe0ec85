"""A decision's obligations told as the platform's duty: the deciding body's order. Layer 1
(used by the lexicon layer, regkg.extract.lexicon; issue 3, session 18).

News and releases state a fine, then what the same decision requires of the company, with no
verb of ordering and often no body named: "Under the new order, Facebook must set up a privacy
committee", "Alongside the fine, the board imposed a set of obligations: Trendyol must stop
...", "La sanction s'accompagne d'une obligation : Airbnb devra retirer ...", "The proposed
order requires Amazon to delete ...", "La même décision l'obligeait à présenter une offre".
Two shapes, their words data (data/patterns/duties.yaml):

- framed: the sentence names the decision (`frame`) and the platform's duty follows its
  subject (`duty`): the platform named, described ("the company", "la société"), or "it" after
  "and" (the subject of the duty before it);
- decided: the decision is the subject that requires the platform (`decided`), named,
  described or a pronoun ("l'", "lui", "them").

The actor is the body whose decision it is: an authority the sentence names, else the body of
the latest decision (fine, order, block, warning) told against that company, else of any step
against it, else the article's one authority. One order per decision: none when an order of
that body on that company is already stated (on the day of its decision, or with no decision
day to tell them apart: "ordered X to ... . Under the order, X must ..." is one order).

Not an order: no decision named (a law's duty "under the DSA", an analyst's "Meta will have to
rethink"), a condition or possibility before the term or in it (`not_fact`), someone else's
saying (", analysts said"), a court's ruling told here or just before (`court_ruled`), a
payment (the fine's own term).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.deadline_orders import referred_targets
from regkg.extract.deciding_bodies import deciding_body, decision_day
from regkg.extract.lexicon_obligations import platform_subjects
from regkg.extract.patterns import TriggerMatch
from regkg.extract.reporting_verbs import reported_by_others
from regkg.extract.same_decision_days import decision_just_before_day, refers_to_the_same
from regkg.extract.vocabulary import vocabulary
from regkg.models import DECISION_TYPES, Action
from regkg.settings import Settings

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.lexicon import LexiconSteps
    from regkg.extract.linking import Discourse
    from regkg.extract.patterns import LanguagePatterns
    from regkg.extract.slots import Slots

DUTIES_FILE = Settings().patterns_dir / "duties.yaml"
_F = re.IGNORECASE
# Where the subject of a duty starts: after a comma, a colon, "that"/"que", and a joining word.
_OPENING = re.compile(r"(?:[,:;]|\bthat\b|\bqu(?:e\b|'))\s*(?:(?:and|but|et|mais)\s+)?", _F)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:it|they)\s*", _F)
# A term of an earlier decision ("Under the earlier order, X had to ..."): not the day of the
# decision just told (the fine for breaking it).
_EARLIER = re.compile(r"\b(?:earlier|previous|prior|initial|original|had|précédente?|antérieure?"
                      r"|initiale?|avait|avaient)\b", _F)
_SUBJECT_REACH = 40  # characters: a description right before the modal is its subject


_SECTIONS = ("frame", "duty", "payment", "decided", "framed_decided", "pronoun", "not_fact",
             "court_ruled")


def _shape(section: str, language: str) -> re.Pattern[str]:
    return vocabulary(DUTIES_FILE, _SECTIONS).pattern(section, language)


def _frames(language: str) -> tuple[re.Pattern[str], ...]:
    return vocabulary(DUTIES_FILE, _SECTIONS).patterns("frame", language)


def decision_duties(finder: LexiconSteps, view: SentenceView, slots: Slots,
                    discourse: Discourse, triggers: list[TriggerMatch],
                    unanswered: list[TriggerMatch], lp: LanguagePatterns) -> Iterator[Action]:
    """Order steps told as a decision's terms (see the module docstring)."""
    if view.language not in vocabulary(DUTIES_FILE, _SECTIONS).languages("frame") or any(
            t.type == "order" and t not in unanswered for t in triggers):
        return
    if not _decided_term(view.text, discourse.previous_text or "", view.language):
        return
    framed = any(f.search(view.text) for f in _frames(view.language))
    terms = _decided(finder, view, discourse, _shape("decided", view.language), lp) or (
        _decided(finder, view, discourse, _shape("framed_decided", view.language), lp)
        or _framed(finder, view, discourse, lp) if framed else [])
    for start, end, subjects in terms:
        if _shape("not_fact", view.language).search(view.text, 0, end):
            continue  # (a condition after the term is a sub-clause's: "once a request is made")
        actors = deciding_body(finder, view, subjects, discourse)
        targets = [t for t in subjects if actors and finder.linker.is_target(t, "order")
                   and not _already_ordered(discourse, actors[0], t)]
        if targets:
            trig = TriggerMatch("order", "verbal", start, end)
            for action in finder._emit(view, trig, finder.patterns.done_status["order"],
                                       (0, len(view.text)), slots, discourse, lp, actors,
                                       targets, False):
                day = None if action.date or _EARLIER.search(view.text) else (
                    refers_to_the_same(view) and decision_just_before_day(slots.views, view, action)
                    or decision_day(discourse, action))
                yield replace(action, date=day) if day else action


def _decided_term(text: str, previous: str, language: str) -> bool:
    """A term the decision sets, as far as the whole sentence tells: no one else's saying (a
    closing ", selon la décision" names the decision, not a speaker), no court's ruling."""
    closing = [m.start() for f in _frames(language) if (m := f.search(text))
               and m.end() >= len(text.rstrip())]
    said = text[:closing[0]] if closing else text
    court_ruled = _shape("court_ruled", language)
    return not (reported_by_others(said) or court_ruled.search(text)
                or court_ruled.search(previous))


def _decided(finder: LexiconSteps, view: SentenceView, discourse: Discourse,
             shape: re.Pattern[str], lp: LanguagePatterns) -> list[tuple[int, int, list[str]]]:
    """The decision (or its body) requiring its object: the companies that object stands for."""
    found = shape.search(view.text)
    if found is None:
        return []
    start, end = found.span("object")
    named = [m.key for m in view.mentions if start <= m.start and m.end <= end
             and finder.linker.is_target(m.key, "order")]
    if named:
        return [(found.start(), found.end(), list(dict.fromkeys(named)))]
    anaphor = lp.target_anaphora.search(view.text, start, end)
    if anaphor is not None:
        referents = referred_targets(finder, view, anaphor, discourse)
    elif _shape("pronoun", view.language).match(found.group("object").strip()):
        referents = _pronoun_referents(finder, view, start, found.group("object"), discourse)
    else:
        referents = []
    return [(found.start(), found.end(), referents)] if referents else []


def _framed(finder: LexiconSteps, view: SentenceView, discourse: Discourse,
            lp: LanguagePatterns) -> list[tuple[int, int, list[str]]]:
    """The duties of a sentence that names its decision, each with its subject's companies
    ("it" after "and": the subject of the duty before it)."""
    found: list[tuple[int, int, list[str]]] = []
    subjects: list[str] = []
    payment = _shape("payment", view.language)
    for cue in _shape("duty", view.language).finditer(view.text):
        opening = [m.end() for m in _OPENING.finditer(view.text, 0, cue.start())]
        start = opening[-1] if opening else 0
        if not _PRONOUN_SUBJECT.fullmatch(view.text, start, cue.start()):
            # (else "..., and it is barred from": the subject of the duty before)
            subjects = _duty_subjects(finder, view, cue.start(), start, discourse, lp)
        if subjects and not payment.match(cue["verb"]):
            found.append((cue.start(), cue.end(), subjects))
    return found


def _duty_subjects(finder: LexiconSteps, view: SentenceView, modal: int, opening: int,
                   discourse: Discourse, lp: LanguagePatterns) -> list[str]:
    """The companies named as the duty's subject, or a description of them right before the
    modal with nothing else since the clause's opening ("Under the order, the company must")."""
    named = platform_subjects(finder, view, modal)
    if named:
        return named
    anaphor = [m for m in lp.target_anaphora.finditer(view.text, opening, modal)
               if modal - m.end() <= _SUBJECT_REACH]
    if not anaphor or view.text[opening:anaphor[-1].start()].strip(" ,") or any(
            m.start >= opening and m.end <= modal for m in view.mentions):
        return []
    return referred_targets(finder, view, anaphor[-1], discourse)


def _pronoun_referents(finder: LexiconSteps, view: SentenceView, start: int, words: str,
                       discourse: Discourse) -> list[str]:
    """"l'", "lui", "it": the company a step was last taken against; "les", "leur", "them":
    the companies of the latest steps, when there are several."""
    acted = list(discourse.first_actor_against)
    plural = words.strip().casefold() in {"les", "leur", "them"}
    last = finder._last_targets(discourse, view, start, plural=plural)
    referents = [t for t in last if t in acted]
    return referents if not plural or len(referents) >= 2 else []


def _already_ordered(discourse: Discourse, actor: str, target: str) -> bool:
    """An order of the body on the company is already stated for this decision: on the day
    of one of its other decisions on it, or with no such day to tell them apart."""
    days = {step[3] for step in discourse.steps
            if step[0] in DECISION_TYPES and step[0] != "order" and step[1:3] == (actor, target)
            and step[3] is not None}
    return any(step[0] == "order" and step[1:3] == (actor, target)
               and (not days or step[3] is None or step[3] in days)
               for step in discourse.steps)
