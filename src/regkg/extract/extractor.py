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
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from regkg.extract.action_dates import date_from_context
from regkg.extract.actions import ActionFinder, SentenceView, straighten
from regkg.extract.background_openings import add_background_openings
from regkg.extract.bare_commission import CommissionNames
from regkg.extract.borrowed_sums import drop_borrowed_sums
from regkg.extract.claims import find_claims
from regkg.extract.combined_fines import own_parts_after_total
from regkg.extract.consequence_sentences import add_penalties_told_next
from regkg.extract.dated_repeats import support
from regkg.extract.dateline_places import without_dateline_metonyms, written_acronyms
from regkg.extract.dates import dateline_of
from regkg.extract.deal_bans import DealBans
from regkg.extract.fine_amounts import settle_amounts
from regkg.extract.followed_suit import add_steps_followed
from regkg.extract.gapped_payers import add_gapped_payers
from regkg.extract.gazetteer import Gazetteer
from regkg.extract.group_fines import sum_group_parts
from regkg.extract.headline_dates import headline_dateline
from regkg.extract.headline_sums import sums_from_headlines
from regkg.extract.lexicon import load_lexicon
from regkg.extract.linking import Linker, kind_of
from regkg.extract.listed_dates import add_listed_dates
from regkg.extract.names import ner_candidates, new_entities, rule_names, spacy_names
from regkg.extract.nlp import french_ner, split_sentences
from regkg.extract.operator_restatements import merge_orders_restated_of_operators
from regkg.extract.order_penalties import add_order_penalties
from regkg.extract.patterns import Patterns, load_patterns
from regkg.extract.paying_calls import as_fines
from regkg.extract.processing_bans import ProcessingBans
from regkg.extract.provisions import find_provision, is_provision_sentence
from regkg.extract.publisher import release_writer
from regkg.extract.restated_steps import merge_restated_steps
from regkg.extract.sanction_findings import fold_sanction_findings
from regkg.extract.sanctions_regimes import SanctionsRegimes
from regkg.extract.settlement_parts import penalty_parts_of_settlements
from regkg.extract.shared_names import shared_names_of
from regkg.extract.site_names import with_site_names
from regkg.extract.slots import Dateline, Slots
from regkg.extract.speakers import load_claim_patterns
from regkg.extract.text import Sentence
from regkg.extract.told_twice import merge_steps_told_twice
from regkg.extract.unknown_bodies import UnknownBodies, with_unknown_bodies
from regkg.extract.warning_sums import with_penalty_sums
from regkg.extract.wire_datelines import yearless_dateline
from regkg.models import (
    Action,
    Article,
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
        self.acronyms = written_acronyms(reference)
        self.patterns_dir = patterns_dir
        self.patterns = load_patterns(patterns_dir)
        self.linker = Linker(reference, self.patterns)
        self.claim_patterns = load_claim_patterns(patterns_dir / "claims.yaml")
        self.gazetteer = Gazetteer(reference, frozenset(self.claim_patterns.first_names))
        self.finder = ActionFinder(self.linker, self.patterns, load_lexicon(patterns_dir))
        self.bans = ProcessingBans(reference, self.patterns.domain_bodies["privacy"].values())
        self.deals = DealBans(reference, patterns_dir)
        self.sanctions = SanctionsRegimes(reference)
        self.unknown_bodies = UnknownBodies(reference, patterns_dir, self.linker.demonym_code,
                                            self._has_domain_body)

    def _has_domain_body(self, name: str, french: bool, code: str) -> bool:
        """The name reads as a domain ("protection des données") whose body of the country
        the reference holds."""
        lp = self.patterns.of("fr" if french else "en")
        described = ("la " if french else "the ") + name  # as a description is written
        return any(self.patterns.domain_bodies.get(domain, {}).get(code)
                   and next(iter(pattern.finditer(described)), None) is not None
                   for domain, pattern in lp.domain_descriptions)

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
        found = self.gazetteer.find(article.text, article.language)
        found = without_dateline_metonyms(article.text, found, self.acronyms)
        return _Prepared(split_sentences(article.text), with_site_names(
            article.text, found, self.reference))

    def _extract(self, article: Article, ready: _Prepared,
                 docs: list[tuple[Sentence, Doc]]) -> Extraction:
        text, language = article.text, article.language
        lp = self.patterns.of(language)
        sentences, known = ready.sentences, ready.known
        # unknown public bodies named with their country, before the organisation rules
        known, bodies = with_unknown_bodies(
            text, known, self.unknown_bodies, language == "fr", self.linker.jurisdiction_of,
            self.linker.described_regulators(text, lp), self.patterns.organisation_suffix)
        unknown = bodies + (spacy_names(docs, text, known, self.patterns, lp) if language == "fr"
                   else rule_names(text, known, self.patterns, lp))
        commissions = CommissionNames.of(text, sorted(known + unknown,
                                                      key=lambda m: (m.start, m.end)),
                                         self.linker.demonym_code, self.linker.jurisdiction_of,
                                         self.patterns.court_places.get,
                                         self.patterns.eu_member_states)
        # the body of the place the text is about, for a name several places' bodies share
        mentions = shared_names_of(self.linker).placed(text, commissions.reattached(),
                                                       self.linker.jurisdiction_of)
        dateline = find_dateline(article, sentences)
        views = self._views(article, sentences, mentions, dateline)
        provisions = self._provisions(views, language)
        slots = self._slots(article, views)
        slots.dateline = dateline
        slots.unnamed_commissions = commissions.unnamed
        slots.commissions_outside_eu = commissions.outside_eu
        actions = self._actions(views, slots, dateline)
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
            new_entities=tuple(_merge_new(new_entities(unknown, sentences, self.patterns),
                                          speakers)),
            warnings=tuple(warnings))

    def _actions(self, views: list[SentenceView], slots: Slots,
                 dateline: Dateline | None) -> list[Action]:
        found = self.bans.retyped(self.sanctions.retyped(self.finder.find(views, slots)))
        found = as_fines(self.deals.retyped(found, slots.article.language))
        actions = add_listed_dates(
            date_from_context(finalise_actions(found, views), views, dateline), views)
        actions = add_order_penalties(add_gapped_payers(
            _settled_sums(actions, views, self.patterns), views), views)
        actions = with_penalty_sums(add_penalties_told_next(actions, views), views)
        actions = merge_restated_steps(actions, views, self.reference)
        actions = merge_orders_restated_of_operators(actions, views, self.reference)
        actions = merge_steps_told_twice(actions, self.reference)
        # "Ottawa a suivi le 27 février": the follower's own step, once the first is dated
        actions = add_steps_followed(actions, views, self.linker,
                                     self.patterns.of(slots.article.language))
        # after the openings: a restated finding still names the company of the body's probe
        # for an opening told with no company ("ordered its Director General to investigate the
        # policy in March 2021")
        actions = fold_sanction_findings(add_background_openings(actions, views, self.linker))
        return [a for a in actions if not _vague(a)]

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
        slots = Slots(article=article, patterns=self.patterns, views=views,
                      writer=release_writer(article, self.gazetteer))
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
        line = sentence.text.strip()
        found = dateline_of(line, article.language) or yearless_dateline(
            line, article.language, article.published)
        if found is not None:
            return Dateline(index, found[0], found[1])
    # a headline closed by its day ("CNIL : amende pour Apple (28/02/2023)") heads that day's
    # release, as a dateline line would
    day = headline_dateline(article.title, article.language) if article.title else None
    if day is not None and sentences and article.title and sentences[0].text.strip() in (
            article.title.strip(), ""):
        return Dateline(0, day, True)
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
    # (a body step with no actor stands for no headline step: "Russian courts also imposed a
    # string of smaller fines" does not restate "Moscow court hits Google with fine", gale 1127)
    body_steps = {(a.type, a.actor) for a in body if a.actor} | {_identity(a) for a in body}
    # "EU fines TikTok" over "Ireland's Data Protection Commission fined TikTok": the body's
    # step of that type on those targets names the actor the headline's metonym stands for.
    body_steps |= {("told", a.type, a.targets) for a in body if a.targets}
    kept = body + [a for a in actions if a.evidence.start in headline_starts
                   and (a.type, a.actor) not in body_steps and _identity(a) not in body_steps
                   and ("told", a.type, a.targets) not in body_steps]
    merged: list[Action] = []
    groups: dict[tuple[object, ...], _StepGroup] = {}
    for action in kept:
        step = (action.type, action.actor, action.targets, action.date, action.status)
        group = groups.setdefault(step, _StepGroup())
        same = group.repeat_of(action, merged)
        if same is None:
            group.add(len(merged), action)
            merged.append(action)
        elif support(action) > support(merged[same]):
            merged[same] = action
            group.add(same, action)
    return sorted(merged, key=lambda a: a.evidence.start)


