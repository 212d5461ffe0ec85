"""Idempotence over the seeds + corpus, replicated twice (issue 8, point 2).

Building twice, building afresh and building with --force give byte-identical canonical dumps.
Editing one article changes that article's graph and, in the merged view, only the nodes it
supports: every other article graph is identical, and the only subjects whose description
changes are the edited article, its evidence, and facts (actions, claims, ...) whose evidence
includes the edited article before or after the edit.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest
from rdflib import URIRef

from regkg import namespaces as ns
from regkg.cli import main
from regkg.store import canonical_nquads, open_store

from .conftest import load_crash_harness

pytestmark = pytest.mark.slow

COPIES = 2
EDITED = "k00_001"  # an English corpus article; its replica k01_001 states the same actions
REPLICA = "k01_001"


def build(corpus: Path, store: Path, *extra: str) -> str:
    """`regkg build` in this process; its standard output (the summary)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["build", str(corpus), "--store", str(store), *extra]) == 0
    return out.getvalue()


def dump(store_dir: Path) -> bytes:
    store = open_store(str(store_dir))
    try:
        return canonical_nquads(store)
    finally:
        store.close()


def graphs(store_dir: Path) -> dict[str, frozenset[tuple[object, ...]]]:
    store = open_store(str(store_dir))
    try:
        return {g: frozenset(store.graph(g)) for g in store.graph_names()}
    finally:
        store.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("idem") / "articles"
    files = load_crash_harness().replicate(directory, COPIES)
    assert len(files) >= 40 and (directory / f"{EDITED}.txt").exists()
    return directory


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory) -> tuple[Path, bytes]:
    store = tmp_path_factory.mktemp("idem-store") / "store"
    summary = build(corpus, store)
    count = len(list(corpus.glob("*.txt")))
    assert f"{count} stored" in summary
    return store, dump(store)


def test_building_again_changes_no_byte(corpus, built):
    store, first = built
    count = len(list(corpus.glob("*.txt")))
    assert f"0 stored, {count} unchanged" in build(corpus, store)
    assert dump(store) == first


def test_a_fresh_build_and_a_forced_rebuild_give_the_same_bytes(corpus, built, tmp_path):
    store, first = built
    assert dump(store) == first
    fresh = tmp_path / "fresh"
    build(corpus, fresh)
    assert dump(fresh) == first
    forced = tmp_path / "forced"
    shutil.copytree(store, forced)
    build(corpus, forced, "--force")
    assert dump(forced) == first


def _union(named: dict[str, frozenset[tuple[object, ...]]]) -> set[tuple[object, ...]]:
    return {t for quads in named.values() for t in quads}


def _supported_by(triples: set[tuple[object, ...]], article: URIRef) -> set[object]:
    """Fact nodes with evidence from `article`, and that evidence."""
    evidence = {s for s, p, o in triples if p == ns.article and o == article}
    facts = {s for s, p, o in triples if p == ns.evidence and o in evidence}
    return evidence | facts


def test_editing_one_article_changes_its_graph_and_the_facts_it_supports_only(
    corpus, built, tmp_path
):
    store_before, _ = built
    edited_corpus = tmp_path / "articles"
    shutil.copytree(corpus, edited_corpus)
    store = tmp_path / "store"
    shutil.copytree(store_before, store)
    before = graphs(store)
    text = edited_corpus / f"{EDITED}.txt"  # a new first line shifts every evidence offset
    text.write_text("Correction appended on review.\n" + text.read_text(encoding="utf-8")
                    + "\nOfcom opened an investigation into Telegram.\n", encoding="utf-8")

    count = len(list(corpus.glob("*.txt")))
    assert f"1 stored, {count - 1} unchanged" in build(edited_corpus, store)
    after = graphs(store)

    own = str(ns.article_graph(EDITED))
    assert after.keys() == before.keys()
    assert after[own] != before[own]
    for name in before:
        if name != own:
            assert after[name] == before[name], name

    article = ns.article_iri(EDITED)
    union_before, union_after = _union(before), _union(after)
    allowed = {article} | _supported_by(union_before, article) | _supported_by(union_after, article)
    changed = {s for s, _, _ in union_before ^ union_after}
    assert changed, "the edit changed nothing"
    assert changed <= allowed, sorted(map(str, changed - allowed))

    # Not vacuous: an action the replica states too (one node, two sources) was touched, and
    # kept the replica's evidence.
    replica = ns.article_iri(REPLICA)
    shared = (_supported_by(union_before, article) & _supported_by(union_before, replica)
              & changed)
    shared_actions = {n for n in shared if "/action/" in str(n)}
    assert shared_actions
    for node in shared_actions:
        replica_evidence = {o for s, p, o in union_before if s == node and p == ns.evidence
                            and str(o).startswith(str(ns.evidence_iri(REPLICA, "")))}
        assert replica_evidence and all((node, ns.evidence, e) in union_after
                                        for e in replica_evidence)
