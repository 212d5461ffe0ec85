"""A platform agreeing to pay or to appeal changes no conduct: no commitment (commitments.py;
task P7). The company trigger's guard "accepté de(?!payer)" let "de payer" through when the
lookahead met the space."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "language"), [
    ("Titre\n\nLa DGCCRF a infligé une amende à Shein en 2024.\n\nShein a accepté de payer "
     "10 millions d'euros pour clore une action collective de consommateurs.", "fr"),
    ("Titre\n\nLa CNIL a ouvert une enquête sur Criteo.\n\nCriteo a accepté de verser "
     "5 millions d'euros à une association.", "fr"),
])
def test_agreeing_to_pay_is_no_commitment(steps_in, text, language):
    assert "commitment" not in {kind for kind, _, _ in steps_in(text, language)}


def test_agreeing_to_change_is_still_a_commitment(steps_in):
    text = ("Titre\n\nLa Commission européenne a ouvert une procédure contre AliExpress.\n\n"
            "AliExpress a accepté de modifier ses pratiques de recommandation.")
    assert "commitment" in {kind for kind, _, _ in steps_in(text, "fr")}
