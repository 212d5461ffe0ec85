"""The browsable pages on the real seed build: content, JSON twins, links, escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.routing import APIRoute

from regkg.api import pages
from regkg.articles import read_article

REPO = Path(__file__).resolve().parents[2]
HTML = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
UK_PAGE = "/browse/jurisdiction/GB"


class Links(HTMLParser):
    """Every href/src and every element id of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.ids: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        for name in ("href", "src"):
            if found.get(name):
                self.urls.append(str(found[name]))
        if found.get("id"):
            self.ids.append(str(found["id"]))


def parse(html: str) -> Links:
    links = Links()
    links.feed(html)
    return links


def get_html(client, url: str) -> str:
    response = client.get(url, headers=HTML)
    assert response.status_code == 200, (url, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def page_routes() -> list[APIRoute]:
    return [r for r in pages.router.routes if isinstance(r, APIRoute) and r.path in pages.PAGES]


# --- every page has a JSON twin --------------------------------------------------------------
NOT_PAGES = {"/static/{name}", "/id/{kind}/{slug:path}"}  # a stylesheet; a redirect


def test_every_page_route_has_a_json_twin():
    paths = {r.path for r in pages.router.routes if isinstance(r, APIRoute)}
    twins = {p for p in paths if p.endswith(".json")}
    html_pages = paths - twins - NOT_PAGES
    assert html_pages == set(pages.PAGES) and len(html_pages) >= 8
    missing = [p for p in html_pages if pages.twin_path(p) not in twins]
    assert not missing, f"pages without a JSON twin: {missing}"
    assert twins == {pages.twin_path(p) for p in html_pages}, "a twin without a page"


SAMPLE_PAGES = ["/", "/search?q=ofcom", UK_PAGE, "/browse/authority/ofcom",
                "/browse/law/online-safety-act", "/browse/service/x", "/browse/person/liz-kendall",
                "/browse/article/000_4d0758df3b608715", "/query?example=stats-counts"]


@pytest.mark.parametrize("url", SAMPLE_PAGES)
def test_twin_and_accept_give_the_same_json(pages_client, url):
    path, _, query = url.partition("?")
    twin = pages.twin_path(path) + (f"?{query}" if query else "")
    by_suffix = pages_client.get(twin)
    by_accept = pages_client.get(url, headers={"accept": "application/json"})
    assert by_suffix.status_code == by_accept.status_code == 200
    assert by_suffix.headers["content-type"] == "application/json"
    assert by_suffix.json() == by_accept.json()
    html = get_html(pages_client, url)
    assert pages.twin_path(path) in html, "every page links to its JSON twin"


def test_sample_pages_cover_every_page_route():
    covered = {re.sub(r"\?.*", "", u) for u in SAMPLE_PAGES}
    patterns = [re.compile("^" + re.sub(r"\{\w+\}", "[^/]+", p) + "$") for p in pages.PAGES]
    for path, pattern in zip(pages.PAGES, patterns, strict=True):
        if path in ("/browse/action/{id}", "/browse/claim/{id}"):
            continue  # reached through links in test_links_resolve
        assert any(pattern.match(u) for u in covered), path


# --- home --------------------------------------------------------------------------------------
def test_home_counts_jurisdictions_and_latest_actions(pages_client, seed_store):
    data = pages_client.get("/index.json").json()
    assert data["counts"]["articles"] == 5
    assert data["counts"]["actions"] > 0 and data["counts"]["claims"] > 0
    codes = {j["code"]: j for j in data["jurisdictions"]}
    assert "GB" in codes and codes["GB"]["actions_with_subdivisions"] >= 2
    assert all(j["actions_with_subdivisions"] > 0 for j in data["jurisdictions"])
    dates = [a["date"] for a in data["latest_actions"] if a["date"]]
    assert dates == sorted(dates, reverse=True) and len(data["latest_actions"]) <= 10
    html = get_html(pages_client, "/")
    links = parse(html)
    assert UK_PAGE in links.urls
    assert any(tag == "form" and attrs.get("action") == "/search" for tag, attrs in links.tags)
    assert len(data["articles"]) == 5
    assert all(a["url"] in links.urls for a in data["articles"])


# --- jurisdiction ------------------------------------------------------------------------------
def test_uk_page_shows_ofcoms_investigation_with_its_sentence(pages_client):
    data = pages_client.get("/browse/jurisdiction/uk.json").json()  # UK is an alias of GB
    assert data["jurisdiction"]["code"] == "GB"
    ofcom = [a for a in data["actions"] if a["actor"] and a["actor"]["id"] == "authority/ofcom"
             and a["type"] == "investigation"]
    assert ofcom and all(a["sources"] for a in ofcom)
    html = get_html(pages_client, UK_PAGE)
    for action in ofcom:
        assert f"/browse/action/{action['id']}" in html
        sentence = action["sources"][0]["evidence"]
        assert escape(sentence) in html
        assert f"/browse/article/{action['sources'][0]['article']}#fact-{action['id']}" in html
    assert "<svg" in html and 'class="dot' in html or data["timeline"]["undated"] == data["total"]


def escape(text: str) -> str:
    from markupsafe import escape as markup_escape

    return str(markup_escape(text))


def test_jurisdiction_filters(pages_client):
    everything = pages_client.get(UK_PAGE + ".json").json()
    types = {o["value"] for o in everything["options"]["type"]}
    assert "investigation" in types
    only = pages_client.get(UK_PAGE + ".json?type=investigation").json()
    assert 0 < only["total"] < everything["total"] or len(types) == 1
    assert {a["type"] for a in only["actions"]} == {"investigation"}
    assert only["filters"]["type"] == "investigation"
    html = get_html(pages_client, UK_PAGE + "?type=investigation")
    assert '<option value="investigation" selected>' in html
    future = pages_client.get(UK_PAGE + ".json?since=2099-01-01").json()
    assert future["total"] == 0 and future["actions"] == []


def test_timeline_places_dated_actions(pages_client):
    data = pages_client.get("/browse/jurisdiction/EU.json").json()
    timeline = data["timeline"]
    dated = [a for a in data["actions"] if a["date"]]
    assert len(timeline["points"]) == len(dated)
    assert timeline["undated"] == len(data["actions"]) - len(dated)
    for point in timeline["points"]:
        assert timeline["left"] <= point["x"] <= timeline["right"]


def test_unknown_jurisdiction_is_a_404_page(pages_client):
    response = pages_client.get("/browse/jurisdiction/ZZ", headers=HTML)
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "closest known codes" in response.text
    assert pages_client.get("/browse/jurisdiction/ZZ.json").status_code == 404


# --- entities ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("url", "section"), [
    ("/browse/authority/ofcom", "actions_by"),
    ("/browse/law/online-safety-act", "actions_under"),
    ("/browse/service/x", "actions_against"),
    ("/browse/person/liz-kendall", "claims_by"),
])
def test_entity_pages_list_actions_and_claims(pages_client, url, section):
    data = pages_client.get(url + ".json").json()
    assert data[section], f"{url}: no {section}"
    html = get_html(pages_client, url)
    assert escape(data["entity"]["label"]) in html
    for item in data[section]:
        kind = "claim" if section.startswith("claims") else "action"
        assert f"/browse/{kind}/{item['id']}" in html


