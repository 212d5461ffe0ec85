""""Outre l'amende, l'autorité a enjoint à Google ...": the order takes the day of the fine on
the same company even when that fine is dated by a later rule than the first same-decision pass
(tests/wide 509 lost the order's day once Shein's fine was found; session 6 regression test)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def dated(dated_steps):
    return dated_steps(dt.date(2025, 9, 4))


def test_order_besides_the_fine_takes_the_fine_day_after_another_company_fine(dated):
    text = ("La CNIL a rendu publiques, mercredi 3 septembre, deux décisions visant Google et "
            "Shein pour leur usage des traceurs.\n"
            "Le premier est sanctionné d'une amende de 325 millions d'euros pour des cookies "
            "déposés à la création des comptes Google.\n"
            "Le site de mode chinois écope, quant à lui, de 150 millions d'euros pour des "
            "cookies déposés trop tôt.\n"
            "Les deux décisions ont été prises en vertu de la loi Informatique et Libertés.\n"
            "Outre l'amende, l'autorité a enjoint à Google de mettre ses pratiques en conformité "
            "dans un délai de six mois.")
    found = dated(text, "fr", title="Cookies : la CNIL frappe Google et Shein")
    assert ("order", "google", "2025-09-03") in found
