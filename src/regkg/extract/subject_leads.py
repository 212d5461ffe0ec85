"""What may open a sentence before the person who is its subject. Layer 1; read by
`pronoun_subjects` and `reported`.

`RoleReader.subject_lead` accepts a bare lead: nothing, a courtesy title, a title, a role set off
by commas. News copy puts more in front of the subject, and the person is still who the sentence
is about (and who a pronoun right after it stands for):
- a live blog's time stamp or a wire dateline: '17 h 15 - Me Jeanne Morel annonce ...',
  '10:45 a.m. - Attorney General Dana Price announces ...', 'OSAKA - Yuki Tanabe has sold ...';
- a rank or honorific right before the name: 'le général Paul Girard', 'Me Jeanne Morel';
- a fronted phrase ending with a comma: 'Interrogé mercredi par la presse, le président de
  l'Autorité, Karim Alami, s'est gardé ...', 'Sur franceinfo, Jean-Noël Barrot annonce ...',
  'Speaking on Tuesday, the agency's chairman, Ko Min-jun, declined ...' -- only when a
  predicate follows the name ('Contrairement à son rival, Paul Vidal, le patron du groupe a
  refusé': Paul Vidal is not the subject);
- a fronted duration without a comma: 'For twelve years Yuki Tanabe has sold ...'.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from regkg.extract.clause_shapes import ADVERB
from regkg.extract.quotes import SPACES
from regkg.extract.roles import DETERMINER, PREPOSITIONS, RoleReader
from regkg.extract.speakers import Name

# A time stamp ('17 h 15 -', '9h30 :', '10:45 a.m. —') or a dateline in capitals ('OSAKA -',
# 'BRUXELLES (AFP) -') at the start of a sentence.
_STAMP = re.compile(
    r"^(?:\d{1,2}(?:\s?[hH:.]\s?\d{2}|\s?[hH])(?:\s?(?:am|pm|a\.m\.|p\.m\.))?"
    r"|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,30}(?:\s?\([^()\n]{1,30}\))?)\s*[-–—:]\s+"
)
# After the subject's name (and an appositive between commas): a predicate, not a noun phrase
# ('Paul Vidal, le patron du groupe a refusé') nor a relative clause.
_NOT_PREDICATE = {
    "fr": "le|la|les|un|une|des|du|son|sa|ses|leur|leurs|ce|cette|ces|qui|que|dont",
    "en": "the|a|an|his|her|its|their|this|that|these|who|which|whose",
}
_PREDICATE_AFTER = {
    language: re.compile(
        r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,.;:!?«»“”\"]{1,150}(?=,))?\s*,?\s*"
        rf"(?!(?:{words})\b)(?:[nsl]['’])?[a-zà-öø-ÿ]"
    )
    for language, words in _NOT_PREDICATE.items()
}
# A fronted phrase is no clause: a finite verb in it makes it the sentence's own subject and verb.
_FINITE = {
    "fr": re.compile(r"\b(?:a|ont|est|sont|avait|avaient|était|étaient|sera|fut)\b"
                     r"|\b[nsl]['’](?:a|est|était)\b", re.I),
    "en": re.compile(r"\b(?:has|have|had|is|are|was|were|will|said|says)\b", re.I),
}
# 'For twelve years Yuki Tanabe has sold', 'Depuis dix ans Jeanne Morel dénonce'.
_DURATION = re.compile(
    r"^(?:for|since|over|depuis|pendant|durant)\s+(?:[a-zà-ÿ0-9'’-]+\s+){0,3}"
    r"(?:years?|months?|weeks?|decades?|ans|années|mois|semaines|décennies)$",
    re.I,
)
_LEADING_DETERMINER = re.compile(
    rf"^(?:{DETERMINER}|son|sa|ses|leur|his|her|its|their)\s+|^[lL]['’]\s*", re.I
)


class Lead(NamedTuple):
    """A lead that opens its sentence's subject, with the role it gives (without article)."""

    role: str | None
    worded: str  # the role as worded, article kept: its gender ('La présidente ...')


def stamp_end(text: str, start: int, end: int) -> int:
    """Past a time stamp or dateline opening text[start:end]."""
    stamp = _STAMP.match(text[start:end])
    return start + stamp.end() if stamp else start


