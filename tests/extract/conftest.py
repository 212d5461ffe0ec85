"""Extraction fixtures, shared by the action and claim tests: loaded once per session."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from regkg.articles import read_article
from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.extract.modality import FACTUAL_STATUSES
from regkg.extract.patterns import Patterns, load_patterns
from regkg.models import Article, Extraction
from regkg.reference import Reference, load_reference

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
SEEDS = DATA / "articles"
CORPUS = REPO.parent / "shared" / "corpus" / "articles"


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference(DATA / "reference")


@pytest.fixture(scope="session")
def patterns() -> Patterns:
    return load_patterns(DATA / "patterns")


@pytest.fixture(scope="session")
def extractor(reference: Reference) -> Extractor:
    """One Extractor (and one spaCy model) for the whole session."""
    return Extractor(reference, DATA / "patterns")


@pytest.fixture(scope="session")
def seed_articles() -> dict[str, Article]:
    """The five seeds by their number ("000" ... "004")."""
    return {p.stem[:3]: read_article(p) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_extractions(
    extractor: Extractor, seed_articles: dict[str, Article]
) -> dict[str, Extraction]:
    ids = list(seed_articles)
    done = extractor.extract_many(seed_articles[i] for i in ids)
    return dict(zip(ids, done, strict=True))


@pytest.fixture(scope="session")
def article_of():
    """Build an Article from real text: article_of(text, "fr", published=date(...))."""

    def build(text: str, language: str, published: dt.date | None = None,
              title: str | None = None, outlet: str | None = None) -> Article:
        digest = hashlib.sha256(text.encode()).hexdigest()
        return Article(id="test", text=text, title=title, outlet=outlet, url=None,
                       published=published, language=language, content_hash=digest)

    return build


@pytest.fixture(scope="session")
def steps_in(extractor, article_of):
    """steps_in(text, language="en", published=..., outlet=None) -> the set of (type, actor,
    targets) of the factual steps of a text whose first line is its title."""

    def run(text: str, language: str = "en", published: dt.date | None = dt.date(2025, 6, 1),
            outlet: str | None = None) -> set[tuple[object, ...]]:
        article = article_of(text, language, published, text.splitlines()[0], outlet)
        return {(a.type, a.actor, a.targets) for a in extractor.extract(article).actions
                if a.status in FACTUAL_STATUSES}

    return run


@pytest.fixture(scope="session")
def labelled(steps_in, reference):
    """labelled(text, language) -> {(type, actor label, target labels)} of the factual steps."""

    def label(key: object) -> object:
        entity = reference.get(key) if isinstance(key, str) else None
        return entity.label if entity else key

    def run(text: str, language: str) -> set[tuple[object, ...]]:
        return {(kind, label(actor), tuple(label(t) for t in targets))
                for kind, actor, targets in steps_in(text, language)}

    return run


@pytest.fixture(scope="session")
def dated_steps(extractor, article_of):
    """dated_steps(published) -> run(text, language, title=None, published=...): the
    (type, target key's last part, ISO date) of every action, for the date tests."""

    def for_day(default: dt.date | None):
        def run(text: str, language: str, title: str | None = None,
                published: dt.date | None = default) -> list[tuple[str, str | None, str | None]]:
            article = article_of(text, language, published=published, title=title)
            return [(a.type, a.targets[0].split("/")[-1] if a.targets else None,
                     a.date.iso() if a.date else None)
                    for a in extractor.extract(article).actions]
        return run

    return for_day


@pytest.fixture(scope="session")
def factual_steps(extractor, article_of):
    """factual_steps(published) -> run(text, language="en"): (type, actor, targets, ISO date)
    of the factual actions, sorted, for the resolution tests."""
    def for_day(published: dt.date):
        def run(text: str, language: str = "en") -> list[tuple[object, ...]]:
            actions = extractor.extract(article_of(text, language, published)).actions
            return sorted(((a.type, a.actor, a.targets, a.date.iso() if a.date else None)
                           for a in actions if a.status in FACTUAL_STATUSES), key=str)
        return run

    return for_day


@pytest.fixture(scope="session")
def short_steps(extractor, article_of):
    """short_steps(published) -> run(text, language): the set of (type, actor key's last part,
    first target key's last part) of the steps taken (opened or imposed), for the vocabulary
    tests."""
    def for_day(published: dt.date):
        def run(text: str, language: str) -> set[tuple[str, str | None, str | None]]:
            actions = extractor.extract(article_of(text, language, published=published)).actions
            return {(a.type, a.actor.split("/")[-1] if a.actor else None,
                     a.targets[0].split("/")[-1] if a.targets else None)
                    for a in actions if a.status in {"opened", "imposed"}}
        return run

    return for_day


@pytest.fixture
def step_targets(short_steps):
    """run(text, language) -> the (type, first target key's last part) of the steps taken in a
    text published on 1 March 2023: for the target tests."""
    run = short_steps(dt.date(2023, 3, 1))
    return lambda text, language: {(kind, target) for kind, _, target in run(text, language)}


# (type, actor, targets) of one factual step: what the lexicon-layer tests compare.
Fact = tuple[str, str | None, tuple[str, ...]]


@pytest.fixture(scope="session")
def without_lexicon(reference: Reference) -> Extractor:
    """An extractor with the precise triggers only (the lexicon layer switched off): each
    positive case of the layer must fail on it."""
    plain = Extractor(reference, DATA / "patterns")
    plain.finder.lexicon = None
    return plain


def facts(extractor: Extractor, article: Article) -> list[Fact]:
    """The factual steps of `article`, once each, sorted."""
    return sorted({(a.type, a.actor, a.targets) for a in extractor.extract(article).actions
                   if a.status in FACTUAL_STATUSES})


# (type, actor, jurisdiction, targets) of one factual step, and a case of the invented-sentence
# tables: (text, language, the steps it must yield).
Step = tuple[str, str | None, str | None, tuple[str, ...]]
Case = tuple[str, str, list[Step]]


def case_ids(cases: list[Case]) -> list[str]:
    return [f"{language}-{text[:50]}" for text, language, _ in cases]


def steps_of(extractor: Extractor, article_of, text: str, language: str) -> list[Step]:
    """The factual steps of a text published 2025-06-01, once each, sorted."""
    article = article_of(text, language, dt.date(2025, 6, 1))
    return sorted({(a.type, a.actor, a.jurisdiction, a.targets)
                   for a in extractor.extract(article).actions if a.status in FACTUAL_STATUSES})


@pytest.fixture(scope="session")
def gold_amounts(extractor, reference, article_of):
    """gold_amounts(published) -> run(body, language): the (type, amount, currency) of every
    action with an amount, in the gold schema, of a body under the title "Update"."""
    def for_day(published: dt.date):
        def run(body: str, language: str) -> set[tuple[str, str, str]]:
            text = "Update\n\n" + body + "\n"
            found = to_gold(extractor.extract(article_of(text, language, published, "Update")),
                            reference)
            return {(a["type"], str(a["amount"]), a["currency"]) for a in found["actions"]
                    if a["amount"] is not None}
        return run

    return for_day


@pytest.fixture(scope="session")
def gold_claims(extractor, reference, article_of):
    """gold_claims(published) -> run(text, language="en"): (speaker, quote) of every claim."""
    def for_day(published: dt.date):
        def run(text: str, language: str = "en") -> list[tuple[str, str]]:
            extraction = extractor.extract(article_of(text, language, published=published))
            return [(c["speaker"], c["quote"]) for c in to_gold(extraction, reference)["claims"]]
        return run

    return for_day



@pytest.fixture(scope="session")
def labelled_steps(extractor, reference, article_of):
    """labelled_steps(body, language) -> {(type, actor, target, date)} as the gold schema labels
    them, for a body under the headline "Update" published on 6 March 2024."""

    def run(body: str, language: str) -> set[tuple[object, ...]]:
        article = article_of("Update\n\n" + body + "\n", language, dt.date(2024, 3, 6), "Update")
        found = to_gold(extractor.extract(article), reference)
        return {(a["type"], a["actor"], a["target"], a["date"]) for a in found["actions"]}

    return run


@pytest.fixture(scope="session")
def gold_rows(extractor, article_of, reference):
    """gold_rows(text, language) -> sorted (type, actor label, jurisdiction, target label) of
    the actions the gold JSON would hold, for a text under "Headline" published 6 March 2024."""

    def run(text: str, language: str) -> list[tuple[str, str | None, str | None, str | None]]:
        article = article_of(f"Headline\n\n{text}\n", language, dt.date(2024, 3, 6), "Headline")
        gold = to_gold(extractor.extract(article), reference)
        return sorted((a["type"], a["actor"], a["jurisdiction"], a["target"])
                      for a in gold["actions"])

    return run


@pytest.fixture(scope="session")
def placed_steps(extractor, article_of, reference):
    """placed_steps(published) -> run(body, language): {(type, actor label, jurisdiction,
    target labels, ISO date)} of the factual steps of "Headline" + body."""

    def label(key: str | None) -> str | None:
        entity = reference.get(key) if key else None
        return entity.label if entity else key

    def for_day(published: dt.date):
        def run(body: str, language: str) -> set[tuple[object, ...]]:
            article = article_of("Headline\n\n" + body, language, published, "Headline")
            return {(a.type, label(a.actor), a.jurisdiction, tuple(label(t) for t in a.targets),
                     a.date.iso() if a.date else None)
                    for a in extractor.extract(article).actions if a.status in FACTUAL_STATUSES}
        return run

    return for_day


@pytest.fixture(scope="session")
def placed_facts(placed_steps):
    """placed_facts(published) -> run(body, language): the steps of placed_steps without their
    dates, {(type, actor label, jurisdiction, target labels)}."""

    def for_day(published: dt.date):
        run = placed_steps(published)
        return lambda body, language: {step[:4] for step in run(body, language)}

    return for_day


@pytest.fixture(scope="session")
def rows(extractor, article_of, reference):
    """rows(text, language, published ISO day) -> the gold-schema action rows (dicts) of the
    steps of a text under "Headline" (the dates and amounts rounds' tests read their dates)."""

    def run(text: str, language: str, published: str) -> list[dict[str, object]]:
        article = article_of("Headline\n\n" + text, language, dt.date.fromisoformat(published),
                             "Headline")
        return list(to_gold(extractor.extract(article), reference)["actions"])

    return run


@pytest.fixture(scope="session")
def blocks(extractor, article_of):
    """blocks(text, language) -> {(jurisdiction, first target's last key part, ISO date)} of the
    blocks taken, published on Thursday 2025-03-06 (the shutdown and counted-member tests)."""
    def run(text: str, language: str) -> set[tuple[str | None, str | None, str | None]]:
        actions = extractor.extract(article_of(text, language,
                                               published=dt.date(2025, 3, 6))).actions
        return {(a.jurisdiction.split("/")[-1] if a.jurisdiction else None,
                 a.targets[0].split("/")[-1] if a.targets else None,
                 a.date.iso() if a.date else None)
                for a in actions if a.type == "block" and a.status in {"opened", "imposed"}}
    return run
