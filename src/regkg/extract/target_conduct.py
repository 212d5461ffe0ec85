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

from regkg.extract.linking import TARGET_KINDS, kind_of
from regkg.extract.vocabulary import vocabulary
from regkg.models import Mention
from regkg.settings import Settings

CONDUCT_FILE = Settings().patterns_dir / "conduct.yaml"
_OBJECT_BEFORE_REACH = 60  # characters before the trigger read for a relative or a clitic
_SUBJECT_REACH = 80  # characters before a passive verb read for its subject
_OBJECT_KINDS = TARGET_KINDS | {"person"}
_SECTIONS = ("opener", "slot_object", "object_before", "slot_clause", "definite_object",
             "passive_before", "slot_aside", "owner_after")


def _word(section: str, language: str) -> re.Pattern[str]:
    """The words of `section` in `language` (English for a language without its own)."""
    return vocabulary(CONDUCT_FILE, _SECTIONS).pattern(section, language, fallback="en")


def conduct_start(text: str, language: str, trigger: tuple[int, int], region: tuple[int, int],
                  candidates: Sequence[tuple[int, int, list[str]]], mentions: Sequence[Mention],
                  passive: bool, in_story: Callable[[str], bool]) -> int | None:
    """Where the step's conduct clause opens in `region` (the clause's start, the step's
    reach), when every candidate target lies after that point and the object slot holds an
    object that is no candidate (`in_story`: a key of the story's company, kept after a
    definite object with no name). None otherwise."""
    opener = _word("opener", language).search(text, trigger[1], region[1])
    if opener is None or any(start < opener.start() for start, _, _ in candidates) \
            or _word("slot_clause", language).search(text, trigger[1], opener.start()):
        return None
    slots = [(trigger[1], opener.start())] + ([(region[0], trigger[0])] if passive else [])
    verb = _word("passive_before", language).search(
        text, max(0, trigger[0] - _OBJECT_BEFORE_REACH), trigger[0])
    if verb and not passive:  # "La société Loginet a été sanctionnée d'une amende pour"
        passive = True
        slots.append((max(0, verb.start() - _SUBJECT_REACH), verb.start()))
    found = [kind for slot in slots if (kind := _object(text, language, slot, mentions))]
    if not found and not passive and _word("object_before", language).search(
            text, max(0, trigger[0] - _OBJECT_BEFORE_REACH), trigger[0]):
        found = ["definite"]  # "the retailer Zorvex, which IMY fined for ...", "lui a infligé"
    owner_after = _word("owner_after", language)
    if not found or ("name" not in found and (
            owner_after.match(text, opener.end()) or "class" not in found and all(
                in_story(key) for _, _, keys in candidates for key in keys))):
        return None  # "Le premier est sanctionné ... Gmail", "sued the company over Google's"
    return opener.start()


def _object(text: str, language: str, slot: tuple[int, int],
            mentions: Sequence[Mention]) -> str | None:
    """What text[slot] names as an object: "name" (a capitalised word), "definite" (a
    description or a pronoun), "class" (an indefinite or counted noun), or None. Names of
    bodies, places and laws are no objects ("under the GDPR", "by the CNIL")."""
    found = None
    definite = _word("definite_object", language)
    asides = [a.span() for a in _word("slot_aside", language).finditer(text, *slot)]
    for match in _word("slot_object", language).finditer(text, *slot):
        if any(m.start <= match.end() - 1 < m.end and kind_of(m.key) not in _OBJECT_KINDS
               for m in mentions) or any(a <= match.start() < b for a, b in asides):
            continue
        if definite.match(match.group(0)):
            found = found or "definite"
        elif match.group(0)[0].isupper() and not _determiner_led(match.group(0)):
            return "name"
        else:
            found = found or "class"
    return found


def _determiner_led(words: str) -> bool:
    """"A company", "Several hospitals" opening the slot: a determiner, no name."""
    return " " in words.strip() or words.strip().endswith(("'", "’"))
