"""A small realistic store: hand-made extractions mapped into article graphs, plus reference.

UK: Ofcom investigates X under the Online Safety Act (2026-01-12). EU: the Commission fines X
EUR 120,000,000 under the DSA (2025-12). US-CA: California's Attorney General investigates
xAI. ID and MY block Grok (one article dates the Indonesian block, one does not). Elon Musk
makes a claim about the fine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():  # starlette asks for httpx2, which is not a dependency here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

from regkg import namespaces as ns
from regkg.api.app import create_app
from regkg.mapping import action_key, map_extraction
from regkg.models import Action, Article, Claim, DateValue, Evidence, Extraction, Money
from regkg.pipeline import Pipeline
from regkg.settings import Settings
from regkg.store import EmbeddedStore

REPO = Path(__file__).resolve().parents[2]


def _article(stem: str, text: str, title: str, published: dt.date, language: str = "en",
             url: str | None = None) -> Article:
    return Article(
        id=stem, text=text, title=title, outlet="Test Wire",
        url=url or f"https://news.example/{stem}", published=published, language=language,
        content_hash=hashlib.sha256(text.encode()).hexdigest(), source_file=f"{stem}.txt",
    )


def _ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def extractions() -> list[Extraction]:
    out = []
    t1 = ("Ofcom has opened an investigation into X under the Online Safety Act. "
          "The regulator said on Monday it would act quickly.")
    a1 = _article("uk-ofcom-x", t1, "Ofcom investigates X", dt.date(2026, 1, 13))
    out.append(Extraction(a1, "test", actions=(Action(
        "investigation", "authority/ofcom", ("service/x",), "GB",
        ("law/online-safety-act",), DateValue(dt.date(2026, 1, 12), "day"), "opened",
        _ev(t1, "Ofcom has opened an investigation into X under the Online Safety Act.")),)))

    t2 = ("The European Commission fined X 120 million euros under the Digital Services Act. "
          "Elon Musk called the fine \"an attack on free speech\".")
    a2 = _article("eu-fine-x", t2, "EU fines X", dt.date(2025, 12, 5))
    out.append(Extraction(
        a2, "test",
        actions=(Action(
            "fine", "authority/european-commission", ("service/x",), "EU",
            ("law/digital-services-act",), DateValue(dt.date(2025, 12, 1), "month"), "imposed",
            _ev(t2, "The European Commission fined X 120 million euros under the Digital "
                    "Services Act."),
            amount=Money(Decimal("120000000"), "EUR")),),
        claims=(Claim("person/elon-musk", "an attack on free speech", "en",
                      _ev(t2, "Elon Musk called the fine \"an attack on free speech\"."),
                      date=DateValue(dt.date(2025, 12, 5), "day"),
                      about=("authority/european-commission",)),),
    ))

    t3 = "California Attorney General Rob Bonta opened an investigation into xAI over Grok."
    a3 = _article("us-ca-xai", t3, "California investigates xAI", dt.date(2026, 1, 15))
    out.append(Extraction(a3, "test", actions=(Action(
        "investigation", "authority/california-attorney-general", ("organisation/xai",),
        "US-CA", (), DateValue(dt.date(2026, 1, 14), "day"), "opened", _ev(t3, t3)),)))

    t4 = ("L'Indonésie a bloqué Grok ce week-end. La Malaisie a aussi bloqué Grok.")
    a4 = _article("id-my-grok", t4, "Grok bloqué", dt.date(2026, 1, 12), language="fr")
    block_id = Action("block", "authority/komdigi", ("service/grok",), "ID", (),
                      DateValue(dt.date(2026, 1, 10), "week"), "imposed",
                      _ev(t4, "L'Indonésie a bloqué Grok ce week-end."))
    block_my = Action("block", "authority/mcmc", ("service/grok",), "MY", (), None, "imposed",
                      _ev(t4, "La Malaisie a aussi bloqué Grok."))
    out.append(Extraction(a4, "test", actions=(block_id, block_my)))

    # A second report of the Indonesian block, undated and month-precise elsewhere: one node.
    t5 = "Indonesia blocked Grok in January, the ministry said."
    a5 = _article("id-grok-2", t5, "Indonesia blocks Grok", dt.date(2026, 1, 20))
    out.append(Extraction(a5, "test", actions=(Action(
        "block", "authority/komdigi", ("service/grok",), "ID", (),
        DateValue(dt.date(2026, 1, 1), "month"), "imposed", _ev(t5, t5)),)))
    return out


UK_ACTION = action_key(extractions()[0].actions[0])
EU_FINE = action_key(extractions()[1].actions[0])
ID_BLOCK = action_key(extractions()[3].actions[0])


def build_store() -> EmbeddedStore:
    store = EmbeddedStore(None)
    settings = Settings(store="memory")
    Pipeline(settings, store).install_schema()  # reference and ontology graphs, as a build does
    for extraction in extractions():
        graph = map_extraction(extraction, label=lambda key: key.partition("/")[2])
        store.replace_graph(str(ns.article_graph(extraction.article.id)), graph)
    return store


@pytest.fixture(scope="session")
def api_store() -> EmbeddedStore:
    return build_store()


@pytest.fixture(scope="session")
def api_settings() -> Settings:
    return Settings(store="memory", sparql_workers=1, query_timeout_s=10.0)


@pytest.fixture(scope="session")
def client(api_settings, api_store) -> Iterator[TestClient]:
    """One app (one worker process) for the read-only tests of the session."""
    app = create_app(api_settings, api_store)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def rest_client(api_settings, api_store) -> Iterator[TestClient]:
    app = create_app(api_settings, api_store, workers=False)
    with TestClient(app) as test_client:
        yield test_client
