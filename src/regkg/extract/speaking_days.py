"""The day a quote was said, told in a leading phrase of speaking (issue 3, claims: a claim's date
only when the text says when it was said). Layer 1; read by `claims`.

"Speaking to reporters on Monday, Thierry Breton said: ..."; "Asked about the fine on Tuesday,
the minister said ..."; "S'exprimant lundi devant la presse, Thierry Breton a déclaré : ...";
"Interrogée mardi sur France Inter, la ministre a affirmé ..."; "Lors d'une conférence de presse
lundi, Marie-Laure Denis a déclaré : ...": the occasion of speaking, and its day, come before
the speaker, so the reporting clause itself gives no day. The phrase opens the sentence with a
participle of speaking or being asked or names an occasion of speaking (a press conference, a
hearing, a speech), ends with a comma right before the
speaker, and gives exactly one day. Not a leading phrase of anything else ("After the ruling on
Monday, Breton said ...": the day of the ruling, not of the words).
"""

from __future__ import annotations

import datetime as dt
import re

from regkg.extract.dates import find_dates
from regkg.models import DateValue

_LEAD = re.compile(
    r"^\s*(?:Speaking|Talking|Asked|Questioned|Interviewed|Addressing|Appearing|Testifying"
    r"|Responding|Replying|Commenting|In\s+an\s+interview"
    r"|(?:When|While)\s+(?:asked|speaking|questioned|addressing|testifying|appearing)"
    r"|S['’]exprimant|Interrogée?s?"
    r"|Interviewée?s?|Questionnée?s?|Invitée?s?|Répondant|Dans\s+un\s+entretien"
    r"|Dans\s+une\s+interview"
    # the occasion of speaking, named: "At a press conference on Monday, Breton said"
    r"|(?:At|During)\s+an?\s+(?:[A-Z][\w-]*\s+){0,2}(?:press\s+conference|news\s+conference"
    r"|hearing|briefing|interview|speech|debate)"
    r"|In\s+a\s+(?:speech|briefing|hearing|radio\s+interview)"
    r"|(?:Lors|Au\s+cours)\s+d['’]une?\s+(?:conférence\s+de\s+presse|point\s+(?:de\s+)?presse"
    r"|audition|entretien|interview|discours|débat|déplacement|visite)"
    r"|Devant\s+(?:la\s+presse|les\s+journalistes|les\s+députés|les\s+sénateurs))"
    r"\b[^\"«»“”;:.!?]{0,100},\s*$")
_SENTENCE_END = re.compile(r"(?:[.!?»”\"]\s+|\n)")
_REACH = 160  # characters back from the speaker to the sentence's start


def speaking_day(text: str, window: tuple[int, int] | None, published: dt.date | None,
                 language: str) -> DateValue | None:
    """The one day of a leading phrase of speaking right before the reporting clause's
    `window` (which starts at the speaker)."""
    if window is None:
        return None
    subject_at = window[0]
    low = max(0, subject_at - _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, subject_at)]
    lead = text[ends[-1] if ends else low:subject_at]
    if not ends and low > 0 or _LEAD.match(lead) is None:
        return None
    days = {d.value for d in find_dates(lead, published, language) if d.value is not None}
    return days.pop() if len(days) == 1 else None
