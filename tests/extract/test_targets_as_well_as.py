"""A target added by "as well as" (issue 3, A9; tests/sweep 806): "opened market investigations
into whether Microsoft's Bing ..., as well as Apple's iMessage, should be covered" aims at both
companies, as "ainsi qu'à Apple" does in French; "as well as" before a verb or a lower-case
word adds none."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gold import to_gold
from regkg.reference import Reference

D = dt.date(2023, 3, 1)
EC = "European Commission"
CASES = [
    ("On the same day the Commission opened market investigations to examine whether "
     "Microsoft's Bing search engine, Edge browser and advertising service, as well as Apple's "
     "iMessage, should also be covered.",
     {("investigation", EC, "EU", "Microsoft"), ("investigation", EC, "EU", "Apple")}),
    ("The Commission opened investigations into Alphabet's Google Play as well as Apple's App "
     "Store on Monday.",
     {("investigation", EC, "EU", "Alphabet"), ("investigation", EC, "EU", "Apple")}),
    ("The CMA ordered Google to change its practices as well as paying a fine.",
     {("order", "Competition and Markets Authority", "GB", "Google")}),
    ("Ofcom fined 4chan, as well as warning other forums.", {("fine", "Ofcom", "GB", "4chan")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_as_well_as_targets(extractor: Extractor, reference: Reference, article_of,
                            sentence: str, expected: set[tuple]):
    found = to_gold(extractor.extract(article_of(f"Titre\n\n{sentence}\n\n", "en", D, "Titre")),
                    reference)["actions"]
    assert {(a["type"], a["actor"], a["jurisdiction"], a["target"]) for a in found} == expected
