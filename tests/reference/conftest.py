"""Reference fixtures shared by the breadth tests: loaded once per session."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gazetteer import Gazetteer
from regkg.models import Action, Article
from regkg.reference import Reference, load_reference

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference(DATA / "reference")


@pytest.fixture(scope="session")
def gazetteer(reference: Reference) -> Gazetteer:
    return Gazetteer(reference)


@pytest.fixture(scope="session")
def extractor(reference: Reference) -> Extractor:
    return Extractor(reference, DATA / "patterns")


def actions_of(extractor: Extractor, text: str, language: str) -> tuple[Action, ...]:
    """The actions of one invented sentence, published on 4 March 2025."""
    article = Article(id="breadth", text=text, title=None, outlet=None, url=None,
                      published=dt.date(2025, 3, 4), language=language,
                      content_hash=hashlib.sha256(text.encode()).hexdigest())
    return extractor.extract(article).actions
