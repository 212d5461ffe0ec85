"""Integration tests run once per backend, with the same assertions: the seed articles
(data/articles) built into the embedded store, into Virtuoso and into Apache Jena, then
served and exported.

The servers are the ones named by REGKG_TEST_VIRTUOSO (`bash .ci/virtuoso.sh start`) and
REGKG_TEST_JENA (`bash .ci/jena.sh start`); CI always sets both. Without one, its cases are
skipped (failed when CI=true). Each backend is built once per session. The reference for
"the same" is the embedded build of the session (`seed_build`).
"""

from __future__ import annotations

import dataclasses
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from regkg.api.app import create_app
from regkg.pipeline import BuildSummary, Pipeline
from regkg.settings import Settings
from regkg.store import Store

from ..conftest import SEEDS
from ..store.conftest import JENA_ENV, REMOTE_BACKENDS, VIRTUOSO_ENV, remote_store

with warnings.catch_warnings():  # starlette asks for httpx2, which is not a dependency here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

BACKENDS = ("embedded", *REMOTE_BACKENDS)


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
    remote = remote_store(request.param)  # skips without the server's variable; starts empty
    summary = Pipeline(settings, remote).build([SEEDS])
    yield Built(request.param, remote, summary)
    remote.close()


def server_spec(backend: str) -> str:
    """The `--store` URL of a remote backend's server."""
    return os.environ[{"virtuoso": VIRTUOSO_ENV, "jena": JENA_ENV}[backend]]


@contextmanager
def server_environment(backend: str) -> Iterator[None]:
    """The process environment for opening `backend` from a store URL, as `regkg serve
    --store` does: .ci/virtuoso.sh's REGKG_REMOTE_* variables are Virtuoso's, not Jena's."""
    with pytest.MonkeyPatch.context() as patch:
        if backend == "jena":
            for name in [n for n in os.environ if n.startswith("REGKG_REMOTE_")]:
                patch.delenv(name)
        yield


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
