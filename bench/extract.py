"""Extraction throughput on one core, beside raw spaCy rates measured in the same run.

    python bench/extract.py [--words 60000] [--corpus DIR]

The seeds and the development corpus are replicated until the word budget is reached (about
one minute in all on one core). Three timings over the same texts:
  - spaCy fr_core_news_sm, full default pipeline (the reference rate);
  - spaCy fr_core_news_sm, NER only;
  - the whole Extractor (sentences, gazetteer, NER for French, dates, money, actions, claims).
It prints words/s and articles/s for each and the Extractor / full-pipeline ratio (target >= 1.5).
"""

from __future__ import annotations

import os

# One core: BLAS/OpenMP threads would blur a per-core figure. Set before numpy is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

from regkg.articles import read_article  # noqa: E402
from regkg.extract.extractor import Extractor, count_words  # noqa: E402
from regkg.extract.nlp import french_full, french_ner  # noqa: E402
from regkg.models import Article  # noqa: E402
from regkg.reference import load_reference  # noqa: E402
from regkg.settings import Settings  # noqa: E402

DEFAULT_CORPUS = Settings().data_dir.parent.parent / "shared" / "corpus" / "articles"


def load_articles(corpus: Path) -> list[Article]:
    settings = Settings()
    paths = sorted(settings.articles_dir.glob("*.txt"))
    if corpus.is_dir():
        paths += sorted(corpus.glob("*.txt"))
    return [read_article(p) for p in paths]


def replicate(articles: list[Article], words: int) -> list[Article]:
    """Copies (with distinct ids) until the word budget is reached."""
    out: list[Article] = []
    total, round_ = 0, 0
    while total < words:
        for article in articles:
            out.append(dataclasses.replace(article, id=f"{article.id}-{round_}"))
            total += count_words(article.text)
            if total >= words:
                break
        round_ += 1
    return out


def timed(run: Callable[[], object]) -> float:
    """CPU seconds of this process: a per-core figure that other jobs on the machine do not
    inflate (wall time on a shared 2-core box varies twofold from run to run)."""
    start = time.process_time()
    run()
    return time.process_time() - start


def report(name: str, seconds: float, words: int, articles: int) -> float:
    rate = words / seconds
    print(f"{name:<28} {seconds:7.2f} s  {rate:9.0f} words/s  {articles / seconds:8.1f} articles/s")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    base = load_articles(args.corpus)
    articles = replicate(base, args.words)
    texts = [a.text for a in articles]
    words = sum(count_words(t) for t in texts)
    french = sum(a.language == "fr" for a in articles)
    print(f"{len(articles)} articles ({french} French), {words} words, "
          f"from {len(base)} distinct texts; one core")

    full, ner = french_full(), french_ner()
    extractor = Extractor(load_reference(Settings().reference_dir), Settings().patterns_dir)
    for warm in (full, ner):  # first-call costs are not throughput
        list(warm.pipe(texts[:4]))
    list(extractor.extract_many(articles[:4]))

    full_rate = report("spaCy full pipeline", timed(lambda: list(full.pipe(texts, batch_size=16))),
                       words, len(articles))
    report("spaCy NER only", timed(lambda: list(ner.pipe(texts, batch_size=16))),
           words, len(articles))
    ours = report("regkg Extractor", timed(lambda: list(extractor.extract_many(articles))),
                  words, len(articles))
    print(f"Extractor / full pipeline: {ours / full_rate:.2f}x (target >= 1.5x)")

    # French alone: the language where the Extractor runs the model (English needs none).
    french = [a for a in articles if a.language == "fr"]
    french_texts = [a.text for a in french]
    french_words = sum(count_words(t) for t in french_texts)
    french_full_rate = report(
        "spaCy full pipeline, French", timed(lambda: list(full.pipe(french_texts, batch_size=16))),
        french_words, len(french))
    french_ours = report("regkg Extractor, French",
                         timed(lambda: list(extractor.extract_many(french))),
                         french_words, len(french))
    print(f"French only, Extractor / full pipeline: {french_ours / french_full_rate:.2f}x")


if __name__ == "__main__":
    main()
