"""A country word describing a body is not the country acting (issue 3, N6,
country_bodies.py). Invented sentences in the style of wire reports."""

from __future__ import annotations

import pytest

OFCOM, CNIL = "authority/ofcom", "authority/cnil"
FOURCHAN = "service/4chan"


def test_regression_the_uk_regulator_is_the_regulator_named_before_not_the_government(steps_in):
    text = ("Titre\n\nOfcom published its decision on Tuesday. The UK regulator also fined 4chan "
            "£20,000.\n")
    found = steps_in(text)
    assert ("fine", OFCOM, (FOURCHAN,)) in found
    assert not any(actor == "jurisdiction/GB" or (actor or "").startswith("government")
                   for _, actor, _ in found)


@pytest.mark.parametrize("text", [
    "The UK regulator fined 4chan £20,000 on Monday.",
    "Ofcom, the UK regulator, fined 4chan £20,000 on Monday.",
    "Britain's media regulator fined 4chan £20,000 on Monday.",
])
def test_a_described_uk_regulator_is_ofcom(steps_in, text):
    assert steps_in("Titre\n\n" + text + "\n") == {("fine", OFCOM, (FOURCHAN,))}


def test_the_country_acting_itself_stays_its_government(steps_in):
    # "The UK fined ...": no body's head after the country, the country acts.
    found = steps_in("Titre\n\nThe UK government fined 4chan £20,000 on Monday.\n")
    assert found and all(actor != OFCOM for _, actor, _ in found)
