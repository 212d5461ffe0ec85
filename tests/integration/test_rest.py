"""REST lookups over each backend answer the same JSON as over the embedded seed build."""

from __future__ import annotations

import pytest

PATHS = (
    "/jurisdictions",
    "/jurisdiction/UK",
    "/jurisdiction/UK/actions",
    "/jurisdiction/US/actions",  # US-CA's actions: a subdivision
    "/jurisdiction/EU/actions?since=2025-01-01",
    "/authorities",
    "/laws",
    "/timeline?limit=100",
    "/claims?limit=100",
    "/target/service%2Fgrok/actions",
)


@pytest.mark.parametrize("path", PATHS)
def test_lookup_answers_the_same_json(client, reference, path):
    expected = reference.get(path)
    got = client.get(path)
    assert (got.status_code, got.headers["content-type"]) == (
        expected.status_code, expected.headers["content-type"])
    assert got.json() == expected.json()


def test_lookups_have_content_to_compare(client):
    uk = client.get("/jurisdiction/UK/actions").json()
    assert uk["total"] >= 1 and all(a["sources"] for a in uk["items"])
    assert any("ofcom" in a["actor"]["id"] for a in uk["items"])
    assert client.get("/timeline?limit=100").json()["total"] >= 5


def test_every_action_and_article_of_the_timeline_resolves(client, reference):
    for action in client.get("/timeline?limit=100").json()["items"]:
        one = client.get(f"/actions/{action['id'].rsplit('/', 1)[-1]}")
        assert one.status_code == 200
        assert one.json() == reference.get(f"/actions/{action['id'].rsplit('/', 1)[-1]}").json()
