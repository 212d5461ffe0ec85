"""Every queries/*.rq has a header, runs on a fixture graph, and binds parameters safely."""

import datetime as dt
from pathlib import Path

import pytest
from rdflib import URIRef

from regkg import namespaces as ns
from regkg.mapping import map_extraction
from regkg.queries import ParameterError, QueryRegistry, parse_query_file
from regkg.store import open_store

from ..mapping.conftest import fine_extraction

QUERIES = Path(__file__).resolve().parents[2] / "queries"
SAMPLES = {
    "iri": URIRef("https://w3id.org/regkg/id/jurisdiction/EU"),
    "string": "X",
    "date": dt.date(2020, 1, 1),
    "integer": 10,
    "decimal": "1.5",
}


@pytest.fixture(scope="module")
def store():
    store = open_store("memory")
    extraction = fine_extraction()
    store.replace_graph(str(ns.article_graph(extraction.article.id)), map_extraction(extraction))
    return store


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_query_file_has_a_header_and_runs(path, store):
    query = parse_query_file(path)
    assert query.name == path.stem, "a query's name is its file name"
    assert len(query.summary) > 10
    params = {p.name: SAMPLES[p.kind] for p in query.parameters if p.required}
    bindings = query.bindings(params)
    store.query(query.text, bindings)  # raises on a syntax error


def test_parameters_cannot_change_the_query_shape(store):
    registry = QueryRegistry(QUERIES)
    hostile = 'x" } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o . FILTER("\n\x00' + "a" * 10_000
    with pytest.raises(ParameterError):
        registry.select(store, "article-status", article=hostile)  # not an IRI: refused
    rows = registry.select(store, "article-status", article=URIRef("urn:x:" + "a" * 10_000)).rows
    assert rows == ()


def test_article_status_finds_the_stored_hash(store):
    registry = QueryRegistry(QUERIES)
    article = ns.article_iri("002_01a4004bb8cbe5ca")
    rows = registry.select(store, "article-status", article=article).rows
    assert [r["hash"].value for r in rows] == ["ab" * 32]


def test_missing_and_unknown_parameters_are_client_errors(store):
    registry = QueryRegistry(QUERIES)
    with pytest.raises(ParameterError, match="required"):
        registry.select(store, "article-status")
    with pytest.raises(ParameterError, match="unknown"):
        registry.select(store, "stats-counts", nope=1)


def test_hints_are_read_from_the_header_and_an_unknown_one_is_refused(tmp_path):
    """`# hint: join-order` marks the queries Virtuoso must run in their written order (the
    export fact filter block); a misspelt hint would silently do nothing, so it is an error."""
    exports = QueryRegistry(QUERIES)["export-fact-edges"]
    assert exports.hints == ("join-order",)
    assert QueryRegistry(QUERIES)["claims"].hints == ()
    path = tmp_path / "q.rq"
    path.write_text("# name: q\n# summary: a test query\n# hint: join-ordre\nASK {}\n")
    with pytest.raises(ValueError, match="unknown hint 'join-ordre'"):
        parse_query_file(path)
