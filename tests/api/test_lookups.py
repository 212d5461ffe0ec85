"""REST lookups over the hand-made store: shapes, filters, sorting, aliases, 404s, injection."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from regkg.namespaces import RKG
from tests.api.conftest import EU_FINE, ID_BLOCK, UK_ACTION

ACTION_KEYS = {"id", "type", "label", "date", "date_precision", "status", "actor",
               "jurisdiction", "targets", "laws", "amount", "deadline", "sources"}


def test_uk_alias_lists_the_ofcom_investigation(rest_client):
    body = rest_client.get("/jurisdiction/UK/actions").json()
    assert body["total"] == 1
    action = body["items"][0]
    assert set(action) >= ACTION_KEYS
    assert action["id"] == UK_ACTION
    assert action["type"] == "investigation"
    assert action["date"] == "2026-01-12" and action["date_precision"] == "day"
    assert action["status"] == "opened"
    assert action["actor"] == {"id": "authority/ofcom", "label": "Ofcom"}
    assert action["jurisdiction"] == {"code": "GB", "label": "United Kingdom"}
    assert action["targets"] == [{"id": "service/x", "label": "X"}]
    assert action["laws"] == [{"id": "law/online-safety-act", "label": "Online Safety Act"}]
    assert action["amount"] is None
    assert action["sources"][0]["article"] == "uk-ofcom-x"
    assert "Online Safety Act" in action["sources"][0]["evidence"]


@pytest.mark.parametrize("code", ["gb", "GB", "uk", "Uk"])
def test_codes_are_case_insensitive_with_aliases(rest_client, code):
    assert rest_client.get(f"/jurisdiction/{code}/actions").json()["total"] == 1


def test_eu_fine_has_amount_and_month_precision(rest_client):
    action = rest_client.get("/jurisdiction/EU/actions").json()["items"][0]
    assert action["id"] == EU_FINE
    assert action["amount"] == {"value": 120000000, "currency": "EUR"}
    assert action["date"] == "2025-12" and action["date_precision"] == "month"


def test_country_includes_its_subdivisions_marked(rest_client):
    body = rest_client.get("/jurisdiction/US/actions").json()
    assert body["total"] == 1
    action = body["items"][0]
    assert action["jurisdiction"]["code"] == "US-CA"
    assert action["subdivision"] is True
    sub = rest_client.get("/jurisdiction/us-ca/actions").json()["items"][0]
    assert sub["subdivision"] is False


def test_several_dates_report_the_most_precise_earliest(rest_client):
    # The Indonesian block: week-precise 2026-01-10 in one article, month 2026-01 in another.
    action = rest_client.get(f"/actions/{ID_BLOCK}").json()
    assert action["date"] == "2026-01-10" and action["date_precision"] == "week"
    assert {s["article"] for s in action["sources"]} == {"id-my-grok", "id-grok-2"}


def test_lists_are_newest_first_with_undated_last(rest_client):
    body = rest_client.get("/target/grok/actions").json()
    assert body["total"] == 2
    assert [a["jurisdiction"]["code"] for a in body["items"]] == ["ID", "MY"]
    assert body["items"][1]["date"] is None
    everything = rest_client.get("/timeline").json()
    dates = [a["date"] for a in everything["items"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[-1] is None
    assert everything["total"] == 5 and everything["undated"] == 1


def test_filters(rest_client):
    get = rest_client.get
    assert get("/jurisdiction/EU/actions", params={"type": "fine"}).json()["total"] == 1
    assert get("/jurisdiction/EU/actions", params={"type": "block"}).json()["total"] == 0
    assert get("/jurisdiction/EU/actions", params={"law": "DSA"}).json()["total"] == 1
    assert get("/jurisdiction/EU/actions", params={"law": "gdpr"}).json()["total"] == 0
    assert get("/jurisdiction/GB/actions", params={"target": "X"}).json()["total"] == 1
    assert get("/jurisdiction/GB/actions", params={"since": "2026-01-13"}).json()["total"] == 0
    assert get("/jurisdiction/GB/actions", params={"until": "2026-01"}).json()["total"] == 1
    assert get("/jurisdiction/GB/actions", params={"until": "2025"}).json()["total"] == 0
    paged = get("/timeline", params={"limit": 2, "offset": 1}).json()
    assert paged["total"] == 5 and len(paged["items"]) == 2


def test_bad_filters_are_400(rest_client):
    assert rest_client.get("/jurisdiction/GB/actions", params={"type": "raid"}).status_code == 400
    assert rest_client.get("/jurisdiction/GB/actions", params={"since": "soon"}).status_code == 400
    assert rest_client.get("/jurisdiction/GB/actions", params={"limit": 100000}).status_code == 400
    assert rest_client.get("/jurisdiction/GB/actions", params={"law": "nope"}).status_code == 400


def test_unknown_code_is_404_naming_closest(rest_client):
    response = rest_client.get("/jurisdiction/GX/actions")
    assert response.status_code == 404
    body = response.json()
    assert body["error"] == "not_found" and "GB" in body["closest"]
    assert "US-CA" in rest_client.get("/jurisdiction/US-CX").json()["closest"]


def test_targets_authorities_laws(rest_client):
    assert rest_client.get("/target/X/actions").json()["total"] == 2
    assert rest_client.get("/target/xAI/actions").json()["total"] == 1
    ofcom = rest_client.get("/authority/ofcom/actions").json()
    assert ofcom["total"] == 1 and ofcom["authority"]["label"] == "Ofcom"
    dsa = rest_client.get("/law/DSA/actions").json()
    assert dsa["total"] == 1 and dsa["law"]["id"] == "law/digital-services-act"
    authorities = {a["id"]: a for a in rest_client.get("/authorities").json()["items"]}
    assert authorities["authority/ofcom"]["actions"] == 1
    assert authorities["authority/ofcom"]["jurisdiction"]["code"] == "GB"
    laws = {law["id"]: law for law in rest_client.get("/laws").json()["items"]}
    assert "DSA" in laws["law/digital-services-act"]["abbreviations"]


def test_jurisdictions(rest_client):
    items = {j["code"]: j for j in rest_client.get("/jurisdictions").json()["items"]}
    assert items["US"]["actions"] == 0 and items["US"]["actions_with_subdivisions"] == 1
    assert items["US-CA"]["kind"] == "subdivision" and items["US-CA"]["part_of"] == "US"
    assert items["EU"]["kind"] == "union"
    gb = rest_client.get("/jurisdiction/uk").json()
    assert gb["code"] == "GB" and "UK" in gb["aliases"]
    assert {"id": "authority/ofcom", "label": "Ofcom"} in gb["authorities"]
    assert "US-CA" in rest_client.get("/jurisdiction/US").json()["subdivisions"]


def test_claims(rest_client):
    body = rest_client.get("/claims", params={"speaker": "elon-musk"}).json()
    assert body["total"] == 1
    claim = body["items"][0]
    assert claim["quote"] == "an attack on free speech"
    assert claim["speaker"]["label"] == "Elon Musk"
    assert claim["about"][0]["id"] == "authority/european-commission"
    assert rest_client.get("/claims", params={"since": "2026-01-01"}).json()["total"] == 0
    assert rest_client.get("/claims", params={"about": "european-commission"}).json()["total"] == 1


def test_article_with_its_facts(rest_client):
    article = rest_client.get("/articles/eu-fine-x").json()
    assert article["title"] == "EU fines X" and article["published"] == "2025-12-05"
    assert [a["id"] for a in article["actions"]] == [EU_FINE]
    assert article["claims"][0]["quote"] == "an attack on free speech"
    assert rest_client.get("/articles/nope").status_code == 404


def test_actions_404(rest_client):
    assert rest_client.get("/actions/0000000000000000").status_code == 404
    assert rest_client.get("/actions/not-hex").status_code == 404


def test_linked_data_by_accept(rest_client):
    turtle = rest_client.get("/jurisdiction/UK/actions", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=turtle.text, format="turtle")
    action = URIRef(f"https://w3id.org/regkg/id/action/{UK_ACTION}")
    assert (action, RKG.actor, URIRef("https://w3id.org/regkg/id/authority/ofcom")) in graph
    jsonld = rest_client.get(f"/actions/{UK_ACTION}", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    assert "https://w3id.org/regkg/ontology#actor" in jsonld.text
    html = rest_client.get("/jurisdiction/UK", headers={"Accept": "text/html"})
    assert html.headers["content-type"].startswith("application/json")
    assert rest_client.get("/laws", headers={"Accept": "image/png"}).status_code == 406


def test_entity_iris_dereference(rest_client):
    ofcom = rest_client.get("/id/authority/ofcom").json()
    assert ofcom["iri"] == "https://w3id.org/regkg/id/authority/ofcom"
    assert {"value": "Ofcom", "lang": "en"} in ofcom["properties"]["skos:prefLabel"]
    turtle = rest_client.get("/id/jurisdiction/GB", headers={"Accept": "text/turtle"}).text
    assert "United Kingdom" in turtle
    assert rest_client.get(f"/id/action/{UK_ACTION}").json()["type"] == "investigation"
    assert rest_client.get("/id/article/uk-ofcom-x").json()["title"] == "Ofcom investigates X"
    assert rest_client.get("/id/authority/nobody").status_code == 404
    assert rest_client.get("/id/spaceship/x").status_code == 404


HOSTILE = ['"', "'", ">", "}", "\n", "\x00", "GB> } ; DROP ALL #", 'GB" } UNION { ?s ?p ?o',
           "x" * 10_000, "%00", "../../etc/passwd", "GB\n}", "<http://evil/>"]


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_parameters_cannot_change_a_query(rest_client, value):
    for path, params in [
        ("/jurisdiction/{v}/actions", {}),
        ("/jurisdiction/{v}", {}),
        ("/authority/{v}/actions", {}),
        ("/law/{v}/actions", {}),
        ("/target/{v}/actions", {}),
        ("/actions/{v}", {}),
        ("/articles/{v}", {}),
        ("/id/authority/{v}", {}),
        ("/jurisdiction/GB/actions", {"law": value}),
        ("/jurisdiction/GB/actions", {"target": value}),
        ("/jurisdiction/GB/actions", {"type": value}),
        ("/jurisdiction/GB/actions", {"since": value}),
        ("/claims", {"speaker": value}),
        ("/claims", {"about": value}),
        ("/timeline", {"jurisdiction": value}),
    ]:
        url = path.replace("{v}", value.replace("/", "%2F").replace("\n", "%0A")
                           .replace("\x00", "%00").replace("#", "%23")) if "{v}" in path \
            else path
        response = rest_client.get(url, params=params)
        assert response.status_code in (400, 404), (path, params, response.status_code)
        assert response.json()["error"], (path, params)
