"""A decision told with its day, then its measures without it (issue 3, guideline 6). Layer 1.

Releases and reports often give the day of one decision in a sentence of its own, then say what
it imposes: "Ofcom issued its decision on Thursday. The regulator has fined 4chan £20,000 and
ordered it to respond"; "The decision was adopted on 3 March. The CNIL fined Google €10
million"; "La décision a été adoptée le 3 mars. La CNIL a infligé à Google une amende". The
measures are that decision's (guideline 6: when the authority acted), so an undated decision
step (a fine, an order, a block, a warning) in the next sentences takes the day, when
- the telling sentence names one decision (singular: "adopted two decisions" is `told_steps`)
  with a participle or verb of acting or announcing and exactly one day, and reads no step of
  its own; an authority named before the decision makes it ("Meta announced its decision on
  Monday to end fact-checking" is the company's), or else the decision opens the sentence in
  the passive and no company is named ("The decision was adopted on 3 March");
- the step is by the authority the telling sentence names (any, when it names none), is not
  told as background or as a later step, and comes before any sentence giving a date of its
  own, within two sentences.
Never a probe: "The decision was adopted on 3 March. The Commission has opened proceedings"
tells two steps.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.date_words import DECISION_WORDS, LAW_WORDS, alternation
from regkg.extract.decided_later import MAX_GAP, NOT_THE_SAME, given_for_the_step
from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.other_events import TAKING_EFFECT
from regkg.extract.reporting_verbs import ANNOUNCING, CONFIRMING
from regkg.extract.sentence_views import redate
from regkg.models import DECISION_TYPES, TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_WITHIN = 2  # sentences after the telling one

# The decision, its document or its measure told by its noun (dates.yaml `decision_words`):
# "La sanction a été prononcée le 15 juin", "The penalty was imposed on 15 June" (D11), "The
# suspension, announced on Friday by ...", "Le blocage, ordonné le 3 mars, ..." (s17: dew, cold)
_NOUN = "(?:" + alternation(DECISION_WORDS["nouns"] + DECISION_WORDS["documents"]
                            + DECISION_WORDS["measures"]) + ")"
_DETERMINER = r"(?:the|its|this|their|la|le|sa|cette|ce|son|l['’])"  # "Le blocage, décidé le"
_ACTING = (r"adopted|issued|took|taken|handed\s+down|delivered|made|published|announced|signed"
           r"|passed"  # "The order was passed on 20 October" (D10)
           # "The order, dated May 21, ...", "La lettre, datée du 31 octobre, ..."
           r"|dated|datée?s?"
           r"|adoptée?|rendue?|prise?|publiée?|annoncée?|signée?|notifiée?|prononcée?"
           r"|decided|décidée?|arrêtée?")  # "La sanction, décidée le 29 décembre" (s15 rime)
# "The decision came on Monday", "La décision est tombée lundi": the decision's day, told
# with a verb of arriving (D10).
_CAME = r"came|arrived|est\s+tombée|est\s+intervenue|intervient"
# "The ban came into force on Friday", "took hold", "took place", "est entrée en vigueur": the
# day the measure took effect or something happened, not its decision's (review s17, item 4).
_NOT_DECIDED = rf"(?:{TAKING_EFFECT}|took\s+place|a\s+eu\s+lieu)\b"
# "Monday's decision by the CNIL follows ...", "Thursday's ruling": the day as the decision's
# owner, opening the sentence (D10).
# "Ofcom issued its decision on Thursday", "La CNIL a rendu sa décision le 3 mars": the
# authority's own decision, when the authority is named before it.
_TELLS_ACTIVE = re.compile(
    rf"\b(?:(?:{_ACTING})|a\s+(?:adopté|rendu|pris|publié|signé|prononcé))\s+{_DETERMINER}\s*"
    rf"(?:[\w-]+\s+)?{_NOUN}\b", re.IGNORECASE)
# "The decision was adopted on 3 March", "La décision, rendue le 3 mars, ...": opening the
# sentence (after a leading phrase of time at most).
_TELLS_PASSIVE = re.compile(
    rf"\s*(?:[^,.;]{{1,30}},\s*)?{_DETERMINER}\s*(?:[\w-]+\s+)?{_NOUN}\s*,?\s*"
    rf"(?:was\s+|has\s+been\s+|a\s+été\s+)?(?!{_NOT_DECIDED})(?:{_ACTING}|{_CAME})\b",
    re.IGNORECASE)
# "In a decision of 15 June, its restricted committee found ...", "Dans une délibération du 29
# décembre, ...", "By a ruling dated 3 April": the decision and its day open the sentence (D11).
_IN_DECISION_OF = re.compile(
    rf"\s*(?:in|by|under|dans|par)\s+(?:a|an|its|the|une|sa|la|son)\s+(?:[\w-]+\s+)?{_NOUN}\s+"
    r"(?:of|dated|du|datée?\s+du|en\s+date\s+du)\s", re.IGNORECASE)
_OWNED = re.compile(rf"\s*[\w-]+['’]s\s+(?:[\w-]+\s+)?{_NOUN}\b", re.IGNORECASE)
# A law's adoption, not an authority's decision (session 20 probes): "The directive was adopted
# on 4 April. The Commission fined Apple" gave the fine the law's day. The sentence's decision
# noun is one that names laws too (dates.yaml `law_words`: "directive") and no authority is
# named, or lawmakers are the agent of the adoption ("The ban was adopted by parliament", "votée
# par les députés"). An authority's own directive still tells its decision ("Roskomnadzor
# issued its directive on 3 March", "La directive a été signée le 3 mars par Roskomnadzor").
_FIRST_NOUN = re.compile(rf"(?<!\w){_NOUN}(?!\w)", re.IGNORECASE)
_LAW_NOUNS = frozenset(noun.casefold() for noun in LAW_WORDS.get("nouns", []))
_BY_LAWMAKERS = re.compile(
    r"\b(?:by|par)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?(?:[\w-]+\s+)?"
    rf"(?:{alternation(LAW_WORDS.get('makers', ['parliament']))})(?!\w)", re.IGNORECASE)
# "The Dutch Data Protection Authority's board met on 16 May", "La formation restreinte de la
# CNIL s'est réunie le 9 février": the deciding body's meeting, whose day is its decisions'
# (D10). Not a meeting with someone ("met with Meta").
_MET = re.compile(r"\b(?:met|convened|sat|s['’]est\s+réunie?s?|a\s+siégé|s['’]est\s+tenue?)\b"
                  r"(?!\s+(?:with|avec)\b)", re.IGNORECASE)
# "At its meeting on 5 March, the board ...", "Lors de sa séance du 12 mars, le collège ...":
# the deciding body's meeting told by its noun, opening the sentence.
_AT_MEETING = re.compile(
    r"\s*(?:at|during|following|after|lors\s+de|à\s+l['’]issue\s+de|au\s+cours\s+de)\s+"
    r"(?:its|their|the|sa|leur|la)\s+(?:[\w-]+\s+)?(?:meeting|session|sitting|plenary|séance"
    r"|réunion|session|plénière)\b", re.IGNORECASE)


def date_measures_of_a_dated_decision(actions: list[Action],
                                      views: list[SentenceView]) -> list[Action]:
    """The module's policy."""
    told = {v.index: found for v in views if (found := _told(v, actions)) is not None}

    def date_one(action: Action, view: SentenceView) -> Action:
        if (action.date is None and action.type in DECISION_TYPES
                and action.status in TAKEN_STATUSES and not view.dates and not view.headline
                and not NOT_THE_SAME.search(view.text)):
            day = _decision_day(view, views, told, action)
            if day is not None:
                return replace(action, date=day)
        return action
    return redate(actions, views, date_one)


