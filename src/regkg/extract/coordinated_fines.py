"""A fine told in a coordinated clause that names no company of its own (issue 3, guideline 6:
one action per step). Layer 1 (used by the lexicon layer, regkg.extract.lexicon).

"The AP fined Uber €600,000 in November 2018, and Britain's ICO imposed a £385,000 penalty over
the same breach"; "The KFTC fined Google 207 billion won in 2021, and in April 2023 it imposed a
42 billion won penalty for ..."; "La CNIL a infligé une amende de 10 millions d'euros à Google,
et en 2022 elle a prononcé une sanction de 5 millions d'euros": the second clause, opened by
"and"/"et"/"puis" after a fine told in the same sentence, states a sum and no party of its own,
so its fine is against the company fined in the first clause. A clause naming a party after the
sum ("on a hospital", "à un hôpital"), a company in the clause itself, or several companies
fined before it (which one?) gives no target.
"""

from __future__ import annotations

import re

# The clause opens with a coordinator: ", and", "; and", ", et", ", puis", "and then".
_COORDINATED = re.compile(
    r"(?:[,;]\s*|\s)(?:and|et|puis|then|and\s+then|et\s+puis)\b(?:(?!\b(?:and|et)\b)[^,;.]){0,90}$",
    re.IGNORECASE)
# A fine told before the clause, in the same sentence.
_FINED_BEFORE = re.compile(
    r"\b(?:fined|fining|fines|fine\s+of|penalt(?:y|ies)|amendes?|sanctions?\s+de\s+\d|"
    r"inflig\w*|condamn\w*)\b", re.IGNORECASE)
# The clause names a party of its own after the sum: "on X", "against X", "à X", "to X".
# (not past a reason: "for pressing developers not to release titles on a rival store")
_OWN_PARTY = re.compile(r"^(?:(?!\b(?:for|over|pour|après|after|because)\b)[^.;,]){0,30}?"
                        r"\b(?:on|against|upon|à|au|aux|contre|to)\s+(?!the\s+same\b)"
                        r"(?:(?:a|an|the|its|their|une?|la|le|les|l')\s*)?(?-i:[A-Za-zÀ-ÿ])",
                        re.IGNORECASE)
_SUM = re.compile(r"\d")


def coordinated_fine_targets(text: str, start: int, end: int,
                             earlier: list[str]) -> list[str]:
    """The company fined before a coordinated fine clause with a sum and no party of its own:
    `start`/`end` the cue's span, `earlier` the companies named in the sentence before it."""
    head = text[:start]
    if len(set(earlier)) != 1 or not _COORDINATED.search(head):
        return []
    opening = _COORDINATED.search(head)
    assert opening is not None
    if not _FINED_BEFORE.search(head, 0, opening.start()):
        return []
    tail = text[end:]
    if _OWN_PARTY.match(tail) or not _SUM.search(text[opening.start():end] + tail[:40]):
        return []
    return earlier[-1:]
