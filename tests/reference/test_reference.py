"""The reference data (data/reference/*.ttl) and its loader, checked against the gold files."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF

from regkg.namespaces import ID, RKG, WD
from regkg.reference import Entity, Reference, load_reference

REPO_ROOT = Path(__file__).resolve().parents[2]
REFERENCE_DIR = REPO_ROOT / "data" / "reference"
GOLD = REPO_ROOT.parent / "shared" / "corpus" / "gold"
needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason="shared corpus not mounted")

JURISDICTION_CLASSES = {RKG.Country, RKG.Subdivision, RKG.SupranationalUnion, RKG.Jurisdiction}
# Labels two entities may share; the gazetteer decides between them by the text's jurisdictions.
SHARED_LABELS = {"Online Safety Act"}


@pytest.fixture(scope="module")
def reference() -> Reference:
    return load_reference(REFERENCE_DIR)


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    for path in sorted(REFERENCE_DIR.glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


def gold_files() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def with_label(reference: Reference, label: str, kind: str | None = None) -> list[Entity]:
    """Entities whose English preferred label is exactly `label`."""
    kinds = (kind,) if kind else ("authority", "law", "organisation", "service", "person")
    return [e for k in kinds for e in reference.of_kind(k) if e.labels.get("en") == label]


# --- Coverage ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("kinds", "minimum"),
    [
        (("jurisdiction",), 25),
        (("authority",), 40),
        (("law",), 15),
        (("organisation", "service"), 30),
        (("person",), 12),
    ],
)
def test_each_kind_meets_its_minimum(reference: Reference, kinds: tuple[str, ...], minimum: int):
    assert sum(len(reference.of_kind(k)) for k in kinds) >= minimum


@needs_gold
def test_every_gold_regulator_law_and_target_has_an_entity_with_that_english_label(
    reference: Reference,
):
    missing = {
        label
        for gold in gold_files()
        for label in gold["regulators"] + gold["laws"] + gold["targets"]
        if not with_label(reference, label)
    }
    assert missing == set()


@needs_gold
def test_gold_actors_have_the_jurisdiction_the_gold_gives_their_actions(reference: Reference):
    for gold in gold_files():
        for action in gold["actions"]:
            if action["actor"] not in gold["regulators"]:
                continue  # a company answering an authority (016 commitment)
            jurisdictions = {e.jurisdiction for e in with_label(reference, action["actor"])}
            assert action["jurisdiction"] in jurisdictions, action["actor"]


@needs_gold
def test_gold_jurisdiction_codes_resolve(reference: Reference):
    codes = {code for gold in gold_files() for code in gold["jurisdictions"]}
    assert {code: getattr(reference.by_code(code), "code", None) for code in codes} == {
        code: code for code in codes
    }


def test_the_australian_online_safety_act_is_its_own_law(reference: Reference):
    laws = with_label(reference, "Online Safety Act", "law")
    assert sorted(e.jurisdiction or "" for e in laws) == ["AU", "GB"]


@needs_gold
def test_gold_speakers_are_persons_holding_the_gold_role(reference: Reference):
    for gold in gold_files():
        for claim in gold["claims"]:
            (person,) = with_label(reference, claim["speaker"], "person")
            role_labels = {r.labels.get("en") for r in person.roles}
            assert claim["speaker_role"] in role_labels, claim["speaker"]


# --- Shape of every entity ---------------------------------------------------------------------

def test_every_entity_has_english_and_french_preferred_labels(reference: Reference):
    lacking = [e.key for e in reference.entities.values() if not {"en", "fr"} <= e.labels.keys()]
    assert lacking == []


def test_preferred_labels_are_unique_within_a_kind(reference: Reference):
    counts = Counter((e.kind, e.labels["en"]) for e in reference.entities.values())
    assert {label for (_, label), n in counts.items() if n > 1} <= SHARED_LABELS


def test_no_alias_names_two_entities(reference: Reference):
    owners: dict[str, set[str]] = {}
    for entity in reference.entities.values():
        for name in entity.all_labels():
            owners.setdefault(name.casefold(), set()).add(entity.key)
    shared = {name for name, keys in owners.items() if len(keys) > 1}
    assert shared <= {label.casefold() for label in SHARED_LABELS}


def test_jurisdiction_codes_are_iso_shaped_and_name_the_iri(reference: Reference):
    for entity in reference.of_kind("jurisdiction"):
        assert entity.code is not None
        assert re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", entity.code), entity.code
        assert entity.key == f"jurisdiction/{entity.code}"


def test_entity_classes_match_their_kind(reference: Reference):
    allowed = {
        "jurisdiction": {"Country", "Subdivision", "SupranationalUnion"},
        "authority": {"Regulator", "Government", "ProsecutorOrCourt", "Legislature"},
        "law": {"Law"},
        "organisation": {"Organisation"},
        "service": {"OnlineService", "AISystem"},
        "person": {"Person"},
    }
    wrong = [e.key for e in reference.entities.values() if not set(e.classes) <= allowed[e.kind]]
    assert wrong == []
    assert all(e.classes for e in reference.entities.values())


def test_at_most_one_government_per_jurisdiction(reference: Reference):
    """The extractor makes a jurisdiction's single government the actor of "London said"."""
    governments = Counter(
        e.jurisdiction for e in reference.of_kind("authority") if "Government" in e.classes
    )
    assert [code for code, n in governments.items() if n > 1] == []
    assert {"GB", "US", "FR", "CH"} <= set(governments)


