"""Crash consistency: `regkg build` killed with SIGKILL at random moments (issue 8, point 1).

The harness is bench/crash.py (which runs 50+ trials); here a few trials on one copy of the
seeds + corpus. After each kill every graph in the store must be one of the uninterrupted
reference build's graphs with exactly its quads (an article graph complete with its provenance,
or absent), and building again must give the reference store's canonical digest.
"""

from __future__ import annotations

import random

import pytest

pytestmark = pytest.mark.slow

ARTICLE_GRAPH = "https://w3id.org/regkg/graph/article/"
RKG = "https://w3id.org/regkg/ontology#"


@pytest.fixture(scope="module")
def run(crash, tmp_path_factory):
    """A frozen snapshot, the replicated corpus, and the timed reference builds."""
    harness, articles = crash.prepare(tmp_path_factory.mktemp("crash"), copies=1)
    return harness, crash.reference_build(harness, articles)


def test_the_reference_holds_every_article_with_its_provenance(run):
    harness, reference = run
    article_graphs = {g: q for g, q in reference.graphs.items() if g.startswith(ARTICLE_GRAPH)}
    assert len(article_graphs) == reference.articles == 23
    for name, quads in article_graphs.items():
        text = "\n".join(quads)
        assert f"<{RKG}contentHash>" in text and f"<{RKG}extractorVersion>" in text, name
    assert len(reference.write_durations) == reference.articles


def test_the_checker_sees_a_partial_graph_and_a_foreign_one(crash, run):
    """The comparison the trials rely on must be able to fail."""
    _, reference = run
    name = next(g for g in reference.graphs if g.startswith(ARTICLE_GRAPH))
    damaged = dict(reference.graphs)
    damaged[name] = frozenset(sorted(damaged[name])[1:])
    damaged["https://example.org/stray"] = frozenset({"<a> <b> <c>"})
    assert crash.compare(damaged, reference.graphs) == ([name], ["https://example.org/stray"])
    assert crash.compare(reference.graphs, reference.graphs) == ([], [])


def test_the_trace_tells_a_kill_inside_an_update_from_a_committed_write(crash, tmp_path):
    trace = tmp_path / "t.trace"
    graph = ARTICLE_GRAPH + "a"
    trace.write_text(f"B 1.0 {graph}\nU 1.1 {graph}\nV 1.2 {graph}\nE 1.3 {graph}\n"
                     f"B 2.0 {graph}2\nU 2.1 {graph}2\n", encoding="utf-8")
    events = crash.Trace.read(trace)
    assert events.committed() == {graph}
    assert events.open_update == events.open_write == graph + "2"
    assert crash.classify(events, killed=True, articles=2) == "mid-update"


@pytest.mark.parametrize("number", range(5))
def test_a_build_killed_at_a_random_moment_leaves_whole_graphs_and_converges(
    crash, run, number
):
    harness, reference = run
    mode = ("fresh", "force")[number % 2]
    cpu_seconds = reference.force_cpu if mode == "force" else reference.cpu
    delay = random.Random(8000 + number).uniform(0, cpu_seconds)  # uniform in the build's CPU
    result = crash.trial(harness, reference, mode, number, delay, clock="cpu")
    assert result.partial == [], (result.stage, delay)
    assert result.foreign == [], (result.stage, delay)
    assert result.lost == [], (result.stage, delay)
    assert result.converged, (result.stage, delay)


@pytest.mark.parametrize("number", range(2))
def test_a_build_killed_inside_a_graph_write_leaves_whole_graphs_and_converges(
    crash, run, number
):
    """SIGKILL timed from the start of a random article-graph write (DROP + INSERT DATA)."""
    harness, reference = run
    rng = random.Random(9000 + number)
    write = rng.randrange(reference.articles)
    delay = rng.uniform(0, reference.write_durations[write])
    mode = ("force", "fresh")[number % 2]
    result = crash.trial(harness, reference, mode, 100 + number, delay, in_write=write + 1)
    assert result.killed
    assert result.partial == [], (result.stage, result.open_write)
    assert result.foreign == [], (result.stage, result.open_write)
    assert result.lost == [], (result.stage, result.open_write)
    assert result.converged, (result.stage, result.open_write)
