"""The day a law was passed, which is not its step's (issue 3, guideline 6: `date` is when the
authority acted). Layer 1.

Reports name the law a step applies by the day it was passed: "La CNIL a infligé une amende ...
en vertu de la loi du 6 janvier 1978", "une mesure rendue possible par la loi DDADUE du 3
décembre 2020", "in breach of Law No. 4054 of 13 December 1994", "under the Online Safety Act of
2023". A date right after a law noun, with at most a few words of the law's name or number
between and a lead ("du", "of"), and no comma, dates the law. The words are data
(data/patterns/dates.yaml, law_words). Orders and decrees are left out: "by a decree of 3
March, the ministry blocked ..." dates the step.
"""

from __future__ import annotations

import re

from regkg.extract.date_words import LAW_WORDS, alternation

# The noun, up to five words of the name or number ("DDADUE", "(UE) 2016/679", "No. 4054",
# "pour une République numérique"), the lead, right before the date.
_LAW_OF = re.compile(
    rf"(?<!\w)(?:{alternation(LAW_WORDS.get('nouns', ['law']))})(?!\w)"
    rf"(?:\s+[^\s,;:]+){{0,5}}?\s+(?:{alternation(LAW_WORDS.get('leads', ['of']))})\s+$",
    re.IGNORECASE)
_REACH = 80  # characters back from the date


def dates_a_law(text: str, date_start: int, trig_start: int) -> bool:
    """The date at `date_start` closes a law's name ("la loi du 6 janvier 1978"), and the
    step's trigger is not inside that name."""
    found = _LAW_OF.search(text, max(0, date_start - _REACH), date_start)
    return found is not None and not found.start() <= trig_start < date_start