def test_authorities_and_laws_have_a_jurisdiction(reference: Reference):
    for kind in ("authority", "law"):
        assert [e.key for e in reference.of_kind(kind) if e.jurisdiction is None] == []


def test_wikidata_ids_are_item_ids(reference: Reference):
    ids = [e.wikidata for e in reference.entities.values() if e.wikidata is not None]
    assert ids and all(re.fullmatch(r"Q[1-9]\d*", i) for i in ids)


def test_no_wikidata_item_is_used_twice(reference: Reference):
    counts = Counter(e.wikidata for e in reference.entities.values() if e.wikidata)
    assert [q for q, n in counts.items() if n > 1] == []


# --- The Turtle itself -------------------------------------------------------------------------

def test_no_blank_nodes(graph: Graph):
    assert [t for t in graph if any(isinstance(x, BNode) for x in t)] == []


def test_every_subject_is_a_regkg_id(graph: Graph):
    assert {s for s in graph.subjects() if not str(s).startswith(str(ID))} == set()


def test_every_jurisdiction_link_points_to_a_defined_jurisdiction(graph: Graph):
    defined = {s for c in JURISDICTION_CLASSES for s in graph.subjects(RDF.type, c)}
    for predicate in (RKG.jurisdiction, RKG.partOf):
        assert set(graph.objects(None, predicate)) - defined == set()


def test_every_entity_link_points_to_a_defined_node(graph: Graph):
    typed = set(graph.subjects(RDF.type, None))
    for predicate in (RKG.operatedBy, RKG.ownedBy, RKG.holdsRole, RKG.roleIn):
        assert set(graph.objects(None, predicate)) - typed == set(), predicate


def test_wikidata_links_are_entity_iris(graph: Graph):
    links = list(graph.objects(None, RKG.wikidata))
    assert links and all(isinstance(o, URIRef) and str(o).startswith(str(WD)) for o in links)


# --- Lookups -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("code", "key"),
    [("GB", "jurisdiction/GB"), ("UK", "jurisdiction/GB"), ("uk", "jurisdiction/GB"),
     ("eu", "jurisdiction/EU"), ("us-ca", "jurisdiction/US-CA"), ("CA-QC", "jurisdiction/CA-QC")],
)
def test_by_code_accepts_codes_and_code_aliases(reference: Reference, code: str, key: str):
    entity = reference.by_code(code)
    assert entity is not None and entity.key == key


@pytest.mark.parametrize("code", ["ZZ", "France", "Royaume-Uni", ""])
def test_by_code_refuses_what_is_not_a_code(reference: Reference, code: str):
    assert reference.by_code(code) is None


def test_subdivisions_are_part_of_their_country(reference: Reference):
    parts = {e.code: e.part_of for e in reference.of_kind("jurisdiction")}
    assert parts["US-CA"] == "US" and parts["US-TX"] == "US"
    assert parts["CA-QC"] == parts["CA-BC"] == parts["CA-AB"] == "CA"


def test_member_states_are_not_part_of_the_union(reference: Reference):
    states = [reference.entities[f"jurisdiction/{c}"] for c in ("FR", "DE", "IE", "NL", "IT", "ES")]
    assert [s.code for s in states if s.part_of is not None] == []


