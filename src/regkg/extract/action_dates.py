"""Dates of undated steps that the text gives elsewhere. Layer 1.

A step whose own sentence has no date may take one from its context: a headline's step from
the lead, a decision from the day the text says it bears, "In the same decision" from the
decision just reported, the steps a release announces in its lead from its dateline, a sibling
decision from the dated sentence that reported the decisions. Runs after `finalise_actions`
(extractor).
"""

from __future__ import annotations

import re
from dataclasses import replace

from regkg.extract.actions import SentenceView
from regkg.extract.also_days import date_steps_also_announced, date_steps_also_taken, own_days
from regkg.extract.also_undergone import date_measures_also_undergone
from regkg.extract.announced_dates import (
    date_steps_announced_on_a_day,
    date_steps_confirmed_on_a_day,
)
from regkg.extract.antecedent_years import date_steps_a_case_goes_back_to
from regkg.extract.clause_dates import date_each_target_by_its_own_date
from regkg.extract.colon_dates import date_steps_named_before_a_colon
from regkg.extract.coordinated_dates import date_targets_by_their_coordinated_clause
from regkg.extract.date_words import RELATIVE_DAYS, normalise
from regkg.extract.deadline_dates import date_deadlines_by_their_decision
from regkg.extract.decided_later import date_sanctions_by_the_day_told_later
from regkg.extract.decided_states import date_blocks_decided_since
from regkg.extract.decision_days import (
    date_decisions_by_their_adoption_told_next,
    date_measures_of_a_dated_decision,
    decision_dates,
)
from regkg.extract.few_days import (
    date_steps_a_few_days_apart,
    date_steps_counted_within_the_sentence,
)
from regkg.extract.headline_dates import (
    date_lead_steps_by_the_headline_day,
    date_steps_restated_after_the_lead,
    unread_lead_day,
)
from regkg.extract.lead_in_days import date_steps_after_a_lead_in
from regkg.extract.live_blog_days import date_live_blog_entries
from regkg.extract.move_days import date_steps_by_the_move_told_next
from regkg.extract.next_siblings import date_siblings_in_the_next_sentence
from regkg.extract.other_events import undate_other_events
from regkg.extract.present_states import undate_present_states
from regkg.extract.releases import (
    date_announced_steps,
    date_proceedings_at_their_place,
    date_sibling_decisions,
)
from regkg.extract.reporting_verbs import REPORTING_WORDS
from regkg.extract.running_probes import date_running_probes
from regkg.extract.same_day_as import date_steps_on_the_same_day_as
from regkg.extract.same_decision_days import (
    decision_just_before_day,
    earlier_steps_of_the_document,
    same_document,
)
from regkg.extract.sentence_views import redate_in_turn
from regkg.extract.slots import Dateline
from regkg.extract.step_dates import date_from_restatements
from regkg.extract.summarised_steps import date_summarised_steps
from regkg.extract.that_month import date_steps_told_that_month
from regkg.extract.wire_datelines import redate_under_a_wire_dateline
from regkg.models import DECISION_TYPES, Action, DateValue

# A sentence that goes on about a decision already dated: "In the same decision, ...", "The
# decision also orders ...", "Dans la même décision, la CNPD enjoint ...".
_SAME_DECISION = re.compile(
    r"\s*(?:(?:in|under)\s+the\s+same\s+(?:decision|ruling|order|document)\b|the\s+(?:decision"
    r"|ruling)\s+(?:also|further)\b|dans\s+(?:la\s+même\s+décision|le\s+même\s+(?:arrêté"
    r"|document))\b|(?:la|cette)"
    r"\s+(?:même\s+)?décision\s+\w+\s+(?:également|aussi)\b|(?:la|cette)\s+même\s+(?:décision|"
    r"délibération|sanction)\b"  # "La même décision l'obligeait à ..." (session 18)
    # "Besides the fine, the watchdog ordered ...", "Outre l'amende, l'AGCM impose ...": a
    # corrective order of the decision that imposed the fine.
    r"|(?:besides|in\s+addition\s+to|alongside|as\s+well\s+as)\s+the\s+(?:fines?|penalty"
    r"|penalties|payment|settlement)\b|(?:outre|en\s+plus\s+(?:de|des)|en\s+complément\s+(?:de"
    r"|des))\s+(?:l['’]amende|la\s+sanction|les\s+amendes|les\s+sanctions|amendes|sanctions"
    r"|le\s+paiement|la\s+transaction)\b)",
    re.IGNORECASE)


