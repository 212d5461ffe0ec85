"""A step told as like one reported before takes its target (issue 3, A7; target_similar.py):
"Les commissaires ... de la Colombie-Britannique et de l'Alberta ont rendu des ordonnances au
contenu semblable le même jour" are orders on Clearview AI, as tests/broad 712 reports them.
Invented sentences in the style of the Quebec press and of wire copy."""

from __future__ import annotations

import datetime as dt

D = dt.date(2025, 5, 1)
CLEARVIEW = ("organisation/clearview-ai",)
BC, AB = "authority/oipc-bc", "authority/oipc-alberta"


def test_regression_french_orders_au_contenu_semblable_take_the_earlier_target(steps_in):
    text = ("Clearview\n\nLa Commission d'accès à l'information du Québec a ordonné à Clearview "
            "AI de détruire les images. Les commissaires à l'information et à la protection de "
            "la vie privée de la Colombie-Britannique et de l'Alberta ont rendu des ordonnances "
            "au contenu semblable le même jour.\n")
    found = steps_in(text, "fr", D)
    assert {("order", BC, CLEARVIEW), ("order", AB, CLEARVIEW)} <= found


def test_regression_english_similar_orders_take_the_earlier_target(steps_in):
    text = ("Clearview\n\nThe Commission d'accès à l'information du Québec ordered Clearview AI "
            "to delete the images.\n\nThe British Columbia and Alberta privacy commissioners "
            "issued similar orders the same day.\n")
    found = steps_in(text, "en", D)
    assert {("order", BC, CLEARVIEW), ("order", AB, CLEARVIEW)} <= found


def test_two_earlier_targets_are_no_guess(steps_in):
    text = ("CNIL\n\nThe CNIL fined Google €150 million and Facebook €60 million.\n\nThe Dutch "
            "regulator imposed a similar fine on Monday.\n")
    found = steps_in(text, "en", D)
    assert not any(s[1] == "authority/dutch-dpa" for s in found)


def test_without_similar_no_target_is_carried_over(steps_in):
    text = ("Clearview\n\nThe Commission d'accès à l'information du Québec ordered Clearview AI "
            "to delete the images.\n\nThe British Columbia and Alberta privacy commissioners "
            "issued orders against a data broker the same day.\n")
    found = steps_in(text, "en", D)
    assert not any(s[1] in (BC, AB) for s in found)
