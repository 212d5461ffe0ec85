"""A pronoun's speaker named as the subject of the sentence before. Layer 1; read by `claims`.

'Musk hit back on his platform. “...,” he wrote.' / 'Teresa Ribera a présenté l'amende.
Interrogée sur une riposte, elle a répondu : « ... »': the sentence just before the one holding
the pronoun opens with a person named after the last speaker event, and the pronoun fits them.
Sentences opened by that same pronoun in between are passed over ('X a interdit ... Il compte
saisir ... « ... », a-t-il affirmé'). 'Jane Doe struck a defiant tone: “...,” she said': the
pronoun's own sentence opens with its person, before the colon (`framed_before`).
"""

from __future__ import annotations

import re

from regkg.extract.attribution import Attribution, ClauseReader
from regkg.extract.quotes import SPACES, last_visible, sentence_start
from regkg.extract.signatures import colon_frame

# A sentence whose subject is the pronoun itself ('Il compte saisir le comité'): the person it
# stands for opens a sentence further back.
_PRONOUN_SUBJECT = re.compile(r"(il|elle|he|she)\b", re.I)


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before text[start:] starts; -1 at the text's start."""
    stop = last_visible(text, start)  # the full stop that ends the sentence before
    return -1 if stop < 0 else sentence_start(text, stop, text.rfind("\n", 0, stop) + 1)


def subject_before(
    reader: ClauseReader, start: int, last_event: int, attribution: Attribution
) -> Attribution | None:
    """The person who opens the sentence before text[start:] (the pronoun's sentence), as the
    speaker of `attribution`."""
    text = reader.text
    previous = _sentence_before(text, start)
    for _ in range(2):  # 'X a interdit ... Il compte saisir ... « ... », a-t-il affirmé.'
        same = _PRONOUN_SUBJECT.match(text, previous) if previous >= 0 else None
        if same is None or reader.patterns.raw["pronouns"][reader.language].get(
                same.group(1).lower()) != attribution.gender:
            break
        previous = _sentence_before(text, previous)
    if previous < 0:
        return None
    names = reader.names.find(previous, start)
    if not names or names[0].start <= last_event:
        return None
    name = names[0]
    lead = text[previous : name.start].strip(SPACES)
    gender = attribution.gender
    if name.ai or reader.possessive(name) or not reader.subject_lead(lead, name):
        return None
    if gender is not None and name.gender not in (gender, None):
        return None
    at, end = attribution.at, attribution.end
    return Attribution("name", at, end, name, name.gender, None, attribution.window)


def framed_before(
    reader: ClauseReader, start: int, quote_at: int, attribution: Attribution
) -> Attribution | None:
    """'Jane Doe struck a defiant tone: “...,” she said.': the pronoun after the quotation is the
    person the colon frame before it opens with, when the pronoun fits them."""
    framed = colon_frame(reader, start, quote_at)
    if framed is None or framed.kind != "name" or framed.name is None:
        return None
    gender = attribution.gender
    if gender is not None and framed.gender not in (gender, None):
        return None
    at, end = attribution.at, attribution.end
    return Attribution("name", at, end, framed.name, framed.gender, framed.role, attribution.window)
