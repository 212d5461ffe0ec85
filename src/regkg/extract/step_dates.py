"""Dates a step takes from another statement of the same step. Layer 1.

Guideline 5 splits one decision into one action per (actor, target, date) and guideline 6 dates
an action by when the authority acted. A text often gives that day once and then speaks of the
step again without it, or gives it in a later sentence that only refers to the step. Six
policies, each from the way releases and news reports are worded, run after the policies of
`action_dates` and `releases`:

1. Siblings in one sentence. "La formation restreinte a infligé le 31 décembre 2021 une amende
   de 150 millions d'euros à Google, ainsi qu'une amende de 60 millions d'euros à Facebook";
   "Meta was fined ... on Monday and given five months to stop ...": one decision told in one
   sentence, so a step the clause rules left undated takes the day its sibling has: the same
   authority, the same kind of step (or two measures of one decision on the same company);
   not in a sentence with a clause that may tell an older step ("The CNIL, which fined Google
   on 3 May 2023, has fined Meta"). A sentence that opens with its only date ("In March last
   year, the regulator briefly banned ChatGPT, ordering OpenAI to stop ...") dates every step
   of the authority its dated step has.
2. A step referred to with its day. "The European Commission has fined Apple €1.8 billion.
   The fine, imposed on 4 March, follows ..."; "Cette sanction, prononcée le 14 mai, ...";
   "The agency filed its lawsuit on Monday"; "Today's decision", "l'amende du 14 mai": a
   definite noun for the step with a participle (or a verb) of acting and a day, or with its
   day as owner or complement, dates the latest such step told before it, when that one is
   undated (for a probe, not findings: "The proceedings, opened on 14 March" says nothing of
   the findings' day). Not "announced": the day of the announcement is not when the authority
   acted. 2b (`pronoun_days`): a step sent "it" on a day, "qui l'a notifiée vendredi à X".
3. A measure of a dated decision. "La Commission a infligé mercredi 23 avril une amende à Apple
   et à Meta [...] Les deux groupes ont soixante jours pour se mettre en conformité": an
   undated order, or a warning with its penalty ("Each day of non-compliance will cost the
   company 50,000 reais"; "une astreinte de 100 000 euros par jour de retard"), told without
   any date, by the authority whose latest step, a few sentences before, was a decision dated
   to the day on the same companies, within a fortnight before the text's day, is part of
   that decision. Never a step told as background or as new ("has now ordered", "again"), nor
   a warning without its penalty ("The ministry warned that the platform could lose ..." is a
   step of its own that says nothing of its day). 3b (`told_steps`): steps told before they
   are named, "Today, the Commission adopted two decisions under the DMA. Apple has been
   fined ...".
4. A day counted from the one before. "Le réseau social n'est plus accessible depuis samedi
   matin. La veille, le juge avait ordonné la suspension de la plateforme": "la veille", "the
   day before", "le lendemain", "the next day" count from the one day the sentence before
   gives; with none, or several, nothing (`neighbour_days`).
5. Restatements. "Ofcom fined 4chan £20,000 on Monday [...] Ofcom has fined 4chan £20,000 for
   ...": an undated step restating one told earlier with its day (same type, authority,
   companies, and amount if both give one) takes that day; not when it is told as background,
   as new or as one more ("has also opened proceedings against Meta" is another proceeding),
   nor for a probe: its opening, extension and findings are steps of one type.
6. Repeats. A step dated by the policies above may now equal a step already found (same type,
   authority, companies, day): one decision, so one action, the better supported one.

A wrong date is worse than none: every policy needs exactly one candidate day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.clause_dates import reported_date
from regkg.extract.dated_repeats import merge_dated_repeats
from regkg.extract.dates import within_a_fortnight
from regkg.extract.followed_by import date_steps_that_followed
from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.neighbour_days import date_from_the_day_before
from regkg.extract.opening_dates import date_steps_under_opening_day, opening_day
from regkg.extract.prefilter import GatedPattern
from regkg.extract.pronoun_days import date_steps_sent_on_a_day
from regkg.extract.quoted_dates import within_quotation
from regkg.extract.quoted_today import date_steps_quoted_as_today
from regkg.extract.referring_days import APPOSED, GAP, date_the_restated_step, opens_definite
from regkg.extract.sentence_views import actions_by_sentence, redate, redate_in_turn
from regkg.extract.told_so_far import DaysTold, ToldSoFar
from regkg.extract.told_steps import date_steps_told_before
from regkg.models import DECISION_TYPES, TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_LOOK_BACK = 4  # sentences: a referring or continuing sentence follows its step closely

# A step told as background, or as a new step after an older one.
_NOT_THE_SAME = re.compile(
    r"\b(?:had|already|previously|earlier|formerly|again|now|since|in\s+the\s+past|later"
    r"|subsequently|afterwards|thereafter|plus\s+tard|par\s+la\s+suite"
    r"|avait|avaient|déjà|précédemment|auparavant|à\s+nouveau|de\s+nouveau|désormais"
    r"|maintenant|depuis|dans\s+le\s+passé)\b", re.IGNORECASE)


def date_from_restatements(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Policies 1 to 6 of the module, in order (actions in text order)."""
    by_start = {v.sentence.start: v for v in views}
    actions = date_steps_that_followed(actions, views)  # "followed on 2 May by a fine"
    actions = date_steps_under_opening_day(_date_siblings(actions, views), by_start)
    actions = _date_referred_steps(actions, views, by_start)
    actions = date_steps_sent_on_a_day(actions, by_start)
    # before the measures: "Outre l'amende" follows a fine dated by the decisions' gist
    actions = date_steps_told_before(actions, views, by_start)
    actions = _date_decision_measures(actions, views)
    actions = date_from_the_day_before(actions, views)
    actions = _date_restated_steps(date_steps_quoted_as_today(actions, views), views)
    return merge_dated_repeats(actions)


