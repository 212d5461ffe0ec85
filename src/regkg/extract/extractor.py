"""The extraction entry point: Article -> Extraction. Layer 1.

Per article: rule-based sentences (`nlp.split_sentences`), reference mentions (gazetteer),
unknown persons and organisations (French NER batched through `nlp.pipe`, only over sentences
that may name someone new; rules for English), penalty provisions, actions, claims. Patterns
are compiled once per Extractor; the French model is loaded once per process, on first use.

Decisions that shape the output (details in the modules named):
- Every Evidence is one whole sentence with exact offsets (`nlp`).
- Statuses (`modality`): opened/imposed/reported are steps that happened (`FACTUAL_STATUSES`,
  what the gold counts); threatened/considered/planned are kept with their status; negated
  steps are dropped.
- Headlines: a leading sentence that repeats the title loses to the body: its actions are
  dropped when the body has a step of the same type by the same actor (`finalise_actions`).
- The same step stated twice in an article is one action (`finalise_actions`).
- Equal facts get equal field values in every article (keys, types, the country->government
  rule in `linking`), so the mapper can merge them.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from regkg.extract.actions import ActionFinder, SentenceView, straighten
from regkg.extract.claims import find_claims
from regkg.extract.dates import dateline_of
from regkg.extract.gazetteer import Gazetteer
from regkg.extract.linking import Linker, kind_of
from regkg.extract.names import ner_candidates, new_entities, rule_names, spacy_names
from regkg.extract.nlp import french_ner, split_sentences
from regkg.extract.patterns import load_patterns
from regkg.extract.provisions import find_provision, is_provision_sentence
from regkg.extract.slots import Dateline, Slots
from regkg.extract.speakers import load_claim_patterns
from regkg.extract.text import Sentence
from regkg.models import (
    Action,
    Article,
    DateValue,
    Extraction,
    Mention,
    NewEntity,
    PenaltyProvision,
)
from regkg.reference import Reference

if TYPE_CHECKING:
    from spacy.tokens import Doc

EXTRACTOR_VERSION = "0.3.0"
_DATELINE_WITHIN = 4  # a dateline opens the text: after the headline, before the second paragraph
BATCH_SIZE = 32
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class _Prepared:
    """What is found before the NER pass: it decides which sentences the model reads."""

    sentences: list[Sentence]
    known: list[Mention]


class Extractor:
    """Loads the NLP model and patterns once; `extract_many` batches with `nlp.pipe`."""

    def __init__(self, reference: Reference, patterns_dir: Path) -> None:
        self.reference = reference
        self.patterns_dir = patterns_dir
        self.patterns = load_patterns(patterns_dir)
        self.linker = Linker(reference, self.patterns)
        self.gazetteer = Gazetteer(reference)
        self.finder = ActionFinder(self.linker, self.patterns)
        self.claim_patterns = load_claim_patterns(patterns_dir / "claims.yaml")

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Extractions in input order; French texts go through spaCy NER in batches."""
        iterator = iter(articles)
        while batch := list(islice(iterator, BATCH_SIZE)):
            prepared = [self._prepare(article) for article in batch]
            candidates = [(i, s) for i, p in enumerate(prepared) if batch[i].language == "fr"
                          for s in ner_candidates(p.sentences, p.known,
                                                  self.patterns.of("fr"))]
            docs: dict[int, list[tuple[Sentence, Doc]]] = {}
            if candidates:
                texts = (s.text for _, s in candidates)
                for (i, sentence), doc in zip(candidates, french_ner().pipe(texts),
                                              strict=True):
                    docs.setdefault(i, []).append((sentence, doc))
            for i, (article, ready) in enumerate(zip(batch, prepared, strict=True)):
                yield self._extract(article, ready, docs.get(i, []))

    def _prepare(self, article: Article) -> _Prepared:
        return _Prepared(split_sentences(article.text),
                         self.gazetteer.find(article.text, article.language))

    def _extract(self, article: Article, ready: _Prepared,
                 docs: list[tuple[Sentence, Doc]]) -> Extraction:
        text, language = article.text, article.language
        lp = self.patterns.of(language)
        sentences, known = ready.sentences, ready.known
        unknown = (spacy_names(docs, text, known, self.patterns, lp) if language == "fr"
                   else rule_names(text, known, self.patterns, lp))
        mentions = sorted(known + unknown, key=lambda m: (m.start, m.end))
        dateline = find_dateline(article, sentences)
        views = self._views(article, sentences, mentions, dateline)
        provisions = self._provisions(views, language)
        slots = self._slots(article, views)
        slots.dateline = dateline
        actions = date_from_context(finalise_actions(self.finder.find(views, slots), views),
                                    views, dateline)
        found_late = _late_mentions(views, mentions)
        unknown += found_late
        mentions = sorted(mentions + found_late, key=lambda m: (m.start, m.end))
        claims, speakers = find_claims(article, sentences, mentions, self.reference, language,
                                       self.claim_patterns)
        warnings = []
        if article.published is None:
            warnings.append("no publication date: relative dates are left unresolved")
        return Extraction(
            article=article, extractor_version=EXTRACTOR_VERSION, mentions=tuple(mentions),
            actions=tuple(actions), claims=tuple(claims), provisions=tuple(provisions),
            new_entities=tuple(_merge_new(new_entities(unknown, sentences), speakers)),
            warnings=tuple(warnings))

    def _views(self, article: Article, sentences: list[Sentence], mentions: list[Mention],
               dateline: Dateline | None) -> list[SentenceView]:
        headline = _headline_indexes(article, sentences)
        newlines = [m.start() for m in re.finditer("\n", article.text)]
        views, cursor = [], 0
        anchor_from = dateline.index if dateline else len(sentences)
        for index, sentence in enumerate(sentences):
            while cursor < len(mentions) and mentions[cursor].start < sentence.start:
                cursor += 1
            inside, probe = [], cursor
            while probe < len(mentions) and mentions[probe].start < sentence.end:
                m = mentions[probe]
                inside.append(Mention(m.key, m.text, m.start - sentence.start,
                                      m.end - sentence.start, m.linked))
                probe += 1
            views.append(SentenceView(
                index=index, sentence=sentence, text=straighten(sentence.text),
                mentions=inside, language=article.language,
                published=dateline.day if dateline and index >= anchor_from else article.published,
                paragraph=bisect.bisect_left(newlines, sentence.start),
                headline=index in headline))
        return views

    def _provisions(self, views: list[SentenceView], language: str) -> list[PenaltyProvision]:
        lp = self.patterns.of(language)
        found = []
        for position, view in enumerate(views):
            if is_provision_sentence(view.text, lp):
                provision = find_provision(views, position, language, lp, self.reference)
                if provision is not None:
                    view.provision = True
                    found.append(provision)
        return found

    def _slots(self, article: Article, views: list[SentenceView]) -> Slots:
        slots = Slots(article=article, patterns=self.patterns, views=views)
        for view in views:
            for mention in view.mentions:
                if kind_of(mention.key) == "law":
                    slots.laws_by_paragraph.setdefault(view.paragraph, []).append(mention.key)
                    slots.article_laws.append(mention.key)
        return slots


