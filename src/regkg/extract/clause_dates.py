"""Which step of a sentence a date belongs to when two steps share it (issue 3, point 5). Layer 1.

A wrong date is worse than none, so each rule only removes a date from a step's reach or hands
it to the step it is attached to:
- a date right after a coordinator opens the next clause ("opened proceedings on Monday, and
  on Tuesday it sent a request", "a mis en demeure X lundi, puis mardi elle a saisi"): it dates
  that clause's step, not the one before;
- a step inside a subordinate phrase ("fined X on 3 May, after opening a probe in January",
  "après avoir ouvert une enquête en juin 2022") starts its clause at the subordinator: the main
  clause's date is not its date;
- a step named by a noun with its own participle and date ("a annoncé lundi l'amende prononcée
  le 14 mai") takes that date, not the day it was announced;
- a date after a reporting participle ("The fine, first reported on Friday, was imposed on 2 May")
  dates the report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.reporting_verbs import SAYING
from regkg.models import Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.dates import DateMention

_NEXT_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:and(?:\s+then)?|then|puis|et(?:\s+puis)?|ensuite)\s*,?\s*$", re.I)
# All that stands between a date and a later trigger is a coordinator: "fined 4chan on 13 May
# and opened an investigation into Kick on 20 May", "..., puis a mis en demeure".
_ONLY_COORDINATOR = re.compile(
    r"\s*,?\s*(?:and|then|puis|et|ensuite)(?:\s+(?:then|puis|also|aussi|a|ont|has|have|it"
    r"|elle|il))*\s*", re.I)
# The step's own phrase opens with a subordinator a few words before its trigger.
_SUBORDINATE = re.compile(
    r"\b(?:after|before|having|following|après|avant)(?:\s+(?:avoir|d['’]avoir|de|d['’]))?"
    r"\s*$"
    # "a year after the agency opened", "deux mois après avoir ouvert": a time apart
    r"|\b(?:years?|months?|weeks?|days?|ans?|mois|semaines?|jours?)\s+(?:after|before|après"
    r"|avant)\b[^,;]*$"
    # "Binance left the market in April 2023, after the SEC sued it", ", après que la SEC l'a
    # poursuivi": a clause set off by its comma tells an earlier event, whose day the main
    # clause's date is not. Without the comma it may be the same time: "Access was restored in
    # April 2023 after OpenAI agreed to ..." (tests/blind 108)
    r"|,\s*(?:after|once|après\s+(?:que\s|qu['’])|dès\s+(?:que\s|qu['’]))[^,;]{0,60}$", re.I)
_OWN_PARTICIPLE = re.compile(
    r"^(?:(?!\b(?:for|over|about|concerning|regarding|pour|sur|concernant)\b)[^,;:]){0,50}?"
    r"(?:,\s*)?\b(?:prononcée?s?|infligée?s?|imposed|issued|levied|handed\s+down|slapped|slammed"
    r"|décidée?s?|ouverte?s?|opened|launched|lancée?s?|adopted|adoptée?s?|notifiée?s?"
    r"|sent|adressée?s?|envoyée?s?)(?:\s+(?:on|in|le|en|du))?\s*$", re.I)
_REPORTING_PARTICIPLE = re.compile(
    r"(?:,\s*(?:\w+\s+){0,2}|\b(?:and|et|but|mais|first|initially|originally|widely"
    r"|d['’]abord)\s+)"
    # "une décision du 14 mai, publiée lundi", "dated 14 May and published on Monday", "dated
    # February 9 but made public on Tuesday", "datée du 9 février, a été rendue publique mardi"
    r"(?:reported|revealed|disclosed|leaked|published|révélée?s?|rapportée?s?|dévoilée?s?"
    r"|publiée?s?|made\s+public|rendue?s?\s+publiques?)"
    # a step's noun with the day it was announced: "The fine announced on Monday was imposed"
    r"|\b(?:fines?|penalt(?:y|ies)|sanctions?|decisions?|orders?|amendes?|décisions?)\s+"
    r"(?:first\s+)?(?:announced|annoncée?s?)"
    r"(?:\s+(?:by|par)\s+[^,;]{1,40}?)?(?:\s+(?:on|in|le|en))?\s*$", re.I)


# A verbal trigger that ends with the step's noun: "announced a £12.7 million fine".
_STEP_NOUN_END = re.compile(
    r"\b(?:fines?|penalt(?:y|ies)|sanctions?|amendes?|orders?|investigations?|proceedings"
    r"|enquêtes?|procédures?|requests?|demandes?)\s*$", re.I)
# A leading non-finite phrase: "Having opened an investigation on 13 May, Ofcom fined ...".
_LEADING_PHRASE = re.compile(
    r"\s*(?:having|ayant|after|après|following|before|avant"
    # a body's referral or creation: "Saisie en mai 2018 par noyb, la CNIL a infligé ...",
    # "Alerted in March by users, the regulator fined ...", "Created in 2018, the agency ..."
    r"|saisie?s?|alertée?s?|sollicitée?s?|créée?s?|instituée?s?|fondée?s?|mise?s?\s+en\s+place"
    r"|seized|alerted|notified|tipped\s+off|created|founded|established|set\s+up)\b[^,;]*,",
    re.I)


# A phrase opening the sentence (or its text after a dateline's dash) with the earlier step that
# led to the one the sentence tells: "À la suite d'une action intentée par le Bureau, Ticketmaster
# paiera ...", "Following a complaint filed by noyb, the CNIL fined ...".
_PRIOR_STEP = re.compile(r"(?:^|[–—-]\s*)(?:à\s+la\s+suite\s+d(?:e|u|es|['’])|suite\s+à|par\s+suite"
                         r"\s+d(?:e|u|es|['’])|après|following|after|in\s+the\s+wake\s+of)\s*",
                         re.IGNORECASE)


def in_prior_step_phrase(text: str, trig_start: int) -> bool:
    """The trigger is inside a leading phrase telling the earlier step that led to the
    sentence's: the dateline's day is not its day, nor a day of the main clause."""
    return any(m.end() <= trig_start and "," not in text[m.end():trig_start]
               and (m.start() == 0 or text[m.start()] in "–—-")
               for m in _PRIOR_STEP.finditer(text, 0, trig_start))


def prior_step_phrase_end(text: str, trig_start: int, end: int) -> int:
    """Where the trigger's leading phrase of an earlier step ends (its comma), else `end`."""
    if not in_prior_step_phrase(text, trig_start):
        return end
    comma = text.find(",", trig_start, end)
    return end if comma == -1 else comma