def test_person_page_shows_roles(pages_client):
    data = pages_client.get("/browse/person/liz-kendall.json").json()
    assert data["roles"] and data["roles"][0]["labels"]["en"] == "Technology Secretary"
    government = pages_client.get("/browse/authority/uk-government.json").json()
    assert any(r["person"]["id"] == "person/liz-kendall" for r in government["roles"])


def test_unknown_entity_and_kind_are_404(pages_client):
    assert pages_client.get("/browse/authority/nobody.json").status_code == 404
    assert pages_client.get("/browse/evidence/x", headers=HTML).status_code == 404


# --- IRIs resolve to pages ---------------------------------------------------------------------
@pytest.mark.parametrize(("iri_path", "page"), [
    ("/id/authority/ofcom", "/browse/authority/ofcom"),
    ("/id/jurisdiction/GB", UK_PAGE),
    ("/id/article/000_4d0758df3b608715", "/browse/article/000_4d0758df3b608715"),
    ("/id/person/liz-kendall/role/technology-secretary", "/browse/person/liz-kendall"),
])
def test_entity_iris_redirect_browsers_to_pages(pages_client, iri_path, page):
    response = pages_client.get(iri_path, headers=HTML, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == page
    as_json = pages_client.get(iri_path, headers={"accept": "application/json"})
    assert as_json.headers["content-type"].startswith("application/json")  # the REST route


def test_links_resolve(pages_client):
    """Every local link of the UK page and of one article page answers 200."""
    seen: set[str] = set()
    for url in (UK_PAGE, "/browse/article/001_b1f2516a60a79706"):
        for link in parse(get_html(pages_client, url)).urls:
            target = link.split("#")[0]
            if not target.startswith("/") or target in seen or target.startswith("/sparql"):
                continue
            seen.add(target)
            response = pages_client.get(target, headers=HTML)
            assert response.status_code == 200, (url, target)
    assert any(u.startswith("/browse/action/") for u in seen)
    assert any(u.startswith("/browse/claim/") for u in seen)


# --- article -----------------------------------------------------------------------------------
@pytest.mark.parametrize("stem", sorted(p.stem for p in (REPO / "data" / "articles").glob("*.txt")))
def test_article_highlights_every_evidence_span(pages_client, stem):
    data = pages_client.get(f"/browse/article/{stem}.json").json()
    assert data["text_problem"] is None
    text = read_article(REPO / "data" / "articles" / f"{stem}.txt").text
    assert "".join(s["text"] for s in data["segments"]) == text
    for span in data["evidence"]:
        assert text[span["start"]:span["end"]] == span["sentence"]
        assert span["facts"]
    html = get_html(pages_client, f"/browse/article/{stem}")
    links = parse(html)
    highlighted = {i for s in data["segments"] if s["highlight"] for i in s["ids"]}
    assert highlighted == {span["id"] for span in data["evidence"]}
    assert highlighted <= set(links.ids)
    facts = {f["id"] for span in data["evidence"] for f in span["facts"]}
    for action in data["article"]["actions"]:
        assert action["id"] in facts and f"fact-{action['id']}" in links.ids
        assert f"/browse/action/{action['id']}" in links.urls
    for claim in data["article"]["claims"]:
        assert f"/browse/claim/{claim['id']}" in links.urls
    validation = data["validation"]
    assert validation["conforms"] is True and validation["violations"] == []
    assert "Validation" in html and "SHACL" in html


def test_missing_article_file_is_said_not_hidden(pages_client, monkeypatch):
    from regkg.api import pages_article

    monkeypatch.setattr(pages_article, "source_path", lambda state, source: None)
    data = pages_client.get("/browse/article/002_01a4004bb8cbe5ca.json").json()
    assert "not found" in data["text_problem"] and data["segments"] == []
    assert data["evidence"], "the facts are still listed"


# --- search ------------------------------------------------------------------------------------
def test_search_is_accent_and_case_insensitive(pages_client):
    plain = pages_client.get("/search.json?q=COMMISSION EUROPEENNE").json()
    accented = pages_client.get("/search.json?q=commission européenne").json()
    assert plain == {**accented, "q": plain["q"]}
    assert any(e["id"] == "authority/european-commission" for e in plain["entities"])
    quotes = pages_client.get("/search.json?q=revoltant").json()["claims"]
    assert quotes and all("révoltant" in c["quote"].lower() for c in quotes)
    html = get_html(pages_client, "/search?q=revoltant")
    assert all(c["url"] in html for c in quotes)


def test_everything_is_escaped(pages_client):
    hostile = '<script>alert("x")</script>'
    html = get_html(pages_client, "/search?q=" + hostile)
    assert hostile not in html and "&lt;script&gt;" in html
    html = get_html(pages_client, "/query?query=" + hostile)
    assert hostile not in html


def test_no_resource_comes_from_elsewhere(pages_client):
    for url in ("/", UK_PAGE, "/query"):
        links = parse(get_html(pages_client, url))
        for tag, attrs in links.tags:
            if tag in ("script", "link", "img"):
                source = attrs.get("src") or attrs.get("href") or ""
                assert source.startswith("/"), (url, tag, source)
    css = pages_client.get("/static/pages.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert pages_client.get("/static/..%2Fpages.py").status_code == 404


# --- query page --------------------------------------------------------------------------------
def test_query_page_lists_examples_and_runs_one(pages_client):
    empty = pages_client.get("/query.json").json()
    names = {e["name"] for e in empty["examples"]}
    assert {"stats-counts", "jurisdiction-action-counts", "claims"} <= names
    assert empty["result"] is None and empty["query"]
    example = next(e for e in empty["examples"] if e["name"] == "jurisdiction-action-counts")
    data = pages_client.get("/query.json", params={"query": example["text"]}).json()
    assert data["error"] is None and data["result"]["vars"] == ["jurisdiction", "actions"]
    rows = data["result"]["rows"]
    assert rows and any(r[0]["url"] == UK_PAGE for r in rows)
    html = get_html(pages_client, "/query?" + _encode(example["text"]))
    assert UK_PAGE in html and "download CSV" in html
    csv = pages_client.get(data["downloads"]["csv"])
    assert csv.status_code == 200 and csv.text.startswith("jurisdiction,actions")


def _encode(query: str) -> str:
    from urllib.parse import urlencode

    return urlencode({"query": query})


def test_query_page_shows_refusals(pages_client):
    update = pages_client.get("/query.json", params={"query": "DROP ALL"}).json()
    assert update["error"]["status"] == 403 and update["result"] is None
    broken = get_html(pages_client, "/query?" + _encode("SELECT ?x WHERE {"))
    assert 'id="query-error"' in broken


def test_query_page_construct_as_triples(pages_client):
    text = ("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/regkg/ontology#Article> ; "
            "?p ?o }")
    data = pages_client.get("/query.json", params={"query": text}).json()
    assert data["result"]["vars"] == ["subject", "predicate", "object"]
    assert data["result"]["total"] >= 5


def test_timeline_layout_spreads_same_day_dots_and_counts_undated():
    from regkg.api.pages_svg import timeline_layout

    actions = [{"id": f"{i:016x}", "type": "block", "date": "2026-01-10", "label": "block"}
               for i in range(3)]
    actions += [{"id": "f" * 16, "type": "fine", "date": "2025-12", "label": "fine"},
                {"id": "e" * 16, "type": "fine", "date": None, "label": "fine"}]
    layout = timeline_layout(actions)
    assert layout["undated"] == 1 and len(layout["points"]) == 4
    blocks = [p for p in layout["points"] if p["type"] == "block"]
    assert len({p["x"] for p in blocks}) == 3, "same-day dots do not overlap"
    assert [p["show_date"] for p in blocks] == [True, False, False]
    assert [lane["type"] for lane in layout["lanes"]] == ["fine", "block"]
    assert all(layout["left"] <= p["x"] <= layout["right"] + 10 for p in layout["points"])
    assert layout["ticks"] and timeline_layout([])["points"] == []
