"""A platform named only as "in the sights" is no target of the step (issue 3, point 4).

A headline's second part after a comma, with no verb, names a platform the measure may reach:
"L'Indonésie interdit la vente sur les réseaux sociaux, TikTok Shop dans le viseur", "bans
betting ads, Google in the crosshairs", "X sous le feu des critiques". The measure's object is
the practice before the comma; the name only says who is watched (guideline 3: the target is
the company the step is aimed at). A step told of the name elsewhere stays.
"""

from __future__ import annotations

import re

# Right after the name (up to three more words of it): the "in the sights" phrase.
_IN_THE_SIGHTS = re.compile(
    r"(?:[\s\w.&'’-]{0,40}?\s)?(?:dans\s+le\s+(?:viseur|collimateur)|sous\s+le\s+feu|"
    r"sur\s+la\s+sellette|en\s+ligne\s+de\s+mire|in\s+the\s+(?:crosshairs|cross-hairs|sights|"
    r"spotlight|firing\s+line|line\s+of\s+fire)|under\s+(?:fire|the\s+spotlight))\b",
    re.IGNORECASE)
# Right before the name: a comma (or a dash) opening the verbless part.
_COMMA_BEFORE = re.compile(r"[,–—-]\s*$")


def only_in_the_sights(text: str, start: int) -> bool:
    """The name at `start` opens a verbless part after a comma that says it is watched."""
    if _COMMA_BEFORE.search(text, max(0, start - 4), start) is None:
        return False
    return _IN_THE_SIGHTS.match(text, start) is not None
