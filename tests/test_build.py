"""Issue 2's facts that must hold, on the real seed articles, through the whole pipeline."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from regkg import namespaces as ns

SEED = {
    "000": "000_4d0758df3b608715", "001": "001_b1f2516a60a79706", "002": "002_01a4004bb8cbe5ca",
    "003": "003_a26acc091d010e43", "004": "004_4e3b21f8941335f3",
}


def actions(graph: Graph, type_code: str, jurisdiction: str) -> list[URIRef]:
    cls = ns.ACTION_CLASSES[type_code]
    where = ns.jurisdiction_iri(jurisdiction)
    return [a for a in graph.subjects(RDF.type, cls) if (a, ns.jurisdiction, where) in graph]


def sources(graph: Graph, node: URIRef) -> set[str]:
    return {
        str(graph.value(e, ns.article)).rsplit("/", 1)[-1] for e in graph.objects(node, ns.evidence)
    }


def dates(graph: Graph, node: URIRef) -> set[tuple[dt.date, str]]:
    precision = graph.value(node, ns.datePrecision)
    return {(d.toPython(), str(precision).rsplit("-", 1)[-1]) for d in graph.objects(node, ns.date)}


def test_every_seed_is_stored_and_none_rejected(seed_build):
    _, summary, _ = seed_build
    assert summary.count("stored") == 5, [(o.source, o.message) for o in summary.outcomes]
    assert summary.exit_code == 0


def test_eu_fine_on_x_120_million_eur_dsa_december_2025(seed_graph):
    [fine] = actions(seed_graph, "fine", "EU")
    assert (fine, ns.target, ns.entity_iri("service/x")) in seed_graph or (
        fine, ns.target, ns.entity_iri("organisation/x-corp")) in seed_graph
    amount = seed_graph.value(fine, ns.amount)
    assert seed_graph.value(amount, ns.amountValue).toPython() == Decimal("120000000")
    assert str(seed_graph.value(amount, ns.currency)) == "EUR"
    assert (fine, ns.legalBasis, ns.entity_iri("law/digital-services-act")) in seed_graph
    assert dates(seed_graph, fine) == {(dt.date(2025, 12, 1), "month")}
    assert SEED["002"] in sources(seed_graph, fine)


def test_ofcom_investigation_opened_monday_12_january_2026(seed_graph):
    opened = [
        a for a in actions(seed_graph, "investigation", "GB")
        if (a, ns.status, ns.STATUSES["opened"]) in seed_graph
        and (dt.date(2026, 1, 12), "day") in dates(seed_graph, a)
    ]
    assert len(opened) == 1
    assert SEED["001"] in sources(seed_graph, opened[0])


def test_not_excluding_an_investigation_is_not_an_opened_investigation(seed_graph):
    for action in actions(seed_graph, "investigation", "GB"):
        if (action, ns.status, ns.STATUSES["opened"]) in seed_graph:
            assert SEED["000"] not in sources(seed_graph, action)


def test_india_orders_x_with_a_72_hour_deadline(seed_graph):
    [order] = actions(seed_graph, "order", "IN")
    # xsd:duration compares by value: the store writes PT72H in its canonical form P3D.
    assert seed_graph.value(order, ns.deadline).toPython() == dt.timedelta(hours=72)
    assert "72 heures" in str(seed_graph.value(order, ns.deadlineText))
    assert SEED["004"] in sources(seed_graph, order)


def test_indonesia_and_malaysia_block_grok_one_action_per_country(seed_graph):
    grok = ns.entity_iri("service/grok")
    for country in ("ID", "MY"):
        blocks = [b for b in actions(seed_graph, "block", country)
                  if (b, ns.target, grok) in seed_graph]
        assert len(blocks) == 1, country
        assert {SEED["001"], SEED["003"]} <= sources(seed_graph, blocks[0]), country


def claims_by(graph: Graph, person: str) -> dict[str, URIRef]:
    speaker = ns.entity_iri(person)
    return {str(graph.value(c, ns.quote)): c for c in graph.subjects(ns.speaker, speaker)}


def test_musk_literally_zero_claim_dated_14_january(seed_graph):
    quote = ("Je n'ai pas connaissance d'images de mineurs nus générées par Grok. "
             "Littéralement zéro")
    claim = claims_by(seed_graph, "person/elon-musk")[quote]
    assert dates(seed_graph, claim) == {(dt.date(2026, 1, 14), "day")}
    assert SEED["003"] in sources(seed_graph, claim)


def test_liz_kendall_three_quotes_including_a_t_elle_insiste(seed_graph):
    quotes = [q for q, c in claims_by(seed_graph, "person/liz-kendall").items()
              if SEED["000"] in sources(seed_graph, c)]
    assert len(quotes) == 3, quotes
    assert any(q.startswith("Nous ne pouvons et ne permettrons pas") for q in quotes)


def test_online_safety_act_penalty_18_million_gbp_or_10_percent_whichever_higher(seed_graph):
    law = ns.entity_iri("law/online-safety-act")
    found = []
    for provision in seed_graph.objects(law, ns.penaltyProvision):
        amount = seed_graph.value(provision, ns.maxAmount)
        found.append((
            seed_graph.value(amount, ns.amountValue).toPython(),
            str(seed_graph.value(amount, ns.currency)),
            seed_graph.value(provision, ns.maxTurnoverShare).toPython(),
            seed_graph.value(provision, ns.combinationRule),
        ))
    higher = ns.COMBINATION_RULES["whichever_higher"]
    expected = (Decimal("18000000"), "GBP", Decimal("0.1"), higher)
    assert expected in found


def test_every_fact_has_evidence_with_exact_offsets(seed_graph, seed_build):
    _, _, pipeline = seed_build
    facts = set(seed_graph.subjects(ns.evidence, None))
    assert facts
    for evidence in seed_graph.objects(None, ns.evidence):
        sentence = str(seed_graph.value(evidence, ns.sentence))
        start = int(seed_graph.value(evidence, ns.charStart))
        end = int(seed_graph.value(evidence, ns.charEnd))
        assert end - start == len(sentence)
