"""A headline's step is dropped only when the body restates it: a body step with no actor
("Turkish courts also imposed a string of smaller fines on foreign platforms") restates no
headline step, so "Istanbul court fines Google" keeps its fine on Google (issue 3, s18: gale
1127, the headline's court fine on Google was lost to the body's record of other fines).
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

CASES = [
    ("en", "Istanbul court fines Google 10 million lira",
     "The ruling is the latest in a series. Turkish courts also imposed a string of smaller "
     "fines on foreign platforms earlier this year.", ("fine", "TR", "Google")),
    ("en", "Moscow court fines Apple",
     "The decision follows others. Russian courts also fined several foreign platforms last "
     "month.", ("fine", "RU", "Apple")),
]


@pytest.mark.parametrize(("language", "title", "body", "expected"), CASES)
def test_a_body_step_with_no_actor_does_not_restate_the_headline(
        extractor, article_of, reference, language, title, body, expected) -> None:
    from regkg.extract.gold import to_gold
    article = article_of(f"{title}\n\n{body}", language, dt.date(2021, 12, 24), title)
    rows = to_gold(extractor.extract(article), reference)["actions"]
    assert expected in {(r["type"], r["jurisdiction"], r["target"]) for r in rows}


def test_a_body_step_of_the_same_body_still_overrules_the_headline(
        extractor, article_of, reference) -> None:
    from regkg.extract.gold import to_gold
    title = "Commission fines Meta"
    body = "The European Commission fined Meta 200 million euros on Friday."
    article = article_of(f"{title}\n\n{body}", "en", dt.date(2025, 3, 6), title)
    rows = to_gold(extractor.extract(article), reference)["actions"]
    assert [(r["type"], r["target"], r["evidence"]) for r in rows] == [("fine", "Meta", body)]
