"""A headline's step dated by the day its lead gives, when the lead's own statement of the step
was not read (issue 3, guideline 6). Layer 1.

"EU fines Apple" over "Apple was hit with a €500 million fine by EU antitrust regulators on
Thursday"; "Bruxelles sanctionne Apple" over "Apple fait appel de l'amende de 500 millions
d'euros infligée jeudi par la Commission européenne": the headline sums up what the lead
reports, and the lead gives the day. When no step was read in the lead (its wording is unusual)
and the headline's step was, the headline's step takes the lead's day if the lead names the
step's company and a step of its kind ("fine", "amende", "ordered", "enquête") and gives
exactly one day of its own: not a dateline's ("ROME, Dec 20 —" is when it was written), not the
day something was said, reported or confirmed, nor that of another event (`other_events`).
Also: a step the next sentence restates by a definite noun (`date_steps_restated_after_the_lead`)
and a headline closed by its release's day ("... (28/02/2023)": `headline_dateline`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.clause_dates import own_participle_date, reported_date
from regkg.extract.colon_dates import names_step, step_names
from regkg.extract.dates import find_dates, opens_as_dateline
from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.reporting_verbs import REPORTED, SAYING_A_DAY
from regkg.extract.sentence_views import redate
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.slots import Dateline

_SAYING = re.compile(rf"\b(?:{SAYING_A_DAY}|{REPORTED})\s*(?:on\s+)?$", re.IGNORECASE)
_OTHER_EVENT = re.compile(r"\b(?:hearing|audience|deadline|until|by|force|vigueur|filed"
                          r"|déposée?|sent|envoyée?|after|following|après|suite)\b[^.;]{0,20}$",
                          re.IGNORECASE)


# The step's noun, its participle, its complements and its date: "the $220 million penalty
# slammed on the social media giant by the FCCPC in July last year"; not past its reasons
# ("imposed on Google for cookies placed in 2020").
_PARTICIPLE_THEN_DATE = re.compile(
    r"\s*(?:imposed|levied|slapped|slammed|issued|handed\s+down|infligée?s?|prononcée?s?"
    r"|imposée?s?)\b(?:(?!\b(?:for|over|about|after|following|pour|sur|après)\b)[^,;:.])"
    r"{0,120}?(?:\b(?:on|in|le|en))?\s*$", re.IGNORECASE)


def unread_lead_day(action: Action, views: list[SentenceView], actions: list[Action],
                    dateline: Dateline | None, unnamed: bool = False) -> DateValue | None:
    """The day the lead gives the headline's step, by the module's rule. `unnamed`: the lead
    names no company at all ("A European privacy regulator imposed one of its largest fines on
    Friday"), told as a fact, and the next sentence names them (sweep 801's convention)."""
    skip = dateline.index if dateline is not None and dateline.alone else -1
    lead = next((v for v in views if not v.headline and v.index != skip), None)
    if lead is None or any(a.evidence.start == lead.sentence.start for a in actions):
        return None
    named = (not any(kind_of(m.key) in TARGET_KINDS for m in lead.mentions)
             and not _POSSIBLE.search(lead.text) and not _LEAD_OTHER_EVENT.search(lead.text)
             ) if unnamed else _names_company(
        lead, views, action)
    if not named or not names_step(lead.text, action.type):
        return None
    days = {d.value for d in lead.dates if d.value is not None and d.qualifier is None
            and not opens_as_dateline(lead.text, d.start, d.end)
            and not reported_date(lead.text, d.start)
            and not _SAYING.search(lead.text, max(0, d.start - 30), d.start)
            and not _OTHER_EVENT.search(lead.text, max(0, d.start - 40), d.start)}
    own = {d.value for d in lead.dates if d.value is not None and d.qualifier is None
           and any(own_participle_date(lead.text, m.end(), d.start)
                   or _PARTICIPLE_THEN_DATE.match(lead.text[m.end():d.start])
                   for m in step_names(lead.text, action.type))}
    if len(own) == 1:
        # "dismissed Meta's appeal on Friday against the $220 million penalty slammed on it by
        # the FCCPC in July last year": the step's own participle dates it, to the month too
        return own.pop()
    if len(days) != 1:
        return None
    day = days.pop()
    return day if day.precision == "day" else None


def _names_company(lead: SentenceView, views: list[SentenceView], action: Action) -> bool:
    """The lead names one of the step's companies: as found there, or by the words the
    headline names it with (a subject opening the sentence may not be kept as a mention)."""
    if set(action.targets) & {m.key for m in lead.mentions}:
        return True
    # (a headline's last name and the lead's first may be read as one mention: "Apple\nApple")
    words = {line.strip() for v in views if v.headline for m in v.mentions
             if m.key in action.targets for line in m.text.splitlines()}
    return any(re.search(rf"\b{re.escape(w)}\b", lead.text) for w in words if len(w) > 1)


# A sentence opening with a definite noun of a step refers back to the step the lead told:
# "The complaint, lodged in state court by the Utah Division of Consumer Protection, alleges",
# "La plainte, déposée par le procureur, vise ...".
_RESTATING_NOUN = re.compile(
    r"\s*(?:the|this|its|la|le|l['’]|cette|ce|son|sa)\s*(?:[\w-]+\s+){0,2}?(?:complaint|lawsuit"
    r"|suit|fine|penalty|order|decision|investigation|probe|plainte|amende|sanction|décision"
    r"|mise\s+en\s+demeure|enquête|procédure|assignation|injonction)\b", re.IGNORECASE)


# A lead telling a possibility, a plan or a call, not a step taken.
_POSSIBLE = re.compile(
    r"\b(?:could|may|might|would|will|should|expected|plans?|planning|poised|set\s+to|urged"
    r"|called|pourrait|pourraient|devrait|devraient|va|vont|envisage|s['’]apprête|appelé)\b",
    re.IGNORECASE)
# A lead naming another event than the step, whose day it may give: "A hearing on the fine took
# place on Friday", "Meta's appeal against the fine was heard on Monday".
_LEAD_OTHER_EVENT = re.compile(
    r"\b(?:hearing|audience|appeal|appel|recours|court|tribunal|cour|deadline|échéance|vote"
    r"|debate|débat|protest|manifestation|report|rapport)\b", re.IGNORECASE)


def date_steps_restated_after_the_lead(actions: list[Action], views: list[SentenceView],
                                       dateline: Dateline | None) -> list[Action]:
    """The step a lead tells in words no rule reads ("Utah went to court against Snap Inc on
    Monday"), restated by a definite noun in the next sentence ("The complaint, lodged in state
    court by the Utah Division of Consumer Protection ..."): the restatement takes the lead's
    day, by the rule of `unread_lead_day` (the lead names the company and a step of its kind,
    gives one day of its own, and no step was read in it). Likewise a lead naming no company
    ("Les Pays-Bas ont sanctionné le géant des VTC mercredi") before the sentence that names
    authority and company (D11; sweep README: date from the lead)."""
    skip = dateline.index if dateline is not None and dateline.alone else -1
    lead = next((v for v in views if not v.headline and v.index != skip), None)
    if lead is None:
        return actions

    def date_one(action: Action, view: SentenceView) -> Action:
        if (action.date is None and action.status in TAKEN_STATUSES and view.index == lead.index + 1
                and not view.dates):
            restated = _RESTATING_NOUN.match(view.text) is not None
            day = unread_lead_day(action, views, actions, dateline, unnamed=not restated)
            return replace(action, date=day) if day is not None else action
        return action
    return redate(actions, views, date_one)


# Before a date that closes a headline: "CNIL : amende pour Apple (28/02/2023)", "Ofcom fines
# 4chan – 27 February 2023".
_HEADLINE_DATE_OPENS = re.compile(r"[(\[–—|-]\s*$")


def headline_dateline(title: str, language: str) -> dt.date | None:
    """The day a headline closes with, in brackets or after a dash, with its year: the day of
    the release it heads."""
    found = find_dates(title, None, language)
    last = found[-1] if found else None
    if (last is None or last.value is None or last.value.precision != "day" or last.relative
            or title[last.end:].strip(" )]\n") or not _HEADLINE_DATE_OPENS.search(
                title, 0, last.start)):
        return None
    return last.value.value


_LEAD_WITHIN = 2  # body sentences a headline sums up
# A step told as background or as a new one after an older: not the headline's news.
_NOT_THE_NEWS = re.compile(
    r"\b(?:had|already|previously|earlier|formerly|again|since|in\s+the\s+past|avait|avaient"
    r"|déjà|précédemment|auparavant|à\s+nouveau|de\s+nouveau|depuis|dans\s+le\s+passé)\b",
    re.IGNORECASE)
# A headline whose day may be another's act, a coming one or one before or after the step:
# "Meta to appeal EU fine on Friday", "Apple rejects EU fine on Monday", "La CNIL va sanctionner
# Google mardi".
_ANOTHER_HEADLINE_ACT = re.compile(
    r"\b(?:appeal(?:s|ed)?|challeng\w*|contest\w*|reject\w*|respond\w*|react\w*|den(?:y|ies)"
    r"|will|could|may|might|plans?|expected|set\s+to|faces?|to\s+(?:appeal|face|be)|recours"
    r"|conteste\w*|rejette\w*|appel\w*|attaqu\w*|répond\w*|réagit|va|vont|pourrait|devrait"
    r"|doit|menace\w*|risque\w*"
    # the day of an event after or before the step: "Apple shares fall on Monday after EU fine"
    r"|after|following|ahead|before|après|avant|suite)\b", re.IGNORECASE)


def date_lead_steps_by_the_headline_day(actions: list[Action],
                                        views: list[SentenceView]) -> list[Action]:
    """"Brazil's top court orders X blocked on Friday" over "Justice Alexandre de Moraes
    ordered the suspension of X in Brazil"; "Ofcom opens investigation into 4chan on Tuesday"
    over "Ofcom has opened an investigation into 4chan": a headline that tells a step with its
    own day dates the lead's statement of it, when the lead gives no day of its own. The lead's
    step must be of the kind the headline names and on a company it names, and be told as the
    news (not "had fined", "again", "since"). The headline's own step is dropped for the
    body's (`finalise_actions`), so its day is read here."""
    headlines = [v for v in views if v.headline]
    body = [v.index for v in views if not v.headline and not _is_dateline_line(v)]
    lead = set(body[:_LEAD_WITHIN])

    def date_one(action: Action, view: SentenceView) -> Action:
        if (action.date is None and action.status in TAKEN_STATUSES and view.index in lead
                and not view.dates and not _NOT_THE_NEWS.search(view.text)):
            days = {day for h in headlines if (day := _headline_day(h, action)) is not None}
            if len(days) == 1:
                return replace(action, date=days.pop())
        return action
    return redate(actions, views, date_one) if headlines else actions


def _is_dateline_line(view: SentenceView) -> bool:
    """A line that is only a dateline ("Brussels, 28 February 2023")."""
    return bool(view.dates) and opens_as_dateline(view.text, view.dates[0].start,
                                                  view.dates[0].end) and len(view.text) < 60


def _headline_day(headline: SentenceView, action: Action) -> DateValue | None:
    """The one day a headline gives a step of the action's kind on one of its companies."""
    if not (set(action.targets) & {m.key for m in headline.mentions}
            and names_step(headline.text, action.type)):
        return None
    days = {d.value for d in headline.dates if d.value is not None}
    day = days.pop() if len(days) == 1 else None
    if (day is None or day.precision != "day" or _NOT_THE_NEWS.search(headline.text)
            or _ANOTHER_HEADLINE_ACT.search(headline.text)):
        return None
    mention = next(d for d in headline.dates if d.value == day)
    if (mention.qualifier is not None or reported_date(headline.text, mention.start)
            or _SAYING.search(headline.text, max(0, mention.start - 30), mention.start)
            or _OTHER_EVENT.search(headline.text, max(0, mention.start - 40), mention.start)):
        return None
    return day
