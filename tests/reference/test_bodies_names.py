"""Names and descriptions of bodies beyond Europe and North America that French and English
newspapers use ("la répression des fraudes", "la Commission de protection des informations
personnelles de Corée", "Pakistan's telecoms regulator"), and capitals standing for the
governments the reference holds ("Ankara", "Ottawa"): issue 3, R6. Invented sentences."""

from __future__ import annotations

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.gazetteer import Gazetteer

from .conftest import actions_of


def authorities(gazetteer: Gazetteer, text: str, language: str) -> list[str]:
    return [m.key for m in gazetteer.find(text, language) if m.key.startswith("authority/")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La répression des fraudes a infligé une amende à Shein.", "fr", "authority/dgccrf"),
    ("Les services de la Répression des fraudes ont contrôlé Temu.", "fr", "authority/dgccrf"),
    ("La Commission de protection des informations personnelles de Corée a sanctionné Meta.",
     "fr", "authority/pipc"),
    ("La Commission de protection des informations personnelles du Japon a averti OpenAI.",
     "fr", "authority/japan-ppc"),
    ("Le tribunal Taganski de Moscou a condamné Google.", "fr", "authority/tagansky-court"),
    ("Le régulateur brésilien des télécoms a bloqué X.", "fr", "authority/anatel"),
    ("Le gendarme russe des télécommunications a ralenti YouTube.", "fr",
     "authority/roskomnadzor"),
    ("Russia's telecoms regulator restricted calls on WhatsApp.", "en", "authority/roskomnadzor"),
    ("Pakistan Telecom Authority blocked X.", "en", "authority/pta"),
    ("Bangladesh's telecoms regulator ordered operators to block Facebook.", "en",
     "authority/btrc"),
    ("Kenya's communications regulator suspended Telegram.", "en",
     "authority/communications-authority-of-kenya"),
    ("South Africa's communications regulator fined MTN.", "en", "authority/icasa"),
    ("Le régulateur turc de l'audiovisuel a sanctionné Netflix.", "fr", "authority/rtuk"),
    ("Vietnam's information ministry ordered Telegram blocked.", "en",
     "authority/vietnam-ministry-of-information-and-communications"),
])
def test_regression_a_newspapers_name_links_the_body(gazetteer: Gazetteer, text: str,
                                                     language: str, expected: str):
    assert authorities(gazetteer, text, language) == [expected]


@pytest.mark.parametrize(("text", "language"), [
    # The descriptive French name stays French; a complement makes it another thing.
    ("The répression des fraudes is a French phrase.", "en"),
    ("La Commission de protection des informations personnelles a été créée en 2011.", "fr"),
])
def test_names_link_nothing_out_of_place(gazetteer: Gazetteer, text: str, language: str):
    assert authorities(gazetteer, text, language) == []


@pytest.mark.parametrize(("text", "language", "government"), [
    ("Ankara a bloqué l'accès à Instagram.", "fr", "authority/turkish-government"),
    ("Brasília ordered X to appoint a legal representative.", "en",
     "authority/brazilian-government"),
    ("Canberra has banned TikTok from government devices.", "en",
     "authority/australian-government"),
    ("Ottawa ordered TikTok to wind up its Canadian business.", "en",
     "authority/government-of-canada"),
])
def test_regression_a_capital_acts_for_its_government(extractor: Extractor, text: str,
                                                      language: str, government: str):
    assert [a.actor for a in actions_of(extractor, text, language)] == [government]


@pytest.mark.parametrize(("text", "language"), [
    # a place, not an actor; a capital whose government the reference does not hold
    ("Le réseau social a été bloqué à Ankara par un tribunal.", "fr"),
    ("Tokyo has ordered LINE Yahoo to review its data handling.", "en"),
])
def test_a_capital_in_a_place_or_of_an_unknown_government_acts_for_nobody(
        extractor: Extractor, text: str, language: str):
    assert [a.actor for a in actions_of(extractor, text, language) if a.actor] == []