def _same_kind(one: Action, other: Action) -> bool:
    return one.type == other.type or (
        one.type in DECISION_TYPES and other.type in DECISION_TYPES
        and bool(set(one.targets) & set(other.targets)))


# A clause that may tell another, older step beside the sentence's own: "The CNIL, which fined
# Google on 3 May 2023, has fined Meta", "after fining Google on 3 May". Not "Après avoir
# constaté que ...": the findings that open a CNIL decision.
_OTHER_CLAUSE = re.compile(
    r",\s*(?:which|who|qui|lequel|laquelle|dont)\b|\b(?:after|following|before|than|avant"
    r"|suite\s+à|après(?!\s+avoir\s+(?:constaté|relevé|examiné|analysé)))\b", re.IGNORECASE)


def _date_siblings(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    by_sentence = actions_by_sentence(actions)

    def date_one(action: Action, view: SentenceView) -> Action:
        if (action.date is None and action.actor is not None and action.status in TAKEN_STATUSES
                and not view.headline):
            opening = opening_day(view)
            days = {a.date for a in by_sentence[action.evidence.start]
                    if a.date is not None and a.actor == action.actor
                    and a.status in TAKEN_STATUSES
                    and (a.date == opening or _same_kind(a, action))}
            if len(days) == 1 and (days == {opening} or not (
                    _NOT_THE_SAME.search(view.text) or _OTHER_CLAUSE.search(view.text))):
                return replace(action, date=days.pop())
        return action
    return redate(actions, views, date_one)


# The kinds of step a definite noun refers to. Not "plainte": in French it is mostly a
# complaint to the regulator, not the authority's suit.
_STEP_NOUNS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"fine", "sanction"}),
     r"fines?|penalty|penalties|amendes?|sanctions?(?:\s+pécuniaires?)?"),
    (frozenset({"investigation"}),
     r"investigations?|inquir(?:y|ies)|probes?|proceedings|enquêtes?|procédures?"),
    (frozenset({"order"}), r"orders?|injunctions?|mises?\s+en\s+demeure|injonctions?"),
    (frozenset({"lawsuit"}), r"lawsuits?|suits?|complaints?|poursuites|assignations?"),
    (frozenset({"request_for_information"}),
     r"requests?\s+for\s+information|information\s+requests?|demandes?\s+d['’]informations?"),
    # not "ruling": a court's, mostly on the target's appeal ("Speaking after Friday's ruling"
    # by the tribunal that upheld the commission's order of last July)
    (DECISION_TYPES, r"decisions?|measures?|décisions?|délibérations?|mesures?"),
    # "eSafety has issued X Corp with an infringement notice [...] The notice was issued on
    # Thursday": a notice is a fine, an order, a warning, a request or a notice of intent
    (DECISION_TYPES | {"request_for_information", "investigation"}, r"notices?"),
)
# Participles of acting, not of announcing: "imposed on 4 March", "prononcée le 14 mai".
_ACTED = (r"imposed|issued|opened|launched|adopted|handed\s+down|taken|filed|brought|sent|served"
          r"|levied|initiated|started|begun|delivered|notified|dated"
          r"|prononcée?s?|infligée?s?|ouverte?s?|lancée?s?|adoptée?s?|rendue?s?|notifiée?s?"
          r"|engagée?s?|déposée?s?|introduite?s?|adressée?s?|datée?s?|prise?s?|délivrée?s?")
