"""Dates of steps a text announces without a date word of their own. Layer 1.

Guideline 6: "a dateline in the text dates the findings it announces"; present-perfect or
present-tense reports with no day are otherwise undated, and the date is when the authority
acted, never when the text appeared. Three policies follow, each written from the way releases
and news reports are worded, not from any one text:

1. A release's announcement. An official release is written by the acting authority on the
   day it acts: its dateline ("BRUSSELS, 12 March 2025 —", a line "12 March 2025", "Publié le
   ...") is the day of what it announces in the present or present perfect ("Ofcom has fined
   X. Ofcom has also opened an investigation into Y."). With no dateline, the "today" of the
   writer's step in the lead sentence plays that part ("Today, the Commission has opened
   ..."); the publication date alone dates nothing (it is when a copy appeared, days after the
   event for news). What tells a release from a news report is the lead's own wording, since
   metadata rarely says who wrote a copy: a news lead reports another's words ("said on Friday
   it had fined") or names a day other than the dateline's ("fined OpenAI on Friday"): the
   dateline is then the day of writing, not of the step; a release lead does neither. Only the
   writer's steps take the day (the authority the lead names first after the dateline: in
   "L'Arcom prend acte des conclusions de la Commission", the Commission's findings are
   older), never a background step ("had already opened", "a déjà été sanctionnée", "depuis"),
   and none at all when the lead tells a step of another day ("Par deux décisions du 16 avril
   2025, l'Arcom a ..."). In the lead's paragraph every such step takes the day; after it, only
   decisions and probes (a call, "L'Arcom appelle", has no day), not proposals, in English in
   the present perfect or present ("We asked 4chan for ..." tells an earlier step), and only
   until a sentence tells or opens with another time ("In February, eSafety issued ...").

2. A sibling decision. "Le 1er septembre 2025, la CNIL a prononcé deux sanctions à l'encontre
   de Google et de Shein. [...] La société Shein a, quant à elle, été sanctionnée d'une amende
   de 150 millions d'euros": a decision stated without a day, by the same authority against a
   company the earlier sentence named as the object of its dated decision(s), is that decision.

3. A news lead's summary: `summarised_steps`.

4. A proceeding dated at its place. "Plusieurs procédures ont été ouvertes, notamment en
   France et, depuis mercredi, en Californie. Le procureur de Californie a annoncé lancer sa
   propre enquête": the sentence before dates the opening of proceedings at the place (or
   authority) of the step, the day set right against it; the undated opening by that place's
   authority is that proceeding.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.date_words import RELATIVE_DAYS, normalise
from regkg.extract.reporting_verbs import (
    AFFIRMING,
    ANNOUNCING,
    CONFIRMING,
    REPORTING_WORDS,
    TELLING,
)
from regkg.extract.sentence_views import redate, view_of
from regkg.extract.sibling_reach import beyond_reach
from regkg.models import DECISION_TYPES, TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.slots import Dateline

# Statuses of steps taken (not threatened, considered or planned).
# A step told as background: before the announced one, or still running since an earlier day.
BACKGROUND = re.compile(
    r"\b(?:had|already|previously|earlier|formerly|last\s+(?:year|month|week)|in\s+the\s+past"
    r"|avait|avaient|déjà|précédemment|auparavant|dans\s+le\s+passé|l['’]an\s+dernier"
    r"|depuis|since"
    # a step still running, not taken on the day: "has been investigating X for two years"
    r"|ongoing|continues|remains\s+open|en\s+cours|se\s+poursuit|toujours"
    # ("not to share data ... for five years" is how long an order binds, not a running step)
    r"|(?:been|is|are)\s+\w+ing\b[^.;]{0,80}?\bfor\s+(?:\w+\s+)?(?:years|months|weeks)"
    r"|pendant\s+(?:\w+\s+)?(?:ans|années|mois))\b",
    re.IGNORECASE)
# A lead reporting another's words is news: the dateline is the day the words were reported.
_REPORTING = re.compile(rf"\b(?:{REPORTING_WORDS})\b", re.IGNORECASE)
# Reported steps taken before the report: "said it had fined", "a indiqué avoir sanctionné".
_REPORTS_EARLIER = re.compile(
    r"\b(?:had|avait|avaient|avoir)\s+(?:\w+\s+)?\w+(?:ed|é|ée|és|ées|is|it|u)\b", re.IGNORECASE)
# Words naming a decision in the sentence that dates it ("a prononcé deux sanctions", "adopted
# two decisions", "imposed fines").
_DECISION_WORDS = re.compile(
    r"\b(?:decisions?|sanctions?|fines?|penalt(?:y|ies)|orders?|décisions?|amendes?"
    r"|mises?\s+en\s+demeure|injonctions?)\b", re.IGNORECASE)


def date_announced_steps(actions: list[Action], views: list[SentenceView],
                         dateline: Dateline | None) -> list[Action]:
    """Policy 1 of the module: the writer's undated steps in a release's lead paragraph take
    the release's day (its dateline's, or with no dateline the "today" of the writer's step
    in the lead: "Today, the Commission has opened proceedings against X. It has also sent
    Y a request for information."); another body's step there loses a day it had only from
    the dateline, and so does every step of a news lead that reports an earlier step ("ROME,
    Dec 20 — the watchdog said on Friday it had fined OpenAI after an investigation found")."""
    anchor = _anchor(views, dateline, actions)
    if anchor is None:
        return actions
    lead, day, skip = anchor
    if not _reads_as_release(lead, day.value):
        if dateline is None or not _REPORTS_EARLIER.search(lead.text):
            return actions  # "said today it has fined X": the day may well be the step's
        return [replace(a, date=None) if a.evidence.start == lead.sentence.start
                and a.date == day and not _states_day(lead, skip, day) else a
                for a in actions]
    writer = _writer(lead, skip) or _first_person_writer(lead, actions)
    writer_sentences = {a.evidence.start for a in actions if a.actor == writer}
    if any(d.value is not None and d.value != day for d in lead.dates[skip:]):
        return actions  # the release tells a step of another day ("Le 1er septembre 2025, ...")
    elsewhen = _first_other_time(actions, views, lead, day)

    def date_one(action: Action, view: SentenceView) -> Action:
        if view.index < lead.index:
            return action
        in_lead = view.paragraph == lead.paragraph
        # The lead sentence's own steps are dated by their clause (slots.find_date): "fined
        # 4chan for failing to comply with requests for information" keeps the requests undated.
        if (view.index > lead.index and action.date is None and action.actor == writer
                and announced(action, view)
                and (in_lead or _still_announcing(action, view, elsewhen))):
            return replace(action, date=day)
        if (in_lead and action.date == day and writer is not None and action.actor != writer
                and action.evidence.start not in writer_sentences
                and not _states_day(view, skip if view.index == lead.index else 0, day)):
            return replace(action, date=None)
        return action
    return redate(actions, views, date_one)


def date_proceedings_at_their_place(actions: list[Action],
                                    views: list[SentenceView]) -> list[Action]:
    """Policy 4 of the module: an undated opening of an investigation or a lawsuit takes the
    day the sentence before sets against its authority or its authority's place, in a
    sentence about proceedings opened."""
    def date_one(action: Action, view: SentenceView) -> Action:
        if (action.date is None and action.type in ("investigation", "lawsuit")
                and view.index > 0 and announced(action, view)
                and not _FINDINGS.search(view.text)):
            day = _day_at_place(views[view.index - 1], action)
            if day is not None:
                return replace(action, date=day)
        return action
    return redate(actions, views, date_one)


# Between a day and the place it is set against: "depuis mercredi, en Californie", "on
# Monday in Texas", "in Texas on Monday".
_AT_PLACE = re.compile(r"[\s,]*(?:en|au|aux|à|in|at|dans\s+l[ae']\s*)?[\s,]*$", re.IGNORECASE)


def _day_at_place(view: SentenceView, action: Action) -> DateValue | None:
    if view.headline or not (_OPENING.search(view.text) and _PROCEEDINGS.search(view.text)):
        return None
    place = f"jurisdiction/{action.jurisdiction}" if action.jurisdiction else None
    places = [m for m in view.mentions if m.key in (action.actor, place)]
    days = {d.value for d in view.dates for m in places
            if d.value is not None and d.value.precision == "day" and (
                (d.end <= m.start and _AT_PLACE.fullmatch(view.text, d.end, m.start))
                or (m.end <= d.start and _AT_PLACE.fullmatch(view.text, m.end, d.start)))}
    return days.pop() if len(days) == 1 else None


def _first_other_time(actions: list[Action], views: list[SentenceView], lead: SentenceView,
                      day: DateValue) -> int:
    """The index of the first sentence after the lead that tells a step at another time, or
    opens with another time ("In February, eSafety issued legal notices ...", "In January, we
    wrote to ..."): from there the release tells its background, and its undated steps are not
    the day's."""
    view = view_of(views)
    other = [v.index for a in actions if a.date is not None and a.date != day
             and (v := view(a)) is not None and v.index > lead.index]
    other += [v.index for v in views[lead.index + 1:] if not v.headline and v.dates
              and v.dates[0].start <= 3 and v.dates[0].value not in (None, day)]
    other += [v.index for v in views[lead.index + 1:] if _BACKGROUND_HEADING.fullmatch(v.text)]
    return min(other, default=1 << 30)


# The section headings releases put before their background and notes ("Background", "Next
# steps", "Contexte", "Notes to editors"): what follows is no announcement of the day.
_BACKGROUND_HEADING = re.compile(
    r"\s*(?:background|context|contexte|historique|rappel|next\s+steps|prochaines\s+étapes"
    r"|further\s+information|pour\s+en\s+savoir\s+plus|notes?\s+(?:to|for)\s+editors"
    r"|notes?\s+aux\s+rédactions|about\s+[^.]{1,60}|à\s+propos\s+[^.]{1,60})\s*:?\s*",
    re.IGNORECASE)


def _still_announcing(action: Action, view: SentenceView, elsewhen: int) -> bool:
    """A later sentence of a release goes on with the day's announcement ("L'Autorité les a
    rendus obligatoires", "The Commission has also accepted ..."): before any step told at
    another time, a decision or a probe (a call, "L'Arcom appelle", has no day: guideline 6),
    not a proposal, and in English in the present perfect or present (a simple past, "We
    asked 4chan for ...", tells an earlier step)."""
    if view.index >= elsewhen or action.type == "statement" or _PROPOSED.search(view.text):
        return False
    return view.language != "en" or bool(_PRESENT.search(view.text))


_PROPOSED = re.compile(r"\b(?:proposed|draft|projet|proposée?s?)\b", re.IGNORECASE)
# The step's verb in the present perfect, present or future of the announcement ("has fined",
# "is fined", "will pay a civil penalty under a proposed order"); not a copula of another
# clause ("The inquiry was opened after ...; the complaint was passed on because its base is
# there": a simple past, an earlier step).
_PRESENT = re.compile(r"\b(?:has|have|will)\b|\b(?:is|are)\s+(?:\w+ly\s+)?(?:being\s+)?"
                      r"[^\W\d_]+(?:ed|en|ing|ne|wn|ht|un|ut|et)\b", re.IGNORECASE)


def date_sibling_decisions(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Policy 2 of the module: an undated decision takes the day of the nearest earlier
    sentence that opens with that day and names the same authority, one of the step's targets
    and a decision ("On 10 March 2025 the Commission adopted two decisions concerning Apple and
    Meta ... Meta has been fined €200 million"); an undated opening of proceedings, the day of
    the earlier sentence that so reports their opening ("On 14 March 2024 the Commission opened
    proceedings against Temu ... The proceedings the Commission has opened against Temu
    ..."), never findings, which come later. One pass over the sentences in order."""
    view_of_action = view_of(views)
    # (authority, target) -> the days so told: two days, two decisions, none is the sibling's
    decided: dict[tuple[str, str], set[DateValue]] = {}
    opened: dict[tuple[str, str], set[DateValue]] = {}
    seen = 0
    dated = []
    for action in actions:  # in text order (finalise_actions sorts them)
        view = view_of_action(action)
        if view is None:
            dated.append(action)
            continue
        for earlier in views[seen:view.index]:
            _note_days(earlier, _DECISION_WORDS, decided)
            if _OPENING.search(earlier.text):
                _note_days(earlier, _PROCEEDINGS, opened)
        seen = max(seen, view.index)
        told = decided if action.type in DECISION_TYPES else (
            opened if action.type == "investigation" and _opens_proceedings(view) else None)
        if (action.date is None and told is not None and action.actor is not None
                and announced(action, view)):
            found = {d for t in action.targets for d in told.get((action.actor, t), ())}
            day = found.pop() if len(found) == 1 else None
            if day is not None and not beyond_reach(view, day):
                action = replace(action, date=day)
        dated.append(action)
    return dated


# An opening of proceedings, not findings: "opened formal proceedings", "l'ouverture d'une
# enquête"; "preliminary findings", "a constaté" are later steps of the same proceedings.
_OPENING = re.compile(r"\b(?:opened|opens|opening|launched|launches|initiated|commenced|ouverte?s?"
                      r"|ouvre|ouverture|lancée?s?|lance|engagée?s?|engage)\b", re.IGNORECASE)
_PROCEEDINGS = re.compile(r"\b(?:proceedings|investigations?|inquir(?:y|ies)|probes?|enquêtes?"
                          r"|procédures?)\b", re.IGNORECASE)
_FINDINGS = re.compile(r"\b(?:findings|found|concluded|conclusions|constaté|constate|conclu)\b",
                       re.IGNORECASE)


def _opens_proceedings(view: SentenceView) -> bool:
    return bool(_OPENING.search(view.text)) and not _FINDINGS.search(view.text)


def _note_days(view: SentenceView, words: re.Pattern[str],
               days: dict[tuple[str, str], set[DateValue]]) -> None:
    """Record the day a sentence opening with it reports steps (`words`) on: every
    (authority, other entity) pair it names."""
    if view.headline or len(view.mentions) < 2 or not words.search(view.text):
        return
    day = _opening_day(view)
    if day is None:
        return
    keys = list(dict.fromkeys(m.key for m in view.mentions))
    for actor in (k for k in keys if k.startswith("authority/")):
        for other in keys:
            if other != actor:
                days.setdefault((actor, other), set()).add(day)


def first_body(views: list[SentenceView], dateline: Dateline | None) -> SentenceView | None:
    """The first sentence of the body: after the headline and a dateline line of its own."""
    skip = dateline.index if dateline is not None and dateline.alone else -1
    return next((v for v in views if not v.headline and v.index != skip), None)


def _anchor(views: list[SentenceView], dateline: Dateline | None,
            actions: list[Action]) -> tuple[SentenceView, DateValue, int] | None:
    """The release's lead, its day, and how many of the lead's dates are the dateline (1 in
    "BRUSSELS, 12 March 2025 — ..."). The lead is the sentence a dateline opens, or the one
    after a dateline line of its own; with no dateline, the first body sentence when the
    writer's step in it is dated by "today" ("Today, the Commission has opened ...")."""
    if dateline is not None:
        if not dateline.alone:
            lead = views[dateline.index] if dateline.index < len(views) else None
            return None if lead is None else (lead, DateValue(dateline.day, "day"), 1)
        after = next((v for v in views[dateline.index + 1:] if not v.headline), None)
        return None if after is None else (after, DateValue(dateline.day, "day"), 0)
    lead = first_body(views, None)
    if lead is None:
        return None
    today = {d.value for d in lead.dates if d.value is not None and _is_today(d.text)}
    writer = _writer(lead, 0)
    stated = {a.date for a in actions if a.evidence.start == lead.sentence.start
              and a.actor == writer and a.date in today}
    return (lead, stated.pop(), 0) if len(stated) == 1 else None


def _is_today(words: str) -> bool:
    return RELATIVE_DAYS.get(normalise(words)) == 0


def _reads_as_release(lead: SentenceView, day: dt.date) -> bool:
    """A lead that reports nobody's words and names no day but the release's (or none)."""
    if _REPORTING.search(lead.text):
        return False
    return all(d.value is None or d.value.value == day or not d.relative for d in lead.dates)


def _writer(lead: SentenceView, skip: int) -> str | None:
    """The authority the lead names first after the dateline's date (the place before it may
    be read as an authority: "Bruxelles" for the Commission)."""
    after = lead.dates[0].end if skip and lead.dates else 0
    names = (m.key for m in lead.mentions
             if m.start >= after and m.key.startswith("authority/"))
    return next(names, None)


def _first_person_writer(lead: SentenceView, actions: list[Action]) -> str | None:
    """"We have fined 4chan ...": a lead in the first person names no authority; the writer
    is the one authority its steps were given to."""
    if not _FIRST_PERSON.match(lead.text):
        return None
    actors = {a.actor for a in actions if a.evidence.start == lead.sentence.start}
    return actors.pop() if len(actors) == 1 else None


_FIRST_PERSON = re.compile(r"\s*(?:we|nous)\b", re.IGNORECASE)


def announced(action: Action, view: SentenceView) -> bool:
    return (action.status in TAKEN_STATUSES and not view.headline
            and not BACKGROUND.search(view.text))


def _states_day(view: SentenceView, skip: int, day: DateValue) -> bool:
    """The sentence gives the day itself, beside the dateline ("today", "le 12 mars"); not
    the day words were said ("said on Friday it had fined")."""
    return any(d.value == day and not _SAID.search(view.text, max(0, d.start - 30), d.start)
               for d in view.dates[skip:])


_SAID = re.compile(rf"\b(?:{ANNOUNCING}|{CONFIRMING}|{TELLING}|{AFFIRMING})\s*$", re.IGNORECASE)


def _opening_day(view: SentenceView) -> DateValue | None:
    """The day a sentence opens with ("Le 1er septembre 2025, la CNIL ...")."""
    first = view.dates[0] if view.dates else None
    if (first is None or first.start > 3 or first.value is None or first.relative
            or first.qualifier is not None or first.value.precision != "day"):
        return None
    return first.value
