"""The CLI on real seeds: exit codes, idempotence, and bad input that leaves the store as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from regkg.cli import main
from regkg.store import canonical_digest, open_store

from .conftest import SEEDS

SEED = "003_a26acc091d010e43"


def digest(store_dir: Path) -> str:
    store = open_store(str(store_dir))
    try:
        return canonical_digest(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A store built from the seeds by `regkg build`."""
    store_dir = tmp_path_factory.mktemp("store")
    assert main(["build", str(SEEDS), "--store", str(store_dir)]) == 0
    return store_dir


def test_building_again_changes_nothing(built, capsys):
    before = digest(built)
    assert main(["build", str(SEEDS), "--store", str(built)]) == 0
    assert "5 unchanged" in capsys.readouterr().out
    assert digest(built) == before


def bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, a fragment the error message must contain)."""
    def sidecar(stem: str, meta: dict) -> None:
        (tmp / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")

    files = {
        "empty": ("", "empty"),
        "binary": (b"\x00\x01\x02PNG\x00" * 100, "binary"),
        "latin1": ("Le régulateur a infligé une amende.".encode("latin-1"), "UTF-8"),
        "nometa": ("Ofcom a ouvert une enquête.", "metadata"),
        "baddate": ("Ofcom a ouvert une enquête.", "date"),
    }
    out = {}
    for name, (content, fragment) in files.items():
        path = tmp / f"{name}.txt"
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        if name != "nometa":
            sidecar(name, {"language": "fr", "published": "2026-02-30" if name == "baddate"
                           else None})
        out[name] = (path, fragment)
    huge = tmp / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(20 * 1024 * 1024)  # sparse: the size check must refuse it before reading
    sidecar("huge", {"language": "fr"})
    out["huge"] = (huge, "large")
    return out


@pytest.mark.parametrize("name", ["empty", "binary", "latin1", "nometa", "baddate", "huge"])
def test_bad_input_is_refused_clearly_and_the_store_is_untouched(
    built, tmp_path, capsys, name
):
    path, fragment = bad_inputs(tmp_path)[name]
    before = digest(built)
    assert main(["ingest", str(path), "--store", str(built)]) == 2
    message = capsys.readouterr().err
    assert fragment.lower() in message.lower(), message
    assert path.name in message
    assert digest(built) == before


def test_missing_file_is_a_usage_error(built, capsys):
    assert main(["ingest", "/nonexistent/article.txt", "--store", str(built)]) == 2
    assert "no such file" in capsys.readouterr().err


def test_malformed_sparql_is_a_usage_error(built, capsys):
    assert main(["query", "SELECT WHERE {", "--store", str(built)]) == 2
    assert "malformed" in capsys.readouterr().err


def test_query_json_is_standard_sparql_results(built, capsys):
    query = "SELECT ?g WHERE { GRAPH ?g { ?a a <https://w3id.org/regkg/ontology#Article> } }"
    assert main(["query", query, "--format", "json", "--store", str(built)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["head"]["vars"] == ["g"]
    assert len(result["results"]["bindings"]) == 5


def test_edited_article_replaces_only_its_graph(built, tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    store_dir = tmp_path / "store"
    shutil.copytree(built, store_dir)
    text = articles / f"{SEED}.txt"
    text.write_text(text.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", "utf-8")
    store = open_store(str(store_dir))
    others = {g: store.graph(g) for g in store.graph_names() if SEED not in g}
    store.close()
    assert main(["build", str(articles), "--store", str(store_dir)]) == 0
    store = open_store(str(store_dir))
    try:
        for name, graph in others.items():
            assert set(store.graph(name)) == set(graph), name
    finally:
        store.close()


def test_regression_a_non_article_file_is_a_usage_error_not_a_traceback(built, tmp_path, capsys):
    """`regkg build notes.json` raised ArticleError through the CLI."""
    other = tmp_path / "notes.json"
    other.write_text("{}", encoding="utf-8")
    assert main(["build", str(other), "--store", str(built)]) == 2
    assert "notes.json" in capsys.readouterr().err


def test_two_fresh_builds_give_byte_identical_canonical_dumps(built, tmp_path):
    """Deterministic IRIs, canonical blank nodes in the ontology, canonical literals."""
    fresh = tmp_path / "fresh"
    assert main(["build", str(SEEDS), "--store", str(fresh)]) == 0
    assert digest(fresh) == digest(built)


def test_validate_audits_every_stored_article_graph(built, capsys):
    assert main(["validate", "--store", str(built)]) == 0
    assert "validated 5 article graphs: 0 with violations" in capsys.readouterr().out


@pytest.mark.java
@pytest.mark.slow
def test_reason_is_consistent_and_places_california_within_the_us(built, tmp_path, capsys):
    from regkg import namespaces as ns
    from regkg.reasoning import java_available

    if not java_available():
        pytest.skip("no Java runtime for HermiT")
    store_dir = tmp_path / "store"
    shutil.copytree(built, store_dir)
    assert main(["reason", "--store", str(store_dir)]) == 0
    assert "consistent" in capsys.readouterr().out
    store = open_store(str(store_dir))
    try:
        inferred = store.graph(str(ns.INFERRED_GRAPH))
    finally:
        store.close()
    in_california = set(inferred.subjects(ns.withinJurisdiction, ns.jurisdiction_iri("US-CA")))
    assert in_california, "the California AG's action is within US-CA"
    for action in in_california:
        assert (action, ns.withinJurisdiction, ns.jurisdiction_iri("US")) in inferred


def test_regression_refused_input_leaves_even_an_empty_store_untouched(tmp_path, capsys):
    """The schema graphs were written before any article was read, so a refused ingest into
    a new store changed it."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    (tmp_path / "empty.meta.json").write_text('{"language": "fr"}', encoding="utf-8")
    store_dir = tmp_path / "store"
    assert main(["ingest", str(empty), "--store", str(store_dir)]) == 2
    store = open_store(str(store_dir))
    try:
        assert store.triple_count() == 0
    finally:
        store.close()
