"""The README picture: the enforcement view drawn by networkx + matplotlib (optional)."""

from __future__ import annotations

import pytest

from regkg.export.picture import enforcement_graph, render

from .helpers import QUERIES

ID = "https://w3id.org/regkg/id/"


def test_enforcement_graph_and_png(store, tmp_path):
    pytest.importorskip("matplotlib")
    graph = enforcement_graph(store, QUERIES)
    assert graph.has_edge(ID + "authority/komdigi", ID + "service/grok")
    assert {d["kind"] for _, d in graph.nodes(data=True)} == {"authority", "service",
                                                               "organisation"}
    output = tmp_path / "enforcement.png"
    render(graph, output, "test")
    assert output.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert output.stat().st_size > 10_000
