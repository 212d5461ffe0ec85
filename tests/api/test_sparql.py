"""The SPARQL endpoint: forms of request, formats, dataset selection, service description."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

RKG = "https://w3id.org/regkg/ontology#"
GB = "https://w3id.org/regkg/id/jurisdiction/GB"
COUNT_ACTIONS = (
    f"PREFIX rkg: <{RKG}> "
    f"SELECT ?action ?date WHERE {{ ?action rkg:jurisdiction <{GB}> ; rkg:status ?s "
    "OPTIONAL { ?action rkg:date ?date } }"
)
ACTIONS = f"?a <{RKG}status> ?st ; <{RKG}jurisdiction> ?j"


def test_get_form_and_direct_post_agree(client):
    by_get = client.get("/sparql", params={"query": COUNT_ACTIONS})
    by_form = client.post("/sparql", data={"query": COUNT_ACTIONS})
    by_direct = client.post("/sparql", content=COUNT_ACTIONS,
                            headers={"Content-Type": "application/sparql-query"})
    for response in (by_get, by_form, by_direct):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/sparql-results+json")
    rows = by_get.json()["results"]["bindings"]
    assert len(rows) == 1 and rows[0]["date"]["value"] == "2026-01-12"
    assert by_get.json() == by_form.json() == by_direct.json()


@pytest.mark.parametrize("accept,check", [
    ("application/sparql-results+xml", lambda t: ET.fromstring(t).tag.endswith("sparql")),
    ("text/csv", lambda t: next(csv.reader(io.StringIO(t))) == ["action", "date"]),
    ("text/tab-separated-values", lambda t: t.startswith("?action\t?date\n")),
    ("application/sparql-results+json",
     lambda t: json.loads(t)["head"]["vars"] == ["action", "date"]),
])
def test_select_formats_by_accept(client, accept, check):
    response = client.get("/sparql", params={"query": COUNT_ACTIONS}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    assert check(response.text)


@pytest.mark.parametrize("fmt,media,ox_format", [
    ("turtle", "text/turtle", ox.RdfFormat.TURTLE),
    ("ntriples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD),
    ("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_construct_formats_by_format_parameter(client, fmt, media, ox_format):
    query = f"CONSTRUCT {{ ?a <{RKG}jurisdiction> ?j }} WHERE {{ {ACTIONS} }}"
    response = client.get("/sparql", params={"query": query, "format": fmt})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    assert len(list(ox.parse(response.content, format=ox_format))) == 5


def test_describe_as_turtle_by_accept(client):
    query = "DESCRIBE <https://w3id.org/regkg/id/authority/ofcom>"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert "Ofcom" in response.text


def test_ask_and_unacceptable(client):
    response = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert response.json() == {"head": {}, "boolean": True}
    refused = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert refused.status_code == 406


def test_default_graph_is_the_union_and_protocol_dataset_selects(client):
    graph = "https://w3id.org/regkg/graph/article/uk-ofcom-x"
    query = f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {ACTIONS} }}"
    union = client.get("/sparql", params={"query": query}).json()
    assert union["results"]["bindings"][0]["n"]["value"] == "5"
    one = client.get("/sparql", params={"query": query, "default-graph-uri": graph}).json()
    assert one["results"]["bindings"][0]["n"]["value"] == "1"
    named = client.get("/sparql", params={
        "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": graph,
    }).json()
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == [graph]


def test_from_a_stored_graph_is_allowed(client):
    graph = "https://w3id.org/regkg/graph/article/eu-fine-x"
    query = f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s a <{RKG}Fine> }}"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"][0]["n"]["value"] == "1"


def test_service_description(client):
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    endpoint = URIRef("http://testserver/sparql")
    assert (endpoint, URIRef(sd + "endpoint"), endpoint) in graph
    assert (endpoint, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in graph


def test_cors(client):
    response = client.get("/sparql", params={"query": "ASK {}"},
                          headers={"Origin": "https://notebook.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    preflight = client.options("/sparql", headers={
        "Origin": "https://notebook.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200


def test_protocol_errors(client):
    assert client.get("/sparql", params={"query": "SELECT * WHERE {"}).status_code == 400
    plain = client.post("/sparql", content="ASK {}", headers={"Content-Type": "text/plain"})
    assert plain.status_code == 415
    assert client.put("/sparql", params={"query": "ASK {}"}).status_code == 405
    two = client.get("/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D")
    assert two.status_code == 400
