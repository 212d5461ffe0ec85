"""Terms come back from the embedded store as rdflib wrote them."""

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from regkg.store import EmbeddedStore

from .conftest import SEEDS


def test_regression_plain_strings_come_back_plain_not_xsd_string():
    """store.graph() returned "fr"^^xsd:string, so stored graphs failed sh:in ("fr" "en")."""
    store = EmbeddedStore(None)
    triples = [
        (URIRef("urn:a"), URIRef("urn:lang"), Literal("fr")),
        (URIRef("urn:a"), URIRef("urn:amount"), Literal("1.5", datatype=XSD.decimal)),
        (URIRef("urn:a"), URIRef("urn:quote"), Literal("« Littéralement zéro »", lang="fr")),
    ]
    store.replace_graph("urn:g", triples)
    assert set(store.graph("urn:g")) == set(triples)


def test_a_stored_seed_graph_validates_again(seed_build):
    """`regkg validate` re-validates what is stored: it must pass for what was accepted."""
    store, _, pipeline = seed_build
    from regkg.validation import validate

    names = [n for n in store.graph_names() if "/graph/article/" in n]
    assert len(names) == len(list(SEEDS.glob("*.txt")))
    for name in names:
        graph: Graph = store.graph(name)
        assert validate(pipeline.validation_data(graph), pipeline.shapes).conforms, name


def test_regression_closing_a_read_only_store_does_not_raise(tmp_path):
    """close() flushed, and pyoxigraph refuses to flush a read-only store."""
    writer = EmbeddedStore(tmp_path / "s")
    writer.replace_graph("urn:g", [(URIRef("urn:a"), URIRef("urn:p"), Literal("x"))])
    writer.close()
    reader = EmbeddedStore(tmp_path / "s", read_only=True)
    assert reader.triple_count() == 1
    reader.close()
