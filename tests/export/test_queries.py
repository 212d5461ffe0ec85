"""The export queries: one filter block, shared verbatim; linear on facts reported many times."""

from __future__ import annotations

import re

from regkg import namespaces as ns
from regkg.mapping import map_extraction

from .conftest import FINE_EN, OFCOM, action, article, build_store
from .helpers import QUERIES, export

BLOCK = re.compile(r"  # --- the facts of the view.*?# --- end of the filter block ---", re.S)


def fact_queries() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in QUERIES.glob("export-*.rq")
            if "# param: view string required" in p.read_text(encoding="utf-8")}


def test_every_fact_query_has_the_same_filter_block():
    blocks = {name: BLOCK.findall(text) for name, text in fact_queries().items()}
    assert len(blocks) == 6  # export-facts serves the RDF dumps (export-quads/-triples)
    assert all(len(found) == 1 for found in blocks.values()), blocks
    assert len({found[0] for found in blocks.values()}) == 1


def test_the_filter_block_lists_every_action_class():
    block = BLOCK.findall(next(iter(fact_queries().values())))[0]
    listed = set(re.findall(r"rkg:([A-Z]\w+)", block)) - {"Claim"}
    assert listed == {str(c).removeprefix(str(ns.RKG)) for c in ns.ACTION_CLASSES.values()}


def test_a_fact_reported_by_many_articles_counts_once():
    """Oxigraph's union graph repeats a triple per graph: counts must not multiply."""
    from regkg.models import Extraction

    store = build_store()
    for i in range(40):
        stem = f"ofcom-again-{i}"
        again = action("investigation", OFCOM.actor or "", OFCOM.targets, "GB", FINE_EN,
                       laws=OFCOM.laws, date=OFCOM.date)
        extraction = Extraction(article(stem, "en", FINE_EN), "test", actions=(again,))
        store.replace_graph(str(ns.article_graph(stem)), map_extraction(extraction))
    data, report = export(store, "csv", view="enforcement", table="edges")
    row = next(line for line in data.decode().splitlines() if "/authority/ofcom," in line)
    assert ",investigation,1.0,investigation,investigation,2026-01-12,41,1," in row
    nodes, _ = export(store, "csv", view="full", table="nodes")
    ofcom = next(line for line in nodes.decode().splitlines() if "/authority/ofcom," in line)
    assert ofcom.split(",")[:3] == [str(ns.ID) + "authority/ofcom", "Ofcom", "authority"]
    assert ",1,,#d62728," in ofcom  # one action, however many articles report it
