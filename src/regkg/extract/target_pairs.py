"""The two companies of an article as the referent of a plural reference told far from their
names: "Google et Amazon déposaient des cookies ... Que doivent faire les deux groupes ? La CNIL
leur a enjoint ..." (tests/frost 980), "Shein and Temu ... the Commission sent the two
businesses requests". Explainers and Q&A pages put headings and background between the pair
and the step, beyond the three sentences `_last_targets` looks back. Layer 1; used by
regkg.extract.targets.TargetFinder (issue 3, session 16, described targets).

Precision first: the article has named exactly two company groups (a service counts as its
operator's: "google.fr" is Google); with three or more, "leur" is a guess, no target. A plural
that states its number ("the two businesses", "les deux groupes") must get that many. Only a
description that names a company kind takes the pair, never a bare pronoun ("them", "leur"): it
refers to the nearest plural, which may be anyone ("Consumer associations met. The CNIL ordered
them to stop").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from regkg.extract.target_groups import group_above
from regkg.reference import Reference

# The number a plural reference states: "both", "the two", "les deux", "tous deux" are 2.
_TWO = re.compile(r"\b(?:both|two|deux)\b", re.IGNORECASE)
_THREE = re.compile(r"\b(?:three|trois)\b", re.IGNORECASE)
# A description naming a company kind: "the two businesses", "les deux groupes".
_COMPANY_KIND = re.compile(
    r"\b(?:groupes|sociétés|entreprises|firmes|plateformes|géants|services|applications|"
    r"companies|businesses|firms|groups|platforms|giants|services|apps)\b", re.IGNORECASE)


def article_pair(named: Iterable[str], reference: Reference, words: bool | str) -> list[str]:
    """The two company groups among the article's targets `named`, each by its topmost named
    member, for `words` that name a company kind; [] unless there are exactly two."""
    if not isinstance(words, str) or not _COMPANY_KIND.search(words):
        return []  # "them", "leur": the nearest plural, not the article's pair
    keys = list(dict.fromkeys(named))
    tops = [key for key in keys if not group_above(reference, key) & set(keys)]
    return tops if len(tops) == 2 else []


def fitting(words: str, referents: list[str]) -> list[str]:
    """`referents`, unless the reference states a number ("the two businesses") it lacks:
    "the two businesses" resolved to Facebook alone (Meta's and Giphy's pair, Giphy unknown)
    would name one party of two, a wrong row."""
    stated = 3 if _THREE.search(words) else 2 if _TWO.search(words) else 1
    return referents if len(referents) >= stated else []
