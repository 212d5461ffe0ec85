"""Store fixtures: every contract test runs against the embedded store and, when
REGKG_TEST_VIRTUOSO names a Virtuoso, against that server too. `bash .ci/virtuoso.sh start`
writes it, with REGKG_REMOTE_USER/PASSWORD/UPDATE_URL, to /tmp/regkg-virtuoso/env."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from regkg.store import EmbeddedStore, Store, open_store
from regkg.store.remote import STAGING_PREFIX, RemoteStore

VIRTUOSO_ENV = "REGKG_TEST_VIRTUOSO"
SKIP_REASON = (
    f"{VIRTUOSO_ENV} is not set: no Virtuoso to test against "
    "(run `bash .ci/virtuoso.sh start && . /tmp/regkg-virtuoso/env` first; CI does)"
)


def virtuoso_store() -> RemoteStore:
    spec = os.environ.get(VIRTUOSO_ENV)
    if not spec:
        pytest.skip(SKIP_REASON)
    store = open_store(spec)
    assert isinstance(store, RemoteStore)
    wipe(store)
    return store


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


@pytest.fixture(params=["embedded", "virtuoso"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """The same assertions against each backend."""
    backend: Store = EmbeddedStore(None) if request.param == "embedded" else virtuoso_store()
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
