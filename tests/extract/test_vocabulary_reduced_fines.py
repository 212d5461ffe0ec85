"""A French fine told as a participle with its sum and its agent and no auxiliary ("Shein
sanctionné de 40 millions d'euros par la DGCCRF"), a form of news leads and briefs: the
lexicon's verbal fine cue (data/patterns/lexicon.yaml) asked for an auxiliary. Invented
sentences; possibilities and a company's reply stay out."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from regkg.extract.modality import FACTUAL_STATUSES
from regkg.models import Article


def _fines(extractor, body: str) -> set[tuple[str | None, tuple[str, ...]]]:
    text = f"Brève\n\n{body}\n"
    article = Article(id="test", text=text, title="Brève", outlet=None, url=None,
                      published=dt.date(2025, 9, 5), language="fr",
                      content_hash=hashlib.sha256(text.encode()).hexdigest())
    return {(a.actor, a.targets) for a in extractor.extract(article).actions
            if a.type == "fine" and a.status in FACTUAL_STATUSES}


@pytest.mark.parametrize("body", [
    "Shein sanctionné de 40 millions d'euros par la DGCCRF pour des promotions trompeuses.",
    "Google condamné d'une amende de 325 millions d'euros par la CNIL pour des cookies.",
])
def test_a_participle_with_its_sum_and_agent_is_a_fine(extractor, body):
    fines = _fines(extractor, body)
    assert len(fines) == 1 and next(iter(fines))[0] in {"authority/dgccrf", "authority/cnil"}


@pytest.mark.parametrize("body", [
    "Shein pourrait être sanctionné de 40 millions d'euros par la DGCCRF, selon des experts.",
    "Shein, qui conteste, affirme n'avoir jamais été sanctionné par la DGCCRF.",
])
def test_a_possible_or_denied_fine_is_none(extractor, body):
    assert _fines(extractor, body) == set()
