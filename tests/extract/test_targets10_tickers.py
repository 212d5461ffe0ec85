"""A wire's stock ticker between two names of one company group (issue 3, task T10, point 1):
"Alphabet (GOOGL.O) unit Google", "Alphabet's (GOOGL.O) Google" name Google, as they do without
the ticker; the parenthesis had hidden the relation and both Alphabet and Google were fined.
Tickers after two rivals keep both. Invented sentences in Reuters' style."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The European Commission fined Alphabet (GOOGL.O) unit Google 2.4 billion euros on Tuesday.",
    "The European Commission fined Alphabet's (GOOGL.O) Google 2.4 billion euros on Tuesday.",
])
def test_ticker_between_a_group_and_its_unit(step_targets, text: str) -> None:
    assert step_targets(text, "en") == {("fine", "google")}


def test_tickers_after_rivals_keep_both(step_targets) -> None:
    text = "The European Commission fined Apple (AAPL.O) and Meta (META.O) on Monday."
    assert step_targets(text, "en") == {("fine", "apple"), ("fine", "meta")}
