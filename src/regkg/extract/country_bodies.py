"""A country word that describes a body is not the country acting. Layer 1.

"Ofcom published its decision on Tuesday. The UK regulator also fined 4chan £20,000": "UK"
names the regulator's country, not the UK government; the description refers back to the last
body of that country it fits (Ofcom), as "the regulator" would. With no such body named before,
the description has no actor: a wrong fact (a government's fine) is worse than a missing one.
Descriptions the domain patterns read ("Italy's privacy watchdog", "the French competition
authority") are linking's and actor_context's; this module takes those left bare.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import DescribedMention
from regkg.extract.linking_discourse import Discourse, kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker

# Right after the country word: a body's head, up to two qualifying words between ("UK
# regulator", "British data watchdog", "US's top court").
_HEAD_AFTER = re.compile(
    r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?P<head>regulator|watchdog|authority|agency|commissioner|"
    r"court|judge|prosecutor)\b", re.I)
_COURT_HEADS = frozenset({"court", "judge", "prosecutor"})


def country_descriptions(view: SentenceView, candidates: list[Mention], discourse: Discourse,
                         linker: Linker) -> list[Mention]:
    """`candidates` without the country inside a description read as a body, and with each
    country that describes a body ("the UK regulator") replaced by the last body of that
    country named before that fits the head, or dropped."""
    kept: list[Mention] = []
    for mention in candidates:
        if kind_of(mention.key) == "jurisdiction" and any(
                other is not mention and other.start <= mention.start and mention.end <= other.end
                for other in candidates):
            continue  # the country of a description read as a body: "The UK regulator"
        head = _HEAD_AFTER.match(view.text, mention.end) \
            if kind_of(mention.key) == "jurisdiction" else None
        if head is None:
            kept.append(mention)
            continue
        body = _earlier_body(linker, discourse, mention.key, head.group("head").casefold(),
                             view.sentence.start + mention.start)
        if body:
            kept.append(DescribedMention(body, view.text[mention.start:head.end()],
                                         mention.start, head.end()))
    return kept


def _earlier_body(linker: Linker, discourse: Discourse, country: str, head: str,
                  before: int) -> str | None:
    """The last authority of `country` named before `before` whose class fits the head."""
    code = linker.jurisdiction_of(country)
    wanted = "ProsecutorOrCourt" if head in _COURT_HEADS else "Regulator"
    for at, key in reversed(discourse.authorities):
        entity = linker.reference.get(key)
        if at < before and entity and entity.jurisdiction == code and (
                wanted in entity.classes or head in ("agency", "commissioner")):
            return key
    return None
