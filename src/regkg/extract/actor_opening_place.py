"""A body referred back to, in a sentence that opens in another country. Layer 1.

"Italy's Garante fined OpenAI in December. In France, the regulator opened an investigation
into Mistral": the regulator is France's, not the Garante; "La CNIL a infligé une amende à
Google. En Italie, l'autorité a ouvert une enquête sur DeepSeek": not the CNIL. A sentence
that opens with a place ("In France,", "Meanwhile in Spain,", "En Italie,", "Aux Pays-Bas,")
tells whose step it reports: an anaphor resolved to a body of another country is a wrong fact,
and is dropped (the country's own body, when a description names it, is actor_context's). Only
the opening place counts: a place later in the sentence is more often the platform's or the
users' ("transfers of data to the United States", "its headquarters in Ireland").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import kind_of

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker

# "In France, ", "Meanwhile, in Spain,", "En Italie, ", "Aux Pays-Bas, ", "Au Royaume-Uni, "
_OPENING = re.compile(r"^\W*(?:(?:meanwhile|separately|elsewhere|par\s+ailleurs|ailleurs|"
                      r"de\s+son\s+côté|also)\s*,?\s+)?(?:in|en|au|aux|à)\s+(?:the\s+)?$", re.I)


def opening_country(view: SentenceView) -> str | None:
    """The country code of the place the sentence opens with, if any."""
    for mention in view.mentions:
        if kind_of(mention.key) != "jurisdiction":
            continue
        after = view.text[mention.end:mention.end + 3]
        if _OPENING.match(view.text[:mention.start]) and after.lstrip().startswith(","):
            return mention.key.partition("/")[2].split("-")[0]
        return None
    return None


def placed_elsewhere(view: SentenceView, actors: list[str], linker: Linker) -> list[str]:
    """`actors` without those of another country than the one the sentence opens in."""
    country = opening_country(view)
    if country is None:
        return actors
    return [a for a in actors
            if (linker.jurisdiction_of(a) or "").split("-")[0] in (country, "")]
