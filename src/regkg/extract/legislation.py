"""The platforms a law is aimed at, when the sentence names them. Layer 1.

A law is aimed at a class (the guidelines keep `target: null`), except when the report says
which companies it is meant for: "an amendment ... that bars app market operators from ..., a
measure aimed squarely at Google and Apple", "une loi visant TikTok et Meta". Only companies
named right after such words count: a platform named elsewhere in the sentence is context.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker

_AIMED_AT = re.compile(
    r"\b(?:aimed\s+(?:squarely\s+|directly\s+|primarily\s+|chiefly\s+|mainly\s+|largely\s+)?at|"
    r"targeting|targetting|directed\s+at|visant(?:\s+(?:directement|notamment|surtout))?|"
    r"qui\s+vise(?:nt)?(?:\s+(?:directement|notamment|surtout))?|ciblant)\s+", re.IGNORECASE)
# The named companies follow within a short list ("Google and Apple", "TikTok, Meta et X").
_LIST_REACH = 60


def aimed_targets(view: SentenceView, after: int, linker: Linker) -> list[str]:
    """The companies named right after "aimed at"/"visant" following the law's cue."""
    found: list[str] = []
    for aimed in _AIMED_AT.finditer(view.text, after):
        for mention in view.mentions:
            if (aimed.end() <= mention.start <= aimed.end() + _LIST_REACH
                    and linker.is_target(mention.key, "legislation")
                    and not re.search(r"[.;:]", view.text[aimed.end():mention.start])):
                found.append(mention.key)
    return list(dict.fromkeys(found))