def _vague(action: Action) -> bool:
    """A step told with neither its body nor its company ("Russian courts also imposed a
    string of smaller fines on foreign platforms", gale 1127) is a vague report the guidelines
    leave out; a block keeps its country alone ("les autorités avaient bloqué l'accès à
    plusieurs réseaux sociaux": the country cut access, reserve 914)."""
    return action.actor is None and not action.targets and action.type != "block"


def _identity(action: Action) -> tuple[object, ...]:
    """What a step is, whoever the text names as its actor: "New Mexico sues Snap" (the state)
    in a headline is the body's "New Mexico's attorney general sued Snap Inc. on Thursday"."""
    return ("identity", action.type, action.jurisdiction, action.targets)


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


def _settled_sums(actions: list[Action], views: list[SentenceView],
                  patterns: Patterns) -> list[Action]:
    """Each action's amount by the conventions: the sentence's sum, then a group's parts, a
    company's own part after a combined total, a settlement's penalty part, the headline's
    sum, and no sum borrowed from another day's fine."""
    actions = sum_group_parts(settle_amounts(actions, views, patterns), views)
    actions = own_parts_after_total(actions, views)
    actions = penalty_parts_of_settlements(actions, views)
    actions = sums_from_headlines(actions, views, patterns)
    return drop_borrowed_sums(actions, views)


def _merge_new(*groups: Iterable[NewEntity]) -> list[NewEntity]:
    seen: dict[str, NewEntity] = {}
    for group in groups:
        for entity in group:
            seen.setdefault(entity.key, entity)
    return list(seen.values())


def count_words(text: str) -> int:
    return len(_WORDS.findall(text))
