"""A pronoun's speaker named as the subject of the sentence before. Layer 1; read by `claims`.

'Musk hit back on his platform. “...,” he wrote.' / 'Teresa Ribera a présenté l'amende.
Interrogée sur une riposte, elle a répondu : « ... »': the sentence just before the one holding
the pronoun opens with a person named after the last speaker event, and the pronoun fits them.
"""

from __future__ import annotations

from regkg.extract.attribution import Attribution, ClauseReader
from regkg.extract.quotes import SPACES, last_visible, sentence_start


def subject_before(
    reader: ClauseReader, start: int, last_event: int, attribution: Attribution
) -> Attribution | None:
    """The person who opens the sentence before text[start:] (the pronoun's sentence), as the
    speaker of `attribution`."""
    text = reader.text
    stop = last_visible(text, start)  # the full stop that ends the sentence before
    if stop < 0:
        return None
    previous = sentence_start(text, stop, text.rfind("\n", 0, stop) + 1)
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
