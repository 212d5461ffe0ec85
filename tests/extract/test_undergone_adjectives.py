"""An investigation undergone with an adjective on its noun (session 20 probe: "visée par une
nouvelle enquête de la Commission" gave nothing, "une enquête de la Commission" a step)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Meta a été visée jeudi par une nouvelle enquête de la Commission européenne.",
    "TikTok fait l'objet d'une enquête formelle de la Commission européenne.",
    "Meta a été visée jeudi par une enquête approfondie de l'Autorité de la concurrence.",
])
def test_investigation_with_an_adjective_is_undergone(gold_rows, text) -> None:
    assert [t for t, *_ in gold_rows(text, "fr")] == ["investigation"]


def test_trap_a_survey_cited_as_a_source_is_no_step(gold_rows) -> None:
    assert gold_rows("Selon une enquête de la Commission européenne publiée jeudi, les "
                     "plateformes protègent mal les mineurs.", "fr") == []