_DETERMINER = r"(?:the|this|that|these|those|its|their|le|la|les|l['’]|ce|cet|cette|ces|sa|son|ses)"


# Findings are a later step of the proceedings an opening day is given for.
_FINDINGS = re.compile(
    r"\b(?:findings|found|concluded|conclusions?|preliminary|objections|constaté|constate|conclu"
    r"|préliminaires?|griefs)\b", re.IGNORECASE)


# The same acts in the active voice: "The agency filed its lawsuit on Monday", "La CNIL a
# prononcé cette sanction lundi".
_ACTING = (r"imposed|issued|opened|launched|adopted|handed\s+down|took|filed|brought|sent|served"
           r"|levied|initiated|started|began|delivered|notified"
           r"|a\s+(?:prononcé|infligé|ouvert|lancé|adopté|rendu|notifié|engagé|déposé|introduit"
           r"|adressé|pris|délivré)")


def _referring(nouns: str) -> re.Pattern[str]:
    """"The fine, imposed on 4 March", "The agency filed its lawsuit on Monday": the words
    between the step's noun (or verb) and the day are the group `gap`."""
    return re.compile(
        rf"\b(?:{_DETERMINER}\s*(?:[\w-]+\s+){{0,2}}?(?:{nouns}){APPOSED}\s*,?\s*(?:which\s+was\s+"
        rf"|was\s+|qui\s+(?:a|ont)\s+été\s+|a\s+été\s+)?(?:{_ACTED})"
        rf"|(?:{_ACTING})\s+{_DETERMINER}\s*(?:[\w-]+\s+){{0,2}}?(?:{nouns}))"
        rf"\b(?P<gap>{GAP})",
        re.IGNORECASE)


def _owning(nouns: str) -> re.Pattern[str]:
    """"Today's decision", "Monday's fine", "la décision de ce jour", "l'amende du 14 mai": the
    day is the group `day`, right before or after the noun."""
    return re.compile(
        rf"\b(?:(?P<day>[\w-]+)['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b"
        rf"|{_DETERMINER}\s*(?:{nouns})\s+(?:de|d['’]|du)\s*(?P<jour>[^.;:(),]{{1,25}}))",
        re.IGNORECASE)


# Prefiltered: each needs its nouns or verbs, and most sentences with a day have none.
_REFERRING = tuple((kinds, GatedPattern(_referring(nouns))) for kinds, nouns in _STEP_NOUNS)
_OWNING = tuple((kinds, GatedPattern(_owning(nouns))) for kinds, nouns in _STEP_NOUNS)


Referred = tuple[frozenset[str], DateValue, frozenset[str]]


def _referred_day(view: SentenceView) -> Referred | None:
    """The kind of step a sentence refers to with its day, that day, and the companies named
    right with it ("Monday's fine on Google"), when the sentence gives one such day; with no
    day of acting, the day the step was announced or made public ("The fine, announced on
    Monday", "la décision, rendue publique lundi"): the authority's announcement dates its
    step as a release's dateline does (guideline 6, announced_dates)."""
    found = _found_days(view, (*_REFERRING, *_OWNING), acting=True)
    if not found and len({d.value for d in view.dates}) == 1:  # not "rendue publique lundi,
        found = _found_days(view, _ANNOUNCED_REFERRING, acting=False)  # prononcée le 14 mai"
    if len(found) != 1:
        return None
    (kinds, day), named = found.popitem()
    return kinds, day, frozenset(named)


