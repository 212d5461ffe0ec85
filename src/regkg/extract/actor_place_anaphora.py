"""The place a domain description refers back to: "In Turkey, the country's telecoms regulator
blocked Discord", "En Turquie, le régulateur des télécoms du pays a bloqué Discord" (issue 3,
session 10). Wire reports name the country once and then describe its body
through "the country's", "the nation's", "du pays" (actor_context.py reads them across sentences,
from the discourse's places): the body is that country's one regulator
of the domain (linking.py `_domain_mentions`), the country being the last place named before
the description in the sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

# A capitalised word, or a French place word with its accents ("Québec").
_WORD = re.compile(r"(?-i:[A-ZÀ-Ý])[\w-]*")


def anaphor_country(text: str, start: int, place_code: Callable[[str], str | None]) -> str | None:
    """The country, province or state of the last place named in `text` before `start`
    (a country's name or demonym the `demonyms` table knows); None when there is none."""
    for word in reversed(_WORD.findall(text, 0, start)):
        code = place_code(word)
        if code:
            return code
    return None
