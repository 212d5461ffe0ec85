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

from typing import TYPE_CHECKING

from regkg.extract.linking import Linker, kind_of
from regkg.extract.vocabulary import vocabulary
from regkg.settings import Settings

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.slots import Slots

PLEDGES_FILE = "pledges.yaml"


def answering_body(view: SentenceView, slots: Slots, linker: Linker) -> str | None:
    """The authority of the article the platform's change answers, when the sentence tells
    it answers one (`answer_cue`) and the article's bodies are all of one country."""
    cues = vocabulary(Settings().patterns_dir / PLEDGES_FILE, ("answer_cue",)).patterns(
        "answer_cue", view.language)
    if not any(cue.search(view.text) for cue in cues):
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
