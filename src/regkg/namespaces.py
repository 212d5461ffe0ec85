"""Every IRI regkg mints or reads, in one place.

Layer 0: imports nothing from regkg. The ontology (`ontology/regkg.ttl`), the shapes and the
queries use the same terms; `tests/test_namespaces.py` checks that every `RKG` term named here is
declared in the ontology, so a typo here or there fails a test instead of producing a silent
empty query.

IRI scheme (all deterministic, no blank nodes):
    {BASE}ontology#Term                  ontology terms (prefix ``rkg:``)
    {BASE}id/jurisdiction/GB             jurisdictions by ISO 3166 code (EU for the Union)
    {BASE}id/{kind}/{slug}               reference entities (authority, law, organisation, ...)
    {BASE}id/action/{digest}             an action, merged across the articles that report it
    {BASE}id/claim/{digest}              a claim (speaker + quote)
    {BASE}id/article/{stem}              an article; its facts live in graph/article/{stem}
    {BASE}id/evidence/{stem}/{digest}    one fact's support in one article (sentence + offsets)
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE: Final = "https://w3id.org/regkg/"

RKG: Final = Namespace(BASE + "ontology#")
ID: Final = Namespace(BASE + "id/")
GRAPH: Final = Namespace(BASE + "graph/")

SCHEMA: Final = Namespace("https://schema.org/")
ORG: Final = Namespace("http://www.w3.org/ns/org#")
ELI: Final = Namespace("http://data.europa.eu/eli/ontology#")
WD: Final = Namespace("http://www.wikidata.org/entity/")
FOAF: Final = Namespace("http://xmlns.com/foaf/0.1/")
SH: Final = Namespace("http://www.w3.org/ns/shacl#")
# Vocabularies of the endpoint's SPARQL 1.1 service description (not used in the graph itself).
SD: Final = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS: Final = Namespace("http://www.w3.org/ns/formats/")
VOID: Final = Namespace("http://rdfs.org/ns/void#")

PREFIXES: Final[dict[str, str]] = {
    "rkg": str(RKG),
    "id": str(ID),
    "graph": str(GRAPH),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "eli": str(ELI),
    "wd": str(WD),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "sh": str(SH),
}

# Named graphs that are not article graphs.
REFERENCE_GRAPH: Final = GRAPH["reference"]
ONTOLOGY_GRAPH: Final = GRAPH["ontology"]
INFERRED_GRAPH: Final = GRAPH["inferred"]
ARTICLE_GRAPH_PREFIX: Final = str(GRAPH) + "article/"

# --- Classes -------------------------------------------------------------------------------
Jurisdiction = RKG.Jurisdiction
Country = RKG.Country
Subdivision = RKG.Subdivision
SupranationalUnion = RKG.SupranationalUnion

Agent = RKG.Agent
Authority = RKG.Authority
Regulator = RKG.Regulator
Government = RKG.Government
ProsecutorOrCourt = RKG.ProsecutorOrCourt
Legislature = RKG.Legislature
Organisation = RKG.Organisation
OnlineService = RKG.OnlineService
AISystem = RKG.AISystem
Person = RKG.Person
Role = RKG.Role

Law = RKG.Law
PenaltyProvision = RKG.PenaltyProvision
MonetaryAmount = RKG.MonetaryAmount

EnforcementAction = RKG.EnforcementAction
Claim = RKG.Claim
Article = RKG.Article
Evidence = RKG.Evidence

# Action type code (the gold schema's `type`) -> class. The order is the display order.
ACTION_CLASSES: Final[dict[str, URIRef]] = {
    "investigation": RKG.Investigation,
    "request_for_information": RKG.RequestForInformation,
    "order": RKG.Order,
    "fine": RKG.Fine,
    "block": RKG.Block,
    "lawsuit": RKG.Lawsuit,
    "legislation": RKG.Legislation,
    "statement": RKG.Statement,
    "warning": RKG.Warning,
    "sanction": RKG.PersonalSanction,
    "commitment": RKG.Commitment,
}
ACTION_TYPES: Final[dict[URIRef, str]] = {v: k for k, v in ACTION_CLASSES.items()}

# Entity kind (the first path segment of a reference entity id) -> most general class.
ENTITY_KINDS: Final[dict[str, URIRef]] = {
    "jurisdiction": Jurisdiction,
    "authority": Authority,
    "law": Law,
    "organisation": Organisation,
    "service": OnlineService,
    "person": Person,
}

# --- Controlled values (SKOS concepts declared in the ontology) ------------------------------
STATUSES: Final[dict[str, URIRef]] = {
    s: RKG["status-" + s]
    for s in ("opened", "imposed", "threatened", "considered", "planned", "reported")
}
PRECISIONS: Final[dict[str, URIRef]] = {
    p: RKG["precision-" + p] for p in ("day", "week", "month", "year")
}
COMBINATION_RULES: Final[dict[str, URIRef]] = {
    "whichever_higher": RKG["rule-whichever-higher"],
    "whichever_lower": RKG["rule-whichever-lower"],
    "cumulative": RKG["rule-cumulative"],
}

# --- Properties --------------------------------------------------------------------------
# Entities
isoCode = RKG.isoCode
partOf = RKG.partOf
jurisdiction = RKG.jurisdiction
withinJurisdiction = RKG.withinJurisdiction  # inferred: jurisdiction, then partOf*
wikidata = RKG.wikidata  # owl:sameAs would pull Wikidata's semantics into the reasoner
operatedBy = RKG.operatedBy
ownedBy = RKG.ownedBy
holdsRole = RKG.holdsRole
roleLabel = RKG.roleLabel
roleIn = RKG.roleIn
linked = RKG.linked  # false for entities extraction created that match no reference entity
abbreviation = RKG.abbreviation

# Laws and penalties
penaltyProvision = RKG.penaltyProvision
maxAmount = RKG.maxAmount
maxTurnoverShare = RKG.maxTurnoverShare
combinationRule = RKG.combinationRule
amountValue = RKG.amountValue
currency = RKG.currency
perPeriod = RKG.perPeriod  # a daily penalty: "P1D"

# Actions
actor = RKG.actor
target = RKG.target
legalBasis = RKG.legalBasis
date = RKG.date
datePrecision = RKG.datePrecision
status = RKG.status
amount = RKG.amount
deadline = RKG.deadline
deadlineText = RKG.deadlineText
evidence = RKG.evidence

# Claims
speaker = RKG.speaker
speakerRole = RKG.speakerRole
quote = RKG.quote
about = RKG.about
indirect = RKG.indirect

# Articles and provenance
title = RKG.title
outlet = RKG.outlet
url = RKG.url
published = RKG.published
language = RKG.language
contentHash = RKG.contentHash
text = RKG.text
article = RKG.article
sentence = RKG.sentence
charStart = RKG.charStart
charEnd = RKG.charEnd
extractorVersion = RKG.extractorVersion
sourceFile = RKG.sourceFile

# Every rkg: term above, for the ontology-coverage test.
RKG_TERMS: Final[tuple[URIRef, ...]] = tuple(
    sorted(
        {v for v in globals().values() if isinstance(v, URIRef) and str(v).startswith(str(RKG))}
        | set(ACTION_CLASSES.values())
        | set(STATUSES.values())
        | set(PRECISIONS.values())
        | set(COMBINATION_RULES.values())
    )
)

_SLUG_OK = re.compile(r"[^a-z0-9]+")


def slugify(label: str) -> str:
    """Lower-case ASCII slug: 'Liz Kendall' -> 'liz-kendall'."""
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return _SLUG_OK.sub("-", ascii_.lower()).strip("-") or "x"


def digest(*parts: object) -> str:
    """A short stable digest of the parts (16 hex chars), for IRIs of merged facts."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def entity_iri(key: str) -> URIRef:
    """'authority/ofcom' -> {BASE}id/authority/ofcom; 'jurisdiction/GB' keeps its case."""
    kind, _, local = key.partition("/")
    if kind not in ENTITY_KINDS or not local:
        raise ValueError(f"not an entity key: {key!r}")
    return ID[f"{kind}/{local}"]


def entity_key(iri: str) -> str:
    """Inverse of entity_iri."""
    prefix = str(ID)
    if not iri.startswith(prefix):
        raise ValueError(f"not a regkg entity IRI: {iri}")
    return iri[len(prefix):]


def jurisdiction_iri(code: str) -> URIRef:
    return ID[f"jurisdiction/{code.upper()}"]


def article_iri(stem: str) -> URIRef:
    return ID[f"article/{stem}"]


def article_graph(stem: str) -> URIRef:
    return URIRef(ARTICLE_GRAPH_PREFIX + stem)


def action_iri(key: str) -> URIRef:
    return ID[f"action/{key}"]


def claim_iri(key: str) -> URIRef:
    return ID[f"claim/{key}"]


def evidence_iri(stem: str, key: str) -> URIRef:
    return ID[f"evidence/{stem}/{key}"]


def provision_iri(law_key: str, key: str) -> URIRef:
    return ID[f"{law_key}/penalty/{key}"]