def ends_with_step_noun(trigger_text: str) -> bool:
    return _STEP_NOUN_END.search(trigger_text) is not None


def in_leading_phrase(text: str, date_start: int, trig_start: int) -> bool:
    """The date is inside a leading phrase of another step that ends before the trigger."""
    lead = _LEADING_PHRASE.match(text)
    return lead is not None and date_start < lead.end() <= trig_start


def opens_next_clause(text: str, date_start: int, trig_end: int) -> bool:
    """The date, after the trigger, follows "and"/"puis": it opens the next clause."""
    return date_start >= trig_end and _NEXT_CLAUSE.search(text, trig_end, date_start) is not None


def ends_previous_clause(text: str, date_end: int, trig_start: int) -> bool:
    """The date, before the trigger, is separated from it by a coordinator only: it ends the
    previous verb's phrase ("fined 4chan on 13 May and opened ...")."""
    return date_end <= trig_start and _ONLY_COORDINATOR.fullmatch(text, date_end, trig_start) \
        is not None


def subordinate_start(text: str, clause_start: int, trig_start: int) -> int:
    """Where the trigger's subordinate phrase begins ("after opening", "après avoir ouvert"),
    or the clause start when the trigger heads no such phrase."""
    found = _SUBORDINATE.search(text, clause_start, trig_start)
    return found.start() if found else clause_start


def own_participle_date(text: str, trig_end: int, date_start: int) -> bool:
    """The date follows the step's noun through its own participle: "l'amende prononcée le
    14 mai", "the fine imposed on 2 May"."""
    return date_start >= trig_end and _OWN_PARTICIPLE.search(
        text[trig_end:date_start] + " ") is not None


# The same through a relative clause whose subject is the step's author: "the FTC's lawsuit
# against Meta, which the agency filed in December 2020", "l'amende, que la CNIL avait prononcée
# en 2021".
_OWN_RELATIVE = re.compile(
    r"^[^,;:.]{0,50},\s*(?:which|that|qu['’]|que)\s*(?:[\w'’-]+\s+){1,3}?(?:had\s+|has\s+"
    r"|avait\s+|a\s+)?(?:filed|brought|opened|launched|imposed|issued|levied|adopted"
    r"|déposée?s?|intentée?s?|engagée?s?|ouverte?s?|lancée?s?|infligée?s?|prononcée?s?"
    r"|adoptée?s?)(?:\s+(?:on|in|le|en))?\s*$", re.I)


