"""An unknown company named again by its bare name: "IMY fined ... the online marketplace CDON
... IMY ordered them, together with CDON, to stop using the tool" (haze 1116's telling). The
gazetteer does not know CDON; the step that first named it after its kind made it an unlinked
organisation, and its name alone later in a step's region is that organisation. Layer 1; used
by regkg.extract.targets.TargetFinder (issue 3, s18 conduct).

Conservative: only the names of unknown companies an earlier step was aimed at (their keys
among the discourse's targets), written as they were (the same key), where no mention is.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from regkg.extract.names import _organisation_key
from regkg.extract.patterns import Patterns
from regkg.models import Mention

# Up to four capitalised words (a name in capitals too: "CDON", "Dagens Industri").
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý][\w&'’.-]*){0,3}")


def named_again(text: str, start: int, end: int, mentions: list[Mention],
                earlier: Collection[str], patterns: Patterns) -> list[Mention]:
    """Mentions of the unknown organisations `earlier` (keys) named in text[start:end]."""
    unknown = {key for key in earlier if key.startswith("organisation/")}  # unlinked ones
    found: list[Mention] = []
    if not unknown:
        return found
    for match in _CAPITALISED.finditer(text, start, end):
        words = match.group(0).rstrip(".")
        for cut in range(len(words.split()), 0, -1):  # the longest run that is the name
            name = " ".join(words.split()[:cut])
            name_end = match.start() + len(name)
            if _organisation_key(name, patterns) in unknown and not any(
                    m.start < name_end and match.start() < m.end for m in mentions):
                found.append(Mention(_organisation_key(name, patterns), name, match.start(),
                                     name_end, linked=False))
                break
    return found
