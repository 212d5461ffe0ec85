"""Per-client SPARQL worker-time budget: 429 with Retry-After past it; loopback exempt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from regkg.api.app import create_app
from regkg.api.ratelimit import LOOPBACK, MAX_CLIENTS, QueryBudget
from regkg.settings import Settings

from .conftest import TestClient

QUERY = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "format": "json"}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def limited(api_store) -> Iterator[TestClient]:
    settings = Settings(store="memory", sparql_workers=1, rate_limit_query_s=0.000001,
                        rate_limit_localhost=1)
    with TestClient(create_app(settings, api_store)) as client:
        yield client


def test_a_tiny_budget_gives_429_with_retry_after(limited):
    first = limited.get("/sparql", params=QUERY)
    assert first.status_code == 200
    second = limited.get("/sparql", params=QUERY)
    assert second.status_code == 429
    assert second.json()["error"] == "rate_limited"
    assert 1 <= int(second.headers["retry-after"]) <= 60
    post = limited.post("/sparql", data=QUERY)
    assert post.status_code == 429 and "retry-after" in post.headers
    assert limited.get("/health").status_code == 200  # REST and health are not charged
    assert limited.get("/jurisdictions").status_code == 200


def test_loopback_clients_are_exempt_by_default(client):
    statuses = {client.get("/sparql", params=QUERY).status_code for _ in range(5)}
    assert statuses == {200}  # the session client has the default budget, and is loopback


def test_the_budget_frees_up_as_charges_leave_the_window():
    clock = Clock()
    budget = QueryBudget(2.0, clock=clock)
    assert budget.retry_after("203.0.113.9") is None
    budget.charge("203.0.113.9", 1.5)
    clock.now += 10
    budget.charge("203.0.113.9", 1.0)
    assert budget.retry_after("203.0.113.9") == 50  # the first charge leaves at +60
    assert budget.retry_after("198.51.100.1") is None  # per client
    clock.now += 50
    assert budget.retry_after("203.0.113.9") is None
    assert budget.refused == 1


def test_loopback_and_zero_budget_are_not_limited():
    budget = QueryBudget(0.001)
    for host in LOOPBACK:
        budget.charge(host, 100)
        assert budget.retry_after(host) is None
    off = QueryBudget(0.0, limit_localhost=True)
    off.charge("203.0.113.9", 100)
    assert off.retry_after("203.0.113.9") is None


def test_tracked_clients_are_bounded():
    budget = QueryBudget(1.0)
    for i in range(MAX_CLIENTS + 50):
        budget.charge(f"10.0.{i // 256}.{i % 256}", 0.1)
    assert len(budget._charges) == MAX_CLIENTS


def test_settings_default_is_safe():
    settings = Settings()
    assert settings.rate_limit_query_s == 30.0 and settings.rate_limit_localhost == 0