# A sentence that dates its step by the one just reported: "Dans le même temps, l'exécutif
# européen a adressé des conclusions préliminaires à Apple", "On the same day, the Commission
# also sent ...". Not "Meanwhile" or "Parallèlement": in news they change the subject, not the day.
_SAME_DAY = re.compile(
    r"\s*(?:(?:and|et)\s+)?(?:dans\s+le\s+même\s+temps|au\s+même\s+moment|le\s+même\s+jour"
    r"|ce\s+même\s+jour|le\s+jour\s+même|simultanément|at\s+the\s+same\s+time|on\s+the\s+same"
    r"\s+day|the\s+same\s+day|that\s+same\s+day|simultaneously)\b", re.IGNORECASE)

# The same, anywhere in a sentence that gives no date of its own: "The Commission also sent
# TikTok a request on the same day", "Ce jour-là, elle a aussi adressé ...".
_THAT_DAY = re.compile(
    r"\b(?:the\s+same\s+day|that\s+(?:same\s+)?day|ce\s+(?:même\s+)?jour[-‑–]\s*là"
    r"|le\s+même\s+jour|le\s+jour\s+même|ce\s+même\s+jour|within\s+hours|hours\s+later"
    r"|quelques\s+heures\s+plus\s+tard|dans\s+les\s+heures\s+qui\s+ont\s+suivi"
    # a later hour of the day just told (D10): "Later in the day", "That evening", "Le soir même"
    r"|later\s+(?:in\s+the|that)\s+day|(?:later\s+)?that\s+(?:evening|night|afternoon)"
    r"|the\s+same\s+(?:evening|afternoon)|plus\s+tard\s+dans\s+la\s+(?:journée|soirée)"
    r"|le\s+(?:soir|matin)\s+même|ce\s+soir[-‑–]\s*là|dans\s+la\s+soirée)(?!\w)"
    r"(?!\s+(?:as|que|of|de|du)\b)", re.IGNORECASE)

_HEADLINE_NEWS = DECISION_TYPES | {"lawsuit"}
# A headline opening a probe tells the day's step: "Commission opens formal proceedings against
# Temu", "La CNIL ouvre une enquête", "Ofcom launches investigation into 4chan".
_HEADLINE_OPENING = re.compile(r"\b(?:opens|launches|starts|ouvre|lance|engage)\b",
                               re.IGNORECASE)
# A headline accepting commitments or sending a request tells the day's step too: "La Commission
# rend contraignants les engagements d'AliExpress", "Commission accepts TikTok's commitments",
# "Ofcom sends 4chan a legally binding request".
_HEADLINE_TAKING = frozenset({"commitment", "request_for_information"})
_HEADLINE_TAKES = re.compile(r"\b(?:accepts|makes|sends|asks|accepte|rend|adresse|envoie"
                             r"|demande)\b", re.IGNORECASE)


