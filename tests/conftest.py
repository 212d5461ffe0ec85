"""Fixtures shared across test packages: the real seed articles built into a store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from regkg.pipeline import BuildSummary, Pipeline
from regkg.settings import Settings
from regkg.store import EmbeddedStore, Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = REPO / "data" / "articles"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(store="memory")


@pytest.fixture(scope="session")
def seed_build(settings) -> tuple[Store, BuildSummary, Pipeline]:
    """The five seed articles through the whole write chain, into an in-memory store."""
    store = EmbeddedStore(None)
    pipeline = Pipeline(settings, store)
    summary = pipeline.build([SEEDS])
    return store, summary, pipeline


@pytest.fixture(scope="session")
def seed_store(seed_build) -> Store:
    return seed_build[0]


@pytest.fixture(scope="session")
def seed_graph(seed_store) -> Graph:
    """All named graphs of the seed store merged, for assertions with rdflib's triple API."""
    union = Graph()
    for name in seed_store.graph_names():
        union += seed_store.graph(name)
    return union
