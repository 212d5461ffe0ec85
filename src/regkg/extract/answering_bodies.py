"""The body a platform's commitment answers when the article tells no step against the
platform before it (issue 3, session 19; data/patterns/pledges.yaml says why and holds the
words). Layer 1; commitments.py asks it last.

The sentence says the change answers public power without naming the body: "La plateforme
s'est alors engagée auprès du gouvernement", "lifting the ban after the app promised to",
"Dans le cadre de l'entente, X s'est engagé", "to deal with the authorities", "into a
compensation scheme". The body is one the article names: the nearest before the sentence,
else the first after it (a lead tells the platform's side first: "Meta has agreed to pay
A$50 million into a compensation scheme. The Office of the Australian Information
Commissioner announced the settlement on Tuesday."); and only when every body the article
names is of one country: else which one it answered would be a guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import Discourse, Linker, kind_of
from regkg.extract.vocabulary import Vocabulary, vocabulary
from regkg.settings import Settings

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.patterns import TriggerMatch
    from regkg.extract.slots import Slots

PLEDGES_FILE = "pledges.yaml"
_TOLD_AFTER_REACH = 100  # characters before the verb of a change made


def _pledges() -> Vocabulary:
    """pledges.yaml, read and checked once (vocabulary.py)."""
    return vocabulary(Settings().patterns_dir / PLEDGES_FILE,
                      ("answer_cue", "change_made", "told_after", "closed_case"))


def _changes(language: str) -> tuple[re.Pattern[str], ...] | None:
    """For `language`, a change made (`change_made`), what tells it a step waited for, and a
    case closed on it; None when pledges.yaml gives no change for it."""
    words = _pledges()
    made = words.get("change_made", language)
    if made is None:
        return None
    return (made, words.pattern("told_after", language), words.pattern("closed_case", language))


def change_told_alone(view: SentenceView, trig: TriggerMatch) -> bool:
    """A change made ("OpenAI made changes") not told as what a step waited for ("the service
    returned after OpenAI made changes"), or told as what a case was closed on: no
    commitment, only the platform's own doing."""
    shapes = _changes(view.language)
    if shapes is None or not shapes[0].match(view.text, trig.start):
        return False
    waited = shapes[1].search(view.text, max(0, trig.start - _TOLD_AFTER_REACH), trig.start)
    return waited is None or shapes[2].search(view.text, 0, trig.start) is not None


def change_status(view: SentenceView, trig: TriggerMatch, status: str) -> str:
    """A change made told in the past after "once" ("allowing the app to return once the
    company had made changes") happened: "once" makes no condition of it."""
    shapes = _changes(view.language)
    if status == "threatened" and shapes is not None and shapes[0].match(view.text, trig.start):
        return "opened"
    return status


def operated_answer(platform: str, discourse: Discourse, linker: Linker) -> str | None:
    """The first authority that acted against a service the platform operates ("blocked
    Replika ... after Luka made changes")."""
    for target, actor in discourse.first_actor_against.items():
        if linker.reference.operator_of(target) == platform:
            return actor
    return None


def answering_body(view: SentenceView, slots: Slots, linker: Linker) -> str | None:
    """The authority of the article the platform's change answers, when the sentence tells
    it answers one (`answer_cue`) and the article's bodies are all of one country."""
    if not any(cue.search(view.text) for cue in _pledges().patterns("answer_cue", view.language)):
        return None
    bodies = _article_bodies(slots, linker)
    countries = {(linker.jurisdiction_of(key) or "").split("-")[0] for _, key in bodies}
    if not bodies or len(countries) != 1 or "" in countries:
        return None
    before = [key for at, key in bodies if at < view.sentence.start]
    return before[-1] if before else bodies[0][1]


def _article_bodies(slots: Slots, linker: Linker) -> list[tuple[int, str]]:
    """Every authority the article names, with where, in text order."""
    found = []
    for view in slots.views:
        for mention in view.mentions:
            actor = linker.actor_key(mention.key)
            if actor is not None and kind_of(actor) == "authority":
                found.append((view.sentence.start + mention.start, actor))
    return sorted(found)
