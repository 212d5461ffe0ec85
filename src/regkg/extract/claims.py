"""Claims: direct quotes attributed to a named person or AI system, in French and English. Layer 1.

`find_claims` finds quoted passages (`quotes`), reads their reporting clauses (`attribution`),
orders every speaker event of the article (quotes and reported speech) and resolves pronouns and
"le robot" to the latest speaker that fits (`speakers`). A quote whose speaker is unnamed (an
institution, "un porte-parole", a communiqué) is left out: a missing claim is better than words
put in the wrong mouth. Reported speech by a named speaker becomes an `indirect=True` claim.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field, replace

from regkg.extract.attribution import Attribution, ClauseReader
from regkg.extract.back_references import named_below
from regkg.extract.clause_shapes import SPEAKER_RELATIVE
from regkg.extract.continuations import continuation, opened_by_clause
from regkg.extract.dates import find_dates
from regkg.extract.incises import split_incise
from regkg.extract.institution_subjects import is_institution
from regkg.extract.pronoun_subjects import PRONOUN_FIRST, framed_before, subject_before
from regkg.extract.quoted_as import quoted_as_after, quoted_as_before
from regkg.extract.quotes import (
    SPACES,
    Passage,
    chains,
    find_passages,
    opens_sentence,
    paragraphs,
    sentence_end,
    sentence_start,
    signable,
    strip_span,
    without_headline_repeats,
    word_count,
)
from regkg.extract.reported import Report, find_reports
from regkg.extract.role_anaphors import RoleAnaphors
from regkg.extract.signatures import (
    according_before,
    below_speaker,
    colon_above,
    colon_frame,
    colon_then_name,
    dialogue_quotes,
    name_colon,
    signature_after,
    signature_below,
    subject_above,
)
from regkg.extract.speaker_events import resolve_ai_anaphor, resolve_pronoun
from regkg.extract.speakers import (
    ClaimPatterns,
    NameFinder,
    Speaker,
    load_claim_patterns,
)
from regkg.extract.speaking_days import speaking_day
from regkg.extract.text import Sentence
from regkg.models import Article, Claim, DateValue, Evidence, Mention, NewEntity
from regkg.namespaces import slugify
from regkg.reference import Reference
from regkg.settings import Settings

MIN_WORDS = 3


def default_patterns() -> ClaimPatterns:
    return load_claim_patterns(Settings.from_env().patterns_dir / "claims.yaml")


def find_claims(
    article: Article,
    sentences: list[Sentence],
    mentions: list[Mention],
    reference: Reference,
    language: str,
    patterns: ClaimPatterns | None = None,
) -> tuple[list[Claim], list[NewEntity]]:
    """Direct (and flagged indirect) claims of one article, with the unknown speakers they name."""
    builder = _ClaimBuilder(
        article, sentences, mentions, reference, language, patterns or default_patterns()
    )
    return builder.run()


@dataclass
class _Quote:
    """A quotation chain (one passage, or one per paragraph) with its reporting clause."""

    passages: list[Passage]
    attribution: Attribution


@dataclass
class _ClaimBuilder:
    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    reference: Reference
    language: str
    patterns: ClaimPatterns
    events: list[tuple[int, Speaker]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # speaker key -> first role worded
    genders: dict[str, str] = field(default_factory=dict)
    dated_reports: list[tuple[Speaker, DateValue, list[str]]] = field(default_factory=list)
    quoted: list[int] = field(default_factory=list)  # where the claims' quotations open
    said: set[tuple[str | None, str]] = field(default_factory=set)  # (speaker, quote) so far
    ungendered: set[str] = field(default_factory=set)  # speakers with events of no gender

    def __post_init__(self) -> None:
        self.text = self.article.text
        self.names = NameFinder(self.text, self.mentions, self.reference, self.patterns)
        self.reader = ClauseReader(self.text, self.language, self.patterns, self.names)
        self.passages = find_passages(self.text)
        self.anaphors = RoleAnaphors(self.text, self.names, self.reader)
        self.sentences = sorted(self.sentences, key=lambda s: s.start)
        self._sentence_starts = [s.start for s in self.sentences]

    def run(self) -> tuple[list[Claim], list[NewEntity]]:
        quotes = self._quotes()
        self.quoted = sorted(p.open_at for q in quotes for p in q.passages)
        skip = [(p.open_at, p.close_at + 1) for q in quotes for p in q.passages]
        skip += [(p.open_at, p.close_at + 1) for p in self.passages]
        skip += [(q.attribution.window or (q.attribution.at, q.attribution.end)) for q in quotes]
        skip += [(q.attribution.at, q.attribution.end) for q in quotes]
        reports = find_reports(self.reader, paragraphs(self.text), skip)
        items: list[_Quote | Report] = [*quotes, *reports]
        for item in sorted(items, key=lambda i: i.attribution.at):
            self._take(item)
        self.claims = without_headline_repeats(self.text, self.claims)
        return self.claims, self._new_entities()

    # --- quotations --------------------------------------------------------------------------
    def _quotes(self) -> list[_Quote]:
        found: list[_Quote] = []
        unsigned: list[list[Passage]] = []  # whole-line quotes above a possible signature line
        leftover: list[list[Passage]] = []  # whole-line quotes with no attribution of their own
        for chain in chains(self.text, self.passages):
            last = chain[-1]
            if not last.closed:
                unsigned = []
                continue  # cut off in the copy
            incise = split_incise(self.reader, chain)  # « A, a-t-il dit. B »
            if incise is not None:
                found.append(_Quote(*incise))
                continue
            attribution = self._attribution(chain, found)
            signed = attribution is not None and attribution.at > last.paragraph_end
            if attribution is None or signed:
                unsigned = signable(self.text, unsigned, chain)
            if signed and attribution is not None:  # a signature line signs every quote above
                found.extend(_Quote(c, attribution) for c in unsigned[:-1])
                leftover = [c for c in leftover if not any(c is u for u in unsigned)]
            if attribution is not None:
                found.append(_Quote(chain, attribution))
                unsigned = []
            elif unsigned and unsigned[-1] is chain:
                leftover.append(chain)
        for chain in leftover:
            above = [(q.passages[-1].paragraph_start, q.attribution.at) for q in found]
            below = below_speaker(self.text, chain, above)
            if below is not None:
                found.append(_Quote(chain, below))
        lines = paragraphs(self.text)
        found.extend(_Quote([p], a) for p, a in dialogue_quotes(self.reader, lines))
        return found

    def _attribution(self, chain: list[Passage], found: list[_Quote]) -> Attribution | None:
        first, last = chain[0], chain[-1]
        reader = self.reader
        opened = found and opened_by_clause(  # '“A,” she said, adding: “B”': B is hers
            self.text, first, found[-1].passages[-1], found[-1].attribution)
        if opened:
            return opened
        whole = opens_sentence(self.text[first.paragraph_start : first.open_at])
        attribution = (
            (quoted_as_after(reader, last) or reader.after(last) or colon_then_name(reader, last))
            if whole
            else None
        )
        if attribution is None and whole:
            attribution = signature_after(reader, last)
        if attribution is None and self._ends_sentence(last):
            start = sentence_start(self.text, first.open_at, first.paragraph_start)
            attribution = (
                quoted_as_before(reader, first)
                or reader.before(first)
                or according_before(reader, first)
                or name_colon(reader, start, first.open_at)
                or colon_frame(reader, start, first.open_at)
                or self._continuation(first, found)
                or (colon_above(reader, first) if whole else None)
                or (signature_below(reader, last) if whole else None)
                or (named_below(reader, last) if whole else None)
                or (subject_above(reader, first) if whole else None)
            )
        return attribution

    def _ends_sentence(self, passage: Passage) -> bool:
        inner = self.text[passage.open_at + 1 : passage.close_at].rstrip(SPACES)
        if inner.endswith((".", "!", "?", "…")):
            return True
        end = sentence_end(self.text, passage.close_at + 1, passage.paragraph_end)
        return not self.text[passage.close_at + 1 : end].strip(SPACES + ".!?…")

    def _continuation(self, passage: Passage, found: list[_Quote]) -> Attribution | None:
        if not found:
            return None
        return continuation(self.text, passage, found[-1].passages[-1], found[-1].attribution)

    # --- speakers, in text order -------------------------------------------------------------
    def _take(self, item: _Quote | Report) -> None:
        attribution = item.attribution
        subject = self._subject_before(item) if attribution.kind == "pronoun" else None
        speaker = self._speaker(subject or attribution) or Speaker(None)
        if (subject or attribution).kind == "pronoun" and speaker.gender is None:
            speaker = self._learn_gender(speaker, attribution.gender)
        elif speaker.gender is not None and speaker.key in self.ungendered:
            speaker = self._learn_gender(speaker, speaker.gender)  # 'Le ministre a prévenu'
        previous_claim = self.claims[-1] if self.claims else None
        follows = (
            previous_claim is not None
            and bool(self.events)
            and self.events[-1][1].key == speaker.key == previous_claim.speaker
        )
        self.events.append((attribution.at, speaker))
        if speaker.key is not None and speaker.gender is None:
            self.ungendered.add(speaker.key)
        if speaker.key is None:
            return
        date = self._date(attribution.window) or speaking_day(
            self.text, attribution.window, self.article.published, self.language)
        if date is None and attribution.kind != "name" and follows and previous_claim is not None:
            date = previous_claim.date  # "a-t-il ajouté": the same occasion as the quote before
        if isinstance(item, Report):
            self._take_report(item, speaker, date)
            return
        for passage in item.passages:
            self._add_claim(passage, speaker, date, attribution)

    def _learn_gender(self, speaker: Speaker, gender: str | None) -> Speaker:
        """'He said ...' resolved to Preston Byrne: he is a man for every later pronoun."""
        if speaker.key is None or gender is None:
            return speaker
        self.genders[speaker.key] = gender
        self.ungendered.discard(speaker.key)
        self.events = [(at, replace(s, gender=gender) if s.key == speaker.key else s)
                       for at, s in self.events]
        return replace(speaker, gender=gender)

    def _speaker(self, attribution: Attribution) -> Speaker | None:
        attribution = self.anaphors.named(attribution, self.roles)  # "the commissioner said"
        if attribution.kind == "pronoun":
            personal = self.language == "en" and attribution.gender is not None
            return resolve_pronoun(self.events, attribution.at, attribution.gender, personal)
        if attribution.kind == "ai_anaphor":
            return resolve_ai_anaphor(self.events, attribution.at)
        if attribution.kind == "continuation":
            if not self.events or self.events[-1][0] < (attribution.floor or 0):
                return None
            return self.events[-1][1]
        name = attribution.name
        if attribution.kind != "name" or name is None:
            institution = attribution.kind == "unnamed" and is_institution(
                self.text, self.names, attribution)
            return Speaker(None, gender=attribution.gender, institution=institution)
        key = name.key or f"person/{slugify(name.text)}"
        if attribution.role:
            self.roles.setdefault(key, attribution.role)
        gender = attribution.gender or self.names.gender_of(key)
        if gender:
            self.genders.setdefault(key, gender)
        label = name.text
        return Speaker(key, label, self.genders.get(key), self.roles.get(key), name.ai)

    def _subject_before(self, item: _Quote | Report) -> Attribution | None:
        """'Musk hit back. “...,” he wrote.', 'Ribera a présenté l'amende. Interrogée, elle a
        répondu : « ... »': the pronoun's sentence follows one that opens with its speaker."""
        if isinstance(item, _Quote):
            first = item.passages[0]
            start = sentence_start(self.text, first.open_at, first.paragraph_start)
            clause_before = item.attribution.at < first.open_at  # 'elle a répondu : « »'
            if start != first.open_at and not clause_before:  # 'X struck a note: “...,” he said'
                return framed_before(self.reader, start, first.open_at, item.attribution)
        else:  # 'Preston Byrne called the fine illegal. He said the company would not pay.'
            start = item.sentence[0]
            if not PRONOUN_FIRST.match(self.text, start):
                return None
        last_event = self.events[-1][0] if self.events else -1
        return subject_before(self.reader, start, last_event, item.attribution)

    def _take_report(self, report: Report, speaker: Speaker, date: DateValue | None) -> None:
        start, end = report.sentence
        if date is not None:
            fragments = [
                self.text[slice(*p.content_span)] for p in self.passages if start <= p.open_at < end
            ]
            self.dated_reports.append((speaker, date, fragments))
        first_quote = bisect.bisect_left(self.quoted, start)
        if report.content is None or (
            first_quote < len(self.quoted) and self.quoted[first_quote] < end
        ):
            return  # a direct quote in the same sentence says it better
        content_start, content_end = strip_span(self.text, *report.content)
        while content_end > content_start and self.text[content_end - 1] in ".!?":
            content_end -= 1
        if word_count(self.text[content_start:content_end]) < MIN_WORDS:
            return
        evidence = self._evidence(start, end)
        quote = self.text[content_start:content_end]
        self.claims.append(
            Claim(
                speaker.key or "",
                quote,
                self.language,
                evidence,
                speaker.role,
                date,
                self._about(content_start, content_end, speaker.key),
                indirect=True,
            )
        )

    def _add_claim(
        self, passage: Passage, speaker: Speaker, date: DateValue | None, attribution: Attribution
    ) -> None:
        start, end = strip_span(self.text, *passage.content_span)
        quote = self.text[start:end]
        if word_count(quote) < MIN_WORDS:
            return
        if (speaker.key, quote) in self.said:
            return  # the same words quoted twice (headline and body) are one claim
        self.said.add((speaker.key, quote))
        if date is None and speaker.key is not None:
            date = self._lede_date(speaker, quote)
        span_start = sentence_start(self.text, passage.open_at, passage.paragraph_start)
        span_end = max(
            passage.close_at + 1, attribution.end if attribution.end <= passage.paragraph_end else 0
        )
        role = speaker.role or (self.roles.get(speaker.key) if speaker.key else None)
        self.claims.append(
            Claim(
                speaker.key or "",
                quote,
                self.language,
                self._evidence(span_start, span_end),
                role,
                date,
                self._about(start, end, speaker.key),
            )
        )

    # --- dates, evidence, entities -------------------------------------------------------------
    def _date(self, window: tuple[int, int] | None) -> DateValue | None:
        if window is None:
            return None
        published: dt.date | None = self.article.published
        clause = SPEAKER_RELATIVE.sub(",", self.text[window[0] : window[1]])
        for mention in find_dates(clause, published, self.language):
            if mention.value is not None:
                return mention.value
        return None

    def _lede_date(self, speaker: Speaker, quote: str) -> DateValue | None:
        """'Elon Musk a déclaré mercredi qu'il n'était pas au courant des "images de mineurs
        nus"' dates the quote that holds those words: the same statement, reported twice."""
        folded = quote.casefold()
        for reporter, date, fragments in self.dated_reports:
            if reporter.key == speaker.key and any(
                f.strip().casefold() in folded for f in fragments if word_count(f) >= 2
            ):
                return date
        return None

    def _evidence(self, start: int, end: int) -> Evidence:
        """The sentences (as segmented upstream) that hold text[start:end]."""
        first = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        last = bisect.bisect_left(self._sentence_starts, end)
        covering = [s for s in self.sentences[first:last] if s.start < end and start < s.end]
        if covering:
            start, end = min(start, covering[0].start), max(end, covering[-1].end)
        return Evidence(self.text[start:end], start, end)

    def _about(self, start: int, end: int, speaker: str | None) -> tuple[str, ...]:
        inside = self.names.overlapping(start, end)
        keys = [m.key for m in inside if start <= m.start and m.end <= end and m.key != speaker]
        return tuple(dict.fromkeys(keys))

    def _new_entities(self) -> list[NewEntity]:
        seen: dict[str, NewEntity] = {}
        for claim in self.claims:
            key = claim.speaker
            if key in self.reference.entities or key in seen or not key.startswith("person/"):
                continue
            label = next((s.label for _, s in self.events if s.key == key and s.label), key)
            seen[key] = NewEntity(key, "person", label, claim.evidence)
        return list(seen.values())
