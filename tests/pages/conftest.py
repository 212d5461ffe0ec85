"""The pages served over the real seed build (tests/conftest.py's `seed_store`)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():  # starlette asks for httpx2, which is not a dependency here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

from regkg.api.app import create_app
from regkg.settings import Settings
from tests.pages.helpers import with_pages


@pytest.fixture(scope="session")
def pages_client(seed_store) -> Iterator[TestClient]:
    """One app with one SPARQL worker (the query page runs queries like /sparql does)."""
    settings = Settings(store="memory", sparql_workers=1)
    app = with_pages(create_app(settings, seed_store))
    with TestClient(app) as client:
        yield client
