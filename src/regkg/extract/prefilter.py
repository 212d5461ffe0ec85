"""A literal prefilter for compiled patterns. Layer 1.

The triggers and cues run on every sentence, one regular expression each, and each scan costs
about as much as the rest of a sentence's work. Nearly every one of them needs some literal
word to match ("open", "launch", "enqu"...), and most sentences hold none of a pattern's
words: a few substring tests on the lower-cased sentence settle those without a scan.

The filter is exact, never approximate: `GatedPattern.finditer` yields what `re` yields. The
required literals come from the parsed pattern (see `required_literals`), and the case-folded
comparison is skipped for the rare text where `str.lower` and `re`'s case folding disagree.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Protocol, TypeVar

# Characters `re` folds together beyond plain lower-casing under IGNORECASE ("ſ" matches "s",
# "ı" matches "i", Greek and Cyrillic variants: re._compiler._EXTRA_CASES); their ASCII
# partners are left out, since the other member of each pair is in the set.
FOLD_EXTRAS = frozenset("µıſͅΐΰβεθικμπρςσφϐϑϕϖϰϱϵвдостъѣᲀᲁᲂᲃᲄᲅᲆᲇᲈṡẛιΐΰꙋﬅﬆ")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Needs = frozenset[str]


def required_literals(pattern: re.Pattern[str]) -> Needs | None:
    """Lower-cased strings one of which every match of `pattern` contains, or None when the
    pattern needs no literal of two characters or more (or one `re` folds unusually)."""
    needs = _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    if not needs or min(map(len, needs)) < 2:
        return None
    if any(FOLD_EXTRAS.intersection(literal) for literal in needs):
        return None
    return needs


def _sequence(items: list[tuple[Any, Any]]) -> Needs | None:
    """Every item of a sequence must match: the most selective item's needs serve them all."""
    best: Needs | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            best = _more_selective(best, frozenset({"".join(run)}))
            run = []
        if op is not None:
            best = _more_selective(best, _item(op, av))
    return best


def _item(op: Any, av: Any) -> Needs | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.BRANCH:  # one of the alternatives matches: the union of their needs
        needs: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if found is None:
                return None
            needs |= found
        return frozenset(needs)
    if op in _REPEATS and av[0] >= 1:
        return _sequence(list(av[2]))
    return None  # classes, wildcards, assertions (they may look outside the match), groups


def _more_selective(a: Needs | None, b: Needs | None) -> Needs | None:
    if a is None or b is None:
        return a if b is None else b
    return a if min(map(len, a)) >= min(map(len, b)) else b


_last: tuple[str, str | None] = ("", "")


def lowered(text: str) -> str | None:
    """`text` lower-cased for the prefilter, or None when `str.lower` may disagree with `re`'s
    case folding ("İ" lower-cases to two characters). The last text is remembered: the
    same sentence meets every pattern in turn."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low: str | None = text.lower()
    if low is not None and (len(low) != len(text) or not FOLD_EXTRAS.isdisjoint(low)):
        low = None
    _last = (text, low)
    return low


class _LiteralIndex:
    """The literals of every gated pattern, those a text holds found by one scan of it: the
    patterns then test a set each, where testing their literals one by one cost as much as
    the scans they spare (some 250 patterns meet every sentence).

    The scan reports at each position the longest literal that starts there (a lookahead
    over the literals factored by prefix, longest first); the shorter ones starting there are
    its prefixes, added from a table. So the set is exactly the literals `in` the text."""

    def __init__(self) -> None:
        self.literals: set[str] = set()
        # the scan and the prefix table, built together on first use and swapped in as one
        # value: a thread must never see a new scan with an old table (`--executor dask`
        # extracts in threads)
        self.compiled: tuple[re.Pattern[str], dict[str, frozenset[str]]] | None = None
        self.generation = 0
        # per thread, the last text and a few more by id (each kept alive by its entry): the
        # same sentence meets every pattern in turn, and a sentence's cues are read after other
        # texts have met the index. Shared, one thread's text could answer for another's.
        self.memory = threading.local()

    def add(self, needs: Needs) -> None:
        if not needs <= self.literals:
            self.literals |= needs
            self.compiled = None  # rebuilt on next use
            self.generation += 1  # what every thread remembers is stale

    def present(self, text: str) -> frozenset[str] | None:
        """The literals in lower-cased `text`; None when `lowered` refuses it."""
        recent = self._recent()
        kept = recent.get(id(text))
        if kept is not None and kept[0] is text:
            return kept[1]
        low = lowered(text)
        found = None if low is None else self._scan(low)
        if len(recent) >= _RECENT:
            del recent[next(iter(recent))]  # the oldest
        recent[id(text)] = (text, found)
        return found

    def _recent(self) -> dict[int, tuple[str, frozenset[str] | None]]:
        memory = self.memory
        if getattr(memory, "generation", None) != self.generation:
            memory.generation, memory.recent = self.generation, {}
        recent: dict[int, tuple[str, frozenset[str] | None]] = memory.recent
        return recent

    def _scan(self, low: str) -> frozenset[str]:
        compiled = self.compiled
        if compiled is None:
            literals = set(self.literals)
            compiled = (re.compile(f"(?=({_factored(literals)}))"),
                        {literal: frozenset(literal[:i] for i in range(1, len(literal) + 1)
                                            if literal[:i] in literals)
                         for literal in literals})
            self.compiled = compiled
        regex, prefixes = compiled
        return frozenset().union(*map(prefixes.__getitem__, set(regex.findall(low))))


def _factored(literals: set[str]) -> str:
    """The literals as one alternation, factored by prefix: a longer one before its prefix."""
    tree: dict[str, Any] = {}
    for literal in literals:
        node = tree
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch]
        branches += [""] if "" in node else []
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree)


_RECENT = 8
_INDEX = _LiteralIndex()


def literals_of(text: str) -> frozenset[str] | None:
    """The gated patterns' literals in `text` (None: unknown), for `GatedPattern.absent`."""
    return _INDEX.present(text)


