"""The domain table of data/patterns/actions.yaml (`domain_regulators.bodies`: "Italy's
competition authority", "le régulateur sud-coréen de la vie privée") against the reference:
every body it names exists, acts in the country it is filed under, and a ministry domain holds
ministries only; every country it files has a country word (`demonyms`) to be named by."""

from __future__ import annotations

from pathlib import Path

import pytest

from regkg.extract.patterns import Patterns, load_patterns
from regkg.reference import Reference

DATA = Path(__file__).resolve().parents[2] / "data"
# Countries the descriptions never name by a word of their own: "South Africa's" reads
# "Africa", which may be the continent; Liechtenstein is not worth the word.
UNNAMED = {"ZA", "LI"}


@pytest.fixture(scope="module")
def patterns() -> Patterns:
    return load_patterns(DATA / "patterns")


def test_every_body_of_the_table_is_the_countrys(patterns: Patterns, reference: Reference):
    wrong = [(domain, code, key) for domain, bodies in patterns.domain_bodies.items()
             for code, key in bodies.items()
             if (entity := reference.get(key)) is None or entity.jurisdiction != code]
    assert wrong == []


def test_a_ministry_domain_holds_governments_only(patterns: Patterns, reference: Reference):
    bodies = patterns.domain_bodies["digital_ministry"]
    assert all("Government" in reference.get(key).classes for key in bodies.values())


def test_every_country_of_the_table_has_a_word(patterns: Patterns):
    codes = {code for bodies in patterns.domain_bodies.values() for code in bodies}
    assert codes - set(patterns.demonyms.values()) - UNNAMED == set()


@pytest.mark.parametrize(("domain", "code", "key"), [
    # the gaps issue 3 found (R6)
    ("privacy", "KR", "authority/pipc"),
    ("privacy", "JP", "authority/japan-ppc"),
    ("privacy", "NG", "authority/ndpc"),
    ("competition", "IT", "authority/agcm"),
])
def test_regression_the_gaps_are_filled(patterns: Patterns, domain: str, code: str, key: str):
    assert patterns.domain_bodies[domain][code] == key


def test_telecoms_are_not_a_media_body_of_another_trade(patterns: Patterns):
    """France's telecoms regulator is Arcep, not Arcom; Ireland's is ComReg, not its media
    commission; Pakistan's media regulator is PEMRA, not the PTA."""
    telecoms, media = patterns.domain_bodies["telecoms"], patterns.domain_bodies["media"]
    assert telecoms.get("FR") in (None, "authority/arcep")
    assert "IE" not in telecoms and "PK" not in media