# The day, the authorities and the companies a sentence names with the decision it tells.
Told = tuple[DateValue, frozenset[str], frozenset[str]]


def _told(view: SentenceView, actions: list[Action]) -> Told | None:
    """The day and the authorities of a sentence that tells one decision with its day."""
    days = {d.value for d in view.dates if d.value is not None and d.qualifier is None}
    # up to the day: "In a decision of 15 June, it found that the firm had failed to ..." tells
    # the conduct as past, not the decision as background
    said_by = max((d.end for d in view.dates), default=len(view.text))
    if (view.headline or len(days) != 1 or NOT_THE_SAME.search(view.text, 0, said_by)
            or any(a.evidence.start == view.sentence.start for a in actions)):
        return None
    day = days.pop()
    authorities = frozenset(m.key for m in view.mentions if m.key.startswith("authority/"))
    if _adopts_a_law(view.text, authorities):
        return None
    active = _TELLS_ACTIVE.search(view.text)
    if active is not None:
        subjects = [m.key for m in view.mentions if m.start < active.start()]
        told = bool(subjects) and all(k.startswith("authority/") for k in subjects)
    elif _AT_MEETING.match(view.text):
        told = bool(authorities) and not any(
            kind_of(m.key) in TARGET_KINDS for m in view.mentions)
    elif (met := _MET.search(view.text)) is not None:
        # the deciding body is the subject: an authority named before the verb, no company
        subjects = [m.key for m in view.mentions if m.start < met.start()]
        told = bool(subjects) and all(k.startswith("authority/") for k in subjects) and not any(
            kind_of(m.key) in TARGET_KINDS for m in view.mentions)
    else:
        # a company named after the day is what the decision bears on ("The order, dated May
        # 21, gives providers until June 2 to stop Telegram's operations"), one named before
        # it may own the decision ("Meta's decision, announced on Monday")
        day_at = next(d.start for d in view.dates if d.value == day)
        told = (_TELLS_PASSIVE.match(view.text) is not None or _OWNED.match(view.text)
                is not None or _IN_DECISION_OF.match(view.text) is not None) and not any(
            kind_of(m.key) in TARGET_KINDS for m in view.mentions if m.start < day_at)
    companies = frozenset(m.key for m in view.mentions if kind_of(m.key) in TARGET_KINDS)
    return (day, authorities, companies) if told and day.precision == "day" else None


