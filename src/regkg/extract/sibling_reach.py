"""How far a decision dated earlier in a text may date an undated sibling step (issue 3,
point 5). Layer 1.

releases.date_sibling_decisions gives an undated decision the day an earlier sentence gives
the same authority's decisions against the same target. A wrong date is worse than none, so
that day stays out of reach when
- it is older than the year before publication: a release or report about today's step that
  recalls a 2021 decision ("On 31 December 2021 the CNIL fined Google ... The CNIL orders
  Google to ...") tells a later step, not the old one again;
- the sentence itself marks its step as later ("Three years later, the CNIL has ordered",
  "Depuis, la CNIL a mis en demeure", "The CNIL subsequently ordered").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.models import DateValue

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

_LATER = re.compile(
    r"\b(?:later|afterwards|subsequently|since\s+then|thereafter|plus\s+tard|depuis"
    r"|par\s+la\s+suite|ensuite|désormais)\b", re.IGNORECASE)


def told_as_later(text: str) -> bool:
    """The sentence marks its step as later than the one before ("Two days later, ...")."""
    return _LATER.search(text) is not None


def beyond_reach(view: SentenceView, day: DateValue) -> bool:
    """The sibling's day may not date the step of `view`."""
    if told_as_later(view.text):
        return True
    published = view.published
    return published is not None and day.value.year < published.year - 1
