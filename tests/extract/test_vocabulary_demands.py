"""A body's demand that a platform end or change a practice is an order (issue 3: orders worded
as demands, "Elle exige aussi que Meta mette fin au modèle"); a demand by anyone else, or that a
body act, is no step. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)
FINE = "La Commission a infligé une amende de 200 millions d'euros à Meta."


@pytest.fixture
def orders(extractor, article_of):
    """(actor's last part, target's last part) of every order."""

    def run(*sentences: str) -> set[tuple[str | None, str | None]]:
        article = article_of("\n\n".join(sentences), "fr", published=PUBLISHED)
        return {(a.actor.split("/")[-1] if a.actor else None,
                 a.targets[0].split("/")[-1] if a.targets else None)
                for a in extractor.extract(article).actions if a.type == "order"}

    return run


@pytest.mark.parametrize(("demand", "target"), [
    ("Elle exige aussi que Meta mette fin au modèle payer ou consentir.", "meta"),
    ("Elle exige également que TikTok cesse de cibler les mineurs.", "tiktok"),
])
def test_authority_demanding_an_end_is_an_order(orders, demand: str, target: str) -> None:
    assert any(t == target and a for a, t in orders(FINE, demand))


@pytest.mark.parametrize("demand", [
    "Les associations exigent aussi que Meta mette fin au modèle.",
    "Meta exige également que la Commission retire sa décision.",
    "Les eurodéputés exigent désormais que la Commission mette fin à l'enquête.",
    "Elle pourrait exiger que Meta mette fin au modèle.",
])
def test_demand_by_others_or_of_a_body_is_no_order(orders, demand: str) -> None:
    assert not orders(FINE, demand)