def own_relative_date(text: str, trig_end: int, date_start: int) -> bool:
    """The date follows the step's noun through a relative clause of its own making: "the
    lawsuit against Meta, which the agency filed in December 2020"."""
    return date_start >= trig_end and _OWN_RELATIVE.search(
        text[trig_end:date_start] + " ") is not None


# The day of a saying after the step: "fined Meta ..., it said on Tuesday", "a infligé ..., a-t-elle
# annoncé mardi", "said on Monday it had fined".
_SAYING_DAY = re.compile(rf"\b(?:{SAYING})\s*,?\s*(?:on\s+|ce\s+)?$", re.I)


def said_date(text: str, date_start: int) -> bool:
    """The date is the day something was said: it yields to any other date of the step (the
    house convention dates "said on Tuesday it had fined" by the saying only when it is the only
    day given; broad 704: a plenary meeting's day, not the release's)."""
    return _SAYING_DAY.search(text, max(0, date_start - 40), date_start) is not None


# A step told on a day counted from another ("Il avait restreint l'accès à Facebook la veille",
# "The next day, it blocked Twitter", "Two days later"): not the day the narrative carries.
# Days only: "dans les deux mois suivant la notification" is a deadline, no counted day.
_COUNTED_DAY = re.compile(
    r"\b(?:la\s+veille|le\s+lendemain|the\s+day\s+(?:before|after)\s*[.,]"
    r"|the\s+(?:next|following|previous|preceding)\s+day"
    r"|\w+\s+(?:days?|jours?)\s+(?:later|earlier|plus\s+tard|plus\s+tôt|auparavant))(?!\w)", re.I)


def counts_from_another_day(text: str) -> bool:
    """The sentence dates its step by counting from a day told elsewhere (`step_dates`)."""
    return _COUNTED_DAY.search(text) is not None


def reported_date(text: str, date_start: int) -> bool:
    """The date follows a reporting participle: "first reported on Friday"."""
    return _REPORTING_PARTICIPLE.search(text[max(0, date_start - 60):date_start]) is not None


# A participial apposition after a step noun: "The probe, launched in 2021, found ...",
# "L'enquête, ouverte en 2021, a conduit la CNIL à infliger ...". Its date is the probe's, not
# a later verb's. Not a decision's: "The decision, adopted on 3 May, fined Meta" is one act.
_STEP_APPOSITION = re.compile(
    r"\b(?:enquêtes?|investigations?|probes?|inquiry|inquiries|procédures?|proceedings"
    r"|plaintes?|complaints?|lawsuits?|requêtes?|examens?|reviews?)\s*,\s+(?:\w+\s+)?(?:[a-z]+ed|[a-zéèêîôû]+(?:ée?s?|ie?s?|ue?s?|te?s?))"
    r"\b[^,;()]{2,80},", re.IGNORECASE)


def step_appositions(text: str) -> list[tuple[int, int]]:
    """The spans, from the step noun to the comma that closes its participial apposition."""
    return [(m.start(), m.end()) for m in _STEP_APPOSITION.finditer(text)]


# "since March 4, when Roskomnadzor blocked it", "depuis le 4 mars, date à laquelle l'autorité
# l'a bloqué", "in June, when the regulator opened its probe": the clause tells what happened
# on the day just named, whatever word bounds the day in the main clause.
_WHEN_CLAUSE = re.compile(
    r",?\s*(?:when|lorsqu['’]|lorsque|quand|où|date\s+à\s+laquelle|jour\s+où|le\s+jour\s+où)"
    r"(?!\w)[^,;:.()]*$", re.IGNORECASE)


def when_clause_date(text: str, dates: list[DateMention], trig_start: int) -> DateMention | None:
    """The date whose "when" clause holds the trigger."""
    for mention in dates:
        if (mention.end <= trig_start and mention.qualifier not in ("by", "before")
                and _WHEN_CLAUSE.match(text, mention.end, trig_start)):
            return mention
    return None


# A relative pronoun that is the subject of the step's verb: "la mesure d'urgence adoptée le 22
# janvier par le Garante, qui a ordonné à TikTok", "the decision of 16 July, which ordered".
_RELATIVE_SUBJECT = re.compile(
    r",\s*(?:qui|which|that)\s+(?:(?:a|ont|avait|avaient|has|have|had|also|aussi|également"
    r"|then|alors)\s+){0,2}$", re.I)