_ANNOUNCED = (r"announced|made\s+public|published|annoncée?s?|rendue?s?\s+publiques?"
              r"|publiée?s?")
# The same in the active voice: "The regulator announced the penalty on Thursday", "La CNIL a
# rendu publique sa décision jeudi".
_ANNOUNCING = (r"announced|unveiled|made\s+public|published|a\s+(?:annoncé|dévoilé|publié"
               r"|rendu\s+publiques?)")
_ANNOUNCED_REFERRING = tuple(
    (kinds, GatedPattern(re.compile(
        rf"\b(?:{_DETERMINER}\s*(?:[\w-]+\s+){{0,2}}?(?:{nouns}){APPOSED}"
        rf"\s*,?\s*(?:which\s+was\s+|was\s+|qui\s+a\s+été\s+|a\s+été\s+)?(?:{_ANNOUNCED})"
        rf"|(?:{_ANNOUNCING})\s+{_DETERMINER}\s*(?:[\w-]+\s+){{0,2}}?(?:{nouns}))\b"
        rf"(?P<gap>{GAP})", re.IGNORECASE)))
    for kinds, nouns in _STEP_NOUNS)


def _found_days(view: SentenceView, patterns: tuple[tuple[frozenset[str], GatedPattern], ...],
                acting: bool) -> dict[tuple[frozenset[str], DateValue], set[str]]:
    found: dict[tuple[frozenset[str], DateValue], set[str]] = {}
    if not any(d.value is not None and d.qualifier is None for d in view.dates):
        return found  # no day to find: spare the patterns' scan (most sentences)
    for kinds, pattern in patterns:
        for match in pattern.finditer(view.text):
            group = "gap" if "gap" in match.re.groupindex else (
                "day" if match["day"] else "jour")
            low, high = match.span(group)
            days = [d.value for d in view.dates if d.value is not None and d.qualifier is None
                    # "rendue publique lundi" is no day of acting
                    and not (acting and reported_date(view.text, d.start))
                    and not (d.relative and within_quotation(view.text, d.start))
                    and (low <= d.start < high if group == "gap" else d.start == low)]
            if days:
                named = found.setdefault((kinds, days[0]), set())
                named.update(m.key for m in view.mentions if _is_company(m.key)
                             and match.start() <= m.start < match.end() + _NEAR)
    return found


_NEAR = 30  # characters after a reference that may still name its company


def _is_company(key: str) -> bool:
    return kind_of(key) in TARGET_KINDS


def _date_referred_steps(actions: list[Action], views: list[SentenceView],
                         by_start: dict[int, SentenceView]) -> list[Action]:
    dated = list(actions)
    told = ToldSoFar(actions, views)  # the pass changes dates only
    for view in views:
        if view.headline:
            continue
        referred = _referred_day(view)
        if referred is None:
            continue
        kinds, day, named = referred
        authorities = {m.key for m in view.mentions if m.key.startswith("authority/")}
        earlier = [i for i in told.positions_within(view.index - _LOOK_BACK, view.index)
                   if dated[i].type in kinds]
        if not earlier:
            continue
        latest = dated[earlier[-1]].evidence.start
        if any(dated[i].date == day for i in earlier if dated[i].evidence.start == latest):
            # the words explain the day of a step already dated with it: when that step is
            # read in the referring sentence itself, the step it restates takes the day too
            if latest == view.sentence.start and opens_definite(view.text):
                dated = date_the_restated_step(dated, earlier, latest, day, by_start)
            continue
        for i in earlier:
            step = dated[i]
            if (step.evidence.start == latest and step.date is None
                    and step.status in TAKEN_STATUSES
                    and (not authorities or step.actor in authorities)
                    and (not named or bool(named & set(step.targets)))
                    and not (step.type == "investigation" and _FINDINGS.search(
                        by_start[latest].text))):
                dated[i] = replace(step, date=day)
    return dated


