"""Agents coordinated after a passive step's first (issue 3, A9; tests/sweep 815): "Grok was
blocked on Saturday by Komdigi and the MCMC" is a block by each body. Another occasion with its
own day between the agents ("puis dimanche par la MCMC") is not joined (the step's date would
be wrong for the second); a company after "and" is no agent. Cases written with their expected
(type, actor, jurisdiction, target) before the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
MCMC = "Malaysian Communications and Multimedia Commission"
CASES = [
    ("en", "Grok was blocked on Saturday by Komdigi and the MCMC.",
     {("block", "Komdigi", "ID", "Grok"), ("block", MCMC, "MY", "Grok")}),
    ("fr", "Grok a été bloqué samedi par Komdigi et par la MCMC.",
     {("block", "Komdigi", "ID", "Grok"), ("block", MCMC, "MY", "Grok")}),
    ("en", "Meta was fined on Monday by the CNIL and by the Dutch data protection authority.",
     {("fine", "CNIL", "FR", "Meta"), ("fine", "Dutch Data Protection Authority", "NL", "Meta")}),
    ("fr", "L'accès à Grok a été bloqué samedi par Komdigi, puis dimanche par la MCMC.",
     {("block", "Komdigi", "ID", "Grok")}),
    ("en", "TikTok was fined by the Irish DPC and the company said it would appeal.",
     {("fine", "Data Protection Commission", "IE", "TikTok")}),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CASES)
def test_coordinated_agents(extractor: Extractor, reference: Reference, article_of,
                            language: str, sentence: str, expected: set[tuple]):
    found = to_gold(extractor.extract(article_of(f"Titre\n\n{sentence}\n\n", language, D,
                                                 "Titre")), reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected
