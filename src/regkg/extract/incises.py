"""French incises inside the quotation marks: « A, a expliqué Marie-Laure Denis. B. ». Layer 1;
read by `claims`.

French copy often sets the reporting clause inside one pair of guillemets, between commas:
« Nous avons constaté des manquements graves, a expliqué Marie-Laure Denis. La société n'a pas
respecté le choix des internautes. » The words either side are the speaker's, the clause is not:
the passage splits into two quotations attributed by the clause. Only a listed verb of saying
marks an incise here (« Nous avons vu Apple, rencontré Jean Dupont et ... » is no clause), and its
subject must be a person or a pronoun that the clause closes on.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from regkg.extract.attribution import Attribution, ClauseReader
from regkg.extract.clause_shapes import ADVERB
from regkg.extract.quotes import SPACES, Passage

_STOP = re.compile(r"[.,;!?]")


def split_incise(
    reader: ClauseReader, chain: list[Passage]
) -> tuple[list[Passage], Attribution] | None:
    """The chain's passages with its first one cut around an incise, and the incise's clause."""
    first = chain[0]
    if reader.language != "fr" or not first.closed:
        return None
    text = reader.text
    incise = _incise(reader.verbs)
    for match in incise.finditer(text, first.open_at + 1, first.close_at):
        stop = _STOP.search(text, match.end(), first.close_at)
        if stop is None:
            continue
        clause_end = _past_role(reader, stop.start(), first.close_at)
        attribution = _attribution(reader, match, clause_end)
        if attribution is None:
            continue
        before = replace(first, close_at=match.start())
        after = replace(first, open_at=clause_end)  # its content starts after the stop
        return [before, after, *chain[1:]], attribution
    return None


def _attribution(reader: ClauseReader, match: re.Match[str], end: int) -> Attribution | None:
    pronoun = match.group("p0") or match.group("p1") or match.group("p2")
    verb_at = match.start("verb")
    if pronoun:
        if reader.text[match.end() : end].strip(SPACES):
            return None
        gender = reader.patterns.raw["pronouns"]["fr"].get(pronoun.lower())
        return Attribution("pronoun", verb_at, end, gender=gender, window=(match.start(), end))
    found = reader.subject_after(verb_at, match.end(), end, match.start())
    if found.kind != "name" or found.name is None:
        return None
    if reader.text[match.end() : found.name.start].strip(SPACES):
        return None  # the subject opens the clause: 'a expliqué Marie-Laure Denis'
    return found


def _past_role(reader: ClauseReader, stop: int, close_at: int) -> int:
    """', a dit Jean Dupont, président de l'Arcom. B' -- the role after the name is the clause's."""
    text = reader.text
    if text[stop] != ",":
        return stop
    following = _STOP.search(text, stop + 1, close_at)
    if following is not None and reader.is_role(text[stop + 1 : following.start()]):
        return following.start()
    return stop


@lru_cache(maxsize=4)
def _incise(verbs: str) -> re.Pattern[str]:
    return re.compile(
        rf",[{SPACES}]+(?:(?:a|avait)(?:-t-(?P<p0>il|elle))?[{SPACES}]+)?{ADVERB}(?P<verb>{verbs})"
        rf"(?:-t-(?P<p1>il|elle)|-(?P<p2>il|elle))?\b"
    )
