"""A step in a relative clause on a court is the court's (issue 3, A9; tests/sweep 805): "Data
Commissioner Immaculate Kassait then went to the High Court, which granted her office orders
stopping Tools for Humanity" gave an order by the body named in the sentence before, a wrong
fact; court steps on an authority's application are not annotated. Cases written with their
expected (type, actor, jurisdiction, target) before the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
CASES = [
    ("en", ["The Communications Authority of Kenya said it was examining the project.",
            "Data Commissioner Immaculate Kassait then went to the High Court, which granted her "
            "office orders stopping Tools for Humanity, the company behind the project, from "
            "collecting any further data from Kenyans."], set()),
    # (the body's own step is its suit, against the platform the court's relief names: s19,
    # as the gold of cold 953 "went to the Federal Court, which granted an interim injunction
    # ordering X to hide the posts": suit_defendants.py; the court's order stays unannotated)
    ("en", ["Ofcom opened an investigation into 4chan in January.",
            "Ofcom then went to the High Court, which ordered 4chan to stop."],
     {("investigation", "Ofcom", "GB", "4chan"), ("lawsuit", "Ofcom", "GB", "4chan")}),
    ("fr", ["L'Arcom a saisi le tribunal judiciaire de Paris, qui a ordonné mardi le blocage "
            "de X."],
     {("lawsuit", "Arcom", "FR", "X")}),
    # a relative clause on a body keeps the body's steps
    ("en", ["The Commission, which fined Google in 2018, opened a new investigation into Apple "
            "on Monday."],
     {("fine", "European Commission", "EU", "Google"),
      ("investigation", "European Commission", "EU", "Apple")}),
    ("fr", ["La CNIL, qui a infligé une amende à Google en 2021, a ouvert lundi une enquête sur "
            "Apple."],
     {("fine", "CNIL", "FR", "Google"), ("investigation", "CNIL", "FR", "Apple")}),
]


@pytest.mark.parametrize(("language", "sentences", "expected"), CASES)
def test_court_relative_steps(extractor: Extractor, reference: Reference, article_of,
                              language: str, sentences: list[str], expected: set[tuple]):
    text = "Titre\n\n" + "".join(s + "\n\n" for s in sentences)
    found = to_gold(extractor.extract(article_of(text, language, D, "Titre")),
                    reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected
