"""A lead-in day with no step in it, carried to the step told next (issue 3, guideline 6).
Layer 1.

Feature leads announce the day in a sentence of their own, with the body (or its description)
but with a figure of speech for the step: "On Thursday the competition office put a price on
that habit. The UOKiK imposed a penalty of 20 million zlotys on Allegro."; "L'AGCM a frappé fort
jeudi. Elle a infligé une amende de 10 millions d'euros à TikTok." The next sentence tells the
step without a day, so the day of the lead-in is its day. The converse direction (an undated
summary, then the dated step) is `summarised_steps`. Only when
- the lead-in is one of the first body sentences, gives exactly one day, within a fortnight
  before the text's day (news tells what is new), and tells no step of its own;
- it names no company or service ("On Thursday Allegro published its results" is the
  company's day) and names the step's actor, or a body by a noun ("the office", "le gendarme");
- it tells a thing done, not a possibility, a call or someone's words ("Regulators could
  impose new fines on Friday, officials said"), nor another act of the body with an object of
  its own ("the Commission adopted two delegated acts");
- the next sentence gives no date at all and tells the step as done, not as background.
A wrong date is worse than none: one day, one sentence, no competing date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.dates import within_a_fortnight
from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.reporting_verbs import SAYING
from regkg.models import TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_LEAD_SENTENCES = 3  # body sentences a feature lead takes before its step
_BODY_NOUN = re.compile(
    r"\b(?:regulator|watchdog|authority|agency|commission|office|board|ministry|court"
    r"|government|autorité|gendarme|régulateur|ministère|gouvernement|tribunal|cour|agence"
    r"|commission|office|conseil|juge|judge)s?\b", re.IGNORECASE)
# A lead-in that tells a possibility, a plan or someone's words, not a day the body acted:
# "Regulators could impose new fines on Friday, officials said", "Des associations ont appelé
# mercredi à sanctionner ...".
_NOT_ACTED = re.compile(
    rf"\b(?:could|would|may|might|will|should|can|must|plans?|expected|called|urged|asked"
    r"|pourrait|pourraient|devrait|devraient|pourra|devra|va|vont|appelé|appellent|demandé"
    r"|réclamé"
    # another act of the body, with its own object: "Today, the Commission adopted two
    # delegated acts under the DSA. The Commission has opened proceedings against Meta."
    r"|adopted|published|presented|proposed|released|unveiled|approved|voted|launched"
    r"|adopté|publié|présenté|proposé|dévoilé|approuvé|voté|lancé|adoptée?s?|publiée?s?)\b"
    rf"|\b(?:{SAYING})\b", re.IGNORECASE)
_BACKGROUND = re.compile(r"\b(?:had|already|previously|earlier|in\s+the\s+past|avait|avaient"
                         r"|déjà|précédemment|auparavant|dans\s+le\s+passé)\b", re.IGNORECASE)


def date_steps_after_a_lead_in(actions: list[Action],
                               views: list[SentenceView]) -> list[Action]:
    """The undated steps of the sentence after a stepless lead-in day take that day."""
    body = [v for v in views if not v.headline][:_LEAD_SENTENCES]
    stated = {a.evidence.start for a in actions}
    dated = actions
    for lead_in, following in zip(body, body[1:], strict=False):
        if following.index != lead_in.index + 1 or lead_in.sentence.start in stated:
            continue
        day = _lead_in_day(lead_in)
        if (day is None or _NOT_ACTED.search(lead_in.text) or following.dates
                or _BACKGROUND.search(following.text)):
            continue
        named = {m.key for m in lead_in.mentions if kind_of(m.key) == "authority"}
        if not named and not _BODY_NOUN.search(lead_in.text):
            continue
        dated = [replace(a, date=day)
                 if (a.evidence.start == following.sentence.start and a.date is None
                     and a.status in TAKEN_STATUSES and a.actor is not None
                     and (not named or a.actor in named))
                 else a for a in dated]
    return dated


def _lead_in_day(view: SentenceView) -> DateValue | None:
    """The one day of a sentence that names no company, within a fortnight before the text."""
    if any(kind_of(m.key) in TARGET_KINDS for m in view.mentions) or len(view.dates) != 1:
        return None
    date = view.dates[0]
    if (date.value is None or date.value.precision != "day" or date.qualifier is not None
            or not within_a_fortnight(date.value, view.published)):
        return None
    return date.value
