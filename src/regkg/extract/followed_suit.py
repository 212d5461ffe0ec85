"""A body told as following another's step takes the same step (issue 3, s18). Layer 1.

Wire reports tell a wave of like steps by naming the first, then the bodies that followed:
"La Commission européenne avait ouvert le bal le 23 février en exigeant de son personnel qu'il
désinstalle l'application ... Ottawa a suivi le 27 février" (mist 1091: the Government of
Canada blocked TikTok on its devices that day), "Italy blocked ChatGPT in March and Spain
followed suit in April", "Denmark did the same on Monday". The follower is the subject of the
verb of following (a body, a country with a government, a capital standing for it), the verb
has no object of its own ("a suivi les recommandations" follows advice, no step), and what
follows it is at most a day before the clause ends. The step followed is the last one taken
before the verb, in its sentence or the one before: each of its targets, the follower's own
jurisdiction, the day given after the verb (none: no day, never the first body's).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract import grammar as g
from regkg.models import TAKEN_STATUSES, Action, DateValue, Evidence, kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import LanguagePatterns

_FOLLOWED = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:(?:ensuite|aussi|également|rapidement|vite|alors)\s+)?"
    r"(?:suivi|emboîté\s+le\s+pas|fait\s+de\s+même|fait\s+(?:la\s+)?même\s+chose)"
    r"|(?:(?:has|have|had|quickly|soon|then|later)\s+)*(?:followed\s+suit|followed"
    r"|(?:did|done)\s+the\s+same|done\s+likewise|did\s+likewise))\b", re.IGNORECASE)
# After the verb: nothing but its day before the clause ends ("a suivi le 27 février, de même
# que", "followed suit in April.", "did the same on Monday"); the day's words are the date's.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:et|and|de\s+même|ainsi|as\s+did|while|alors)\b)",
                         re.IGNORECASE)
# Between the verb and its day: "le", "on", "in" and the like, when the date leaves them out.
_GAP = re.compile(r"[\s,]*(?:(?:le|dès|on|in|en|au|at|the|ce|cette)\s+)?", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_STEP_KINDS = frozenset({"block", "fine", "order", "investigation", "lawsuit", "warning",
                         "request_for_information", "sanction"})


def add_steps_followed(actions: list[Action], views: list[SentenceView], linker: Linker,
                       lp: LanguagePatterns) -> list[Action]:
    """`actions` with the steps of the bodies told as following another's step."""
    added: list[Action] = []
    taken = {(a.type, a.actor, a.targets) for a in actions}
    for position, view in enumerate(views):
        if view.headline:
            continue
        for match in _FOLLOWED.finditer(view.text):
            bare, day = _day_after(view, match.end())
            actor = _follower(view, match.start(), linker, lp) if bare else None
            if actor is None:
                continue
            source = _step_before(actions, views, position, match.start(), linker)
            for step in source:
                if step.actor == actor or (step.type, actor, step.targets) in taken:
                    continue
                taken.add((step.type, actor, step.targets))
                added.append(replace(
                    step, actor=actor, jurisdiction=linker.jurisdiction_of(actor), laws=(),
                    date=_after_step(day, step.date, view, match.end()), amount=None,
                    deadline=None, deadline_text=None,
                    evidence=Evidence(view.sentence.text, view.sentence.start, view.sentence.end)))
    return actions + added


def _day_after(view: SentenceView, verb_end: int) -> tuple[bool, DateValue | None]:
    """Whether the verb stands bare (no object: at most its day before the clause ends), and
    the day right after it (None: none)."""
    at, day = verb_end, None
    for date in sorted(view.dates, key=lambda d: d.start):
        if date.start >= at and _GAP.fullmatch(view.text, at, date.start):
            at, day = date.end, date.value if date.qualifier is None else None
    return _CLAUSE_END.match(view.text, at) is not None, day


def _after_step(day: DateValue | None, step: DateValue | None, view: SentenceView,
                verb_end: int) -> DateValue | None:
    """The follower's day, in the year after the step followed when the text gives no year:
    "Italy blocked ChatGPT in March 2023 and Spain followed suit in April" is April 2023, not
    the April before publication (s18 review of followed_suit)."""
    if day is None or step is None or day.value <= step.value or _YEAR.search(
            view.text, verb_end, verb_end + 40):
        return day
    value = day.value
    while value.replace(year=value.year - 1) >= step.value:
        value = value.replace(year=value.year - 1)
    return replace(day, value=value)


def _follower(view: SentenceView, verb: int, linker: Linker, lp: LanguagePatterns) -> str | None:
    """The body the verb's subject names: a body, a country's government, a capital for it."""
    mentions = [m for m in view.mentions if kind_of(m.key) in ("authority", "jurisdiction")]
    mentions += linker.described_regulators(view.text, lp)
    subjects = [m for m in mentions if g.before_verb(view.text, m.end, verb)
                and linker.is_subject_position(view.text, m.start)]
    if not subjects:
        return None
    actor = linker.actor_key(subjects[-1].key)
    return actor if actor and kind_of(actor) == "authority" else None


def _step_before(actions: list[Action], views: list[SentenceView], position: int,
                 verb: int, linker: Linker) -> list[Action]:
    """The last body's steps taken before the verb: in its sentence (that body named before
    the verb), else in the sentence before."""
    view = views[position]
    before = {linker.actor_key(m.key) for m in view.mentions if m.end <= verb}
    earlier = [v.sentence.start for v in views[:position] if not v.headline]
    for start in (view.sentence.start, earlier[-1] if earlier else None):
        found = [a for a in actions if a.evidence.start == start and a.actor
                 and a.status in TAKEN_STATUSES and a.type in _STEP_KINDS and a.targets
                 and (start != view.sentence.start or a.actor in before)]
        if found:
            last = found[-1].actor
            return [a for a in found if a.actor == last]
    return []
