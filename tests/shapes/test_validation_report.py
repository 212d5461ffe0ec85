"""regkg.validation: findings carry node, property, rule and sentence; helpers behave."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from regkg.namespaces import ID, RKG, SH
from regkg.settings import Settings
from regkg.validation import (
    SHAPES_NS,
    ValidationReport,
    default_engine,
    load_shapes,
    reference_closure,
    validate,
)

FIXTURES = Path(__file__).parent / "fixtures"
SENTENCE = "The Commission fined X EUR 120 million under the DSA."


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(Settings().shapes_dir)


def graph(*names: str) -> Graph:
    data = Graph().parse(FIXTURES / "common.ttl", format="turtle")
    for name in names:
        data.parse(FIXTURES / name, format="turtle")
    return data


def test_violation_names_node_property_rule_and_sentence(shapes: Graph) -> None:
    report = validate(graph("fail/fine-without-amount.ttl"), shapes)
    (finding,) = report.violations
    assert finding.severity == "Violation"
    assert finding.focus_node == str(ID["action/f000000000000002"])
    assert finding.path == "rkg:amount"
    assert finding.constraint == str(SH.MinCountConstraintComponent)
    assert finding.shape == "https://w3id.org/regkg/shapes#FineShape"
    assert finding.message == "A fine has an amount."
    assert finding.sentence == SENTENCE


def test_amount_finding_uses_its_owners_sentence(shapes: Graph) -> None:
    report = validate(graph("fail/amount-fake-currency.ttl"), shapes)
    (finding,) = report.violations
    assert finding.focus_node.endswith("m000000000000004-amount")
    assert finding.value == "XYZ"
    assert finding.sentence == SENTENCE


def test_evidence_finding_uses_its_own_sentence(shapes: Graph) -> None:
    report = validate(graph("fail/evidence-offsets-reversed.ttl"), shapes)
    assert {f.sentence for f in (*report.violations, *report.warnings)} == {"Short."}


def test_render_is_readable(shapes: Graph) -> None:
    text = validate(graph("fail/fine-without-amount.ttl"), shapes).render()
    assert text.splitlines()[0] == "does not conform: 1 violation(s), 0 warning(s)"
    assert "VIOLATION: id:action/f000000000000002 rkg:amount: A fine has an amount." in text
    assert "[sh:MinCountConstraintComponent in rkgsh:FineShape]" in text
    assert f'sentence: "{SENTENCE}"' in text


def test_warnings_do_not_block(shapes: Graph) -> None:
    report = validate(graph("pass/action-investigation-undated.ttl"), shapes)
    assert report.conforms
    assert [f.severity for f in report.warnings] == ["Warning"]
    assert "WARNING:" in report.render()


def test_ontology_hierarchy_is_used_without_touching_the_input(shapes: Graph) -> None:
    data = graph("pass/action-fine.ttl")
    size = len(data)
    ontology = Graph().parse(Settings().ontology_dir / "regkg.ttl", format="turtle")
    report = validate(data, shapes, ontology=ontology)
    assert report.conforms, report.render()
    assert len(data) == size


def test_reference_closure_keeps_only_what_the_article_links_to(shapes: Graph) -> None:
    reference = Graph().parse(FIXTURES / "common.ttl", format="turtle")
    osa = ID["law/osa"]
    reference.add((osa, RKG.jurisdiction, ID["jurisdiction/GB"]))
    article = Graph().parse(FIXTURES / "pass/action-fine.ttl", format="turtle")
    article.parse(FIXTURES / "pass/article.ttl", format="turtle")
    closure = reference_closure(article, reference)
    commission = ID["authority/european-commission"]
    assert (commission, RKG.jurisdiction, ID["jurisdiction/EU"]) in closure
    assert (ID["jurisdiction/EU"], RKG.isoCode, Literal("EU")) in closure  # second hop
    assert (ID["organisation/x-corp"], None, None) in closure  # service -> operator
    assert (osa, None, None) not in closure
    assert (ID["jurisdiction/US"], None, None) not in closure
    assert validate(article + closure, shapes).conforms


def test_engines_agree(shapes: Graph) -> None:
    data = graph("fail/action-bad-values.ttl")
    turbo = validate(data, shapes, engine="turbo")
    python = validate(data, shapes, engine="pyshacl")
    assert isinstance(turbo, ValidationReport) and turbo.engine == "turbo"
    assert turbo.violations == python.violations
    assert turbo.warnings == python.warnings


def test_default_engine_is_turbo_when_installed() -> None:
    pytest.importorskip("pyshacl_turbo")
    assert default_engine() == "turbo"


def test_load_shapes_refuses_an_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_shapes(tmp_path)


def test_shapes_use_only_declared_terms(shapes: Graph) -> None:
    # A typo in a shape's path would silently check nothing; every rkg: IRI must be a term.
    ontology = Graph().parse(Settings().ontology_dir / "regkg.ttl", format="turtle")
    used = {t for triple in shapes for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(RKG))}
    assert used
    assert {t for t in used if (t, None, None) not in ontology} == set()


def test_edited_shapes_are_recompiled(shapes: Graph) -> None:
    # The compiled-shapes cache must not serve shapes that changed since they were compiled.
    edited = Graph()
    for triple in shapes:
        edited.add(triple)
    data = graph("pass/action-investigation-undated.ttl")
    assert validate(data, edited, engine="turbo").warnings
    for shape in list(edited.subjects(SH.severity, SH.Warning)):
        edited.remove((shape, SH.severity, SH.Warning))
    recompiled = validate(data, edited, engine="turbo")
    assert recompiled.warnings == ()
    assert not recompiled.conforms  # the undated action is now a violation


@pytest.mark.slow
def test_shapes_are_well_formed_shacl(shapes: Graph) -> None:
    # SHACL §C (shapes graph validation): pySHACL checks the shapes against SHACL-for-SHACL.
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True,
                                         advanced=True)
    assert conforms, text
    broken = Graph()
    for triple in shapes:
        broken.add(triple)
    broken.add((URIRef(SHAPES_NS + "FineShape"), SH.minCount, Literal("one")))
    with pytest.raises(pyshacl.errors.ReportableRuntimeError, match="MetaSHACL"):
        pyshacl.validate(Graph(), shacl_graph=broken, meta_shacl=True, advanced=True)