def date_from_context(actions: list[Action], views: list[SentenceView],
                      dateline: Dateline | None) -> list[Action]:
    """Undated steps the text dates elsewhere: a headline's step takes the date its lead gives
    (the headline announces what the lead reports: "Commission fines Apple" over "BRUSSELS, 23
    April 2025 — ..."), a decision or a lawsuit only ("Ofcom fines 4chan for failing to comply
    with information requests": the requests came earlier); "In the same decision, the CNIL orders
    ..." takes the date of the actor's decision just reported, or else of the lead; "Dans le
    même temps, ..." the day of the actor's step just reported. Then the policies of
    `releases`: the steps a release's lead announces, sibling decisions; last those of
    `step_dates`: a day given once for a step dates its other statements."""
    actions = date_targets_by_their_coordinated_clause(
        date_each_target_by_its_own_date(actions, views), views)
    actions = undate_other_events(undate_present_states(actions, views), views)
    actions = date_steps_named_before_a_colon(actions, views)
    actions = date_steps_announced_on_a_day(date_announced_steps(actions, views, dateline), views)
    dated = date_lead_steps_by_the_headline_day(date_steps_restated_after_the_lead(
        _date_from_headline_and_neighbours(actions, views, dateline), views, dateline), views)
    dated = date_steps_by_the_move_told_next(date_steps_also_taken(dated, views), views)
    dated = date_steps_told_that_month(date_steps_also_announced(dated, views, dateline), views)
    dated = date_steps_after_a_lead_in(date_summarised_steps(dated, views, dateline), views)
    dated = date_steps_on_the_same_day_as(date_steps_a_case_goes_back_to(dated, views), views)
    dated = date_proceedings_at_their_place(date_sibling_decisions(dated, views), views)
    dated = date_measures_of_a_dated_decision(
        date_decisions_by_their_adoption_told_next(dated, views), views)
    dated = date_steps_counted_within_the_sentence(date_steps_a_few_days_apart(dated, views),
                                                   views)
    dated = date_siblings_in_the_next_sentence(
        date_blocks_decided_since(date_running_probes(dated, views), views), views)
    dated = date_measures_also_undergone(date_live_blog_entries(dated, views), views)
    dated = redate_under_a_wire_dateline(date_from_restatements(dated, views), views, dateline)
    dated = date_sanctions_by_the_day_told_later(date_steps_confirmed_on_a_day(
        _date_measures_of_the_same_decision(dated, views, dateline), views), views)
    return date_deadlines_by_their_decision(dated, views)


def _date_measures_of_the_same_decision(actions: list[Action], views: list[SentenceView],
                                        dateline: Dateline | None) -> list[Action]:
    """"Outre l'amende, l'autorité a enjoint à Google ...", once more at the end: the fine it
    refers to may take its day from a later rule than the first pass's."""
    def date_one(action: Action, view: SentenceView, dated: list[Action]) -> Action:
        if action.date is None and action.actor is not None and _SAME_DECISION.match(view.text):
            return replace(action, date=_same_decision_day(action, view, views, dateline, dated))
        if (action.date is None and action.actor is not None
                and action.type == "investigation" and _ALSO.match(view.text)):
            # last: the decision's day may come from its adoption, told after the announcement
            return replace(action, date=_last_decision_day(dated, action, view, views))
        return action
    return redate_in_turn(actions, views, date_one)


def _date_from_headline_and_neighbours(actions: list[Action], views: list[SentenceView],
                                       dateline: Dateline | None) -> list[Action]:
    """The first rules of `date_from_context`: a decision told beside its day, a headline's
    step, "In the same decision", "Dans le même temps"."""
    decided = decision_dates(views)

    def date_one(action: Action, view: SentenceView, dated: list[Action]) -> Action:
        if action.date is not None:
            return action
        told = {decided.get(i) for i in (view.index - 1, view.index, view.index + 1)} - {None}
        if action.type in DECISION_TYPES and len(told) == 1 and not view.headline:
            return replace(action, date=told.pop())
        if view.headline and (action.type in _HEADLINE_NEWS or (
                action.type == "investigation" and _HEADLINE_OPENING.search(view.text)) or (
                action.type in _HEADLINE_TAKING and _HEADLINE_TAKES.search(view.text))):
            return replace(action, date=_lead_date(
                views, dateline, actions, action.actor, _kin_types(action))
                or _lead_today(views, dateline, action.actor)
                or unread_lead_day(action, views, actions, dateline))
        if _SAME_DECISION.match(view.text) and action.actor is not None:
            return replace(action, date=_same_decision_day(action, view, views, dateline, dated))
        if action.actor is not None and action.type in DECISION_TYPES and _ALSO.match(view.text):
            return replace(action, date=_last_decision_day(dated, action, view, views))
        if action.actor is not None and (_SAME_DAY.match(view.text) or (
                _THAT_DAY.search(view.text) and not _dates_outside_asides(view))):
            named = bool(_THAT_DAY.search(view.text))
            day = _same_day(dated, action, named)
            return replace(action, date=day or (_last_told_day(view, views) if named else None))
        return action
    return redate_in_turn(actions, views, date_one)