def find_dateline(article: Article, sentences: list[Sentence]) -> Dateline | None:
    """The text's dateline, in one of its first sentences: the day the text was written, the
    anchor of its "today" and "this week" even in a copy published later."""
    for index, sentence in enumerate(sentences[:_DATELINE_WITHIN]):
        found = dateline_of(sentence.text.strip(), article.language)
        if found is not None:
            return Dateline(index, found[0], found[1])
    return None


def _late_mentions(views: list[SentenceView], mentions: list[Mention]) -> list[Mention]:
    """Unknown companies the action finder named as targets, in article offsets."""
    known = {(m.start, m.end) for m in mentions}
    late = []
    for view in views:
        for m in view.mentions:
            start, end = m.start + view.sentence.start, m.end + view.sentence.start
            if not m.linked and (start, end) not in known:
                late.append(Mention(m.key, m.text, start, end, linked=False))
    return late


def _headline_indexes(article: Article, sentences: list[Sentence]) -> set[int]:
    """Leading sentences that repeat the title: headlines, overruled by the body."""
    title = _fold(article.title or "")
    found: set[int] = set()
    for index, sentence in enumerate(sentences[:4]):
        folded = _fold(sentence.text)
        if title and len(folded) > 10 and (folded in title or title in folded):
            found.add(index)
    return found


