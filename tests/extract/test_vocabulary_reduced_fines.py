"""A French fine told as a participle with its sum and its agent and no auxiliary ("Shein
sanctionné de 40 millions d'euros par la DGCCRF"), a form of news leads and briefs: the
lexicon's verbal fine cue (data/patterns/lexicon.yaml) asked for an auxiliary. Invented
sentences; possibilities and a company's reply stay out."""

from __future__ import annotations

import pytest


def _fines(steps_in, body: str) -> set[tuple[object, ...]]:
    return {(actor, targets) for kind, actor, targets in steps_in(f"Brève\n\n{body}\n", "fr")
            if kind == "fine"}


@pytest.mark.parametrize("body", [
    "Shein sanctionné de 40 millions d'euros par la DGCCRF pour des promotions trompeuses.",
    "Google condamné d'une amende de 325 millions d'euros par la CNIL pour des cookies.",
])
def test_a_participle_with_its_sum_and_agent_is_a_fine(steps_in, body):
    fines = _fines(steps_in, body)
    assert len(fines) == 1 and next(iter(fines))[0] in {"authority/dgccrf", "authority/cnil"}


@pytest.mark.parametrize("body", [
    "Shein pourrait être sanctionné de 40 millions d'euros par la DGCCRF, selon des experts.",
    "Shein, qui conteste, affirme n'avoir jamais été sanctionné par la DGCCRF.",
])
def test_a_possible_or_denied_fine_is_none(steps_in, body):
    assert _fines(steps_in, body) == set()
