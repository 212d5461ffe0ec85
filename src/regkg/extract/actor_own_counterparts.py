"""A body named as another body's counterpart abroad, by a possessive. Layer 1.

"Ofcom said on Tuesday that its Irish counterpart had opened an investigation into X", "la CNIL
a indiqué que son homologue irlandaise avait ouvert une enquête sur X": the body that acts is
the named country's body of the trade of the body the possessive refers to (the last authority
named before it), not that body. The trade is read from the domain table
(data/patterns/actions.yaml `domain_regulators.bodies`): Ofcom is filed under safety, media and
telecoms, whose Irish bodies are one (Coimisiún na Meán). Where they differ, or the country has
none, nobody: a wrong body is worse than none. Plurals ("ses homologues") and a counterpart
coordinated with its body ("the CNIL and its Italian counterpart") act beside the body and are
counterpart_bodies' mentions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.linking import Linker

_EN = re.compile(r"\b(?:its|their)\s+(?P<demonym>(?-i:[A-Z])[\w-]*)\s+"
                 r"(?:counterpart|equivalent|peer)\b", re.IGNORECASE)
_FR = re.compile(r"\b(?:son|sa|leur)\s+(?:homologue|équivalent)\s+(?P<demonym>[\w-]+)",
                 re.IGNORECASE)

_COORDINATED = re.compile(r"\b(?:and|et)\s+$", re.IGNORECASE)


def own_counterparts(text: str, mentions: list[Mention], french: bool,
                     linker: Linker) -> list[tuple[str, int, int, str]]:
    """(key, start, end, words) of each counterpart named by a possessive and a demonym."""
    found = []
    for match in (_FR if french else _EN).finditer(text):
        if _COORDINATED.search(text, 0, match.start()):
            continue
        code = linker.demonym_code(match.group("demonym"))
        named = [m.key for m in mentions
                 if m.end <= match.start() and kind_of(m.key) == "authority"]
        body = _counterpart(linker, named[-1], code) if code and named else None
        if body:
            found.append((body, match.start(), match.end(), match.group(0)))
    return found


def _counterpart(linker: Linker, named: str, code: str) -> str | None:
    """The body of `code` in every domain `named` is filed under at home, if it is one."""
    home = linker.jurisdiction_of(named)
    bodies = {table.get(code) for table in linker.patterns.domain_bodies.values()
              if home and table.get(home) == named}
    bodies.discard(None)
    return bodies.pop() if len(bodies) == 1 else None
