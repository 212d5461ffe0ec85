"""A corpus for the parallel tests: the seeds plus the shared corpus replicated under new stems
in a temporary folder (no corpus text enters the repository), and one unreadable file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from regkg.pipeline import BuildSummary, Pipeline
from regkg.settings import Settings
from regkg.store import EmbeddedStore, canonical_digest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "data" / "articles"
CORPUS = REPO.parent / "shared" / "corpus" / "articles"
COPIES = 2  # of the shared corpus


def copy_article(source: Path, target_dir: Path, stem: str) -> Path:
    target = target_dir / f"{stem}.txt"
    shutil.copyfile(source, target)
    shutil.copyfile(source.with_name(source.stem + ".meta.json"),
                    target_dir / f"{stem}.meta.json")
    return target


@pytest.fixture(scope="session")
def parallel_corpus(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("parallel-corpus")
    for source in sorted(SEEDS.glob("*.txt")):
        copy_article(source, directory, f"seed_{source.stem}")
    shared = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    for copy in range(COPIES):
        for source in shared:
            copy_article(source, directory, f"c{copy}_{source.stem}")
    (directory / "zz_unreadable.txt").write_bytes(b"   \n")  # empty: refused when read
    return directory


@pytest.fixture(scope="session")
def serial_build(parallel_corpus) -> tuple[str, BuildSummary, EmbeddedStore]:
    """The reference: `--jobs 1`, in this process."""
    store = EmbeddedStore(None)
    summary = Pipeline(Settings(store="memory", jobs=1), store).build([parallel_corpus])
    return canonical_digest(store), summary, store
