"""The defendant of a body's suit told without one. Layer 1; used by target_context.py
(issue 3, session 19 "suits").

A body goes to court against someone, and news tell it in the sentence after the story's
platform, or name the defendant only in the court's relief: "Worldcoin kept scanning irises.
The Data Commissioner then went to the High Court", "Le PFPDT a saisi le Tribunal administratif
fédéral pour faire constater ...", "The Justice Department filed the complaint on the FTC's
behalf in federal court", "went to the Federal Court, which granted an injunction ordering X
to hide the posts". Like other steps (target_context's `_acted_on`), a suit told only after the
platform needs an earlier tie between the body and it: without one, session 19's review found
the body defending its decision, suing someone else or acting on a person ("X sued Media
Matters. The FTC filed a complaint"), so the court's relief is the only defendant taken
without a tie.

Conservative: no other defendant told after the suit ("against two data brokers"), no
challenge or appeal in the sentence (the company's, "went to court to challenge the fine").
Words: data/patterns/suits.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from regkg.extract.vocabulary import vocabulary
from regkg.settings import Settings

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

SUITS_FILE = Settings().patterns_dir / "suits.yaml"
_RELIEF_REACH = 160  # characters after the suit: the court's relief and the platform it names


_SECTIONS = ("relief", "other_defendant", "challenge", "relative_subject")


def _shape(section: str, language: str) -> re.Pattern[str] | None:
    """The section's regex for `language` (None for a language suits.yaml gives no words)."""
    return vocabulary(SUITS_FILE, _SECTIONS).get(section, language)


def is_suit(trig: TriggerMatch) -> bool:
    return trig.type == "lawsuit"


def unfit_suit(view: SentenceView, trig: TriggerMatch, reach: int) -> bool:
    """A suit this module gives no defendant: another named after it, or a challenge. (A suit
    told again, "The regulator filed proceedings on Friday", gets the story's platform too:
    the repeat is merged with the first telling and hands it its day, dated_repeats.)"""
    other, challenge = (_shape(section, view.language)
                        for section in ("other_defendant", "challenge"))
    return other is None or challenge is None or other.search(view.text, trig.end, max(
        reach, trig.end)) is not None or challenge.search(view.text) is not None


def relief_defendants(view: SentenceView, trig: TriggerMatch,
                      is_target: Callable[[str], bool]) -> list[str]:
    """The platform the court's relief told right after the suit names ("went to the Federal
    Court, which granted an injunction ordering X to")."""
    relief = _shape("relief", view.language)
    if relief is None:
        return []
    for mention in view.mentions:
        if trig.end < mention.start <= trig.end + _RELIEF_REACH and is_target(mention.key):
            if relief.search(view.text[trig.end:mention.start]):
                return [mention.key]
            return []
    return []


def relative_subject(view: SentenceView, actor_end: int) -> int | None:
    """"le Commissariat, qui avait porté l'affaire": the body is the relative's subject (the
    end of the relative pronoun), else None."""
    shape = _shape("relative_subject", view.language)
    found = shape.match(view.text, actor_end) if shape else None
    return found.end() if found else None
