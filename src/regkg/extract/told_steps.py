"""Steps a sentence tells, with their day, before the next sentences name them. Layer 1.

Releases and news often open with the day and the gist, then give the steps one by one without
the day (guideline 6: the day the text gives for the steps is theirs):

- decisions told by their count: "Today, the European Commission adopted two non-compliance
  decisions under the DMA. Apple has been fined €500 million. Meta has been fined €200
  million."; "Le 14 mai, la CNIL a prononcé deux sanctions. Google ...": the same authority's
  undated decisions that follow take the day;
- an authority acting on a company: "The European Commission acted today against TikTok. The
  Commission opened formal proceedings against TikTok ..."; "Ce mardi, l'Arcom a pris des
  mesures contre cinq sites": the same authority's undated steps on that company that follow
  take the day (on any company, when the sentence names none).

- steps told to an unnamed group, then named by a sentence that refers back to them: "eSafety
  has today issued legal notices to four AI companion providers. The notices went to the
  operators of Character.AI, Nomi, Chai and Chub AI"; "L'Arcom a adressé lundi des mises en
  demeure à cinq sites. Ces mises en demeure visent ...": the referring sentence's steps by
  the same authority take the day.

Only up to the first sentence that gives a date of its own, within a few sentences, and never
a step told as background ("had", "déjà"): a wrong date is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.sibling_reach import beyond_reach
from regkg.models import DECISION_TYPES, TAKEN_STATUSES, Action, DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_LOOK_AHEAD = 3  # sentences after the telling one

# "adopted two decisions", "a prononcé deux sanctions": decisions told before their companies.
# Also the day the authority made them public ("a rendu publiques, mercredi 3 septembre, deux
# décisions", "published two decisions on Tuesday"): guideline 6 dates a release's steps by
# its day, and so the steps an authority announces on a day (announced_dates).
_DECISIONS_TOLD = re.compile(
    r"\b(?:adopted|took|issued|adopts|takes|a\s+adopté|a\s+pris|a\s+rendu|a\s+prononcé|adopte"
    r"|prend|prononce|published|announced|made\s+public|publishes|announces|a\s+publié"
    r"|a\s+annoncé|a\s+rendu\s+publiques?|rend\s+publiques?|publie|annonce)"
    r"(?:\s*,[^,.;]{1,40},)?\s+(?:[\w-]+\s+){0,3}?(?:decisions|rulings|décisions|délibérations"
    r"|sanctions)\b", re.IGNORECASE)
# "acted today against TikTok", "took action against", "a agi contre", "a pris des mesures".
_ACTING_ON = re.compile(
    r"\b(?:acted|acts|took\s+(?:\w+\s+)?action|takes\s+(?:\w+\s+)?action|cracked\s+down"
    r"|a\s+agi|agit|a\s+pris\s+des\s+mesures|prend\s+des\s+mesures|a\s+sévi|sévit)\b"
    # on someone: not "adopted two delegated acts"
    r"[^.;]{0,40}?\b(?:against|on|contre|à\s+l['’]encontre|face\s+(?:à|aux?)|envers)\b",
    re.IGNORECASE)
_BACKGROUND = re.compile(
    r"\b(?:had|already|previously|earlier|formerly|in\s+the\s+past|last\s+(?:year|month)"
    r"|avait|avaient|déjà|auparavant|précédemment|dans\s+le\s+passé|l['’]an\s+dernier)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class _Told:
    authorities: frozenset[str]
    day: DateValue
    kinds: frozenset[str] | None  # None: any type of step
    companies: frozenset[str]  # empty: any company
    noun: str | None = None  # the later sentence must open by referring to it ("The notices")


# Nouns of steps a later sentence may refer back to, singular and plural.
_STEP_NOUN = (r"notices?|orders?|fines?|penalt(?:y|ies)|requests?|letters?|injunctions?|warnings?"
              r"|decisions?|lawsuits?|suits?|investigations?|probes?|proceedings|summons(?:es)?"
              r"|mises?\s+en\s+demeure|sanctions?|amendes?|demandes?|injonctions?|enquêtes?"
              r"|procédures?|courriers?|lettres?|avertissements?|décisions?|notifications?")
_TOLD_NOUN = re.compile(rf"\b(?P<noun>{_STEP_NOUN})\b", re.IGNORECASE)
# "The notices went to", "These orders require", "Ces mises en demeure visent", "Les deux
# demandes portent": a definite reference opening the sentence, a few words before the noun.
_REFERS_BACK = re.compile(r"\s*(?:the|these|those|both|les|ces|ses|leurs)\s+(?:[\w-]+\s+){0,2}?"
                          rf"(?P<noun>{_STEP_NOUN})\b", re.IGNORECASE)


def _told_in(view: SentenceView) -> _Told | None:
    days = {d.value for d in view.dates if d.value is not None
            and d.value.precision == "day" and d.qualifier is None}
    authorities = frozenset(m.key for m in view.mentions if m.key.startswith("authority/"))
    if view.headline or not authorities or len(days) != 1:
        return None
    if _DECISIONS_TOLD.search(view.text):
        return _Told(authorities, days.pop(), DECISION_TYPES, frozenset())
    noun = _told_noun(view)
    if noun is not None:
        return _Told(authorities, days.pop(), None, frozenset(), noun)
    if _ACTING_ON.search(view.text):
        companies = frozenset(m.key for m in view.mentions
                              if kind_of(m.key) in TARGET_KINDS)
        return _Told(authorities, days.pop(), None, companies)
    return None


def date_steps_told_before(actions: list[Action], views: list[SentenceView],
                           by_start: dict[int, SentenceView]) -> list[Action]:
    """The undated steps of the module's two cases take the day they were told with."""
    told = {v.index: found for v in views if (found := _told_in(v)) is not None}
    dated = []
    for action in actions:
        at = by_start.get(action.evidence.start)
        if (action.date is None and action.status in TAKEN_STATUSES and at is not None
                and not at.dates and not _BACKGROUND.search(at.text)):
            before = next((i for i in range(at.index - 1, max(-1, at.index - 1 - _LOOK_AHEAD), -1)
                           if i in told or views[i].dates), None)
            gist = told.get(before) if before is not None else None
            if (gist is not None and action.actor in gist.authorities
                    and (gist.noun is None or _refers_back(at.text, gist.noun))
                    and (gist.kinds is None or action.type in gist.kinds)
                    and (not gist.companies or bool(set(action.targets) & gist.companies))
                    and not beyond_reach(at, gist.day)):
                action = replace(action, date=gist.day)
        dated.append(action)
    return dated


def _told_noun(view: SentenceView) -> str | None:
    """The step noun of a sentence that tells steps to an unnamed group: no company named."""
    if any(kind_of(m.key) in TARGET_KINDS for m in view.mentions):
        return None
    found = {_stem(m["noun"]) for m in _TOLD_NOUN.finditer(view.text)}
    return found.pop() if len(found) == 1 else None


def _refers_back(text: str, noun: str) -> bool:
    match = _REFERS_BACK.match(text)
    return match is not None and _stem(match["noun"]) == noun


def _stem(noun: str) -> str:
    """"notices" and "notice", "mises en demeure" and "mise en demeure": one noun."""
    words = noun.lower().split()
    return " ".join(w[:-1] if w.endswith(("s", "x")) and len(w) > 3 else w for w in words)
