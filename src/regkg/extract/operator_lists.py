"""The legal entities behind one platform, listed in apposition to it, are that platform as a
target (issue 3, guidelines 3 and 5: one action per target; a target is the company or platform
as named). Layer 1; used by targets.py.

"fined the two companies behind Bybit, Zeta Holdings Limited and Omicron Capital Ltd, S$3
million", "sued the three entities that run Binance, A Ltd, B Ltd and C LLC", "aux deux
sociétés qui exploitent Bybit, A et B": the step is against the platform the text names; the
list after it only says which companies run it. Taking each name as a target of its own splits
one decision on one platform into several (and a later "them" refers to the platform).
Only a plural noun of companies with a word of running ("behind", "that run", "operating",
"qui exploitent", "derrière"), the platform, a comma and a list of capitalised names joined by
"and"/"et"; a list after a singular "the company behind X" names its operator (Aylo for the
operator of Pornhub) and stays, as does a list with no platform ("two companies, A and B").
"""

from __future__ import annotations

import re

_NAME = r"(?-i:[A-Z0-9])[\w.&'’-]*(?:\s+(?-i:[A-Z0-9])[\w.&'’-]*){0,4}"
_OPERATOR_LIST = re.compile(
    r"\b(?:the|its|their|les|aux|des|ses|leurs)\s+"
    r"(?:(?:two|three|four|five|several|\d+|deux|trois|quatre|cinq|plusieurs)\s+)?"
    r"(?:[\w-]+\s+)?(?:companies|firms|entities|operators|businesses|sociétés|entreprises"
    r"|entités|exploitants|opérateurs)\s+"
    r"(?:behind|(?:that|which)\s+(?:run|operate|own|control)|running|operating"
    r"|derrière|qui\s+(?:exploitent|opèrent|gèrent|contrôlent|détiennent)|exploitant"
    r"|à\s+l['’]origine\s+(?:de|du|d['’]))\s+"
    rf"(?P<platform>{_NAME}),\s+"
    rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|et)\s+{_NAME})(?=\s*[,;.)]|\s*$)",
    re.IGNORECASE)


def apposed_operator_spans(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(platform span, list span) of each list of the companies behind a platform."""
    return [(m.span("platform"), m.span("list")) for m in _OPERATOR_LIST.finditer(text)]


def without_apposed_operators(found: list[tuple[int, int, str]],
                              text: str) -> list[tuple[int, int, str]]:
    """The (start, end, key) targets less the names listed after the platform they run, when
    that platform is one of the targets."""
    dropped = set()
    for (p_start, p_end), (l_start, l_end) in apposed_operator_spans(text):
        if any(p_start <= a < p_end for a, _, _ in found):
            dropped |= {i for i, (a, _, _) in enumerate(found) if l_start <= a < l_end}
    return [item for i, item in enumerate(found) if i not in dropped]
