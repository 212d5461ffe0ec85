"""Orders worded as deadlines: "X has 60 days to comply", "ont soixante jours pour se mettre en
conformité", "must bring its practices into line within three months". Layer 1.

A decision often states its order only through the time it leaves the company: the sentence has
no verb of ordering. It is an order on the named company (or the companies a description refers
back to) when an authority sets it: one named in the sentence, else the body that already acted
against that company in the article, else the article's one authority. Not an order: a duty that
a law sets on a class ("platforms have 24 hours to remove ..."), a possibility ("could be
given 60 days"), a condition ("if found in breach, X would have ..."), a right to appeal.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from regkg.extract.date_words import (
    COUNT,
    DURATION_UNITS,
    MONTHS,
    NUMBER_WORD,
    UNIT_WORD,
    alternation,
    count,
    normalise,
)
from regkg.extract.deciding_bodies import deciding_body
from regkg.extract.durations import DurationMention, find_durations
from regkg.extract.linking import Discourse, kind_of
from regkg.extract.patterns import LanguagePatterns, TriggerMatch
from regkg.models import Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.lexicon import LexiconSteps
    from regkg.extract.slots import Slots

_F = re.IGNORECASE
# A count of days that may be working days: "60 working days", "cinq jours ouvrables" (session
# 16). Their end is no calendar day: the deadline keeps its words and no ISO duration.
_WORKING = r"(?:working|business)\s+"  # before the unit (English)
_WORKING_FR = r"\s+(?:ouvrables|ouvrés)"  # after it (French)
EN_COUNT = rf"(?P<number>\d+|{NUMBER_WORD})\s+(?:{_WORKING})?(?P<unit>{UNIT_WORD})"
# The company has (been given) a length of time to do what the decision asks.
_EN_HAS = re.compile(
    r"\b(?:has|have|had|now\s+has|now\s+have|(?:has|have|had)\s+been\s+given|was\s+given|"
    r"were\s+given|is\s+given|are\s+given|gets|got|will\s+have)\s+(?:just\s+|only\s+|until\s+)?"
    rf"{EN_COUNT}\s+to\s+(?:comply|bring|stop|cease|end|remove|change|fix|implement|make|align|"
    r"adapt|amend|modify|put|delete|take\s+down|remedy|address|adjust"
    # telling the body what it will do (not shareholders, not a reply or an appeal)
    r"|(?:tell|inform|notify)(?=\s+(?:the\s+)?(?-i:[A-Z])))\b", _F)
# "must bring its practices into line within three months": needs an authority in the sentence.
_EN_MUST = re.compile(
    r"\b(?:must|is\s+required\s+to|are\s+required\s+to|has\s+been\s+ordered\s+to)\s+"
    r"(?:[\w',-]+\s+){1,10}?(?:within|in\s+the\s+next)\s+" + COUNT, _F)
_FR_HAS = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|auront|dispose|disposent|disposera|disposeront)\s+"
    r"(?:désormais\s+|donc\s+|maintenant\s+|ainsi\s+)?(?:d.un\s+délai\s+d[e']\s*|"
    r"un\s+délai\s+d[e']\s*|d[e']\s*)?"
    rf"{COUNT}(?:{_WORKING_FR})?\s+pour\s+(?:se\s+mettre\s+en\s+conformité|se\s+conformer|mettre\s+fin|cesser|"
    r"retirer|supprimer|modifier|corriger|remédier|adapter|mettre\s+en\s+œuvre|rétablir|"
    # "pour mettre ses traitements en conformité avec le RGPD" (session 18)
    r"mettre\s+(?:(?:ses|leurs|son|sa|les|ce|ces|cette)\s+)?(?:[\w-]+\s+){0,2}?en\s+conformité)",
    _F)
# "est tenue de ... sous trente jours", "doit ... dans un délai de trois mois"
_FR_BOUND = re.compile(
    r"\b(?:est|sont)\s+(?:désormais\s+)?tenue?s?\s+d[e']\s*(?:[\w'’,-]+\s+){1,10}?"
    r"(?:sous|dans\s+un\s+délai\s+d[e']\s*|d.ici)\s*" + COUNT, _F)
_FR_MUST = re.compile(
    r"\b(?:doit|doivent)\s+(?:[\w'’,-]+\s+){1,10}?(?:sous|dans\s+un\s+délai\s+d[e']\s*)\s*"
    + COUNT, _F)
# The time given, after the company it is given to: "gave TikTok until 30 June to comply",
# "gave 4chan ten working days to respond" (the verb of giving is checked before it).
_MONTH = alternation(MONTHS)
_EN_GIVEN = re.compile(
    rf"\b(?:{COUNT}|until\s+(?P<day>\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    rf"|(?-i:(?=[A-Z]))(?:{_MONTH})\s+\d{{1,2}}(?:,?\s+\d{{4}})?))\s+to\s+(?:comply|respond"
    r"|reply|answer|bring|stop|cease|end|remove|change|fix|implement|make|align|adapt|amend"
    r"|modify|delete|take\s+down|remedy|address|adjust|provide|submit|explain|show|hand\s+over)"
    r"\b", _F)
_GIVEN_PRONOUN = re.compile(r"\b(?:gave|gives|giving|given|granted|allowed)\s+(it)\s+$", _F)
_GAVE_BEFORE = re.compile(r"\b(?:gave|gives|giving|given|granted|allowed)\s+[^.;:]{0,60}$", _F)
_SHAPES = {"en": ((_EN_HAS, _EN_GIVEN), (_EN_MUST,)), "fr": ((_FR_HAS,), (_FR_BOUND, _FR_MUST))}
# Before the cue: a condition or a possibility ("if found in breach", "could be given").
_NOT_FACT = {
    "en": re.compile(r"\b(?:if|unless|would|could|might|may|should|can|once|whether|"
                     r"proposed|draft|under\s+the\s+(?:law|act|rules|regulation|bill))\b", _F),
    "fr": re.compile(r"\b(?:si|s.il|s.ils|pourrait|pourraient|pourra|pourront|devrait|"
                     r"devraient|aurait|auraient|projet|en\s+vertu\s+d[eu]|aux\s+termes\s+d[eu]|"
                     r"selon\s+la\s+loi|la\s+loi\s+(?:impose|prévoit|donne))\b", _F),
}

# After the cue: the deadline holds only under a condition ("... if the Commission adopts a
# decision", "si la Commission confirme ses conclusions").
_CONDITION_AFTER = re.compile(r"\b(?:if|unless|once|should\s+the|si|s.il|s.ils|dès\s+que|"
                              r"lorsque|au\s+cas\s+où)\b", _F)


# A warning of what follows a failure to comply holds its own condition, not the deadline's:
# "gave it 48 hours to remove the material, warning that it would be blocked if it did not
# comply" (session 18).
_WARNED_AFTER = re.compile(r",\s*(?:warning|threatening|sous\s+peine|faute\s+de\s+quoi|"
                           r"menaçant)\b", _F)

# The time to answer a request stated in the same sentence is that request's, not an order.
_ANSWERING = re.compile(r"\b(?:respond|reply|answer|provide|submit|explain|hand\s+over)$", _F)


def deadline_cue(text: str, language: str) -> tuple[re.Match[str], bool] | None:
    """The first deadline-worded order in a sentence, and whether it is of the "must" shape
    (which needs an authority named in the sentence: alone it is as often a statutory duty)."""
    has, must = _SHAPES.get(language, _SHAPES["en"])
    for shapes, needs_authority in ((has, False), (must, True)):
        for shape in shapes:
            found = shape.search(text)
            if found and (shape is not _EN_GIVEN or _GAVE_BEFORE.search(
                    text, max(0, found.start() - 70), found.start())):
                return found, needs_authority
    return None


def deadline_orders(finder: LexiconSteps, view: SentenceView, slots: Slots,
                    discourse: Discourse, triggers: list[TriggerMatch],
                    lp: LanguagePatterns) -> Iterator[Action]:
    """Order steps stated only by the time left to comply (see the module docstring)."""
    if any(t.type == "order" for t in triggers):
        return
    cue = deadline_cue(view.text, view.language)
    if cue is None:
        return
    match, must = cue
    # "asked X to say what data it collects, giving it 20 days to reply": the request's time
    if _ANSWERING.search(match.group()) and any(
            t.type == "request_for_information" for t in triggers):
        return
    language = view.language if view.language in _NOT_FACT else "en"
    warned = _WARNED_AFTER.search(view.text, match.end())
    if (_NOT_FACT[language].search(view.text, 0, match.start()) or _CONDITION_AFTER.search(
            view.text, match.end(), warned.start() if warned else len(view.text))):
        return
    targets = _subject_targets(finder, view, match.start(), discourse, lp)
    actors = _setting_authority(finder, view, targets, discourse, must)
    if not targets or not actors:
        return
    targets = [t for t in targets if not any(s[0] == "order" and s[2] == t
                                             for s in discourse.steps)]
    if not targets:
        return
    trig = TriggerMatch("order", "verbal", match.start(), match.end())
    duration = _duration(match)
    for action in finder._emit(view, trig, finder.patterns.done_status["order"],
                               (0, len(view.text)), slots, discourse, lp, actors, targets,
                               False):
        yield dataclasses.replace(action, deadline=duration[1], deadline_text=duration[0]) \
            if action.deadline is None else action


def _subject_targets(finder: LexiconSteps, view: SentenceView, start: int,
                     discourse: Discourse, lp: LanguagePatterns) -> list[str]:
    """The company the deadline is on: named as the subject (the nearest platform before the
    cue, no clause break between), or a description referring back ("les deux groupes")."""
    breaks = [b.end() for b in re.finditer(r"[;:]", view.text[:start])]
    clause = breaks[-1] if breaks else 0
    named = [m.key for m in view.mentions if clause <= m.start and m.end <= start
             and finder.linker.is_target(m.key, "order")]
    if named:
        return list(dict.fromkeys(named))
    given = _GIVEN_PRONOUN.search(view.text, max(0, start - 40), start)
    if given:  # "The regulator gave it 48 hours": the company a step was last taken against
        last = finder._last_targets(discourse, view, given.start(1), plural=False)
        return [t for t in last if t in discourse.first_actor_against][:1]
    anaphor = [m for m in lp.target_anaphora.finditer(view.text, 0, start)
               if start - m.end() < 30]
    if not anaphor:
        return []
    return referred_targets(finder, view, anaphor[-1], discourse)


def referred_targets(finder: LexiconSteps, view: SentenceView, anaphor: re.Match[str],
                      discourse: Discourse) -> list[str]:
    """"les deux groupes", "the company": the companies a step was already taken against, as
    many as the description says (a platform merely named since is not what it means)."""
    acted = list(discourse.first_actor_against)
    words = anaphor.group(0).lower()
    number = 3 if re.search(r"\b(?:trois|three)\b", words) else 2 if re.search(
        r"\b(?:deux|two|both)\b", words) else None
    if number is not None:
        return acted[-number:] if len(acted) >= number else []
    if re.search(r"(?:s|x)$", words):
        return acted if len(acted) >= 2 else []
    last = finder._last_targets(discourse, view, anaphor.start(), plural=False)
    return [t for t in last if t in acted][:1] or (acted if len(acted) == 1 else [])


def _setting_authority(finder: LexiconSteps, view: SentenceView, targets: list[str],
                       discourse: Discourse, must: bool) -> list[str]:
    """An authority named in the sentence; for the "has N days" shape, failing that, the body
    that already acted against the company (`deciding_bodies`), or the article's one
    authority."""
    named = [finder.linker.actor_key(m.key) for m in view.mentions
             if kind_of(m.key) == "authority"]
    named_keys = [k for k in named if k]
    if named_keys:
        return named_keys[:1]
    if must or not targets:
        return []
    earlier = discourse.first_actor_against.get(targets[0])
    # (else a step against a service or the operator of the company, or a payment it agreed to:
    # "a infligé à Instagram une amende ... Meta dispose de trois mois", session 18)
    return [earlier] if earlier else deciding_body(finder, view, targets, discourse)


def _duration(match: re.Match[str]) -> tuple[str, str | None]:
    """The deadline in the text's own words ("soixante jours") and as an ISO duration; a day
    ("30 June") has none."""
    if match.groupdict().get("day"):
        return match["day"], None
    after = re.match(_WORKING_FR, match.string[match.end("unit"):])
    words = match.string[match.start("number"):match.end("unit") + (after.end() if after else 0)]
    if after or re.search(_WORKING, words, _F):
        return words, None  # working days: no calendar duration
    unit = DURATION_UNITS[normalise(match["unit"])]
    amount = count(match["number"])
    iso = f"PT{amount}{unit[1:]}" if unit.startswith("T") else f"P{amount}{unit}"
    return match.group("number") + " " + match.group("unit"), iso


# A sentence that states the time a step leaves the company, right before the duration:
# "X has 28 days to pay", "Les deux éditeurs disposent d'un délai de quinze jours", "La
# Commission donne à l'entreprise un délai de 90 jours", "The providers must respond within 28
# days", "Meta has five working days to show ...".
_TIME_GIVEN = re.compile(
    r"\b(?:has|have|had|(?:is|are|was|were|been)\s+given|gave|gives|given|must|will\s+have"
    r"|dispos\w*|donn\w*|accord\w*|laiss\w*|a|ont|aura|auront|doi(?:t|vent)|devra|devront)\b"
    r"[^.;:]{0,60}$", _F)
_TO_PAY = re.compile(r"[^.;:]{0,12}?\b(?:to\s+pay|pour\s+(?:payer|s.acquitter|régler))\b", _F)
_CARRIED = ("order", "request_for_information", "fine")
# A time a rule gives a class ("The law gives platforms 24 hours to remove ..."): no deadline
# of the step before.
_A_RULE = re.compile(r"\b(?:law|act|regulation|rules|code|directive|bill|loi|règlement|décret"
                     r"|directive|code|texte|platforms|plateformes|companies|entreprises)\b", _F)
_REACH = 2  # sentences back from the one that states the time to the step it belongs to


def carry_deadlines(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """A step with no deadline takes the one the next sentence (or the one after) gives the
    same company: "l'Arcom a mis en demeure Chaturbate et Pornovore de ... . Les deux éditeurs
    disposent d'un délai de quinze jours" (blind 111), "X has 28 days to pay" after the
    infringement notice (blind 106). A fine takes only a time to pay; an order or a request
    any time to act but that. Conditions and possibilities give nothing."""
    carried: dict[int, tuple[str, str | None]] = {}
    for position, view in enumerate(views):
        given = _time_given(view)
        if given is None:
            continue
        named = {m.key for m in view.mentions if m.start < given.start}
        to_pay = _TO_PAY.match(view.text, given.end) is not None
        # The sentence itself first, for a time to pay: "eSafety gave X 28 days to pay the
        # infringement notice" (the notice is named after the time).
        for back in range(0 if to_pay else 1, _REACH + 1):
            if position - back < 0:
                break
            start = views[position - back].sentence.start
            steps = [i for i, a in enumerate(actions) if a.evidence.start == start
                     and a.type in _CARRIED and a.deadline is None
                     and (a.type == "fine") == to_pay
                     and (back == 0 or not _companies(named) or set(a.targets) & named)]
            if steps:
                carried.update({i: (given.text, given.iso) for i in steps})
                break
        else:
            if to_pay:  # "X has 28 days to pay the infringement notice", paragraphs later
                carried.update({i: (given.text, given.iso)
                                for i in _the_one_fine(actions, named, view.sentence.start)})
    return [dataclasses.replace(a, deadline_text=carried[i][0], deadline=carried[i][1])
            if i in carried else a for i, a in enumerate(actions)]


def _the_one_fine(actions: list[Action], named: set[str], before: int) -> list[int]:
    """The one earlier fine without a deadline on the company a time to pay names."""
    fines = [i for i, a in enumerate(actions) if a.type == "fine" and a.deadline is None
             and a.evidence.start < before and set(a.targets) & _companies(named)]
    return fines if len(fines) == 1 else []


def _time_given(view: SentenceView) -> DurationMention | None:
    """The first duration of the sentence told as time given to act, as a fact."""
    language = view.language if view.language in _NOT_FACT else "en"
    durations = find_durations(view.text, view.language)
    if not durations or _NOT_FACT[language].search(view.text, 0, durations[0].start):
        return None
    first = durations[0]
    if _CONDITION_AFTER.search(view.text, first.end) or _A_RULE.search(
            view.text, 0, first.start) or not _TIME_GIVEN.search(
            view.text, max(0, first.start - 70), first.start):
        return None
    return first


def _companies(keys: set[str]) -> set[str]:
    return {k for k in keys if kind_of(k) in ("organisation", "service")}
