""""La Commission" followed by another country's adjective is that country's body, never the
European Commission ("la Commission coréenne du commerce équitable" had given the EU a fine of
Google: a wrong fact). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


def _actors(extractor, article_of, text: str) -> set[str | None]:
    article = article_of(text, "fr", published=PUBLISHED)
    return {a.actor.split("/")[-1] if a.actor else None
            for a in extractor.extract(article).actions}


@pytest.mark.parametrize("text", [
    "La Commission coréenne du commerce équitable a infligé une amende de 100 millions de "
    "dollars à Google.",
    "La Commission australienne de la concurrence a infligé une amende de 10 millions de "
    "dollars à Google.",
    "La Commission indienne de la concurrence a infligé une amende à Google. La Commission a "
    "aussi ordonné à Google de cesser ces pratiques.",
])
def test_a_national_commission_is_never_the_eus(extractor, article_of, text: str) -> None:
    assert "european-commission" not in _actors(extractor, article_of, text)


@pytest.mark.parametrize("text", [
    "La Commission européenne a infligé une amende de 10 millions d'euros à Google.",
    "La Commission a infligé une amende de 10 millions d'euros à Google.",
])
def test_the_eus_commission_keeps_its_short_name(extractor, article_of, text: str) -> None:
    assert "european-commission" in _actors(extractor, article_of, text)
