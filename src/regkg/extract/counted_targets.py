"""Counted descriptions of platforms: the named list they stand for. Layer 1.

"Britain's ICO said on Monday it had opened investigations into three popular platforms"
under a headline naming TikTok, Reddit and Imgur; "le président du CSA avait mis en demeure
les éditeurs des cinq sites" after a sentence naming the five: a count of platforms refers to
the platforms the article has named in one list of that many, when they are plainly the same
group: the list is the headline's, or the object of a step told in its sentence, or the class
is definite ("the three platforms", "les éditeurs des cinq sites"). A list merely named ("Apple,
Google and Microsoft were among the largest spenders"), another group ("three other
platforms", "three smaller platforms") or a part of it ("deux des trois plateformes") stays an
unnamed class: no target, as before (review of session 17, finding 1). It is no unnamed class
(guideline 5 keeps `target: null` for an unnamed class only), and a step told with it is a
step against each of them (guideline 5: one action per target). A class that introduces its
members ("25 plateformes de vidéo à la demande, dont ULLU, ALTT") is not unnamed either: when
no member could be read, the step has no target rather than a null one. Sets showing the
class: mist 1084, cold 963, fog 1108. A headline's count ("L'Inde bloque 25 plateformes de
streaming") sums up the body, which tells the step with its members or its class: no step
from the headline. Phrases are data: data/patterns/counted.yaml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.counted_members import member_keys
from regkg.extract.date_words import NUMBER_WORDS
from regkg.extract.vocabulary import vocabulary
from regkg.settings import Settings

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking_discourse import Discourse

COUNTED_FILE = Settings().patterns_dir / "counted.yaml"
# How far after the start of the class its count may begin: "les éditeurs des cinq sites";
# the providers told to block come first in "ordered internet providers on Monday to block
# 40 streaming apps" (the count stays in the clause: no stop between).
COUNT_REACH = 90
_CLAUSE_STOP = re.compile(r"[.;:]")


_SECTIONS = ("count", "members", "other_group", "part_before", "definite_before")


def _pattern(section: str, language: str) -> re.Pattern[str] | None:
    return vocabulary(COUNTED_FILE, _SECTIONS).get(section, language)


def class_count(text: str, class_start: int, language: str) -> re.Match[str] | None:
    """The count of the class named at `class_start`, if it is counted: it may follow the
    class's head ("les éditeurs des cinq sites"), in the same clause, within COUNT_REACH."""
    pattern = _pattern("count", language)
    found = pattern.search(text, class_start) if pattern else None
    if not found or found.start() - class_start > COUNT_REACH:
        return None
    return None if _CLAUSE_STOP.search(text, class_start, found.start()) else found


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.casefold())  # data/patterns/dates.yaml number_words


def named_list(discourse: Discourse, before_sentence: int, count: int,
               definite: bool) -> list[str]:
    """The targets of the nearest earlier sentence naming several, when it names `count` and
    the class plainly stands for them: a definite class, or a list the headline names or a
    step of its sentence is told against (its object). Else [] (an unnamed class)."""
    by_sentence: dict[int, list[str]] = {}
    for index, _, key in discourse.targets:
        if index < before_sentence:
            by_sentence.setdefault(index, []).append(key)
    for index in sorted(by_sentence, reverse=True):
        keys = list(dict.fromkeys(by_sentence[index]))
        if len(keys) < 2:
            continue
        if len(keys) != count:  # the nearest list; a different count is another set
            return []
        stepped = {key for at, key in discourse.step_targets if at == index}
        same_group = definite or set(keys) <= stepped or set(keys) <= discourse.headline_targets
        return keys if same_group else []
    return []


def _group_of_its_own(text: str, counted: re.Match[str], language: str) -> bool:
    """The counted class is another group than a named list, or a part of one: "three other
    platforms", "three smaller platforms", "deux des trois plateformes", "two of the three"."""
    other = _pattern("other_group", language)
    part = _pattern("part_before", language)
    return bool((other and other.search(counted.group(0)))
                or (part and part.search(text, 0, counted.start())))


def _definite(text: str, counted: re.Match[str], language: str) -> bool:
    """The count follows a definite article or demonstrative: "the three", "des cinq"."""
    definite = _pattern("definite_before", language)
    return bool(definite and definite.search(text, 0, counted.start()))


def counted_referents(step_type: str, view: SentenceView, named_class: re.Match[str] | None,
                      discourse: Discourse) -> list[str] | None:
    """The targets of a step whose object is the class `named_class`: [] for an unnamed
    class or a law (null target), the named list a count stands for, a block's members named
    after it ("dont ULLU, ALTT", counted_members.py), or None (no target, the step is dropped)
    when the class introduces members none of which could be read."""
    if step_type == "legislation" or named_class is None:
        return []
    counted = class_count(view.text, named_class.start(), view.language)
    if counted is None:
        return []
    members = _pattern("members", view.language)
    if view.headline:
        return None  # a headline's count sums up the body, which tells the step (fog 1108)
    if members and members.match(view.text, counted.end()):
        # a block's members named are its targets (fog 1108); other steps' stay unread (a
        # fine's total is no member's own amount)
        return (member_keys(view, counted.end()) if step_type == "block" else []) or None
    number = _number(counted.group("count"))
    if not number or number < 2 or _group_of_its_own(view.text, counted, view.language):
        return []
    return named_list(discourse, view.index, number,
                      _definite(view.text, counted, view.language))
