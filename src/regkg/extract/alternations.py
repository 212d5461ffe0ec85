"""Word lists as regular-expression alternations, factored by common prefix. Layer 1.

Why: `re` tries the alternatives of a group one by one at every position it reaches, and
under IGNORECASE it cannot skip one by its first letter, so the 118 date qualifiers ("avant
le", "at the end of"...) cost 118 attempts at every word of every sentence: a third of the
French extraction time went to the date patterns. Factored ("a(?:vant(?:\\s+le|)|fter)|...")
an attempt costs one alternative per distinct first letter.

The factored pattern matches exactly what the flat one does, with the same preference:
  - the flat list is longest first, so of the words that fit at a position the longest is
    tried first; in the tree a word ends after every longer word sharing its prefix (the empty
    alternative comes last), so the same word is tried first;
  - sibling branches start with parts no one character can match together (letters apart
    even under IGNORECASE, `\\s+`, `['’]`): at most one branch fits, so their order is moot.
When a list breaks the second condition (words differing only by case, a literal `’` or a
non-breaking space) the flat alternation is returned unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = r"\s+"
_APOSTROPHE = "['’]"
Tree = dict[str, "Tree"]


def alternation(words: Iterable[str]) -> str:
    """Longest first, so "dans les" is not cut to "dans"; apostrophes and spaces loosened."""
    ordered = sorted(set(words), key=len, reverse=True)
    flat = "|".join(re.escape(w).replace("'", _APOSTROPHE).replace(r"\ ", _SPACE)
                    for w in ordered)
    if any(ch == "’" or (ch.isspace() and ch != " ") for word in ordered for ch in word):
        return flat
    tree: Tree = {}
    for word in ordered:
        node = tree
        for part in _parts(word):
            node = node.setdefault(part, {})
        node[""] = {}  # the word may end here: tried after every longer word (inserted first)
    if not ordered or not _disjoint_siblings(tree):
        return flat
    return _pattern(tree)


def _parts(word: str) -> list[str]:
    return [_SPACE if ch == " " else _APOSTROPHE if ch == "'" else re.escape(ch) for ch in word]


def _disjoint_siblings(node: Tree) -> bool:
    """No character matches two sibling literals, under IGNORECASE ("ſ" matches "s")."""
    letters = [part[-1] for part in node if part not in ("", _SPACE, _APOSTROPHE)]
    for i, first in enumerate(letters):
        for second in letters[i + 1:]:
            if re.fullmatch(re.escape(first), second, re.IGNORECASE) or re.fullmatch(
                    re.escape(second), first, re.IGNORECASE):
                return False
    return all(_disjoint_siblings(child) for child in node.values())


def _pattern(node: Tree) -> str:
    branches = [part + _pattern(child) for part, child in node.items() if part]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
