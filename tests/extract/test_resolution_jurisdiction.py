"""The jurisdiction of a step is its actor's, not that of a place named in passing: a national
body acting as the EU's lead regulator acts for its country; a place named in the complement
is no actor (issue 3). Invented sentences in the style of regulators' releases and news."""

from __future__ import annotations

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

DPC, EC, TIKTOK = "authority/irish-dpc", "authority/european-commission", "service/tiktok"


@pytest.fixture
def steps(extractor, article_of):
    def run(text: str, language: str = "en") -> list[tuple[object, ...]]:
        actions = extractor.extract(article_of(text, language)).actions
        return sorted((a.type, a.actor, a.targets, a.jurisdiction)
                      for a in actions if a.status in FACTUAL_STATUSES)

    return run


@pytest.mark.parametrize(("text", "language"), [
    ("The Irish Data Protection Commission, acting as lead EU regulator, fined TikTok "
     "€530 million.", "en"),
    ("The Irish Data Protection Commission, as lead supervisory authority in the EU, fined "
     "TikTok €530 million.", "en"),
    ("La Commission irlandaise de protection des données (DPC), en tant qu'autorité chef de "
     "file dans l'UE, a infligé une amende à TikTok.", "fr"),
])
def test_regression_a_national_body_acting_as_lead_eu_regulator_acts_for_its_country(
        steps, text, language):
    assert steps(text, language) == [("fine", DPC, (TIKTOK,), "IE")]


def test_the_eu_named_as_the_subject_still_acts(steps):
    text = "The European Commission, acting under the Digital Services Act, fined TikTok."
    assert steps(text) == [("fine", EC, (TIKTOK,), "EU")]


def test_a_place_named_after_the_step_is_not_its_jurisdiction(steps):
    text = "The European Commission fined Apple €1.8 billion over its App Store in the Netherlands."
    assert steps(text) == [("fine", EC, ("organisation/apple",), "EU")]


@pytest.mark.parametrize("text", [
    "Ofcom, the UK regulator, fined 4chan, a US-based forum, £20,000.",
    "Ofcom, the UK's online safety regulator, fined 4chan £20,000.",
])
def test_regression_a_country_describing_the_body_in_apposition_is_no_actor(steps, text):
    assert steps(text) == [("fine", "authority/ofcom", ("service/4chan",), "GB")]


def test_the_country_s_government_named_as_subject_still_acts(steps):
    assert steps("The UK government fined 4chan.") == [
        ("fine", "authority/uk-government", ("service/4chan",), "GB")]


@pytest.mark.parametrize(("text", "language"), [
    ("Le régulateur irlandais, la DPC, a infligé une amende à TikTok.", "fr"),
    ("The Irish regulator, the DPC, fined TikTok.", "en"),
])
def test_regression_a_described_body_in_apposition_to_its_name_is_one_actor(steps, text,
                                                                             language):
    assert steps(text, language) == [("fine", DPC, (TIKTOK,), "IE")]


def test_a_described_body_of_another_country_in_a_list_still_acts(steps):
    text = ("L'Arcom, le régulateur britannique et la CNIL ont adressé une demande "
            "d'informations à Kick.")
    assert [s[1] for s in steps(text, "fr")] == ["authority/arcom", "authority/cnil",
                                                 "authority/ofcom"]