# "It also directed WhatsApp not to share ...", "Elle a également enjoint à Google ...", "The
# regulator further ordered ...": one more measure of the decision just told.
_ALSO = re.compile(
    r"\s*(?:it|she|he|they|elle|il|the\s+(?:regulator|watchdog|authority|commission|agency"
    r"|tribunal|court)|le\s+(?:régulateur|gendarme)|l['’](?:autorité|institution))\s+"
    r"(?:has\s+|have\s+|a\s+|ont\s+)?"
    # the verb may come first: "L'Autorité enjoint également à Google de ...", "Elle a ordonné
    # aussi ..."
    r"(?:[^\W\d_]{3,}\s+)?(?:also|further|additionally|également|aussi|en\s+outre)"
    r"\s+\w+", re.IGNORECASE)
_ALSO_WITHIN = 3  # sentences back to the decision
# Sentences back to the day "the same day" names: the last day told, past a quote and a
# question heading that tell none ("On 6 September 2023, the Commission designated ... "
# quote ... "Were any left out?" ... "On the same day the Commission opened ...").
_SAME_DAY_WITHIN = 6


# A relative clause closed by a comma tells of something else: "Twitter, which the regulator
# had begun slowing down in late February, was cut off the same day".
_RELATIVE_ASIDE = re.compile(r",\s(?:which|who|whose|qui|dont|que)\b[^,;]*,", re.IGNORECASE)


def _dates_outside_asides(view: SentenceView) -> bool:
    """The sentence gives a date of its own, outside its relative asides."""
    asides = [m.span() for m in _RELATIVE_ASIDE.finditer(view.text)]
    return any(d.value is not None and not any(a <= d.start < b for a, b in asides)
               for d in view.dates)


def _last_decision_day(dated: list[Action], action: Action, view: SentenceView,
                       views: list[SentenceView]) -> DateValue | None:
    """The date of the actor's decision told last before, within three sentences (a probe's
    findings told in between do not count): "fined TikTok in 2022. It also ordered ..." is
    2022. A fine told within reach is the decision the measure joins, not a background step
    told after it ("sanctionne Google ... dont le compte avait été suspendu en 2015. L'Autorité
    enjoint également à Google ...")."""
    starts = {v.sentence.start: v.index for v in views}
    earlier = [a for a in dated if a.actor == action.actor and a.type in DECISION_TYPES
               and a.evidence.start < action.evidence.start
               and view.index - starts.get(a.evidence.start, -_ALSO_WITHIN - 1) <= _ALSO_WITHIN]
    if not earlier or own_days(view):  # not a day of another event ("en vigueur depuis 2019")
        return None
    if action.type not in DECISION_TYPES:
        # a probe of the same company opened with the decision: "Le régulateur a également
        # ouvert une nouvelle instruction" after the fine on Luka
        earlier = [a for a in earlier if set(a.targets) & set(action.targets)]
    fines = [a for a in earlier if a.type in ("fine", "sanction")
             and (not action.targets or set(a.targets) & set(action.targets))]
    return (fines or earlier)[-1].date if earlier else None


