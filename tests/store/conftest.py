"""Store fixtures: every contract test runs against the embedded store and two SPARQL
servers: Virtuoso, named by REGKG_TEST_VIRTUOSO (`bash .ci/virtuoso.sh start` writes it, with
REGKG_REMOTE_USER/PASSWORD/UPDATE_URL, to /tmp/regkg-virtuoso/env), and Apache Jena, named by
REGKG_TEST_JENA (`bash .ci/jena.sh start` writes it to /tmp/regkg-jena/env).

Without its variable a server's cases are skipped, except in CI (CI=true), where they fail:
.ci/run starts both, and a server that did not start must not pass as "skipped"."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from regkg.store import EmbeddedStore, Store, open_store
from regkg.store.remote import STAGING_PREFIX, RemoteConfig, RemoteStore

VIRTUOSO_ENV = "REGKG_TEST_VIRTUOSO"
JENA_ENV = "REGKG_TEST_JENA"
SKIP_REASON = (
    f"{VIRTUOSO_ENV} is not set: no Virtuoso to test against "
    "(run `bash .ci/virtuoso.sh start && . /tmp/regkg-virtuoso/env` first; CI does)"
)
JENA_SKIP_REASON = (
    f"{JENA_ENV} is not set: no Jena server to test against "
    "(run `bash .ci/jena.sh start && . /tmp/regkg-jena/env` first; CI does)"
)
REMOTE_BACKENDS = ("virtuoso", "jena")


def server_spec(variable: str, reason: str) -> str:
    """The server's store URL; without it a skip, or a failure in CI."""
    spec = os.environ.get(variable)
    if not spec:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    return spec


def virtuoso_store() -> RemoteStore:
    store = open_store(server_spec(VIRTUOSO_ENV, SKIP_REASON))
    assert isinstance(store, RemoteStore)
    wipe(store)
    return store


def jena_environment() -> dict[str, str]:
    """The process's variables for a store on the Jena server: the REGKG_REMOTE_* ones that
    .ci/virtuoso.sh's env sets (update URL, dba credentials) are Virtuoso's, not Jena's."""
    return {k: v for k, v in os.environ.items() if not k.startswith("REGKG_REMOTE_")}


def jena_store() -> RemoteStore:
    url = server_spec(JENA_ENV, JENA_SKIP_REASON).removeprefix("sparql+")
    store = RemoteStore(url, RemoteConfig.from_env(url, jena_environment()))
    wipe(store)
    return store


def remote_store(backend: str) -> RemoteStore:
    """A wiped store on one of the SPARQL servers (`virtuoso` or `jena`)."""
    return {"virtuoso": virtuoso_store, "jena": jena_store}[backend]()


def wipe(store: RemoteStore) -> None:
    """Remove every graph of the store, and staging graphs a failed test may have left."""
    for name in store.graph_names():
        store.remove_graph(name)
    leftovers = store._select(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}',
        dataset=False,
    )
    for row in leftovers.rows:
        store._drop_stage(row["g"].value)


@pytest.fixture(params=["embedded", *REMOTE_BACKENDS])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """The same assertions against each backend."""
    backend: Store = (
        EmbeddedStore(None) if request.param == "embedded" else remote_store(request.param)
    )
    yield backend
    backend.close()


@pytest.fixture
def both() -> Iterator[tuple[Store, RemoteStore]]:
    """The embedded store and Virtuoso side by side, for comparisons."""
    remote = virtuoso_store()
    yield EmbeddedStore(None), remote
    remote.close()


@pytest.fixture
def virtuoso() -> Iterator[RemoteStore]:
    remote = virtuoso_store()
    yield remote
    remote.close()