@pytest.mark.parametrize(
    ("service", "operator"),
    [("service/x", "organisation/x-corp"), ("service/grok", "organisation/xai"),
     ("service/instagram", "organisation/meta"), ("service/pornhub", "organisation/aylo"),
     ("service/google-play", "organisation/google")],
)
def test_services_name_their_operator(reference: Reference, service: str, operator: str):
    assert reference.entities[service].operated_by == operator


def test_grok_is_an_ai_system(reference: Reference):
    assert "AISystem" in reference.entities["service/grok"].classes


def test_roles_hang_under_their_person_and_name_an_existing_body(reference: Reference):
    roles = [(p, r) for p in reference.of_kind("person") for r in p.roles]
    assert len(roles) >= 10
    for person, role in roles:
        assert role.key.startswith(person.key + "/role/")
        assert role.role_in in reference.entities
        assert {"en", "fr"} <= role.labels.keys()


def test_starmer_is_prime_minister_in_the_uk_government(reference: Reference):
    (role,) = reference.entities["person/keir-starmer"].roles
    assert (role.labels["en"], role.role_in) == ("Prime Minister", "authority/uk-government")


def test_regulators_of_a_jurisdiction(reference: Reference):
    uk = {e.key for e in reference.regulators_of("UK")}
    assert {"authority/ofcom", "authority/ico", "authority/uk-government"} <= uk
    assert "authority/arcom" not in uk
    assert reference.regulators_of("ZZ") == ()


@pytest.mark.parametrize(
    ("abbreviation", "key"),
    [("DSA", "law/digital-services-act"), ("RSN", "law/digital-services-act"),
     ("DMA", "law/digital-markets-act"), ("RGPD", "law/gdpr"), ("OSA", "law/online-safety-act")],
)
def test_law_by_abbreviation(reference: Reference, abbreviation: str, key: str):
    law = reference.law_by_abbreviation(abbreviation)
    assert law is not None and law.key == key


def test_law_abbreviations_are_case_sensitive_and_jurisdiction_filtered(reference: Reference):
    assert reference.law_by_abbreviation("dsa") is None
    assert reference.law_by_abbreviation("DSA", jurisdiction="GB") is None
    assert reference.law_by_abbreviation("DSA", jurisdiction="eu") is not None


def test_by_label_finds_aliases_case_insensitively(reference: Reference):
    assert [e.key for e in reference.by_label("bruxelles")] == ["authority/european-commission"]
    assert {e.jurisdiction for e in reference.by_label("Online Safety Act", "law")} == {"GB", "AU"}


def test_get_and_of_kind(reference: Reference):
    assert reference.get("authority/ofcom") is reference.entities["authority/ofcom"]
    assert reference.get("authority/nowhere") is None
    assert all(e.kind == "law" for e in reference.of_kind("law"))


# --- Loading -----------------------------------------------------------------------------------

def test_loading_is_cached_until_a_file_changes(tmp_path: Path):
    for path in REFERENCE_DIR.glob("*.ttl"):
        shutil.copy(path, tmp_path / path.name)
    first = load_reference(tmp_path)
    assert load_reference(tmp_path) is first
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@base <https://w3id.org/regkg/id/> .\n"
        "@prefix rkg: <https://w3id.org/regkg/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<organisation/acme> a rkg:Organisation ; skos:prefLabel "Acme"@en, "Acme"@fr .\n',
        encoding="utf-8",
    )
    second = load_reference(tmp_path)
    assert second is not first
    assert second.entities["organisation/acme"].labels == {"en": "Acme", "fr": "Acme"}
    assert "organisation/acme" not in first.entities


def test_role_and_other_nested_nodes_are_not_entities(reference: Reference):
    assert [k for k in reference.entities if k.count("/") != 1] == []


def test_jurisdictions_nest_at_most_two_levels_below_a_country_or_union():
    """queries/jurisdiction-actions.rq and timeline.rq follow rkg:partOf one or two hops (no
    partOf*, which Virtuoso mishandles): deeper nesting would silently drop actions."""
    from pathlib import Path

    from regkg.reference import load_reference

    reference = load_reference(Path(__file__).resolve().parents[2] / "data" / "reference")
    jurisdictions = {e.code: e for e in reference.of_kind("jurisdiction") if e.code}
    for code, entity in jurisdictions.items():
        depth, parent = 0, entity.part_of
        while parent:
            depth += 1
            parent = jurisdictions[parent].part_of if parent in jurisdictions else None
        assert depth <= 2, f"{code} is nested {depth} levels deep"
