"""A step told after a fronted "In a decision taken in August" is of that day (issue 3,
guideline 6). Layer 1; used by `slots.find_date`.

"In a decision taken in August but published only on Christmas Eve, the ACM ordered Apple ...";
"Dans une décision rendue le 12 mars mais publiée mercredi, la CNIL a ordonné ...": the phrase
before the main clause names the decision the step belongs to and the day it was taken, and
guideline 6 dates a step by when the authority acted, not when the text appeared. The clause
rules lose that day when a "but / mais" clause (the publication) follows it in the phrase. Only
a deciding participle ("taken", "adopted", "issued", "dated", "signed", "prise", "adoptée",
"rendue", "datée", "signée"), never "published" or "announced", and only when the phrase closes
with a comma before the step's verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.dates import DateMention

_FRONTED_DECISION = re.compile(
    r"\s*(?:in|under|by|with|through|dans|par|via|selon)\s+(?:a|an|its|the|une|sa|la|son|cette)"
    r"\s+(?:\w+\s+)?(?:decision|ruling|order|determination|judg(?:e)?ment|décision|délibération"
    r"|ordonnance|arrêté|jugement|arrêt)\s+(?:\w+\s+)?(?:taken|adopted|issued|made|dated|signed"
    r"|handed\s+down|reached|prise|adoptée?|rendue?|datée?|signée?|arrêtée?)"
    r"\s+(?:on\s+|in\s+|le\s+|en\s+|du\s+|au\s+(?:mois\s+)?d['’]\s*|au\s+mois\s+de\s+)?",
    re.IGNORECASE)
# Between the date and the step's verb: the rest of the fronted phrase, closed by a comma.
_REST_OF_PHRASE = re.compile(r"[^.;:]*,[^.;:,]*", re.IGNORECASE)


def fronted_decision_date(text: str, dates: list[DateMention],
                          trig_start: int) -> DateMention | None:
    """The date of the decision the sentence opens on, when the step's verb follows it."""
    for mention in dates:
        if mention.end > trig_start:
            return None
        if (mention.value is not None and mention.qualifier is None
                and _FRONTED_DECISION.fullmatch(text, 0, mention.start)
                and _REST_OF_PHRASE.fullmatch(text, mention.end, trig_start)):
            return mention
    return None
