"""Criticism is no lawsuit (issue 3, P5: false actions on tests/wide): "plusieurs responsables
de l'administration Trump ont dénoncé une attaque contre les entreprises américaines" gave a
lawsuit by the US government against X: the lexicon's verb cue "attaque" matched the noun
after "une". Invented sentences in the style of French reports. The fix is one cue of
data/patterns/lexicon.yaml: the verb cue does not follow an article or a possessive.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from regkg.extract.modality import FACTUAL_STATUSES
from regkg.models import Article

TEXAS = "authority/texas-attorney-general"


@pytest.fixture
def lawsuits(extractor):
    """lawsuits(text) -> {(actor, targets)} of the factual lawsuits of a French text."""

    def run(text: str) -> set[tuple[str | None, tuple[str, ...]]]:
        article = Article(id="test", text=text, title=text.splitlines()[0], outlet=None,
                          url=None, published=dt.date(2025, 6, 1), language="fr",
                          content_hash=hashlib.sha256(text.encode()).hexdigest())
        return {(a.actor, a.targets) for a in extractor.extract(article).actions
                if a.type == "lawsuit" and a.status in FACTUAL_STATUSES}

    return run


def test_regression_officials_denouncing_an_attack_sue_nobody(lawsuits):
    text = ("Bruxelles sanctionne X\n\nLa Commission européenne a infligé vendredi une amende de "
            "120 millions d'euros à X. À Washington, plusieurs responsables de l'administration "
            "Trump ont dénoncé une attaque contre les entreprises américaines et la liberté "
            "d'expression.\n")
    assert lawsuits(text) == set()


def test_a_government_denouncing_an_attack_aimed_at_meta_sues_nobody(lawsuits):
    text = ("Souveraineté\n\nLe gouvernement français a dénoncé une attaque contre la souveraineté "
            "numérique de l'Europe, visant Meta.\n")
    assert lawsuits(text) == set()


def test_the_verb_attaque_en_justice_stays_a_lawsuit(lawsuits):
    text = ("Procès\n\nLa procureure générale du Texas attaque TikTok en justice pour "
            "tromperie.\n")
    assert (TEXAS, ("service/tiktok",)) in lawsuits(text)
