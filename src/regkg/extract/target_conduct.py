"""The conduct clause of a step names the target's tools, partners, victims and rivals, not
its target (issue 3, s18 conduct; data/patterns/conduct.yaml says why and holds the words).

"IMY fined the telecoms operator Tele2 SEK 12 million and the online marketplace CDON SEK
300,000 for transferring visitors' personal data through Google Analytics": the object slot
right after the trigger holds the targets (unknown names after their kind); Google, named only
after "for", is what they used. Layer 1; used by regkg.extract.targets.TargetFinder.

Conservative: the clause is cut only when every candidate target lies in it and the slot
holds an object of its own; a known name in the slot ("fined Google for its use of Google
Analytics data") keeps the stops of actions.yaml, and an empty slot ("a fine over Google's
Android practices") leaves the name after the opener the target. A definite object with no
name ("the company", "le premier") refers back to the story's company: a name of its group in
the conduct clause stays the target.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.models import Mention
from regkg.settings import Settings

CONDUCT_FILE = Settings().patterns_dir / "conduct.yaml"
_OBJECT_BEFORE_REACH = 60  # characters before the trigger read for a relative or a clitic
_SUBJECT_REACH = 80  # characters before a passive verb read for its subject
_OBJECT_KINDS = TARGET_KINDS | {"person"}


@dataclass(frozen=True)
class ConductWords:
    opener: re.Pattern[str]
    slot_object: re.Pattern[str]
    object_before: re.Pattern[str]
    slot_clause: re.Pattern[str]
    definite_object: re.Pattern[str]
    passive_before: re.Pattern[str]
    slot_aside: re.Pattern[str]
    owner_after: re.Pattern[str]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(CONDUCT_FILE.read_text(encoding="utf-8"))
    return data


@cache
def conduct_words(language: str) -> ConductWords:
    """The words of `language` (English for a language without its own)."""
    def one(section: str) -> re.Pattern[str]:
        node = _data()[section]
        return re.compile(node.get(language) or node["en"], re.IGNORECASE)
    return ConductWords(one("opener"), one("slot_object"), one("object_before"),
                        one("slot_clause"), one("definite_object"), one("passive_before"),
                        one("slot_aside"), one("owner_after"))


def conduct_start(text: str, language: str, trigger: tuple[int, int], region: tuple[int, int],
                  candidates: Sequence[tuple[int, int, list[str]]], mentions: Sequence[Mention],
                  passive: bool, in_story: Callable[[str], bool]) -> int | None:
    """Where the step's conduct clause opens in `region` (the clause's start, the step's
    reach), when every candidate target lies after that point and the object slot holds an
    object that is no candidate (`in_story`: a key of the story's company, kept after a
    definite object with no name). None otherwise."""
    words = conduct_words(language)
    opener = words.opener.search(text, trigger[1], region[1])
    if opener is None or any(start < opener.start() for start, _, _ in candidates) \
            or words.slot_clause.search(text, trigger[1], opener.start()):
        return None
    slots = [(trigger[1], opener.start())] + ([(region[0], trigger[0])] if passive else [])
    verb = words.passive_before.search(text, max(0, trigger[0] - _OBJECT_BEFORE_REACH),
                                       trigger[0])
    if verb and not passive:  # "La société Loginet a été sanctionnée d'une amende pour"
        passive = True
        slots.append((max(0, verb.start() - _SUBJECT_REACH), verb.start()))
    found = [kind for slot in slots if (kind := _object(text, words, slot, mentions))]
    if not found and not passive and words.object_before.search(
            text, max(0, trigger[0] - _OBJECT_BEFORE_REACH), trigger[0]):
        found = ["definite"]  # "the retailer Zorvex, which IMY fined for ...", "lui a infligé"
    if not found or ("name" not in found and (
            words.owner_after.match(text, opener.end()) or "class" not in found and all(
                in_story(key) for _, _, keys in candidates for key in keys))):
        return None  # "Le premier est sanctionné ... Gmail", "sued the company over Google's"
    return opener.start()


def _object(text: str, words: ConductWords, slot: tuple[int, int],
            mentions: Sequence[Mention]) -> str | None:
    """What text[slot] names as an object: "name" (a capitalised word), "definite" (a
    description or a pronoun), "class" (an indefinite or counted noun), or None. Names of
    bodies, places and laws are no objects ("under the GDPR", "by the CNIL")."""
    found = None
    asides = [a.span() for a in words.slot_aside.finditer(text, *slot)]
    for match in words.slot_object.finditer(text, *slot):
        if any(m.start <= match.end() - 1 < m.end and kind_of(m.key) not in _OBJECT_KINDS
               for m in mentions) or any(a <= match.start() < b for a, b in asides):
            continue
        if words.definite_object.match(match.group(0)):
            found = found or "definite"
        elif match.group(0)[0].isupper() and not _determiner_led(match.group(0)):
            return "name"
        else:
            found = found or "class"
    return found


def _determiner_led(words: str) -> bool:
    """"A company", "Several hospitals" opening the slot: a determiner, no name."""
    return " " in words.strip() or words.strip().endswith(("'", "’"))
