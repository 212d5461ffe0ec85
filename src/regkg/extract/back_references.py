"""A quotation standing alone, named by the paragraph after it. Layer 1; read by `claims`.

Features and wire stories open on the words, then say whose they were: "“This is the biggest
fine we have ever imposed.” // With those words, Helen Dixon, Ireland's Data Protection
Commissioner, announced ...", "« Nous ne laisserons pas faire. » // C'est par ces mots que Clara
Chappaz a ouvert la réunion." The next paragraph must open with a phrase that points back at the
words (data/patterns/claims.yaml `back_references`) and go on with a person's name, after a
title at most: "With those words, the regulator ..." names no one, and the quote stays out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from regkg.extract.attribution import Attribution, ClauseReader
from regkg.extract.quotes import SPACES, Passage, paragraphs, sentence_end

_LOOKAHEAD = 400  # a blank line or two, not a whole other paragraph


def named_below(reader: ClauseReader, passage: Passage) -> Attribution | None:
    """The speaker the next sentence names by pointing back at the quotation: in the rest of
    the quotation's paragraph, or in the next paragraph when the quotation ends its line."""
    text = reader.text
    if text[passage.close_at + 1 : passage.paragraph_end].strip(SPACES + ".,"):
        start = passage.close_at + 1  # '“...” So said Jane Doe.': the same paragraph
        end = sentence_end(text, start, passage.paragraph_end)
    else:
        after = passage.paragraph_end
        lines = paragraphs(text[after : after + _LOOKAHEAD])
        if not lines:
            return None
        start = after + lines[0][0]
        end = sentence_end(text, start, after + lines[0][1])
    lead = _pattern(reader.language, tuple(reader.patterns.words("back_references",
                                                                  reader.language)))
    match = lead.match(text, start, end) if lead is not None else None
    if match is None:
        return None
    names = reader.names.find(match.end(), end)
    if not names or reader.possessive(names[0]):
        return None
    name = names[0]
    title = text[match.end() : name.start].strip(SPACES + ",")
    if title and not reader.subject_lead(title, name):
        return None  # 'Those were the words of a lawyer for Jane Doe'
    role = reader._role_after(name.end, end) or title or None
    gender = name.gender or reader.role_gender(role)
    return Attribution("name", name.start, end, name, gender, role, (start, end))


@lru_cache(maxsize=4)
def _pattern(language: str, phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of the phrases; a final "de" also matches "d'" ("ceux d'Anne")."""
    if not phrases:
        return None
    alternatives = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w).replace("'", "['’]") for w in phrase.replace("’", "'").split()]
        if words[-1] == "de":
            words[-1] = r"d(?:e\s+|['’])"
            alternatives.append(r"\s+".join(words))
        else:
            alternatives.append(r"\s+".join(words) + r"\b[\s,]*")
    return re.compile(rf"[{SPACES}]*(?:{'|'.join(alternatives)})", re.I)
