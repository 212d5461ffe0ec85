"""The defendant of a body's suit told without one. Layer 1; used by target_context.py
(issue 3, session 19 "suits").

A body goes to court against someone, and news tell it in the sentence after the story's
platform, or name the defendant only in the court's relief: "Worldcoin kept scanning irises.
The Data Commissioner then went to the High Court", "Le PFPDT a saisi le Tribunal administratif
fédéral pour faire constater ...", "The Justice Department filed the complaint on the FTC's
behalf in federal court", "went to the Federal Court, which granted an injunction ordering X
to hide the posts". Unlike other steps (target_context's `_acted_on`), a suit needs no earlier
tie between the body and the platform: going to court is itself aimed at someone, and the
sentences before say whom.

Conservative: no other defendant told after the suit ("against two data brokers"), no
challenge or appeal in the sentence (the company's, "went to court to challenge the fine").
Words: data/patterns/suits.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from regkg.settings import Settings

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch

SUITS_FILE = Settings().patterns_dir / "suits.yaml"
_RELIEF_REACH = 160  # characters after the suit: the court's relief and the platform it names


@dataclass(frozen=True)
class SuitShapes:
    relief: re.Pattern[str]
    other_defendant: re.Pattern[str]
    challenge: re.Pattern[str]
    relative_subject: re.Pattern[str]


@cache
def suit_shapes(path: Path = SUITS_FILE) -> dict[str, SuitShapes]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {language: SuitShapes(**{key: re.compile(data[key][language], re.IGNORECASE)
                                    for key in SuitShapes.__dataclass_fields__})
            for language in ("en", "fr")}


def is_suit(trig: TriggerMatch) -> bool:
    return trig.type == "lawsuit"


def unfit_suit(view: SentenceView, trig: TriggerMatch, reach: int) -> bool:
    """A suit this module gives no defendant: another named after it, or a challenge. (A suit
    told again, "The regulator filed proceedings on Friday", gets the story's platform too:
    the repeat is merged with the first telling and hands it its day, dated_repeats.)"""
    shapes = suit_shapes().get(view.language)
    return shapes is None or shapes.other_defendant.search(view.text, trig.end, max(
        reach, trig.end)) is not None or shapes.challenge.search(view.text) is not None


def relief_defendants(view: SentenceView, trig: TriggerMatch,
                      is_target: Callable[[str], bool]) -> list[str]:
    """The platform the court's relief told right after the suit names ("went to the Federal
    Court, which granted an injunction ordering X to")."""
    shapes = suit_shapes().get(view.language)
    if shapes is None:
        return []
    for mention in view.mentions:
        if trig.end < mention.start <= trig.end + _RELIEF_REACH and is_target(mention.key):
            if shapes.relief.search(view.text[trig.end:mention.start]):
                return [mention.key]
            return []
    return []


def relative_subject(view: SentenceView, actor_end: int) -> int | None:
    """"le Commissariat, qui avait porté l'affaire": the body is the relative's subject (the
    end of the relative pronoun), else None."""
    shapes = suit_shapes().get(view.language)
    found = shapes.relative_subject.match(view.text, actor_end) if shapes else None
    return found.end() if found else None
