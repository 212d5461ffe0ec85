"""Reported speech outside quotation marks: speaker events and indirect claims. Layer 1.

"Elon Musk a déclaré mercredi que ...", "Il a également précisé que ...", "Selon le
porte-parole, ...", "Grok a reconnu vendredi l'existence de ...": each makes someone speak (a
later "a-t-il ajouté" may refer to them) and, with a named speaker, is an `indirect=True` claim.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from regkg.extract.attribution import Attribution, ClauseReader
from regkg.extract.quotes import sentence_end, sentence_start
from regkg.extract.subject_leads import joined_subject


@dataclass(frozen=True)
class Report:
    """Reported speech outside quotation marks: a speaker event, maybe an indirect claim."""

    attribution: Attribution
    sentence: tuple[int, int]
    content: tuple[int, int] | None = None  # the "que ..." / "that ..." clause


def find_reports(
    reader: ClauseReader, paragraphs: list[tuple[int, int]], skip: list[tuple[int, int]]
) -> list[Report]:
    """Every reporting verb outside quotations and the quotes' own reporting clauses."""
    found: list[Report] = []
    skipped = _Spans(skip)
    for para_start, para_end in paragraphs:
        for match in reader.report_verb.finditer(reader.text, para_start, para_end):
            if _PASSIVE.search(reader.text, max(0, match.start() - 12), match.start()):
                continue  # 'the company had been warned': the subject is spoken to
            if not skipped.covers(match.start()):
                found.append(_report(reader, match, para_start, para_end))
        for match in _OPINION.finditer(reader.text, para_start, para_end):
            opinion = _according(reader, match, para_start, para_end)
            if not skipped.covers(match.start()) and opinion.attribution.kind == "name":
                found.append(opinion)
        if reader.according is not None:
            for match in reader.according.finditer(reader.text, para_start, para_end):
                if not skipped.covers(match.start()):
                    found.append(_according(reader, match, para_start, para_end))
    return found


_PASSIVE = re.compile(r"\b(?:been|being|été)\s+$")
# 'Pour Jean-Noël Barrot, la loi doit s'appliquer.': a sentence that opens with a person's view
# makes them the latest speaker (a later "insiste-t-il" is theirs); "pour Google" is no one's.
_OPINION = re.compile(r"(?:^|(?<=[.!?»”]\s))Pour\s+", re.M)


class _Spans:
    """Half-open spans merged for lookups in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.starts = [s for s, _ in merged]
        self.spans = merged

    def covers(self, at: int) -> bool:
        i = bisect.bisect_right(self.starts, at) - 1
        return i >= 0 and self.spans[i][0] <= at < self.spans[i][1]


def _report(reader: ClauseReader, match: re.Match[str], para_start: int, para_end: int) -> Report:
    start = sentence_start(reader.text, match.start(), para_start)
    end = sentence_end(reader.text, match.end(), para_end, stop_at_quote=False)
    inverted = _inverted(reader, match, start, end)
    if inverted is not None:
        return inverted
    that = re.match(r"[^,.;:]{0,40}?\b(?:que|qu['’]|that)\s*", reader.text[match.end() : end])
    content_at = match.end() + that.end() if that else _bare_clause(reader, match, end)
    if content_at is None and match.group("verb").lower() in reader.object_verbs:
        content_at = reader.after_dates(match.end(), end)  # "a reconnu vendredi l'existence de"
    content_end = reader.clause_end(content_at, end) if content_at is not None else end
    window_end = content_at if content_at is not None else min(end, match.end() + 30)
    attribution = reader.subject_before(start, match.start(), window_end)
    if attribution.kind == "unnamed":  # 'X n'a pas confirmé l'enquête mais a défendu ...'
        attribution = _joined(reader, start, match.start(), window_end) or attribution
    content = (content_at, content_end) if content_at is not None else None
    return Report(attribution, (start, end), content)


def _joined(reader: ClauseReader, start: int, verb_at: int, window_end: int
            ) -> Attribution | None:
    joined = joined_subject(reader, reader.names.find(start, verb_at), start, verb_at)
    if joined is None:
        return None
    name, lead = joined
    gender = name.gender or reader.role_gender(lead.worded) or reader.role_gender(lead.role)
    return Attribution("name", verb_at, window_end, name, gender, lead.role, (start, window_end))


# "John Edwards said the fine should send a message": English drops "that" before a clause
# that opens with a determiner or a pronoun.
_BARE_CLAUSE = re.compile(
    r"(?:\s+on\s+(?-i:[A-Z])\w+)?\s+(?=(?:the|it|its|they|their|he|she|this|these|there|a|an|we|"
    r"our|his|her)\s)",
    re.I,
)
_BARE_VERBS = frozenset(
    {"said", "says", "added", "stated", "warned", "noted", "argued", "insisted"}
)


def _bare_clause(reader: ClauseReader, match: re.Match[str], end: int) -> int | None:
    if reader.language != "en" or match.group("verb").lower() not in _BARE_VERBS:
        return None
    bare = _BARE_CLAUSE.match(reader.text, match.end(), end)
    return bare.end() if bare else None


def _inverted(
    reader: ClauseReader, match: re.Match[str], start: int, end: int
) -> Report | None:
    """'Le gouvernement a engagé une procédure, a annoncé Anne Le Hénanff, ministre ...' /
    '..., said Jane Doe.': a verb after a comma, its subject after it, says the clause before."""
    comma = reader.text.rfind(",", start, match.start())
    if comma < 0 or reader.text[comma + 1 : match.start()].strip():
        return None
    at = match.start("verb")
    attribution = reader.subject_after(at, match.end(), end, at)
    if attribution.kind != "name":
        return None
    content = (start, comma) if comma - start > 0 else None
    return Report(attribution, (start, end), content)


def _according(
    reader: ClauseReader, match: re.Match[str], para_start: int, para_end: int
) -> Report:
    """'Selon le porte-parole, ...': the speaker follows 'selon'."""
    start = sentence_start(reader.text, match.start(), para_start)
    end = sentence_end(reader.text, match.end(), para_end)
    attribution = reader.subject_after(match.start(), match.end(), end, match.start())
    return Report(attribution, (start, end))
