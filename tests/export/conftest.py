"""A small realistic store for the exporters: hand-made extractions mapped into named graphs.

UK: Ofcom investigates X under the Online Safety Act (2026-01-12). EU: the Commission fines X
EUR 120,000,000 under the DSA (2025-12, month precision), reported by two articles. US-CA: the
California Attorney General investigates xAI. ID and MY block Grok (Malaysia's block undated).
Elon Musk says something about Grok. Plus the reference and ontology graphs, as `build` writes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from regkg import namespaces as ns
from regkg.mapping import map_extraction
from regkg.models import Action, Article, Claim, DateValue, Evidence, Extraction, Money
from regkg.pipeline import Pipeline
from regkg.reference import load_reference
from regkg.settings import Settings
from regkg.store import EmbeddedStore

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
GEXF_SCHEMAS = SHARED / "schemas" / "gexf-1.3"

ACTION = str(ns.ID) + "action/"


def article(stem: str, language: str, text: str) -> Article:
    return Article(
        id=stem, text=text, title=f"Article {stem}", outlet="Test Wire", url=None,
        published=dt.date(2026, 1, 20), language=language, content_hash=stem.ljust(64, "0"),
        source_file=f"data/articles/{stem}.txt",
    )


def action(kind: str, actor: str, targets: tuple[str, ...], where: str, text: str, *,
           laws: tuple[str, ...] = (), date: DateValue | None = None,
           status: str = "opened", amount: Money | None = None) -> Action:
    return Action(
        type=kind, actor=actor, targets=targets, jurisdiction=where, laws=laws, date=date,
        status=status, evidence=Evidence(text, 0, len(text)), amount=amount,  # type: ignore[arg-type]
    )


UK_TEXT = "Ofcom opened an investigation into X under the Online Safety Act on 12 January."
FINE_FR = "La Commission européenne a infligé en décembre une amende de 120 millions d'euros à X."
FINE_EN = "In December the European Commission fined X EUR 120m under the Digital Services Act."
CA_TEXT = "California's Attorney General opened an investigation into xAI."
BLOCK_TEXT = "L'Indonésie a bloqué Grok samedi ; la Malaisie a suivi."
CLAIM_TEXT = "« Littéralement zéro », a affirmé Elon Musk à propos de Grok."

OFCOM = action("investigation", "authority/ofcom", ("service/x",), "GB", UK_TEXT,
               laws=("law/online-safety-act",), date=DateValue(dt.date(2026, 1, 12), "day"))
FINE = action("fine", "authority/european-commission", ("service/x",), "EU", FINE_FR,
              laws=("law/digital-services-act",), date=DateValue(dt.date(2025, 12, 1), "month"),
              status="imposed", amount=Money(Decimal("120000000"), "EUR"))
CALIFORNIA = action("investigation", "authority/california-attorney-general",
                    ("organisation/xai",), "US-CA", CA_TEXT,
                    date=DateValue(dt.date(2026, 1, 14), "day"))
INDONESIA = action("block", "authority/komdigi", ("service/grok",), "ID", BLOCK_TEXT,
                   date=DateValue(dt.date(2026, 1, 10), "day"), status="imposed")
MALAYSIA = action("block", "authority/mcmc", ("service/grok",), "MY", BLOCK_TEXT,
                  status="imposed")
MUSK = Claim(speaker="person/elon-musk", quote="Littéralement zéro", language="fr",
             evidence=Evidence(CLAIM_TEXT, 0, len(CLAIM_TEXT)),
             date=DateValue(dt.date(2026, 1, 4), "day"), about=("service/grok",))


def extractions() -> list[Extraction]:
    def extraction(stem: str, language: str, text: str, actions=(), claims=()) -> Extraction:
        return Extraction(article(stem, language, text), "test", actions=tuple(actions),
                          claims=tuple(claims))

    fine_en = action("fine", "authority/european-commission", FINE.targets, "EU", FINE_EN,
                     laws=FINE.laws, date=FINE.date, status="imposed", amount=FINE.amount)
    return [
        extraction("uk-ofcom", "en", UK_TEXT, [OFCOM]),
        extraction("eu-fine-fr", "fr", FINE_FR + " " + CLAIM_TEXT, [FINE], [MUSK]),
        extraction("eu-fine-en", "en", FINE_EN, [fine_en]),
        extraction("us-california", "en", CA_TEXT, [CALIFORNIA]),
        extraction("asia-blocks", "fr", BLOCK_TEXT, [INDONESIA, MALAYSIA]),
    ]


def build_store() -> EmbeddedStore:
    store = EmbeddedStore(None)
    reference = load_reference(REPO / "data" / "reference")

    def label(key: str) -> str:
        entity = reference.get(key)
        return entity.label if entity else key

    Pipeline(Settings(store="memory"), store).install_schema()  # reference + ontology graphs
    for extraction in extractions():
        graph = map_extraction(extraction, label)
        store.replace_graph(str(ns.article_graph(extraction.article.id)), graph)
    return store


@pytest.fixture(scope="session")
def store() -> EmbeddedStore:
    return build_store()


def action_iri(a: Action) -> str:
    from regkg.mapping import action_key

    return str(ns.action_iri(action_key(a)))