def _adopts_a_law(text: str, authorities: frozenset[str]) -> bool:
    """The sentence tells a law's adoption: lawmakers adopt it, or its decision noun names
    laws too and no authority is named."""
    if _BY_LAWMAKERS.search(text):
        return True
    noun = _FIRST_NOUN.search(text)
    return not authorities and noun is not None and noun.group(0).casefold() in _LAW_NOUNS


def _bears_on(told: Told, action: Action) -> bool:
    """The told decision may be the step's: by its authority (any, when it names none) and on
    its company (any, when it names none)."""
    _, authorities, companies = told
    return (action.actor is not None and (not authorities or action.actor in authorities)
            and (not companies or bool(companies & set(action.targets))))


def _decision_day(view: SentenceView, views: list[SentenceView], told: dict[int, Told],
                  action: Action) -> DateValue | None:
    for index in range(view.index - 1, max(-1, view.index - 1 - _WITHIN), -1):
        if index in told:
            return told[index][0] if _bears_on(told[index], action) else None
        if views[index].dates or views[index].headline:
            return None
    return None


# "said on Monday it had fined", "announced that the regulator had ordered": the step reported,
# the one the house conventions date by the saying (tests/varied, wide, broad), not background.
_SAID_IT_HAD = re.compile(
    rf"\b(?:{ANNOUNCING}|{CONFIRMING})\b[^.;]{{0,40}}?\b(?:it|they|he|she)\s+had\b",
    re.IGNORECASE)


# The past of a relative clause about others tells their doing, not the step as earlier: "pour
# avoir ciblé des utilisateurs qui avaient refusé le suivi", "users who had opted out" (s15).
_RELATIVE_PAST = re.compile(r"\b(?:qui|who|which|that)\s+(?:\w+\s+)?(?:had|avait|avaient)\b",
                            re.IGNORECASE)


def date_decisions_by_their_adoption_told_next(actions: list[Action],
                                               views: list[SentenceView]) -> list[Action]:
    """"L'autorité a annoncé lundi avoir sanctionné Luka ... La décision, adoptée le 10 avril,
    reproche ...", "The ICO has fined TikTok. The decision was adopted on 28 March.": the
    sentence right after tells the decision's own day, which is when the authority acted
    (guideline 6; broad 704 and 714, novel 611: a decision dated by its adoption takes that
    date, not the day it was announced). A day the step's own sentence gives for the step itself
    stays."""
    def date_one(action: Action, view: SentenceView) -> Action:
        if (action.type not in DECISION_TYPES or action.status not in TAKEN_STATUSES
                or view.headline or view.index + 1 >= len(views)
                or NOT_THE_SAME.search(_RELATIVE_PAST.sub(" ", _SAID_IT_HAD.sub(" ", view.text)))):
            return action
        following = views[view.index + 1]
        told = _told(following, actions)
        # a meeting told after the step may be another ("The board met on Tuesday to discuss
        # the appeal"): only one told before dates the decisions that follow
        if (told is None or (told[1] and action.actor not in told[1])
                or (told[2] and not told[2] & set(action.targets))
                or _MET.search(following.text)):
            return action
        day = told[0]
        if action.date is None or (0 <= (action.date.value - day.value).days <= MAX_GAP
                                   and not given_for_the_step(view, action.date)):
            return replace(action, date=day)
        return action
    return redate(actions, views, date_one)


# "la décision, datée du 16 juillet", "the decision, dated 16 July", "la délibération du 29
# décembre": the day of a decision the text reports, told beside the step.
_DECISION_DATED = re.compile(
    r"\b(?:decision|ruling|décision|délibération|arrêté)\s*,?\s*(?:dated|of|issued\s+on|adopted\s+on"
    r"|taken\s+on|datée?\s+du|du|rendue?\s+le|adoptée?\s+le|prise?\s+le|en\s+date\s+du)\s*$",
    re.IGNORECASE)


def decision_dates(views: list[SentenceView]) -> dict[int, DateValue]:
    """Sentence index -> the day a decision is said to bear in it ("la décision, datée du 16
    juillet, vise Amazon Europe Core"), when the sentence gives one such day."""
    found: dict[int, DateValue] = {}
    for view in views:
        days = {d.value for d in view.dates if d.value is not None and d.value.precision == "day"
                and _DECISION_DATED.search(view.text, max(0, d.start - 40), d.start)}
        if len(days) == 1:
            found[view.index] = days.pop()
    return found
