"""A further fine told without its verb, after the first one in the same sentence: "the CCI
fined Google ₹1,337.76 crore on October 20, 2022, for abusing its position in the Android
ecosystem, and another ₹936.44 crore five days later over its Play Store payment policies", "a
infligé à Google une amende de 100 millions d'euros en 2020 et une nouvelle amende de 150
millions d'euros en 2021". Layer 1 (used by the lexicon layer, regkg.extract.lexicon).

No precise trigger spells this: the words name no verb, and what follows them is the subject
matter ("over its Play Store payment policies"), never the target. Here the elliptical step
takes the subject and targets of the fine right before it, with its own date and amount.
Nothing when the step is a possibility ("could impose another €265m"), when no fine of a named
body precedes it ("Meta paid €1.2bn and another €265m"), or when another step or clause
(";", ":") stands between them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from regkg.extract.modality import FACTUAL_STATUSES, decide_status
from regkg.extract.money import find_money
from regkg.extract.patterns import TriggerMatch
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.lexicon import LexiconSteps
    from regkg.extract.linking import Discourse
    from regkg.extract.patterns import LanguagePatterns
    from regkg.extract.slots import Slots

_AMOUNT = (r"(?:(?:[A-Z]{0,3}\$|€|£|₹|₩|¥|Rs\.?\s?)\d|\d[\d.,]*\s*(?:euros?|dollars?|pounds?|"
           r"won|rupees?|yen|crore|lakh|million|billion)\b)")
_SHAPES = {
    "en": re.compile(r"\band\s+(?:then\s+)?(?P<cue>(?:another|a\s+further|a\s+second|a\s+third|"
                     rf"an\s+additional)\s+(?:(?:fine|penalty)\s+of\s+)?){_AMOUNT}", re.IGNORECASE),
    "fr": re.compile(r"\b(?:et|puis)\s+(?P<cue>(?:(?:une|d.une)\s+)?(?:nouvelle|autre|seconde|"
                     r"deuxième|troisième)\s+(?:(?:amende|sanction(?:\s+pécuniaire)?)\s+)?de\s+)\d",
                     re.IGNORECASE),
}
# The next item of a dated list of one body's fines ("fined Google €2.42bn in June 2017,
# €4.34bn in July 2018 and €1.49bn in March 2019"): the separator is the cue, an amount and
# "in/en [month] year" follow it.
_FR_AMOUNT = r"\d[\d\s.,]*\s*(?:millions?|milliards?)\s+(?:d.euros|de\s+dollars|de\s+livres)"
_LISTED = {
    "en": re.compile(rf"(?P<cue>,\s+(?:and\s+)?|\s+and\s+)(?={_AMOUNT}[^,;]{{0,20}}?\s+in\s+"
                     r"(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b)", re.IGNORECASE),
    "fr": re.compile(rf"(?P<cue>,\s+(?:et\s+)?(?:de\s+)?|\s+et\s+(?:de\s+)?)(?={_FR_AMOUNT}\s+"
                     r"en\s+(?:[a-zéû]+\s+)?(?:19|20)\d\d\b)", re.IGNORECASE),
}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# An earlier fine fronted before the main one, up to its comma.
_PRIOR = {
    "en": re.compile(r"\W*(?:after|following)\s+(?:a|an|its|the)\s+(?:first|previous|earlier|"
                     r"initial|prior)\s+(?P<cue>fine|penalty)\s+of\s+[^,;:]{1,80}?,",
                     re.IGNORECASE),
    "fr": re.compile(r"\W*(?:après|à\s+la\s+suite\s+d.)\s*(?:une|la|sa)\s+(?:première|"
                     r"précédente)\s+(?P<cue>amende|sanction(?:\s+pécuniaire)?)\s+de\s+\d"
                     r"[^,;:]{0,80}?,", re.IGNORECASE),
}
_OTHER_AGENT = re.compile(r"\b(?:by|from|par|infligée|imposée|prononcée)\b", re.IGNORECASE)
# Between the first fine and the further one: its objects, amount, date and reason; no other
# clause (";", ":", a sentence's end).
_BETWEEN = re.compile(r"[^;:]{1,180}?[\s,]", re.IGNORECASE)


def further_fines(finder: LexiconSteps, view: SentenceView, slots: Slots, discourse: Discourse,
                  triggers: list[TriggerMatch], unanswered: list[TriggerMatch],
                  lp: LanguagePatterns) -> Iterator[Action]:
    """The further fines of the sentence (see the module docstring)."""
    for found, listed in _further_cues(view):
        before = [t for t in triggers if t.end <= found.start()]
        first = before[-1] if before else None
        gap_end = found.end("cue") if listed else found.start()  # a list's separator ends it
        if first is None or first.type != "fine" or first in unanswered \
                or not _BETWEEN.fullmatch(view.text, first.end, gap_end) \
                or (listed and not _sole_dated_list(finder, view, first, found)):
            continue
        trig = TriggerMatch("fine", "verbal", found.start("cue"), found.end("cue"))
        status = decide_status(view.text, trig.start, trig.end,
                               max(first.end, trig.start - finder.patterns.cue_window),
                               finder.patterns.done_status["fine"], lp, finder.patterns.asides,
                               "fine")
        actors = finder._actors(view, first, discourse, lp)
        start = before[-2].end if len(before) > 1 else 0
        targets, _ = finder._targets(view, first, (start, found.start()), actors, discourse, lp)
        if status not in FACTUAL_STATUSES or not actors or not targets:
            continue
        after = [t.start for t in triggers if t.start >= found.end()]
        stated = [m.money for m in find_money(view.text, view.language)
                  if m.start == found.end("cue")]
        yield from _checked(finder, (view, trig, status, (trig.start, min(
            after, default=len(view.text))), slots, discourse, lp, actors, targets, False), stated)


def _sole_dated_list(finder: LexiconSteps, view: SentenceView, first: TriggerMatch,
                     found: re.Match[str]) -> bool:
    """A list item follows a dated fine, and the list names one company only (with another
    company in it, "€150m in January 2022 and Amazon €35m", whose sum is whose is unsure)."""
    companies = {m.key for m in view.mentions if finder.linker.is_target(m.key, "")}
    return bool(_YEAR.search(view.text, first.end, found.start())) and len(companies) == 1


def _further_cues(view: SentenceView) -> Iterator[tuple[re.Match[str], bool]]:
    """The cues of further fines, and whether each is a dated list's next item."""
    for shapes, listed in ((_SHAPES, False), (_LISTED, True)):
        shape = shapes.get(view.language)
        for found in shape.finditer(view.text) if shape else ():
            yield found, listed


