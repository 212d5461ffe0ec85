"""Regression tests for two lead fixes of session 6 (issue 3): a joint probe's partners are read
before an agent after "of"; asking a court is no call on the platform."""

from __future__ import annotations

import pytest


def test_joint_partners_before_the_agent_of_a_nominal_step(steps_in):
    # "... conducted with the privacy commissioners of Quebec, ..." gave Quebec's body only:
    # "of Quebec" was read as the probe's agent
    text = ("Joint probe\n\nTikTok is the subject of a joint investigation conducted with the "
            "privacy commissioners of Quebec, British Columbia and Alberta, the Office of the "
            "Privacy Commissioner of Canada said.")
    actors = {actor for _, actor, _ in steps_in(text, "en")}
    assert actors == {"authority/opc-canada", "authority/cai-quebec", "authority/oipc-bc",
                      "authority/oipc-alberta"}


@pytest.mark.parametrize("text", [
    "Le gouvernement a demandé au tribunal de suspendre Shein pour trois mois.",
    "Le procureur général du Texas a demandé à la justice d'interdire TikTok dans l'État.",
])
def test_asking_a_court_is_no_statement(steps_in, text):
    # Asking a court is the body's suit (guideline 4; session 10, test_s10_suits.py), never a
    # call, nor the suspension or ban it asks for.
    steps = steps_in(f"Titre\n\n{text}", "fr")
    assert {kind for kind, _, _ in steps} <= {"lawsuit"}
