"""A body that asks a court for a measure has brought a suit; the measure is only its aim
(issue 3, session 10; corpus guideline: the authority going to court is a `lawsuit`).

"L'Arcom a saisi mardi le président du tribunal judiciaire de Paris afin qu'il ordonne aux
fournisseurs d'accès de bloquer X" had been read as Arcom's block of X: a wrong fact (nothing
was blocked yet). A day or date between the verb and the court ("a saisi le 8 mars le
tribunal") had also hidden the referral. An English request to a court yields no block either.
"""

from __future__ import annotations

import pytest

ARCOM, OFCOM = "authority/arcom", "authority/ofcom"
PORNHUB = ("service/pornhub",)

REFERRALS = [
    "L'Arcom a saisi mardi le président du tribunal judiciaire de Paris afin qu'il ordonne aux "
    "fournisseurs d'accès de bloquer Pornhub.",
    "L'Arcom a saisi le 8 mars le président du tribunal judiciaire de Paris afin qu'il ordonne "
    "le blocage de Pornhub.",
    "L'Arcom a saisi le tribunal judiciaire de Paris pour obtenir le blocage de Pornhub.",
    "L'Arcom a saisi la justice mardi pour que Pornhub soit bloqué.",
]


@pytest.mark.parametrize("text", REFERRALS, ids=range(len(REFERRALS)))
def test_regression_a_court_referral_is_a_suit_not_a_block(steps_in, text):
    steps = steps_in("Sites pornographiques\n\n" + text + "\n", "fr")
    assert ("lawsuit", ARCOM, PORNHUB) in steps
    assert not {s for s in steps if s[0] == "block"}


@pytest.mark.parametrize("text", [
    "Ofcom asked a court on Tuesday to order internet providers to block Pornhub.",
    "Ofcom asked a London court on Tuesday to block Pornhub.",
])
def test_regression_a_block_asked_of_a_court_is_no_block(steps_in, text):
    assert not {s for s in steps_in("Update\n\n" + text + "\n") if s[0] == "block"}


def test_a_body_asking_the_providers_still_blocks(steps_in):
    # The body's own order to the providers stays its block (P11).
    steps = steps_in("Update\n\nOfcom asked internet providers on Monday to block Pornhub.\n")
    assert ("block", OFCOM, PORNHUB) in steps