def _kin_types(action: Action) -> frozenset[str]:
    """The types of the lead's step a headline's step may be: "Ofcom fines 4chan" over "Ofcom
    opened an investigation into 4chan on 10 June 2024. It has since fined ..." is not the
    probe's day."""
    return DECISION_TYPES if action.type in DECISION_TYPES else frozenset({action.type})


# Words that tell a fine ("Meta was slapped with a record fine ... on Monday") or a decision:
# "Besides the fine" looks back for the first, "In the same decision" for the second.
_FINE_WORDS = re.compile(r"\b(?:fined?|penalty|penalties|amendes?|sanctions?|sanctionnée?s?)\b",
                         re.IGNORECASE)
_DECISION_WORDS = re.compile(r"\b(?:decision|ruling|décision|délibération)\b", re.IGNORECASE)
_TOLD_WITHIN = 6  # sentences back


def _decision_told_before(views: list[SentenceView], view: SentenceView, action: Action,
                          earlier_steps: list[Action]) -> DateValue | None:
    """"Besides the fine, the watchdog ordered ..." when no fine was found as a step (its
    actor named only later): the day of the nearest earlier sentence that tells a decision on
    the same company, when it gives exactly one day. A decision found undated keeps its
    measures undated ("said on Tuesday it had fined": convention of test_dates_restatements)."""
    if any(a.type in DECISION_TYPES and set(a.targets) & set(action.targets)
           for a in earlier_steps if a.evidence.start < action.evidence.start):
        return None
    words = _FINE_WORDS if _FINE_WORDS.search(view.text, 0, 60) else _DECISION_WORDS
    for earlier in reversed(views[max(0, view.index - _TOLD_WITHIN):view.index]):
        names = {m.key for m in earlier.mentions}
        if earlier.headline or not (set(action.targets) & names and words.search(earlier.text)):
            continue
        # every date of the sentence: "The Tribunal on Friday dismissed Meta's appeal against
        # the penalty slammed on it in July last year" tells the fine's month, not Friday
        days = {d.value for d in earlier.dates if d.value is not None and d.qualifier is None}
        day = days.pop() if len(days) == 1 else None
        return day if day is not None and day.precision == "day" else None
    return None


# A lead that reports another's words dates the report, not the step.
_REPORTS = re.compile(rf"\b(?:{REPORTING_WORDS})\b", re.IGNORECASE)


def _same_decision_day(action: Action, view: SentenceView, views: list[SentenceView],
                       dateline: Dateline | None, dated: list[Action]) -> DateValue | None:
    """"In the same decision", "Besides the fine": the day of the actor's decision on the same
    company told before (not the fine the same regulator levied on another company in 2021),
    else of the lead, else of the sentence that tells the fine."""
    earlier = [a for a in dated if a.actor == action.actor and a.date is not None
               and a.type in DECISION_TYPES and a.evidence.start < action.evidence.start
               and (not action.targets or set(a.targets) & set(action.targets))]
    if same_document(view):
        earlier = earlier or earlier_steps_of_the_document(dated, action)
    just_before = decision_just_before_day(views, view, action)
    if just_before is not None and not (earlier and earlier[-1].date == just_before):
        return just_before  # the decision the sentence before tells on its own date
    if earlier:
        return earlier[-1].date
    return (_lead_date(views, dateline, dated, action.actor, DECISION_TYPES)
            or _decision_told_before(views, view, action, dated)
            or _decision_just_told(views[view.index - 1] if view.index else None, action, dated))


def _decision_just_told(before: SentenceView | None, action: Action,
                        dated: list[Action]) -> DateValue | None:
    """"In an order issued on Monday, the watchdog also directed WhatsApp ... In the same order,
    the commission told Meta ...": the day of the actor's decisions in the sentence right
    before, when they have one day, whatever company they are aimed at."""
    if before is None or before.headline:
        return None
    days = {a.date for a in dated if a.actor == action.actor and a.type in DECISION_TYPES
            and a.evidence.start == before.sentence.start}
    return days.pop() if len(days) == 1 else None


