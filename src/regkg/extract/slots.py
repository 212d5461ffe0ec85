"""Filling an action's slots: date, legal basis, amount, deadline. Layer 1.

Date rule: the date must belong to the trigger's clause (between the previous and the next
trigger, and within clause breaks such as "while", "tandis que"). A nominal trigger
("l'enquête ouverte lundi", "preliminary findings from May 2025") takes a date after it only:
a date before it belongs to another verb ("L'Arcom a pris connaissance, ce vendredi, des
conclusions ..."). A verbal trigger takes the nearest date of its clause. A date that bounds
something else ("until", "by", "before") is not when the authority acted. An attached date
that cannot be resolved (no publication date) gives None: never another date instead. With no
date of its own, a step announced in a dateline sentence ("GATINEAU, le 29 février 2024 – ...")
takes the dateline's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regkg.extract.clause_dates import (
    antecedent_decision_date,
    counts_from_another_day,
    ends_previous_clause,
    ends_with_step_noun,
    in_leading_phrase,
    in_prior_step_phrase,
    made_public_date,
    opens_next_clause,
    own_participle_date,
    own_relative_date,
    prior_step_phrase_end,
    reported_date,
    said_date,
    step_appositions,
    subordinate_start,
    when_clause_date,
)
from regkg.extract.conduct_dates import dates_the_conduct, describes_a_party
from regkg.extract.date_bounds import AHEAD
from regkg.extract.dates import (
    DateMention,
    DurationMention,
    find_dates,
    find_durations,
    span_starts,
)
from regkg.extract.fronted_decisions import fronted_decision_date
from regkg.extract.law_dates import dates_a_law
from regkg.extract.linking import Linker, kind_of
from regkg.extract.money import sums_imposed
from regkg.extract.patterns import Patterns
from regkg.extract.power_dates import dates_a_power
from regkg.extract.reporting_verbs import ANNOUNCING, CONFIRMING, REPORTED, REVEALING, TELLING
from regkg.extract.sibling_reach import told_as_later
from regkg.extract.target_passives import fronted_participle_end, fronted_phrase_end
from regkg.models import Article, DateValue, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

# "since" dates a state ("the law, in force since 17 February 2024"), not the step; "ahead": a
# relative date after the text's day (date_bounds.py).
_NOT_WHEN = frozenset({"until", "by", "before", "since", AHEAD})
# A date after these words, in the same phrase, dates another event: "following the request
# of 3 March", "until the exams end on 22 November", "à la suite d'une plainte déposée en mai
# 2018", "au lendemain de la publication d'un rapport lundi", "ahead of a summit on Thursday".
_OTHER_EVENT = re.compile(
    r"\b(?:(?:following|after|having|ayant|in\s+response\s+to|in\s+reply\s+to|prompted\s+by|après"
    r"|ahead\s+of|au\s+lendemain|à\s+la\s+veille"
    r"|(?:à\s+la|faisant)\s+suite\s+(?:de|du|des|à|aux?)|suite\s+(?:à|aux?)"
    r"|en\s+réponse\s+(?:à|aux?))(?!\w)|(?:à\s+la|faisant)\s+suite\s+d['’]"
    # the end of the measure: "block Telegram until the examinations end on November 22",
    # "jusqu'à ce que les examens se terminent le 22 novembre" (guideline 7: a bound)
    r"|(?:until|till|pending|jusqu['’]à\s+ce\s+qu)(?!\w)(?!\s+further\s+notice))", re.I)
# After the trigger, a complement clause reports what was found, not when: "found that Meta
# breached the DMA between March 2023 and June 2024", "a constaté que ... en 2022".
_COMPLEMENT = re.compile(r"\b(?:that|que|qu['’])(?!\w)", re.I)
_NOT_COMPLEMENT = re.compile(
    r"\b(?:ainsi|alors|tandis|bien|parce|afin|avant|après|dès|pour|so|such|now)\s+$", re.I)
# "said on Friday it had fined OpenAI", "a indiqué jeudi avoir infligé": the date is when it
# was said; the step came earlier, on a day the sentence does not give.
_REPORTED = re.compile(
    rf"\b(?:{ANNOUNCING}|{CONFIRMING}|{TELLING}|{REPORTED}|{REVEALING})\b", re.I)
_EARLIER = re.compile(r"\b(?:had|avait|avaient|avoir)\s+(?:(?:already|déjà|also|aussi)\s+)?$",
                      re.I)
# A relative clause up to the next comma or the sentence end: "under the Digital Services
# Act, which entered into force on 16 November 2022", "contre Meta, qui avait été désignée le
# 6 septembre 2023".
_RELATIVE = re.compile(
    r",\s(?:which|who|whose|qui|dont|lequel|laquelle|lesquels|lesquelles)\b[^,;]*", re.I)
# A document or complaint with its own participle and date dates that, not the step: "a report
# published on Friday", "un document remis jeudi", "une plainte collective déposée en mai 2018".
# Not letters or requests: "In a letter sent on 3 March, the Commission asked TikTok ..." is
# the step itself.
_PARTICIPLE = re.compile(
    r"\b(?:complaints?|plaintes?|reports?|rapports?|documents?|filings?|petitions?|pétitions?"
    r"|studies|study|études?|articles?)"
    r"(?:\s+\w+)?\s+(?:published|filed|released|submitted|sent|lodged|received|publiée?s?"
    r"|déposée?s?|remise?s?|envoyée?s?|reçue?s?|transmise?s?|adressée?s?)"
    r"\s+(?:on\s+|le\s+|du\s+|en\s+|in\s+)?$", re.I)
# "une enquête conjointe ..., dont les conclusions avaient été dévoilées le 3 février", "the
# investigation, whose findings were published on 3 February": the findings are the probe's
# step (guideline 4: findings of a probe are `investigation`), dated by that clause.
_FINDINGS_OF = re.compile(r",\s(?:dont\s+les\s+(?:conclusions|constatations|résultats)"
                          r"|whose\s+(?:findings|conclusions|results))\b", re.I)
# An authority's complaint filed in court is its lawsuit: "The FTC, in a complaint filed on
# Tuesday, sued Microsoft"; "following a complaint filed in May 2018" dates someone else's.
_COURT_FILING = re.compile(r"(?:complaints?|filings?|petitions?|pétitions?)\b", re.I)
# A sentence that continues a narrative with a pronoun subject.
_CONTINUES = re.compile(r"(?:we|they|it|nous|ils|elles?|il)\s", re.I)
# ... in the present, a running probe, not one more act on the day told before: "It is also
# examining whether Apple's framework ...", "They are still looking into", "Il examine
# également", "Elle enquête aussi sur" (guideline 6: a state has no day of its own).
_GOES_ON_NOW = re.compile(
    r"(?:we|they|it|she|he)\s+(?:is|are)\s+(?:(?:also|still|now|currently|further)\s+)?\w+ing\b"
    r"|(?:nous|ils|elles?|il)\s+(?:examine|examinent|enquête|enquêtent|étudie|étudient|analyse"
    r"|analysent|se\s+penchen?t?|continue|continuent|poursuit|poursuivent)"
    r"\s+(?:également|aussi|toujours|encore|par\s+ailleurs|en\s+outre)?", re.I)


@dataclass(frozen=True)
class Dateline:
    """A text's dateline: the sentence that holds it, its day, and whether it is a line of its
    own ("4 April 2023"), which then dates the steps the next sentence announces."""

    index: int
    day: dt.date
    alone: bool


@dataclass
class Slots:
    """Article-wide context for slot filling."""

    article: Article
    patterns: Patterns
    laws_by_paragraph: dict[int, list[str]] = field(default_factory=dict)
    article_laws: list[str] = field(default_factory=list)
    views: list[SentenceView] = field(default_factory=list)
    dateline: Dateline | None = None
    # The authority that issued the text when it is an official release (publisher.py).
    writer: str | None = None
    # Where the text names a "... Commission" the reference lacks (bare_commission.py).
    unnamed_commissions: list[int] = field(default_factory=list)
    commissions_outside_eu: bool = False  # commission_context.py


def find_date(view: SentenceView, trig: TriggerMatch, clause: tuple[int, int],
              slots: Slots, own_subject: bool = False) -> DateValue | None:
    """The date of the step `trig` names: its own date in its clause, else the date the
    narrative or the dateline gives (see the module's docstring)."""
    start, end = _clause_bounds(view, trig, clause, slots, own_subject)
    end = prior_step_phrase_end(view.text, trig.start, end)
    candidates = _step_candidates(view, trig, _clause_dates(view, trig, start, end, slots))
    fronted = fronted_decision_date(view.text, view.dates, trig.start)
    if fronted is not None and not [d for d in candidates
                                    if d.start > view.text.rfind(",", 0, trig.start)]:
        # "In a decision taken in August but published in December, the ACM ordered": the
        # decision's day, not the publication's (fronted_decisions)
        return fronted.value
    named = trig.form == "nominal" or ends_with_step_noun(view.text[trig.start:trig.end])
    own = [d for d in candidates if named and own_participle_date(view.text, trig.end, d.start)]
    own = own or [d for d in view.dates if named and d.value is not None
                  and own_relative_date(view.text, trig.end, d.start)]
    if own:
        return own[0].value
    if candidates:
        # A tie goes to the date after a nominal step, its own ("l'ouverture de la procédure, en
        # décembre, avait été précédée d'une demande d'informations adressée en octobre 2023").
        nearest = min(candidates, key=lambda d: (
            _distance(d.start, d.end, trig), trig.form == "nominal" and d.start < trig.start))
        return nearest.value
    told_when = (when_clause_date(view.text, view.dates, trig.start)
                 or antecedent_decision_date(view.text, view.dates, trig.start)
                 or made_public_date(view.text, view.dates, start, end))
    if told_when is not None:
        return told_when.value
    if _reported_earlier(view.text, trig, start):
        return None  # no dateline either: it dates the report
    if (trig.form == "verbal" and _CONTINUES.match(view.text)
            and not counts_from_another_day(view.text)):
        # A release's first-person lead ("4 April 2023" / "We have fined TikTok ...") with no
        # narrative before it is dated by its dateline like any other lead.
        return _narrative_date(view, slots) or _dateline_date(view, trig, slots)
    return None if in_prior_step_phrase(view.text, trig.start) else _dateline_date(view, trig,
                                                                                    slots)


def _step_candidates(view: SentenceView, trig: TriggerMatch,
                     candidates: list[DateMention]) -> list[DateMention]:
    """The clause's dates that may be the step's day."""
    if trig.type == "investigation":
        # "Entre octobre 2022 et août 2023, la DGCCRF a enquêté sur Shein": a probe dates from
        # its period's start; the end (valueless, `date_spans.without_spans`) is no rival
        candidates = [d for d in candidates if d.value is not None]
    else:
        # a period is no day of a decision: "fined Google for cookies it placed between March
        # 2020 and June 2021" tells the conduct's time
        spans = span_starts(view.text, view.dates)
        candidates = [d for d in candidates if d.start not in spans]
    # the day of the saying yields to a day of the step ("At its plenary meeting on 4 November,
    # the PIPC fined Meta ..., it said on Tuesday")
    return [d for d in candidates if not said_date(view.text, d.start)] or candidates

def _clause_bounds(view: SentenceView, trig: TriggerMatch, clause: tuple[int, int],
                   slots: Slots, own_subject: bool) -> tuple[int, int]:
    """Where the trigger's dates may lie. A date before a nominal trigger counts only when the
    sentence's subject is the step's actor ("Today, the Commission has informed Meta of its
    preliminary findings"), or the verb between announces the step; otherwise it dates another
    verb ("L'Arcom a pris connaissance, ce vendredi, des conclusions de la Commission")."""
    lp = slots.patterns.of(slots.article.language)
    left = [m.end() for m in lp.clause_breaks.finditer(view.text, clause[0], trig.start)]
    right = lp.clause_breaks.search(view.text, trig.end, clause[1])
    start = subordinate_start(view.text, max([clause[0], *left]), trig.start)
    # A step inside a relative clause: the main clause's date is not its date ("la procédure
    # ouverte le 14 mars 2024, qui faisait suite à des demandes d'informations ...").
    start = max([start, *(m.start() for m in _RELATIVE.finditer(view.text)
                          if m.start() < trig.start < m.end())])
    # A participle opening the sentence ends at its comma: the main clause's date is another
    # verb's ("Sommée par la Cnil de cesser, la société Yubo a modifié son application mardi",
    # "Fined by the CNIL in 2022, Shein said on Monday").
    # ... and so does one that holds a step's noun ("Visée par une enquête de la Commission,
    # Temu a annoncé lundi").
    fronted = fronted_participle_end(view.text, trig.start) if trig.form == "verbal" else \
        fronted_phrase_end(view.text, trig.start)
    if trig.form == "nominal" and not own_subject:
        # "a annoncé lundi l'ouverture d'une enquête": the verb announces the step itself
        announced = lp.announcing_verb.search(view.text, start, trig.start)
        start = announced.start() if announced else trig.end
    end = right.start() if right else clause[1]
    return start, min(end, fronted) if fronted is not None else end


def _clause_dates(view: SentenceView, trig: TriggerMatch, start: int, end: int,
                  slots: Slots) -> list[DateMention]:
    """The dates between `start` and `end` that may be the step's: none bounding something
    else ("until"), inside an aside that does not hold the trigger ("The Commission, which
    opened proceedings in December 2023, fined X on 5 December 2025", "L'enquête, ouverte en
    2021, a conduit la CNIL à infliger ..."), in another clause, or of another event."""
    spans = [*slots.patterns.asides.finditer(view.text), *(
        m for m in _RELATIVE.finditer(view.text)
        if not (trig.type == "investigation" and _FINDINGS_OF.match(m.group(0))))]
    asides = [(m.start(), m.end()) for m in spans] + step_appositions(view.text)
    asides = [(a, b) for a, b in asides if not a <= trig.start < b]
    line = slots.dateline
    # The dateline's own date is the fallback, not a rival of "on Friday" in the sentence.
    skip = view.dates[0].start if line and not line.alone and view.index == line.index else -1
    return [d for d in view.dates if start <= d.start and d.end <= end and d.start != skip
            and d.qualifier not in _NOT_WHEN
            and not any(a <= d.start < b for a, b in asides)
            and not opens_next_clause(view.text, d.start, trig.end)
            and not ends_previous_clause(view.text, d.end, trig.start)
            and not in_leading_phrase(view.text, d.start, trig.start)
            and not reported_date(view.text, d.start)
            and not _dates_another_event(view.text, d.start, d.end, trig, start)]


def _reported_earlier(text: str, trig: TriggerMatch, clause_start: int) -> bool:
    return bool(_EARLIER.search(text, max(0, trig.start - 20), trig.start)
                and _REPORTED.search(text, clause_start, trig.start))


def _dates_another_event(text: str, start: int, end: int, trig: TriggerMatch,
                         clause_start: int) -> bool:
    """A date in the trigger's clause that belongs to another event: after "following" (in the
    same phrase, no comma between), inside a "that" clause after the trigger, the day a step
    in the pluperfect was reported ("said on Friday it had fined"), or before a colon
    that separates it from the trigger ("un document remis jeudi aux autorités : la CNIL a
    infligé ...")."""
    if start >= trig.end:
        between = text[trig.start:start]  # the trigger may end with it: "found that"
        complement = _COMPLEMENT.search(between)
        if complement and not _NOT_COMPLEMENT.search(between, 0, complement.start()):
            return True
    if dates_the_conduct(text, trig.end, start, end) or describes_a_party(text, trig.end, start):
        return True  # "fined Shein for cookies placed in August 2021", "4chan, founded in 2003"
    if dates_a_power(text, start, trig.start, trig.end) or dates_a_law(text, start, trig.start):
        return True  # "powers it gained in 2021", "en vertu de la loi du 6 janvier 1978"
    lead_from = trig.end if start >= trig.end else clause_start
    for cue in _OTHER_EVENT.finditer(text, lead_from, start):
        if "," not in text[cue.end():start] and not cue.start() <= trig.start < start:
            return True
    if end <= trig.start and _reported_earlier(text, trig, clause_start):
        return True
    participle = _PARTICIPLE.search(text, max(0, start - 30), start)
    if participle and not trig.start <= participle.start() < trig.end and not (
            trig.type == "lawsuit" and _COURT_FILING.match(participle.group(0))):
        return True
    if end <= trig.start:
        colon = text.find(":", end, trig.start)
        if colon != -1 and text[end:colon].strip():
            return True
    return False


def _narrative_date(view: SentenceView, slots: Slots) -> DateValue | None:
    """"In January, we wrote to online services ... We requested details ...": a sentence
    that goes on with a pronoun subject keeps the date that opened the previous sentence of
    its paragraph."""
    if view.index == 0:
        return None
    previous = slots.views[view.index - 1]
    if (previous.paragraph != view.paragraph or not previous.dates or told_as_later(view.text)
            or _GOES_ON_NOW.match(view.text)):
        return None  # "Two days later, it ordered ...", "It is also examining ..."
    opening = previous.dates[0]
    return opening.value if opening.start <= 3 and opening.qualifier is None else None


def _distance(start: int, end: int, trig: TriggerMatch) -> int:
    if end <= trig.start:
        return trig.start - end
    return max(0, start - trig.end)


def _dateline_date(view: SentenceView, trig: TriggerMatch, slots: Slots) -> DateValue | None:
    """The dateline's day for the steps the dateline sentence announces, or the sentence right
    after a dateline line of its own ("4 April 2023" / "The ICO has issued a fine ..."); not
    for a step reported after a colon ("... a révélé, dans un document : la CNPD a infligé")."""
    line = slots.dateline
    if line is not None and line.alone and view.index == line.index + 1:
        return None if ":" in view.text[:trig.start] else DateValue(line.day, "day")
    if line is not None and not line.alone and view.index == line.index:
        return DateValue(line.day, "day")
    match = slots.patterns.dateline.match(view.text)
    if match is None:
        return None
    dates = find_dates(match.group("date"), slots.article.published, slots.article.language)
    return dates[0].value if len(dates) == 1 else None


def find_laws(view: SentenceView, jurisdiction: str | None, slots: Slots,
              linker: Linker) -> tuple[str, ...]:
    """Laws named in the sentence, else in its paragraph (a law that fits the actor's
    jurisdiction), else the one law of the actor's own jurisdiction named in the article."""
    here = [m.key for m in view.mentions if kind_of(m.key) == "law"]
    for pool, strict in ((here, False), (slots.laws_by_paragraph.get(view.paragraph, []), False)):
        fitting = [k for k in dict.fromkeys(pool) if linker.law_fits(k, jurisdiction, strict)]
        if fitting:
            return tuple(sorted(fitting))
    own = [k for k in dict.fromkeys(slots.article_laws)
           if linker.law_fits(k, jurisdiction, strict=True)]
    return (own[0],) if len(own) == 1 else ()


def find_amount(view: SentenceView, trig: TriggerMatch, jurisdiction: str | None,
                slots: Slots, patterns: Patterns) -> Money | None:
    """The exact amount of a fine; None for approximations ("almost $1 million"). A
    conversion in brackets ("1.2 billion euro ($1.3 billion) fine") and a ceiling ("out of
    a maximum of £17.5m") are no candidates: the sum imposed is the other one."""
    country = (jurisdiction or "").split("-")[0]
    default = patterns.dollar_currency.get(country)
    mentions = sums_imposed(view.sentence.text, slots.article.language, default, country)
    # A fine with a daily penalty beside it ("€8 million, with €100,000 per day of delay")
    # is the one-off sum; a sum per day only when the sentence states no other.
    mentions = [m for m in mentions if m.money and m.money.per is None] or mentions
    if not mentions:
        return None
    nearest = min(mentions, key=lambda m: _distance(m.start, m.end, trig))
    if nearest.qualifier is not None:
        return None
    return nearest.money


def find_deadline(view: SentenceView, trig: TriggerMatch, slots: Slots) -> DurationMention | None:
    durations = [d for d in find_durations(view.sentence.text, slots.article.language)
                 if d.start >= trig.start]
    return durations[0] if durations else None