def stamped(text: str, start: int, end: int) -> bool:
    return stamp_end(text, start, end) > start


def subject_lead(reader: RoleReader, lead: str, name: Name) -> Lead | None:
    """The lead before `name` when `name` is the subject of its sentence; None otherwise."""
    lead = lead.strip(SPACES)
    stamp = _STAMP.match(lead)
    lead = lead[stamp.end() :] if stamp else lead
    bare = _bare(reader, lead, name)
    if bare is not None:
        return bare
    predicate = _PREDICATE_AFTER.get(reader.language, _PREDICATE_AFTER["en"])
    if not predicate.match(reader.text, name.end):
        return None
    if _DURATION.match(lead):
        return Lead(None, "")
    for comma in re.finditer(",", lead):
        rest = lead[comma.end() :].strip(SPACES)
        fronted = lead[: comma.start()]
        words = fronted.split()
        finite = _FINITE.get(reader.language, _FINITE["en"])
        if not words or words[-1].casefold() in PREPOSITIONS or finite.search(fronted):
            continue  # 'La société a licencié son fondateur, Jean Dupont, ...' is no lead
        found = _bare(reader, rest, name)
        if found is not None:
            return found
    return None


def _bare(reader: RoleReader, lead: str, name: Name) -> Lead | None:
    """A lead the role reader accepts, a rank or honorific before the name taken off first."""
    lead = _without_rank(reader, lead)
    if lead in reader.patterns.courtesy_titles or reader.subject_lead(lead, name):
        return _role(reader, lead)
    return None


def _without_rank(reader: RoleReader, lead: str) -> str:
    """'Le directeur de la police, le général' -> 'Le directeur de la police,'; 'Me' -> ''."""
    rank = _rank_re(tuple(reader.patterns.raw.get("ranks", [])))
    if rank is not None:
        lead = rank.sub("", lead).rstrip(SPACES)
    words = lead.split()
    if words and words[-1] in reader.patterns.courtesy_titles:
        lead = " ".join(words[:-1])
    return lead


@lru_cache(maxsize=4)
def _rank_re(ranks: tuple[str, ...]) -> re.Pattern[str] | None:
    alternation = "|".join(re.escape(r) for r in sorted(ranks, key=len, reverse=True))
    if not alternation:
        return None
    return re.compile(rf"(?:^|(?<=[,\s])){DETERMINER}\s+(?:{alternation})$", re.I)


def _role(reader: RoleReader, lead: str) -> Lead:
    worded = lead.rstrip(SPACES + ",").strip(SPACES)
    role = _LEADING_DETERMINER.sub("", worded)
    if not role or not reader.is_role(role):
        return Lead(None, "")
    return Lead(role, worded)


# '... sa présidente, Claire Vasseur, n'a pas confirmé l'enquête mais a défendu ...': the
# second verb of two joined by "et"/"mais" has the subject of the first.
_JOINED = re.compile(rf"\s(?:et|mais|and|but)\s+(?:(?:a|has|had|avait)\s+)?{ADVERB}$")
# Between the subject's name and the joining word: an appositive, then one predicate with no
# relative clause and no comma.
_ONE_PREDICATE = re.compile(r"(?:\s*,[^,.;:!?«»“”\"]{1,150}(?=,))?\s*,?\s*[^,;:!?«»“”\"]{1,200}")
_RELATIVE = re.compile(r"\b(?:qui|que|qu['’]|dont|who|which|that)\b", re.I)


def joined_subject(reader: RoleReader, names: list[Name], start: int, verb_at: int
                   ) -> tuple[Name, Lead] | None:
    """The subject of the sentence at `start` when the verb at `verb_at` is the second of two
    it joins; `names` are the names of text[start:verb_at]."""
    text = reader.text
    if len(names) != 1 or not _JOINED.search(text, start, verb_at):
        return None
    name = names[0]
    between = text[name.end : verb_at]
    if name.ai or text[name.end : name.end + 2] in ("'s", "’s") or _RELATIVE.search(between):
        return None
    if not _ONE_PREDICATE.fullmatch(between):
        return None
    lead = subject_lead(reader, text[start : name.start], name)
    return (name, lead) if lead is not None else None
