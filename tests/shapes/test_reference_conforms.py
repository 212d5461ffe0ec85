"""The curated reference graph (data/reference/*.ttl) satisfies the shapes on its own."""

from __future__ import annotations

from rdflib import Graph

from regkg.settings import Settings
from regkg.validation import load_shapes, validate


def test_reference_graph_conforms_without_warnings() -> None:
    settings = Settings()
    files = sorted(settings.reference_dir.glob("*.ttl"))
    assert files, "no reference data"
    reference = Graph()
    for path in files:
        reference.parse(path, format="turtle")
    report = validate(reference, load_shapes(settings.shapes_dir))
    assert report.conforms, report.render()
    assert report.warnings == (), report.render()
