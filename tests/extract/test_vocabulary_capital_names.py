"""Unknown companies written in capitals after a company noun (issue 3, L6):
regkg.extract.capital_names, the function a target reader can call where
`unknown_target_name` (which asks for a lower-case letter) finds no name."""

from __future__ import annotations

import pytest

from regkg.extract.capital_names import capitals_after_noun

NOT_NAMES = frozenset({"European", "Commission", "Court"})


@pytest.mark.parametrize(("text", "name"), [
    ("La CNIL a sanctionné la société KASPR d'une amende de 240 000 euros.", "KASPR"),
    ("The CNIL fined the company KASPR 240,000 euros.", "KASPR"),
    ("Europol said police had dismantled the operator SKY ECC.", "SKY ECC"),
    ("L'Arcom a mis en demeure l'éditeur du site, la société WEBGROUP CZECH, de se conformer.",
     "WEBGROUP CZECH"),
])
def test_a_name_in_capitals_after_a_company_noun_is_found(text, name):
    span = capitals_after_noun(text, 0, len(text), NOT_NAMES)
    assert span is not None and text[span[0]:span[1]] == name


@pytest.mark.parametrize("text", [
    # acronyms of laws and bodies, not after a company noun
    "La CNIL a sanctionné Google au titre du RGPD.",
    "The company breached the DSA, the Commission said.",
    # capitals that are not a name after the noun, or a plain name
    "The company EU rules apply to was fined.",
    "La société Kaspr a été sanctionnée.",
    # a capitalised word glued to lower case ("KASPRbot") is no name in capitals
    "the company KASPRbot was fined",
    # a word in capitals after a company noun that is a known non-name
    "the company EUROPEAN COMMISSION",
])
def test_no_name_in_capitals_elsewhere(text):
    assert capitals_after_noun(text, 0, len(text), NOT_NAMES | {"EUROPEAN", "COMMISSION"}) \
        is None


def test_the_search_keeps_to_its_window():
    text = "The CNIL fined the company KASPR."
    assert capitals_after_noun(text, 0, 20, NOT_NAMES) is None


@pytest.mark.parametrize(("text", "kind", "actor", "target"), [
    ("The CNIL fined the company KASPR 240,000 euros on Thursday for scraping contact details.",
     "fine", "authority/cnil", "organisation/kaspr"),
    ("Ofcom ordered the operator SKYVIDS to remove the material.",
     "order", "authority/ofcom", "organisation/skyvids"),
])
def test_regression_a_step_against_a_company_in_capitals_names_it(steps_in, text, kind, actor,
                                                                   target):
    """End to end, through names.unknown_target: 'the company KASPR' was refused as a target
    (unknown_target_name asks for a lower-case letter), so the step had none and was lost."""
    assert steps_in(f"Step\n\n{text}\n") == {(kind, actor, (target,))}


def test_an_acronym_of_a_law_after_a_company_noun_is_no_target(steps_in):
    assert steps_in("Rules\n\nThe Commission told the platform DSA obligations apply.\n") == set()