def _fold(text: str) -> str:
    return " ".join(_WORDS.findall(straighten(text).casefold()))


def finalise_actions(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """Drop headline actions the body restates (or contradicts), then merge repeats of the
    same step, keeping the best-supported one.

    Repeats are the same (type, actor, targets, date, status) stated again: in the same
    sentence, or with the same known date, or once with an amount ("almost $1 million" then
    "$957,780"). Two undated steps in different sentences without an amount stay apart: "has
    opened investigations into Apple" and "has launched investigatory steps relating to
    Apple's fee structure" are two decisions."""
    headline_starts = {v.sentence.start for v in views if v.headline}
    body = [a for a in actions if a.evidence.start not in headline_starts]
    body_steps = {(a.type, a.actor) for a in body} | {_identity(a) for a in body}
    kept = body + [a for a in actions if a.evidence.start in headline_starts
                   and (a.type, a.actor) not in body_steps and _identity(a) not in body_steps]
    merged: list[Action] = []
    groups: dict[tuple[object, ...], _StepGroup] = {}
    for action in kept:
        step = (action.type, action.actor, action.targets, action.date, action.status)
        group = groups.setdefault(step, _StepGroup())
        same = group.repeat_of(action, merged)
        if same is None:
            group.add(len(merged), action)
            merged.append(action)
        elif _support(action) > _support(merged[same]):
            merged[same] = action
            group.add(same, action)
    return sorted(merged, key=lambda a: a.evidence.start)


def _identity(action: Action) -> tuple[object, ...]:
    """What a step is, whoever the text names as its actor: "New Mexico sues Snap" (the state)
    in a headline is the body's "New Mexico's attorney general sued Snap Inc. on Thursday"."""
    return ("identity", action.type, action.jurisdiction, action.targets)


# A sentence that goes on about a decision already dated: "In the same decision, ...", "The
# decision also orders ...", "Dans la même décision, la CNPD enjoint ...".
_SAME_DECISION = re.compile(
    r"\s*(?:(?:in|under)\s+the\s+same\s+(?:decision|ruling|order)\b|the\s+(?:decision|ruling)"
    r"\s+(?:also|further)\b|dans\s+(?:la\s+même\s+décision|le\s+même\s+arrêté)\b|(?:la|cette)"
    r"\s+(?:même\s+)?décision\s+\w+\s+(?:également|aussi)\b)", re.IGNORECASE)


_DECISIONS = frozenset({"order", "fine", "block", "sanction", "warning"})
_HEADLINE_NEWS = _DECISIONS | {"lawsuit"}


# "la décision, datée du 16 juillet", "the decision, dated 16 July", "la délibération du 29
# décembre": the day of a decision the text reports, told beside the step.
_DECISION_DATED = re.compile(
    r"\b(?:decision|ruling|décision|délibération|arrêté)\s*,?\s*(?:dated|of|issued\s+on|adopted\s+on"
    r"|taken\s+on|datée?\s+du|du|rendue?\s+le|adoptée?\s+le|prise?\s+le|en\s+date\s+du)\s*$",
    re.IGNORECASE)


def date_from_context(actions: list[Action], views: list[SentenceView],
                      dateline: Dateline | None) -> list[Action]:
    """Undated steps the text dates elsewhere: a headline's step takes the date its lead gives
    (the headline announces what the lead reports: "Commission fines Apple" over "BRUSSELS, 23
    April 2025 — ..."), a decision or a lawsuit only ("Ofcom fines 4chan for failing to comply
    with information requests": the requests came earlier); "In the same decision, the CNIL orders
    ..." takes the date of the actor's decision just reported, or else of the lead."""
    by_start = {v.sentence.start: v for v in views}
    decided = _decision_dates(views)
    dated: list[Action] = []
    for action in actions:
        view = by_start.get(action.evidence.start)
        if action.date is None and view is not None:
            told = {decided.get(i) for i in (view.index - 1, view.index, view.index + 1)} - {None}
            if action.type in _DECISIONS and len(told) == 1 and not view.headline:
                action = replace(action, date=told.pop())
            elif view.headline and action.type in _HEADLINE_NEWS:
                action = replace(action, date=_lead_date(views, dateline, actions, action.actor))
            elif _SAME_DECISION.match(view.text):
                earlier = [a for a in dated if a.actor == action.actor and a.date is not None
                           and a.type in _DECISIONS and a.evidence.start < action.evidence.start]
                if action.actor is not None:
                    action = replace(action, date=earlier[-1].date if earlier else _lead_date(
                        views, dateline, dated, action.actor, _DECISIONS))
        dated.append(action)
    return dated


def _decision_dates(views: list[SentenceView]) -> dict[int, DateValue]:
    """Sentence index -> the day a decision is said to bear in it ("la décision, datée du 16
    juillet, vise Amazon Europe Core"), when the sentence gives one such day."""
    found: dict[int, DateValue] = {}
    for view in views:
        days = {d.value for d in view.dates if d.value is not None and d.value.precision == "day"
                and _DECISION_DATED.search(view.text, max(0, d.start - 40), d.start)}
        if len(days) == 1:
            found[view.index] = days.pop()
    return found


def _lead_date(views: list[SentenceView], dateline: Dateline | None, actions: list[Action],
               actor: str | None, types: frozenset[str] | None = None) -> DateValue | None:
    """The date the lead sentence that names the actor opens with ("Le 1er septembre 2025, la
    CNIL a ..."; not "On 3 March, Meta announced changes"), else the
    date of the actor's dated step in the lead ("BRUSSELS, 23 April 2025 — The Commission today
    found ..."). Never the bare dateline: "ROME, Dec 20 — the authority said on Friday it had
    fined OpenAI" does not say when it fined."""
    body = [v for v in views if not v.headline
            and not (dateline and dateline.alone and v.index == dateline.index)]
    if not body:
        return None
    lead = body[0]
    opening = lead.dates[0] if lead.dates else None
    names_actor = any(m.key == actor for m in lead.mentions)
    if (names_actor and opening is not None and opening.start <= 3 and opening.value is not None
            and opening.value.precision == "day" and not opening.relative
            and opening.qualifier is None):
        return opening.value
    stated = [a.date for a in actions if a.evidence.start == lead.sentence.start
              and a.actor == actor and actor is not None and a.date is not None
              and (types is None or a.type in types)]
    return stated[0] if stated else None


@dataclass
class _StepGroup:
    """The merged statements of one step (same type, actor, targets, date, status), indexed so
    that the repeat an action merges into is found without scanning the others: the earliest
    one stated in the same sentence, or (dated steps) the first, or the earliest that differs
    by having an amount ("almost $1 million", then "$957,780"). The same answer as comparing
    the action with every merged one in order, in O(log n): the heaps are keyed by index and
    cleaned lazily, since a better-supported repeat replaces a statement in place."""

    first: int | None = None
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    by_amount: dict[bool, list[int]] = field(default_factory=lambda: {True: [], False: []})

    def repeat_of(self, action: Action, merged: list[Action]) -> int | None:
        if self.first is None or action.date is not None:
            return self.first
        start, has_amount = action.evidence.start, action.amount is not None
        here = _earliest(self.by_sentence.get(start, []),
                         lambda m: m.evidence.start == start, merged)
        other = _earliest(self.by_amount[not has_amount],
                          lambda m: (m.amount is not None) != has_amount, merged)
        return min((i for i in (here, other) if i is not None), default=None)

    def add(self, index: int, action: Action) -> None:
        self.first = index if self.first is None else min(self.first, index)
        heapq.heappush(self.by_sentence.setdefault(action.evidence.start, []), index)
        heapq.heappush(self.by_amount[action.amount is not None], index)


def _earliest(heap: list[int], still: Callable[[Action], bool],
              merged: list[Action]) -> int | None:
    """The smallest index on the heap whose statement still fits; stale entries dropped."""
    while heap and not still(merged[heap[0]]):
        heapq.heappop(heap)
    return heap[0] if heap else None


def _support(action: Action) -> int:
    return 2 * (action.amount is not None) + (action.deadline is not None)


def _merge_new(*groups: Iterable[NewEntity]) -> list[NewEntity]:
    seen: dict[str, NewEntity] = {}
    for group in groups:
        for entity in group:
            seen.setdefault(entity.key, entity)
    return list(seen.values())


def count_words(text: str) -> int:
    return len(_WORDS.findall(text))
