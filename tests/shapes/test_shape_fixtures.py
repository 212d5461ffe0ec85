"""Every SHACL shape has a passing and a failing fixture; each fails for the expected reason.

Fixtures live in tests/shapes/fixtures/{pass,fail}/*.ttl and are validated on top of
fixtures/common.ttl (a valid article, its evidence and some reference entities). Their header
comments state what the validation must report:

    # shape: rkgsh:FineShape                                          the shape the fixture tests
    # expect: rkgsh:FineShape sh:MinCountConstraintComponent rkg:amount   a violation
    # warn: rkgsh:EnforcementActionShape sh:MinCountConstraintComponent rkg:date   a warning

Each line is (named shape, constraint component, path or "-"); the reported findings must equal
the listed ones exactly, so an unexpected extra violation fails the test too. Both engines run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from regkg.namespaces import PREFIXES
from regkg.settings import Settings
from regkg.validation import SHAPES_NS, Finding, load_shapes, validate

FIXTURES = Path(__file__).parent / "fixtures"
ENGINES = ("turbo", "pyshacl")
PREFIX_MAP = {**PREFIXES, "rkgsh": SHAPES_NS}
Expectation = tuple[str, str, str]


def expand(curie: str) -> str:
    if curie == "-" or curie.startswith("^"):
        return curie if curie == "-" else "^" + expand(curie[1:])
    prefix, _, local = curie.partition(":")
    return PREFIX_MAP[prefix] + local


def header(path: Path, key: str) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split(":", 1)[1].strip() for line in lines if line.startswith(f"# {key}:")]


def expectations(path: Path, key: str) -> list[Expectation]:
    out = []
    for entry in header(path, key):
        shape, component, route = entry.split()
        out.append((expand(shape), expand(component), route))
    return sorted(out)


def observed(findings: tuple[Finding, ...]) -> list[Expectation]:
    return sorted((f.shape, f.constraint, f.path or "-") for f in findings)


def fixture_files(kind: str) -> list[Path]:
    return sorted((FIXTURES / kind).glob("*.ttl"))


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(Settings().shapes_dir)


def data_with(fixture: Path | None) -> Graph:
    data = Graph().parse(FIXTURES / "common.ttl", format="turtle")
    if fixture is not None:
        data.parse(fixture, format="turtle")
    return data


def named_node_shapes(shapes: Graph) -> Iterator[str]:
    sh_node_shape = URIRef("http://www.w3.org/ns/shacl#NodeShape")
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for shape in shapes.subjects(rdf_type, sh_node_shape):
        if isinstance(shape, URIRef):
            yield str(shape)


@pytest.mark.parametrize("engine", ENGINES)
def test_common_base_conforms_cleanly(shapes: Graph, engine: str) -> None:
    report = validate(data_with(None), shapes, engine=engine)  # type: ignore[arg-type]
    assert report.conforms, report.render()
    assert report.warnings == ()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fixture", fixture_files("pass"), ids=lambda p: p.stem)
def test_passing_fixture_passes(shapes: Graph, fixture: Path, engine: str) -> None:
    report = validate(data_with(fixture), shapes, engine=engine)  # type: ignore[arg-type]
    assert report.conforms, report.render()
    assert observed(report.warnings) == expectations(fixture, "warn"), report.render()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("fixture", fixture_files("fail"), ids=lambda p: p.stem)
def test_failing_fixture_fails_for_the_expected_reason(
    shapes: Graph, fixture: Path, engine: str
) -> None:
    expected = expectations(fixture, "expect")
    assert expected or expectations(fixture, "warn"), f"{fixture.name} states no expectation"
    report = validate(data_with(fixture), shapes, engine=engine)  # type: ignore[arg-type]
    assert report.conforms == (not expected)
    assert observed(report.violations) == expected, report.render()
    assert observed(report.warnings) == expectations(fixture, "warn"), report.render()
    # The failures are about nodes the fixture introduces, not the shared base.
    own_subjects = {str(s) for s in Graph().parse(fixture, format="turtle").subjects()}
    assert {f.focus_node for f in (*report.violations, *report.warnings)} <= own_subjects


def test_every_named_shape_has_a_passing_and_a_failing_fixture(shapes: Graph) -> None:
    def covered(kind: str) -> set[str]:
        return {expand(s) for path in fixture_files(kind) for s in header(path, "shape")}

    shape_names = set(named_node_shapes(shapes))
    assert len(shape_names) >= 20
    assert shape_names - covered("pass") == set()
    assert shape_names - covered("fail") == set()
