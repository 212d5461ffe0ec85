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
from regkg.extract.quotes import last_visible, sentence_end, sentence_start
from regkg.extract.signatures import colon_frame
from regkg.extract.speakers import ClaimPatterns, Name
from regkg.extract.subject_leads import Lead, stamp_end, stamped, subject_lead

# A sentence whose subject is the pronoun itself ('Il compte saisir le comité'): the person it
# stands for opens a sentence further back.
_PRONOUN_SUBJECT = re.compile(r"(il|elle|he|she)\b", re.I)
# The same, after a short fronted phrase at most ('Three years later, she says ...').
PRONOUN_FIRST = re.compile(r"(?:[^,.;:!?«»“”\"\n]{1,40},\s*)?(?:il|elle|he|she)\b", re.I)


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before text[start:] starts; -1 at the text's start."""
    stop = last_visible(text, start)  # the full stop that ends the sentence before
    return -1 if stop < 0 else sentence_start(text, stop, text.rfind("\n", 0, stop) + 1)


def subject_before(
    reader: ClauseReader, start: int, last_event: int, attribution: Attribution
) -> Attribution | None:
    """The person who opens the sentence before text[start:] (the pronoun's sentence), as the
    speaker of `attribution`; an unnamed speaker when that sentence opens with a person the text
    does not name ('Un porte-parole de la plateforme annonce un recours.')."""
    text = reader.text
    previous = _opening_sentence(reader, start, attribution.gender)
    if previous < 0:
        return None
    names = reader.names.find(previous, start)
    if not names:
        if _person_subject(reader, previous) == "indefinite":
            at, end = attribution.at, attribution.end
            return Attribution("unnamed", at, end, window=attribution.window)
        return None
    subject = _subject(reader, previous, names)
    if subject is None or subject[0].start <= last_event:
        return None
    name, lead = subject
    gender = name.gender or reader.role_gender(lead.worded) or reader.role_gender(lead.role)
    if attribution.gender is not None and gender not in (attribution.gender, None):
        return None
    role = lead.role or reader._role_after(name.end, _sentence_end_after(text, name.end))
    at, end = attribution.at, attribution.end
    return Attribution("name", at, end, name, gender, role, attribution.window)


def _subject(reader: ClauseReader, start: int, names: list[Name]) -> tuple[Name, Lead] | None:
    """The first name of the sentence at `start` that is its subject ('Sur le marché de Tanah
    Abang, Siti Rahmawati, vendeuse de hijabs, reste sceptique': not the market's name)."""
    for name in names:
        if name.ai or reader.possessive(name):
            continue
        lead = subject_lead(reader, reader.text[start : name.start], name)
        if lead is not None:
            return name, lead
    return None


def _opening_sentence(reader: ClauseReader, start: int, gender: str | None) -> int:
    """Where the sentence that should name the pronoun's person starts: the one before
    text[start:], passing over two sentences opened by the same pronoun at most ('X a interdit
    ... Il compte saisir ... « ... », a-t-il affirmé') and, in its paragraph, two that name no
    one and open with no person ('La procureure, Anne Leroy, retrace le calendrier. Une enquête
    a été ouverte en 2021. « ... », a-t-elle déclaré'); never past a live blog's time stamp."""
    text = reader.text
    previous = _sentence_before(text, start)
    pronouns = empty = 0
    while previous >= 0:
        same = _PRONOUN_SUBJECT.match(text, previous)
        if same is not None and pronouns < 2 and reader.patterns.raw["pronouns"][
                reader.language].get(same.group(1).lower()) == gender:
            previous, pronouns = _sentence_before(text, previous), pronouns + 1
            continue
        end = _sentence_end_after(text, previous)
        if (reader.names.find(previous, end) or _person_subject(reader, previous)
                or stamped(text, previous, end) or empty == 2):
            return previous
        before = _sentence_before(text, previous)
        if before < text.rfind("\n", 0, previous) + 1:
            return previous  # the paragraph opens with it: the person is not further back
        previous, empty = before, empty + 1
    return previous


def _sentence_end_after(text: str, start: int) -> int:
    line_end = text.find("\n", start)
    return sentence_end(text, start, len(text) if line_end < 0 else line_end)


_INDEFINITE = frozenset("un une des a an some several plusieurs".split())  # noqa: SIM905


def _person_subject(reader: ClauseReader, start: int) -> str | None:
    """'indefinite' or 'definite' when the sentence at `start` opens with an unnamed person, a
    role or a person noun ('Un porte-parole de la plateforme annonce', 'Le ministre a prévenu')."""
    text = reader.text
    at = stamp_end(text, start, min(len(text), start + 60))
    words = [w.casefold().strip(",") for w in text[at : at + 80].split()[:4]]
    persons = _persons(reader.patterns)
    if not any(_ELIDED.sub("", w) in persons for w in words):
        return None
    return "indefinite" if words[0] in _INDEFINITE else "definite"


_ELIDED = re.compile(r"^[ld]['’]")
_PERSONS: dict[int, tuple[ClaimPatterns, frozenset[str]]] = {}


def _persons(patterns: ClaimPatterns) -> frozenset[str]:
    """Role nouns and person nouns (claims.yaml), folded; built once per patterns."""
    if id(patterns) not in _PERSONS:
        nouns = frozenset(w.casefold() for w in patterns.raw.get("person_nouns", []))
        _PERSONS[id(patterns)] = (patterns, patterns.role_nouns | nouns)
    return _PERSONS[id(patterns)][1]


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
