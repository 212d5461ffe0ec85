"""The API over the real seed build (data/articles through the whole write chain)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from regkg.api.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_client(seed_build, settings) -> Iterator[TestClient]:
    store, _, _ = seed_build
    with TestClient(create_app(settings, store, workers=False)) as client:
        yield client


def test_every_stored_action_is_served_with_a_source(seed_client, seed_build):
    _, summary, _ = seed_build
    stored = sum(len(o.actions) for o in summary.outcomes if o.status == "stored")
    timeline = seed_client.get("/timeline", params={"limit": 1000}).json()
    assert stored > 0 and 0 < timeline["total"] <= stored
    for action in timeline["items"]:
        assert action["type"] and action["sources"], action
        assert all(s["evidence"] and s["article"] for s in action["sources"])
        article = seed_client.get(f"/articles/{action['sources'][0]['article']}")
        assert article.status_code == 200
        assert action["id"] in {a["id"] for a in article.json()["actions"]}


def test_jurisdictions_with_actions_resolve_and_list_them(seed_client):
    items = seed_client.get("/jurisdictions").json()["items"]
    active = [j for j in items if j["actions"]]
    assert active
    for jurisdiction in active:
        listed = seed_client.get(f"/jurisdiction/{jurisdiction['code'].lower()}/actions").json()
        assert listed["total"] >= jurisdiction["actions"]


def test_the_seed_uk_investigation_is_served(seed_client):
    """The seed corpus reports Ofcom's investigation of X (the extractor's headline fact)."""
    actions = seed_client.get("/jurisdiction/uk/actions", params={"type": "investigation"}).json()
    assert actions["total"] >= 1
    assert any(a["actor"] and a["actor"]["id"] == "authority/ofcom" for a in actions["items"])
