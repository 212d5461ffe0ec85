"""Integration tests run once per backend, with the same assertions: the seed articles
(data/articles) built into the embedded store and into Virtuoso, then served and exported.

Virtuoso is the one named by REGKG_TEST_VIRTUOSO (`bash .ci/virtuoso.sh start`; CI always
sets it); without it the Virtuoso half is skipped. Each backend is built once per session.
The reference for "the same" is the embedded build of the session (`seed_build`).
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from regkg.api.app import create_app
from regkg.pipeline import BuildSummary, Pipeline
from regkg.settings import Settings
from regkg.store import Store

from ..conftest import SEEDS
from ..store.conftest import virtuoso_store

with warnings.catch_warnings():  # starlette asks for httpx2, which is not a dependency here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

BACKENDS = ("embedded", "virtuoso")


@dataclass(frozen=True)
class Built:
    backend: str
    store: Store
    summary: BuildSummary


@pytest.fixture(scope="session", params=BACKENDS)
def built(request: pytest.FixtureRequest, seed_build, settings: Settings) -> Iterator[Built]:
    """The seed articles built into one backend (the embedded one is the session's)."""
    if request.param == "embedded":
        store, summary, _ = seed_build
        yield Built("embedded", store, summary)
        return
    remote = virtuoso_store()  # skips without REGKG_TEST_VIRTUOSO; starts empty
    summary = Pipeline(settings, remote).build([SEEDS])
    yield Built("virtuoso", remote, summary)
    remote.close()


def serve_settings(settings: Settings) -> Settings:
    return dataclasses.replace(settings, sparql_workers=1, max_rows=50, query_timeout_s=10.0)


@pytest.fixture(scope="session")
def client(built: Built, settings: Settings) -> Iterator[TestClient]:
    """The API over the built store: worker processes (embedded) or the remote endpoint."""
    with TestClient(create_app(serve_settings(settings), built.store)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def reference(seed_build, settings: Settings) -> Iterator[TestClient]:
    """The API over the session's embedded seed build: what every backend must answer."""
    store, _, _ = seed_build
    app = create_app(serve_settings(settings), store, workers=False)
    with TestClient(app) as test_client:
        yield test_client
