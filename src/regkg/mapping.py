"""Extraction records -> one RDF graph per article. Layer 1.

The one place that knows which ontology terms a fact becomes. IRIs are deterministic and there
are no blank nodes, so mapping the same extraction twice gives the same triples, and an action
reported by several articles gets the same IRI in each article's graph (one node, several
sources). Identity keys are documented on the functions that compute them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from regkg import namespaces as ns
from regkg.models import (
    Action,
    Article,
    Claim,
    DateValue,
    Evidence,
    Extraction,
    Money,
    NewEntity,
    PenaltyProvision,
)

Labeller = Callable[[str], str]


# Statuses of actions that took place; the others (threatened, considered, planned) did not.
ACTUAL_STATUSES = frozenset({"opened", "imposed", "reported"})


def action_key(action: Action) -> str:
    """Identity of an action across articles: type, actor, jurisdiction, targets, modality.

    Dates and laws are left out on purpose: one article dates the Indonesian block of Grok
    ("ce week-end") and another does not, and both report the same decision. Modality stays
    in: an investigation Ofcom "did not rule out" is not the investigation it later opened.
    """
    modality = "actual" if action.status in ACTUAL_STATUSES else "potential"
    return ns.digest(
        action.type, action.actor, action.jurisdiction, *sorted(action.targets), modality
    )


def claim_key(claim: Claim) -> str:
    """Identity of a claim: its speaker and its words (whitespace-folded)."""
    return ns.digest(claim.speaker, " ".join(claim.quote.split()))


def provision_key(provision: PenaltyProvision) -> str:
    max_amount = provision.max_amount
    return ns.digest(
        provision.law,
        max_amount.amount if max_amount else None,
        max_amount.currency if max_amount else None,
        provision.max_turnover_share,
        provision.rule,
    )


def map_extraction(extraction: Extraction, label: Labeller | None = None) -> Graph:
    """The article's graph: the article node, its facts, and each fact's evidence."""
    graph = Graph()
    for prefix, iri in ns.PREFIXES.items():
        graph.bind(prefix, iri)
    article = extraction.article
    version = extraction.extractor_version
    _add_article(graph, article, version)
    for action in extraction.actions:
        _add_action(graph, article, version, action, label)
    for claim in extraction.claims:
        _add_claim(graph, article, version, claim)
    for provision in extraction.provisions:
        _add_provision(graph, article, version, provision)
    for entity in extraction.new_entities:
        _add_new_entity(graph, article, version, entity)
    return graph


def _add_article(graph: Graph, article: Article, version: str) -> None:
    node = ns.article_iri(article.id)
    graph.add((node, RDF.type, ns.Article))
    graph.add((node, ns.language, Literal(article.language)))
    graph.add((node, ns.contentHash, Literal(article.content_hash)))
    graph.add((node, ns.extractorVersion, Literal(version)))
    optional = (
        (ns.title, _text(article.title, article.language)),
        (ns.outlet, Literal(article.outlet) if article.outlet else None),
        (ns.url, Literal(article.url, datatype=XSD.anyURI) if article.url else None),
        (ns.published, _date_literal(article.published)),
        (ns.sourceFile, Literal(article.source_file) if article.source_file else None),
    )
    for prop, value in optional:
        if value is not None:
            graph.add((node, prop, value))


def _add_action(
    graph: Graph, article: Article, version: str, action: Action, label: Labeller | None
) -> None:
    node = ns.action_iri(action_key(action))
    graph.add((node, RDF.type, ns.ACTION_CLASSES[action.type]))
    graph.add((node, ns.status, ns.STATUSES[action.status]))
    if action.actor:
        graph.add((node, ns.actor, ns.entity_iri(action.actor)))
    _add_all(graph, node, ns.target, (ns.entity_iri(t) for t in action.targets))
    _add_all(graph, node, ns.legalBasis, (ns.entity_iri(law) for law in action.laws))
    if action.jurisdiction:
        graph.add((node, ns.jurisdiction, ns.jurisdiction_iri(action.jurisdiction)))
    _add_date(graph, node, action.date)
    if action.amount:
        _add_money(graph, node, ns.amount, action.amount)
    if action.deadline:
        graph.add((node, ns.deadline, Literal(action.deadline, datatype=XSD.duration)))
    if action.deadline_text:
        graph.add((node, ns.deadlineText, Literal(action.deadline_text, lang=article.language)))
    if label:
        graph.add((node, RDFS.label, Literal(_action_label(action, label), lang="en")))
    _add_evidence(graph, node, article, version, action.evidence)


def _action_label(action: Action, label: Labeller) -> str:
    """'fine: European Commission -> X' (English, for people browsing the graph)."""
    actor = label(action.actor) if action.actor else "unknown actor"
    targets = ", ".join(label(t) for t in action.targets) or "unspecified targets"
    return f"{action.type.replace('_', ' ')}: {actor} -> {targets}"


def _add_claim(graph: Graph, article: Article, version: str, claim: Claim) -> None:
    node = ns.claim_iri(claim_key(claim))
    graph.add((node, RDF.type, ns.Claim))
    graph.add((node, ns.speaker, ns.entity_iri(claim.speaker)))
    graph.add((node, ns.quote, Literal(claim.quote, lang=claim.language)))
    graph.add((node, ns.language, Literal(claim.language)))
    graph.add((node, ns.indirect, Literal(claim.indirect)))
    if claim.speaker_role:
        graph.add((node, ns.speakerRole, Literal(claim.speaker_role, lang=claim.language)))
    _add_date(graph, node, claim.date)
    _add_all(graph, node, ns.about, (ns.entity_iri(k) for k in claim.about))
    _add_evidence(graph, node, article, version, claim.evidence)


def _add_provision(
    graph: Graph, article: Article, version: str, provision: PenaltyProvision
) -> None:
    law = ns.entity_iri(provision.law)
    node = ns.provision_iri(ns.entity_key(str(law)), provision_key(provision))
    graph.add((node, RDF.type, ns.PenaltyProvision))
    graph.add((law, ns.penaltyProvision, node))
    if provision.jurisdiction:
        graph.add((node, ns.jurisdiction, ns.jurisdiction_iri(provision.jurisdiction)))
    if provision.max_amount:
        _add_money(graph, node, ns.maxAmount, provision.max_amount)
    if provision.max_turnover_share is not None:
        share = decimal_literal(provision.max_turnover_share)
        graph.add((node, ns.maxTurnoverShare, share))
    if provision.rule:
        graph.add((node, ns.combinationRule, ns.COMBINATION_RULES[provision.rule]))
    _add_evidence(graph, node, article, version, provision.evidence)


def _add_new_entity(graph: Graph, article: Article, version: str, entity: NewEntity) -> None:
    node = ns.entity_iri(entity.key)
    graph.add((node, RDF.type, ns.ENTITY_KINDS[entity.kind]))
    graph.add((node, SKOS.prefLabel, Literal(entity.label)))
    graph.add((node, ns.linked, Literal(False)))
    _add_evidence(graph, node, article, version, entity.evidence)


def _add_evidence(
    graph: Graph, fact: URIRef, article: Article, version: str, evidence: Evidence
) -> None:
    """A fact's support: the sentence, its offsets, the article, the extractor version.

    One node per sentence span, shared by every fact the sentence states.
    """
    node = ns.evidence_iri(article.id, ns.digest(evidence.start, evidence.end))
    graph.add((fact, ns.evidence, node))
    graph.add((node, RDF.type, ns.Evidence))
    graph.add((node, ns.article, ns.article_iri(article.id)))
    graph.add((node, ns.sentence, Literal(evidence.sentence, lang=article.language)))
    graph.add((node, ns.charStart, Literal(evidence.start)))
    graph.add((node, ns.charEnd, Literal(evidence.end)))
    graph.add((node, ns.extractorVersion, Literal(version)))


def _add_date(graph: Graph, node: URIRef, value: DateValue | None) -> None:
    if value is None:
        return
    graph.add((node, ns.date, Literal(value.value, datatype=XSD.date)))
    graph.add((node, ns.datePrecision, ns.PRECISIONS[value.precision]))


def _add_money(graph: Graph, owner: URIRef, prop: URIRef, money: Money) -> None:
    node = URIRef(f"{owner}-amount")
    graph.add((owner, prop, node))
    graph.add((node, RDF.type, ns.MonetaryAmount))
    graph.add((node, ns.amountValue, decimal_literal(money.amount)))
    graph.add((node, ns.currency, Literal(money.currency)))
    if money.per:
        graph.add((node, ns.perPeriod, Literal(money.per, datatype=XSD.duration)))


def _add_all(graph: Graph, node: URIRef, prop: URIRef, values: Iterable[URIRef]) -> None:
    for value in values:
        graph.add((node, prop, value))


def decimal_literal(value: Decimal) -> Literal:
    """xsd:decimal in its canonical lexical form (XSD 1.1 §3.3.3.2): '120000000.0', '0.1'.

    Equal amounts then give equal terms, so dumps and isomorphism checks do not depend on
    how an amount was written in the text.
    """
    text = format(Decimal(value).normalize(), "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def _date_literal(value: object) -> Literal | None:
    return Literal(value, datatype=XSD.date) if value else None


def _text(value: str | None, language: str) -> Literal | None:
    return Literal(value, lang=language) if value else None