def prior_fines(finder: LexiconSteps, view: SentenceView, slots: Slots, discourse: Discourse,
                triggers: list[TriggerMatch], unanswered: list[TriggerMatch],
                lp: LanguagePatterns) -> Iterator[Action]:
    """"After a first fine of €50m in 2019, the CNIL fined Google €60m", "Après une première
    amende de 50 millions d'euros en 2019, la CNIL a infligé ...": the earlier fine, told in a
    phrase fronted before the main fine, is the main fine's body's against its target (a
    first, previous or earlier one only, with its amount, and no other body named in it)."""
    shape = _PRIOR.get(view.language)
    found = shape.match(view.text) if shape else None
    if found is None or _OTHER_AGENT.search(found.group(0)):
        return
    main = [t for t in triggers if t.start >= found.end()]
    if not main or main[0].type != "fine" or main[0] in unanswered:
        return
    actors = finder._actors(view, main[0], discourse, lp)
    end = main[1].start if len(main) > 1 else len(view.text)
    targets, _ = finder._targets(view, main[0], (found.end(), end), actors, discourse, lp)
    if not actors or not targets:
        return
    trig = TriggerMatch("fine", "verbal", found.start("cue"), found.end("cue"))
    stated = [m.money for m in find_money(view.text, view.language)
              if trig.end <= m.start and m.end < found.end()]
    yield from _checked(finder, (view, trig, finder.patterns.done_status["fine"],
                                 (trig.start, found.end() - 1), slots, discourse, lp, actors,
                                 targets, False), stated[:1])


def _checked(finder: LexiconSteps, step: tuple[Any, ...], stated: list[Any]
             ) -> Iterator[Action]:
    """The step's actions with the amount its words state (another amount is the other
    fine's: nothing) and a date of their own."""
    discourse = step[5]
    told = {s for s in discourse.steps if s[0] == "fine"}
    for action in finder._emit(*step):
        if action.amount is not None and action.amount in stated:
            yield _own_date(action, told)


def _own_date(action: Action, told: set[tuple[object, ...]]) -> Action:
    """The first fine's date is not the further one's: a date the sentence gave the first
    ("on 20 October, and another ₹936 crore") is none of its own."""
    target = action.targets[0] if action.targets else None
    if action.date is not None and ("fine", action.actor, target, action.date) in told:
        return dataclasses.replace(action, date=None)
    return action
