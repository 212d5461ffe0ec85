"""A dateline's city is where the story was filed, never the body that acts (session 20
probe: "BRUXELLES - Le gouvernement a interdit ..." gave the Belgian ban to the Commission,
read on "BRUXELLES" as its metonym). The city names a body anywhere else in the text."""

from __future__ import annotations

import pytest


def _rows(gold_rows, text: str, language: str) -> list[tuple[object, ...]]:
    return [(t, actor, j, target) for t, actor, j, target in gold_rows(text, language)]


@pytest.mark.parametrize(("text", "language"), [
    ("BRUXELLES - Le gouvernement a interdit vendredi l'application TikTok sur les "
     "smartphones de service de ses agents.", "fr"),
    ("BRUXELLES, 10 mars - Meta a été condamnée vendredi à une amende de 10 millions "
     "d'euros.", "fr"),
    ("BRUSSELS, March 10 (Reuters) - Meta was fined 10 million euros on Friday.", "en"),
])
def test_regression_dateline_city_is_no_actor(gold_rows, text, language) -> None:
    assert all(actor != "European Commission" for _, actor, _, _ in _rows(gold_rows, text,
                                                                         language))


@pytest.mark.parametrize(("text", "language", "row"), [
    ("BRUXELLES - La Commission européenne a infligé vendredi une amende de 10 millions "
     "d'euros à Meta.", "fr", ("fine", "European Commission", "EU", "Meta")),
    ("WASHINGTON, March 10 (Reuters) - The Justice Department sued TikTok on Friday.", "en",
     ("lawsuit", "US Department of Justice", "US", "TikTok")),
    ("Washington ordered ByteDance on Friday to sell TikTok.", "en",
     ("order", "US government", "US", "ByteDance")),
    ("Bruxelles a infligé vendredi une amende de 10 millions d'euros à Meta.", "fr",
     ("fine", "European Commission", "EU", "Meta")),
])
def test_body_named_after_a_dateline_or_city_as_metonym_outside_one(
        gold_rows, text, language, row) -> None:
    assert row in _rows(gold_rows, text, language)
