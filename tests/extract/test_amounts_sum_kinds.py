"""What a sum paid says about the step (issue 3, M7): a daily sum that accrues while the
company does not comply is a warning (the stated consequence, tests/wide/README.md and the
gold of varied 307 and 309), not a fine; a sum paid back to consumers with no penalty named is
an order to refund (blind 102), not a fine. Invented sentences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

PUBLISHED = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def steps(extractor, article_of):
    def run(body: str, language: str = "en") -> set[tuple[str, str | None, object]]:
        text = f"Update\n\n{body}\n"
        article = article_of(text, language, PUBLISHED, "Update")
        return {(a.type, a.targets[0].split("/")[-1] if a.targets else None,
                 None if a.amount is None else (a.amount.amount, a.amount.currency))
                for a in extractor.extract(article).actions}
    return run


@pytest.mark.parametrize("body", [
    "Brazil's Supreme Federal Court ordered X to appoint a legal representative within 24 "
    "hours, under a daily fine of R$50,000.",
    "Brazil's Supreme Federal Court ordered Rumble to appoint a representative, under "
    "penalty of a daily fine of 50,000 reais.",
])
def test_a_daily_fine_beside_an_order_is_a_warning(steps, body) -> None:
    found = steps(body)
    assert not any(kind == "fine" for kind, _, _ in found)
    assert any(kind == "warning" and amount == (Decimal(50_000), "BRL")
               for kind, _, amount in found)
    assert any(kind == "order" for kind, _, _ in found)


@pytest.mark.parametrize("body", [
    "The Federal Trade Commission ordered Epic Games to pay $245 million in refunds to "
    "consumers.",
    "The Federal Trade Commission ordered Epic Games to pay $245 million to refund consumers.",
])
def test_a_sum_to_refund_is_an_order(steps, body) -> None:
    assert steps(body) == {("order", "epic-games", (Decimal(245_000_000), "USD"))}


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The Federal Trade Commission ordered Epic Games to pay a civil penalty of $275 million.",
     "en", ("fine", "epic-games", (Decimal(275_000_000), "USD"))),
    ("The Federal Trade Commission fined Amazon $25 million, and Amazon will also pay $5.8 "
     "million in refunds to customers.", "en",
     ("fine", "amazon", (Decimal(25_000_000), "USD"))),
    ("La DGCCRF a infligé une amende de 40 millions d'euros à Shein, qui devra en outre "
     "rembourser 3 millions d'euros aux consommateurs.", "fr",
     ("fine", "shein", (Decimal(40_000_000), "EUR"))),
    ("The Italian competition authority fined Meta €3.5 million on Tuesday.", "en",
     ("fine", "meta", (Decimal(3_500_000), "EUR"))),
])
def test_a_penalty_stays_a_fine(steps, body, language, expected) -> None:
    assert expected in steps(body, language)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("La Commission européenne a infligé une amende à Meta. Celle-ci s'élève à 797,72 "
     "millions d'euros.", "fr", ("fine", "meta", (Decimal("797720000"), "EUR"))),
    ("The Irish Data Protection Commission fined TikTok on Friday. It amounts to €530 "
     "million.", "en", ("fine", "tiktok", (Decimal(530_000_000), "EUR"))),
])
def test_the_next_sentence_states_the_sum_with_a_pronoun(steps, body, language,
                                                        expected) -> None:
    assert expected in steps(body, language)


def test_a_daily_fine_imposed_outright_stays_a_fine(steps) -> None:
    """Only a daily sum set as the consequence of not complying ("under", "sous astreinte")
    is a warning (regression: test_actors_named_agents' "a infligé à Google une amende de
    100 000 euros par jour de retard" had become a warning)."""
    found = steps("La CNIL a infligé à Google une amende de 100 000 euros par jour de retard.",
                  "fr")
    assert {kind for kind, _, _ in found} == {"fine"}
