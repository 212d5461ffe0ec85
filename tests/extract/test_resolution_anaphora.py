"""Descriptions that refer back to a body or a platform named earlier ("l'institution", "the
company", "aux sociétés"): resolved only when one referent fits (issue 3). Invented texts in
the style of regulators' releases and news reports."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

D = dt.date(2024, 7, 12)


@pytest.fixture
def facts(extractor, article_of):
    def run(text: str, language: str = "en") -> list[tuple[object, ...]]:
        actions = extractor.extract(article_of(text, language, D)).actions
        return sorted(((a.type, a.actor, a.targets, a.date.iso() if a.date else None)
                       for a in actions if a.status in FACTUAL_STATUSES), key=str)

    return run


EC, ARCOM, X = "authority/european-commission", "authority/arcom", "service/x"
PRELIMINARY = ("C'est la conclusion préliminaire à laquelle est parvenue l'institution, qui l'a "
               "notifiée vendredi à X dans le cadre de la procédure ouverte le 18 décembre 2023.")


def test_regression_l_institution_is_the_articles_one_body(facts):
    text = ("Le réseau social X enfreint les règles européennes, estime la Commission "
            "européenne. " + PRELIMINARY)
    assert ("investigation", EC, (X,), "2023-12-18") in facts(text, "fr")


def test_l_institution_after_two_bodies_is_nobody(facts):
    text = ("Le réseau social X enfreint les règles européennes, estime la Commission "
            "européenne. L'Arcom a salué cette étape. " + PRELIMINARY)
    assert [f for f in facts(text, "fr") if f[3] == "2023-12-18"] == []
