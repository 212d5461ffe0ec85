"""GET /export/{view}.{ext} on a bare FastAPI app with the export router."""

from __future__ import annotations

import csv
import io
import warnings
from types import SimpleNamespace

import networkx as nx
import pytest
from fastapi import FastAPI
from rdflib import Graph
from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():  # starlette asks for httpx2, which is not a dependency here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

from regkg.api.routes_export import router
from regkg.settings import Settings

from .conftest import FINE, OFCOM, action_iri

ID = "https://w3id.org/regkg/id/"


@pytest.fixture(scope="module")
def client(store) -> TestClient:
    app = FastAPI()
    app.include_router(router)
    app.state.regkg = SimpleNamespace(store=store, settings=Settings())
    return TestClient(app)


def test_gexf_of_the_enforcement_view(client):
    response = client.get("/export/enforcement.gexf", params={"jurisdiction": "uk"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/gexf+xml")
    assert 'filename="regkg-enforcement.gexf"' in response.headers["content-disposition"]
    assert response.headers["x-regkg-report"].startswith("gexf (enforcement): 2 nodes, 1 edges")
    graph = nx.read_gexf(io.BytesIO(response.content), version="1.3")
    assert list(graph.edges) == [(ID + "authority/ofcom", ID + "service/x")]


@pytest.mark.parametrize("path", ["/export/full.nodes.csv", "/export/full.csv?table=nodes"])
def test_csv_tables(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {action_iri(OFCOM), action_iri(FINE)} <= {r["Id"] for r in rows}


def test_rdf_with_date_filters(client):
    response = client.get("/export/full.ttl", params={"since": "2025-12", "until": "2025-12"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    subjects = {str(s) for s in graph.subjects()}
    assert action_iri(FINE) in subjects and action_iri(OFCOM) not in subjects


@pytest.mark.parametrize("path, status, fragment", [
    ("/export/full.gexf?jurisdiction=zz", 404, "no jurisdiction has the code"),
    ("/export/full.gexf?target=nobody-at-all", 404, "no entity is named"),
    ("/export/everything.gexf", 404, "unknown view"),
    ("/export/full.docx", 404, "unknown export format"),
    ("/export/full.csv", 400, "one table per request"),
    ("/export/full.gexf?since=soon", 400, "not a date"),
])
def test_errors_are_json(client, path, status, fragment):
    response = client.get(path)
    assert response.status_code == status
    assert fragment in response.json()["message"]
