"""Wire copy's "quoted X as saying". Layer 1; read by `claims`.

Agencies relay what another outlet or a statement reported: "“The platform must obey Russian
law,” the Interfax news agency quoted Dmitry Peskov as saying." / "State media quoted Wang Wenbin
as saying: “...”". The grammatical subject (the agency, the statement) only carries the words;
the person after "quoted" said them. The person must end the phrase, after a title at most
("quoted Kremlin spokesman Dmitry Peskov as saying"); "quoted a spokesperson as saying" names no
one and the clause is left to the ordinary readers, which leave it unnamed.
"""

from __future__ import annotations

import re

from regkg.extract.attribution import Attribution, ClauseReader
from regkg.extract.quotes import SPACES, Passage, sentence_end, sentence_start

_QUOTED_AS = re.compile(r"\bquoted\s+(?P<who>[^.;:“”\"«»]{1,100}?)\s+as\s+saying\b")
_MAX_SUBJECT = 80  # "the Interfax news agency", "a statement from the ministry"


def quoted_as_after(reader: ClauseReader, passage: Passage) -> Attribution | None:
    """'“...,” the agency quoted Dmitry Peskov as saying.'"""
    if reader.language != "en":
        return None
    start = passage.close_at + 1
    end = sentence_end(reader.text, start, passage.paragraph_end)
    match = _QUOTED_AS.search(reader.text, start, end)
    if match is None or match.start() - start > _MAX_SUBJECT:
        return None
    return _speaker(reader, match, (start, end))


def quoted_as_before(reader: ClauseReader, passage: Passage) -> Attribution | None:
    """'State media quoted Wang Wenbin as saying: “...”'."""
    if reader.language != "en":
        return None
    start = sentence_start(reader.text, passage.open_at, passage.paragraph_start)
    found = list(_QUOTED_AS.finditer(reader.text, start, passage.open_at))
    match = found[-1] if found else None  # the last one, right before the quotation
    if match is None or reader.text[match.end() : passage.open_at].strip(SPACES + ",:"):
        return None
    return _speaker(reader, match, (start, passage.open_at))


def _speaker(
    reader: ClauseReader, match: re.Match[str], window: tuple[int, int]
) -> Attribution | None:
    names = reader.names.find(match.start("who"), match.end("who"))
    if not names:
        return None
    name = names[-1]
    if reader.text[name.end : match.end("who")].strip(SPACES):
        return None  # 'quoted Jane Doe's spokesman as saying'
    if reader.joint(name) or reader.possessive(name):
        return None
    role = reader._title_before(match.start("who"), name)
    gender = name.gender or reader.role_gender(role)
    return Attribution("name", match.start(), window[1], name, gender, role, window)