def _lead_today(views: list[SentenceView], dateline: Dateline | None,
                actor: str | None) -> DateValue | None:
    """A headline's step when the lead sentence tells the same authority acting "today" ("The
    Commission today took action against Temu", "La CNIL agit aujourd'hui") or under the
    release's dateline ("Paris, le 12 mars 2025 – La CNIL agit face à ..."): that day, unless
    the lead reports another's words or tells another day."""
    body = [v for v in views if not v.headline
            and not (dateline and dateline.alone and v.index == dateline.index)]
    if not body or actor is None:
        return None
    lead = body[0]
    if _REPORTS.search(lead.text) or not any(m.key == actor for m in lead.mentions):
        return None
    today = {d.value for d in lead.dates if d.value is not None and d.value.precision == "day"
             and RELATIVE_DAYS.get(normalise(d.text)) == 0}
    if dateline is not None and (dateline.index == lead.index or dateline.alone):
        day = DateValue(dateline.day, "day")  # the release's day, if the lead tells no other
        return day if all(d.value == day for d in lead.dates) and today <= {day} else None
    return today.pop() if len(today) == 1 else None


def _same_day(earlier: list[Action], action: Action, day_named: bool) -> DateValue | None:
    """The day of the actor's step reported last before this one with a day ("the same day"
    needs one: a step of December 2023 told in between is background), else, when the words
    name a day, of any authority's ("Roskomnadzor said on Friday ... The Prosecutor General's
    Office asked a court the same day"; not "Dans le même temps, l'Arcom ...")."""
    before = [a for a in earlier if a.date is not None and a.date.precision == "day"
              and a.evidence.start < action.evidence.start]
    own = [a.date for a in before if a.actor == action.actor]
    if own:
        return own[-1]
    return before[-1].date if before and day_named else None


def _last_told_day(view: SentenceView, views: list[SentenceView]) -> DateValue | None:
    """"Attorneys general sued Meta on Tuesday ... Nine others brought suits the same day" when
    the step of that day was not found: the one day of the nearest earlier sentence that gives
    a day, within three, up to the text's day."""
    for earlier in reversed(views[max(0, view.index - _SAME_DAY_WITHIN):view.index]):
        days = {d.value for d in earlier.dates if d.value is not None
                and d.value.precision == "day" and d.qualifier is None
                and (earlier.published is None or d.value.value <= earlier.published)}
        if earlier.headline or not days:
            continue
        return days.pop() if len(days) == 1 else None
    return None


def _lead_date(views: list[SentenceView], dateline: Dateline | None, actions: list[Action],
               actor: str | None, types: frozenset[str] | None = None) -> DateValue | None:
    """The date the lead sentence that names the actor opens with ("Le 1er septembre 2025, la
    CNIL a ..."; not "On 3 March, Meta announced changes"), else the
    date of the actor's dated step in the lead ("BRUSSELS, 23 April 2025 — The Commission today
    found ..."). Never the bare dateline: "ROME, Dec 20 — the authority said on Friday it had
    fined OpenAI" does not say when it fined."""
    body = [v for v in views if not v.headline
            and not (dateline and dateline.alone and v.index == dateline.index)]
    if not body:
        return None
    lead = body[0]
    opening = lead.dates[0] if lead.dates else None
    names_actor = any(m.key == actor for m in lead.mentions)
    if (names_actor and opening is not None and opening.start <= 3 and opening.value is not None
            and opening.value.precision == "day" and not opening.relative
            and opening.qualifier is None):
        return opening.value
    stated = [a.date for a in actions if a.evidence.start == lead.sentence.start
              and a.actor == actor and actor is not None and a.date is not None
              and (types is None or a.type in types)]
    return stated[0] if stated else None
