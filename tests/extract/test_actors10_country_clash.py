"""A body's name tied to another country is not that name's body of another country (issue 3,
R10, actor_country_clash.py): "Ghana's Data Protection Commission" is not Ireland's, "Portugal's
data protection authority CNPD" not Luxembourg's. Linking them made wrong facts (a step filed
under the wrong country). Invented sentences in the style of wire reports."""

from __future__ import annotations

import pytest

from regkg.extract.gazetteer import Gazetteer
from regkg.reference import Reference


@pytest.fixture(scope="module")
def gazetteer(reference: Reference) -> Gazetteer:
    return Gazetteer(reference)


def keys_in(gazetteer: Gazetteer, text: str, language: str = "en") -> set[str]:
    return {m.key for m in gazetteer.find(text, language)}


@pytest.mark.parametrize(("text", "foreign"), [
    ("Ghana's Data Protection Commission fined Meta on Monday.", "authority/irish-dpc"),
    ("The Data Protection Commission of Ghana fined Meta on Monday.", "authority/irish-dpc"),
    ("Portugal's data protection authority CNPD ordered Worldcoin to stop.",
     "authority/cnpd-luxembourg"),
    ("Portugal's data protection authority (CNPD) ordered Worldcoin to stop.",
     "authority/cnpd-luxembourg"),
])
def test_regression_a_body_named_with_another_country_is_not_that_countrys(gazetteer, text,
                                                                           foreign):
    assert foreign not in keys_in(gazetteer, text)


@pytest.mark.parametrize(("text", "language", "body"), [
    ("Ireland's Data Protection Commission fined Meta.", "en", "authority/irish-dpc"),
    ("The Data Protection Commission fined Meta.", "en", "authority/irish-dpc"),
    ("Britain's Ofcom fined 4chan.", "en", "authority/ofcom"),
    ("The US Federal Trade Commission sued Amazon.", "en", "authority/ftc"),
    ("Texas's attorney general sued Meta.", "en", "authority/texas-attorney-general"),
    ("Luxembourg's CNPD fined Amazon.", "en", "authority/cnpd-luxembourg"),
    ("La CNIL de France a infligé une amende à Google.", "fr", "authority/cnil"),
    # a place the body acts on, after a verb, is no qualifier of its name
    ("La CNIL vise des sites des Pays-Bas.", "fr", "authority/cnil"),
])
def test_a_body_named_with_its_own_country_or_none_stays(gazetteer, text, language, body):
    assert body in keys_in(gazetteer, text, language)


def test_regression_no_step_is_filed_under_the_wrong_country(steps_in):
    found = steps_in("Update\n\nGhana's Data Protection Commission fined Meta on Monday.\n")
    assert not any(actor == "authority/irish-dpc" for _, actor, _ in found)