# The antecedent names a decision (with its date after the noun, read below).
_DECISION_NOUN = re.compile(
    r"\b(?:décision|délibération|mesure|ordonnance|arrêté|injonction|decision|ruling|order"
    r"|measure|resolution)s?\b", re.I)
_ANTECEDENT_REACH = 100  # characters before the relative pronoun


def antecedent_decision_date(text: str, dates: list[DateMention],
                             trig_start: int) -> DateMention | None:
    """The date of the decision a relative clause's step is told of: "la mesure d'urgence
    adoptée le 22 janvier par le Garante, qui a ordonné à TikTok de bloquer ..." orders on 22
    January. Only when the relative pronoun is the verb's subject, the antecedent (back to the
    last clause break) names a decision, and one date follows that noun there."""
    relative = _RELATIVE_SUBJECT.search(text, max(0, trig_start - 40), trig_start)
    if relative is None:
        return None
    start = max(0, relative.start() - _ANTECEDENT_REACH)
    start = max([start, *(i + 1 for i in range(start, relative.start()) if text[i] in ".;:")])
    noun = _DECISION_NOUN.search(text, start, relative.start())
    if noun is None:
        return None
    inside = [d for d in dates if noun.end() <= d.start and d.end <= relative.start()
              and d.value is not None]
    return inside[0] if len(inside) == 1 and inside[0].qualifier is None else None


# Between a target's name and its own date: no clause break, comma or relative word ("Meta on 5
# January 2022", "Facebook €60 million on 6 January", "TikTok en mars 2022").
_TO_OWN_DATE = re.compile(r"[^.;:(),]{0,40}")
_ASIDE_WORDS = re.compile(r"\b(?:which|who|whose|when|qui|dont|lorsque|quand)\b", re.I)


def date_each_target_by_its_own_date(actions: list[Action],
                                     views: list[SentenceView]) -> list[Action]:
    """One step told against several targets, each with its own date ("opened proceedings
    against Meta on 5 January 2022 and against TikTok on 10 March 2022", "a sanctionné Google
    le 31 décembre 2021 et Facebook le 6 janvier 2022"): each target's action takes the date
    right after its name, not the first one for all. Only when every target of the step has
    such a date and they are not all the same: "fined Google and Facebook on 6 January" keeps
    one date for both."""
    by_start = {v.sentence.start: v for v in views}
    groups: dict[tuple[int, str, str | None, object, str], list[int]] = {}
    for i, action in enumerate(actions):
        if len(action.targets) == 1 and action.evidence.start in by_start:
            key = (action.evidence.start, action.type, action.actor, action.date, action.status)
            groups.setdefault(key, []).append(i)
    dated = list(actions)
    for step, members in groups.items():
        view = by_start[step[0]]
        own = [_own_date(view, actions[i].targets[0]) for i in members]
        if len(members) < 2 or None in own or len({d.iso() for d in own if d}) < 2:
            continue
        for i, day in zip(members, own, strict=True):
            dated[i] = replace(actions[i], date=day)
    return dated


def _own_date(view: SentenceView, target: str) -> DateValue | None:
    """The date right after the first naming of `target` in the sentence, before any other
    name: its own."""
    names = sorted(view.mentions, key=lambda m: m.start)
    first = next((m for m in names if m.key == target), None)
    if first is None:
        return None
    after = next((d for d in view.dates if d.start >= first.end), None)
    if (after is None or after.value is None or after.qualifier is not None
            or any(first.end <= m.start < after.start for m in names)):
        return None
    gap = view.text[first.end:after.start]
    if not _TO_OWN_DATE.fullmatch(gap) or _ASIDE_WORDS.search(gap):
        return None
    return after.value


# The body making its own decision public: "une sanction infligée par la DGCCRF et rendue
# publique ce jeudi", "the fine, made public on Thursday". Not the press ("first reported",
# "revealed", "leaked").
_MADE_PUBLIC = re.compile(r"\b(?:made\s+public|rendue?s?\s+publiques?|rendu\s+public)"
                          r"(?:\s+(?:on|le))?\s*$", re.I)


def made_public_date(text: str, dates: list[DateMention], start: int,
                     end: int) -> DateMention | None:
    """The day, within `start:end`, on which the step was made public: its date when the
    sentence gives no other ("said on Thursday it had fined"); "a decision dated February 9
    but made public on Tuesday" is of February 9."""
    valued = [d for d in dates if d.value is not None]
    day = valued[0] if len(valued) == 1 else None
    if (day is None or not start <= day.start or day.end > end
            or not _MADE_PUBLIC.search(text, max(0, day.start - 30), day.start)):
        return None
    return day
