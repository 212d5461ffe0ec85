"""The date a body got a power or a name, which is not its step's (issue 3, guideline 6: `date`
is when the authority acted). Layer 1.

Reports tell the tool a step was taken with, dated by the day the body got it: "the office has
used new powers it gained in 2021 to open proceedings against Apple", "grâce aux pouvoirs qu'elle
a obtenus en 2021, l'autorité a ouvert ..."; or the body's change of name: "le CSA, devenu
l'Arcom le 1er janvier, a mis en demeure ...". A date right after the getting verb of a power
noun (a few words between: "powers it was given in", "pouvoirs qui lui ont été confiés en"), or
after a renaming verb, with no comma between, dates the power or the name. The words are data
(data/patterns/dates.yaml, power_words).
"""

from __future__ import annotations

import re

from regkg.extract.date_words import CONDUCT_WORDS, POWER_WORDS, alternation

_LEAD = rf"(?:\s+(?:{alternation(CONDUCT_WORDS['date_leads'])}))?"
_GOT_POWER = re.compile(
    rf"(?<!\w)(?:{alternation(POWER_WORDS.get('nouns', ['powers']))})(?!\w)[^,;:.]{{0,40}}?"
    rf"(?<!\w)(?:{alternation(POWER_WORDS.get('gains', ['gained']))}){_LEAD}\s+$",
    re.IGNORECASE)
# "devenu l'Arcom le", "renamed Ofcom on": the verb, up to four words of the new name, the lead.
_RENAMED = re.compile(
    rf"(?<!\w)(?:{alternation(POWER_WORDS.get('renamings', ['renamed']))})(?!\w)"
    rf"(?:\s+[\w'’.-]+){{0,4}}?{_LEAD}\s+$", re.IGNORECASE)
_REACH = 80  # characters back from the date


def dates_a_power(text: str, date_start: int, trig_start: int, trig_end: int) -> bool:
    """The date at `date_start` closes a phrase of a body getting a power or a name, and the
    step's trigger is not inside that phrase."""
    low = max(0, date_start - _REACH)
    for pattern in (_GOT_POWER, _RENAMED):
        found = pattern.search(text, low, date_start)
        if found is not None and not (found.start() <= trig_start < date_start
                                      and trig_end <= date_start):
            return True
    return False