def _date_decision_measures(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    told = ToldSoFar(actions, views)

    def date_one(action: Action, view: SentenceView, dated: list[Action]) -> Action:
        if (action.date is None and _is_measure(action, view) and action.actor is not None
                and action.status in TAKEN_STATUSES and action.targets
                and not view.headline and not view.dates
                and not _NOT_THE_SAME.search(view.text)):
            day = _decision_day(action, view, dated, told)
            if day is not None:
                return replace(action, date=day)
        return action
    return redate_in_turn(actions, views, date_one)


# A penalty per day of delay: the decision's own sanction for not complying with it.
_PERIODIC = re.compile(r"\b(?:(?:each|every|per|a)\s+day|daily|periodic\s+penalt|par\s+jour"
                       r"|astreintes?\b)", re.IGNORECASE)


def _is_measure(action: Action, view: SentenceView | None) -> bool:
    return action.type == "order" or (action.type == "warning" and view is not None
                                       and bool(_PERIODIC.search(view.text)))


def _decision_day(action: Action, view: SentenceView, earlier: list[Action],
                  told: ToldSoFar) -> DateValue | None:
    """The day of the actor's latest step, when it is a decision on the same companies told
    a few sentences before, dated to the day, within a fortnight before the text's day (news
    tells what is new: "has ordered" after a decision of two years ago is a later step)."""
    # past the body's other steps told in between ("La plainte a été déposée le même jour",
    # "It also opened an investigation"): a measure belongs to a decision, not to those
    latest = told.latest_before(earlier, action, lambda a: a.type not in DECISION_TYPES)
    last_view = None if latest is None else told.view_of(latest)
    if latest is None or last_view is None or view.index - last_view.index > _LOOK_BACK:
        return None
    last = [a for a in told.in_sentence(earlier, latest.evidence.start)
            if a.actor == action.actor]
    covered = {t for a in last for t in a.targets}
    days = {a.date for a in last}
    # Two decisions on these companies a few sentences back, on two days: which one it is
    # part of, the text does not say.
    near = {a.date for a in told.within(earlier, view.index - _LOOK_BACK, view.index)
            if a.actor == action.actor and a.evidence.start < action.evidence.start
            and a.type in DECISION_TYPES and set(a.targets) & covered
            and (seen := told.view_of(a)) is not None and view.index - seen.index <= _LOOK_BACK}
    if (all(a.type in DECISION_TYPES for a in last) and set(action.targets) <= covered
            and len(days) == 1 and len(near) == 1):
        day = days.pop()
        recent = day is not None and within_a_fortnight(day, view.published)
        passed = {a.date for a in earlier if a.actor == action.actor
                  and latest.evidence.start < a.evidence.start < action.evidence.start}
        # a step told in between on another day: the measure may be that step's
        return (day if recent and day is not None and day.precision == "day"
                and passed <= {None, day} else None)
    return None


# A step told as one more of its kind: "has also opened proceedings against Meta" after "On 30
# April the Commission opened proceedings against Meta" is another proceeding.
_ANOTHER = re.compile(
    r"\b(?:also|further|another|new|second|separate|additional|également|aussi|autres?"
    r"|nouvelles?|nouveaux?|nouvel|seconde?|distinctes?|supplémentaires?)\b", re.IGNORECASE)


def _date_restated_steps(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """An undated step that restates one told earlier with its day: the same type, authority
    and companies, the same amount if both give one, not told as background or as new."""
    told = DaysTold()
    return redate_in_turn(actions, views, lambda action, view, dated: _date_restated_step(
        action, view, told.days(dated, action)))


def _date_restated_step(action: Action, view: SentenceView, days: set[DateValue]) -> Action:
    """`days`: those of the steps dated before it, of its type, actor, companies and amount."""
    if (action.date is None and action.actor is not None and action.status in TAKEN_STATUSES
            and action.type != "investigation" and not view.headline
            and not _NOT_THE_SAME.search(view.text) and not _ANOTHER.search(view.text)
            and len(days) == 1):
        return replace(action, date=days.pop())
    return action
