"""The date of the conduct a step is taken for, which is not the step's (issue 3, guideline 6:
`date` is when the authority acted). Layer 1.

Reports give the step, then its reason with the conduct's own time: "fined Shein for cookies
placed in August 2021", "over inspections carried out in August 2023", "over a data breach in
2022", "pour des cookies déposés en août 2021", "over subscriptions sold from 2016 to 2021",
"for misusing children's data in 2020". An apposition that describes the platform or the law,
"into 4chan, founded in 2003", "contre TikTok Lite, lancé en France en février", dates them.
A date right after a participle or an event noun, inside the reason phrase that follows the
step, dates the conduct. A comma ends the phrase: "fined Shein for its cookies, in August
2021" may date the fine. The words are data (data/patterns/dates.yaml, conduct_words).
"""

from __future__ import annotations

import re

from regkg.extract.date_words import CONDUCT_WORDS, alternation

_FLAGS = re.IGNORECASE
_REASON = re.compile(rf"(?<!\w)(?:{alternation(CONDUCT_WORDS['reasons'])})(?!\w)", _FLAGS)
_NOT_PARTICIPLE = frozenset(w.lower() for w in CONDUCT_WORDS["not_participles"])
# A participle (English -ed, French -é(e)(s), or a listed irregular one) or an event noun,
# then the date's own preposition, at the end of the text before the date.
_BEFORE_DATE = re.compile(
    rf"(?<!\w)(?P<word>[\w-]{{3,}}ed|[\w-]{{2,}}(?:é|ée|és|ées)"
    rf"|{alternation(CONDUCT_WORDS['participles'])}|{alternation(CONDUCT_WORDS['events'])})"
    rf"(?:\s+(?:{alternation(CONDUCT_WORDS['date_leads'])}))?\s+$", _FLAGS)


# A reason told by a gerund: "for misusing children's data in 2020", "for monitoring its
# workers in 2019", "pour avoir utilisé les données d'enfants en 2020". A year in its phrase is
# the conduct's; a weekday may be the step's ("fined TikTok for misusing children's data on
# Tuesday"), so only a date with its year counts.
_GERUND = re.compile(r"\s+(?:[\w-]{3,}ing|avoir|ne\s+pas\s+avoir|n['’]avoir\s+pas)(?!\w)",
                     _FLAGS)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A conduct told by how far back it goes ("for conduct dating back to 2019", "pour des
# pratiques qui remontent à 2019"): inside a reason phrase, the date is the conduct's
# (conduct_words `goes_back`; review s19).
_BACK_TO = rf"(?:{alternation(CONDUCT_WORDS['goes_back'])})\s"
_GOES_BACK = re.compile(_BACK_TO, _FLAGS)  # at the date, when its span holds the words
_GOES_BACK_BEFORE = re.compile(_BACK_TO + r"+(?:\w+\s+){0,2}$", _FLAGS)  # right before it


# ", founded in 2003", ", lancé en France en février": a describing participle after a comma,
# the date further in its phrase.
_DESCRIPTION = re.compile(
    rf",\s+(?:{alternation(CONDUCT_WORDS['descriptions'])})(?!\w)[^,;:()]*$", _FLAGS)


def describes_a_party(text: str, trig_end: int, date_start: int) -> bool:
    """The date at `date_start`, after the step, is in an apposition describing its target
    or law."""
    return date_start >= trig_end and _DESCRIPTION.search(text, trig_end, date_start) is not None


def dates_the_conduct(text: str, trig_end: int, date_start: int, date_end: int) -> bool:
    """The date at `date_start:date_end`, after the step that ends at `trig_end`, dates the
    conduct its reason phrase names."""
    if date_start < trig_end:
        return False
    reasons = list(_REASON.finditer(text, trig_end, date_start))
    if not reasons or "," in text[reasons[-1].end():date_start]:
        return False
    reason_end = reasons[-1].end()
    if _GOES_BACK.match(text, date_start) or _GOES_BACK_BEFORE.search(text, reason_end,
                                                                      date_start):
        return True
    if _GERUND.match(text, reason_end) and _YEAR.search(text, date_start, date_end):
        return True
    before = _BEFORE_DATE.search(text, reason_end, date_start)
    return before is not None and before["word"].lower() not in _NOT_PARTICIPLE