class GatedPattern:
    """A compiled pattern whose `finditer` first checks the literals every match needs."""

    __slots__ = ("regex", "needs", "solid")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.needs = required_literals(regex)
        # needs without a space: each keeps its place in a copy of the text with spans
        # blanked by spaces, where a literal with a space might newly appear
        self.solid = self.needs is not None and not any(
            ch.isspace() for literal in self.needs for ch in literal)
        if self.needs is not None:
            _INDEX.add(self.needs)

    def __reduce__(self) -> tuple[type[GatedPattern], tuple[re.Pattern[str]]]:
        """Built again where unpickled: a worker process's index must learn the literals too
        (without this, `--executor dask` workers skipped every pattern loaded by the parent)."""
        return (GatedPattern, (self.regex,))

    def absent(self, present: frozenset[str] | None) -> bool:
        """No match in a text whose literals are `present` (`literals_of`), nor in a part of
        that text or a copy with spans blanked by spaces (offsets unchanged)."""
        return self.solid and present is not None and present.isdisjoint(self.needs or ())

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.needs is not None:
            present = _INDEX.present(text)
            if present is not None and present.isdisjoint(self.needs):
                return iter(())
        return self.regex.finditer(text)

    # Anchored calls read one place, not the whole text: left to `re` as they are (a search
    # too: it is rare).
    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GatedPattern) and other.regex == self.regex

    def __hash__(self) -> int:
        return hash(self.regex)

    def __repr__(self) -> str:
        return f"GatedPattern({self.regex.pattern!r})"


def witnessed(text: str, witnesses: tuple[re.Pattern[str], ...], seen: dict[int, bool]) -> bool:
    """`text` holds a match of each of `witnesses` (patterns that match some part of every
    match of the pattern they gate); each is searched once per text, remembered in `seen` by
    its id (hashing a compiled pattern hashes its whole code)."""
    for witness in witnesses:
        key = id(witness)
        if key not in seen:
            seen[key] = witness.search(text) is not None
        if not seen[key]:
            return False
    return True


class _Gated(Protocol):
    @property
    def pattern(self) -> GatedPattern: ...


Item = TypeVar("Item", bound=_Gated)
_LISTS: dict[int, tuple[Sequence[Any], list[int], dict[str, list[int]]]] = {}


def may_match(items: Sequence[Item], text: str) -> Sequence[Item]:
    """The items (triggers, cues) whose pattern may match `text`, in their order: the ones
    `GatedPattern.finditer` would scan. Found from the text's literals through an index of
    the list, not by asking each of some 250 patterns in turn."""
    present = _INDEX.present(text)
    if present is None:
        return items
    entry = _LISTS.get(id(items))
    if entry is None or entry[0] is not items:
        always = [i for i, item in enumerate(items) if item.pattern.needs is None]
        by_literal: dict[str, list[int]] = {}
        for i, item in enumerate(items):
            for literal in item.pattern.needs or ():
                by_literal.setdefault(literal, []).append(i)
        entry = _LISTS[id(items)] = (items, always, by_literal)
    chosen = set(entry[1])
    for literal in present:
        chosen.update(entry[2].get(literal, ()))
    return [items[i] for i in sorted(chosen)]


def matches(items: Sequence[Item], text: str) -> Iterator[tuple[Item, re.Match[str]]]:
    """Each item's matches in `text`, item by item in order (`may_match`)."""
    for item in may_match(items, text):
        for match in item.pattern.regex.finditer(text):
            yield item, match
