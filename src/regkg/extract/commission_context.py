"""Whether an article's bare "the Commission" can be the European Commission. Layer 1; used
by regkg.extract.bare_commission.

"The Commission"/"la Commission" is the EU's short name in EU reports, and the short name of
many national bodies (Korea's PIPC, the FTC, India's CCI). A live blog from Seoul may call
its body "the commission" before naming it, and name nothing of the EU: linking the bare form
to the EU then states a wrong fact. The EU reading needs EU context; an article that names
only countries outside the EU (their places, bodies, demonyms: "Seoul", "Korean", "won" is
not read) and no EU body, place, law or word has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from regkg.models import Mention

# Words of EU context: the Union, its executive, its capital, its platform laws.
# (The acronyms in capitals only: "eu" is a French participle.)
_EU_WORDS = re.compile(
    r"\b(?:(?-i:EU|UE|E\.U\.|DMA|DSA|GDPR|RGPD)|European|Europe|europ[ée]\w*|Brussels|"
    r"Bruxelles|bloc|Digital\s+(?:Markets|Services)\s+Act)\b", re.IGNORECASE)
_BARE = re.compile(r"(?:the|la|cette|this)\s+commission", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w-]+")


def outside_eu(text: str, mentions: list[Mention], country_of: Callable[[str], str | None],
               city: Callable[[str], str | None], eu_members: frozenset[str],
               unnamed: bool) -> bool:
    """Does the article place itself outside the EU (a body or a city of another country, a
    "... Commission" the reference lacks: `unnamed`) and name nothing of the EU or its
    members? A country's name or adjective is no clue: it qualifies firms as often ("China's
    ByteDance", "the US giant")."""
    if _EU_WORDS.search(text):
        return False
    codes = {(country_of(m.key) or "").split("-")[0] for m in mentions
             if m.key.split("/")[0] == "authority" and not _BARE.fullmatch(m.text.strip())}
    codes |= {(city(w.group(0).casefold()) or "").split("-")[0] for w in _WORD.finditer(text)
              if w.group(0)[:1].isupper()}
    codes.discard("")
    if codes & (eu_members | {"EU"}):
        return False
    return bool(codes) or unnamed
