"""Steps whose actor or jurisdiction comes from the article, not the sentence (issue 3):
findings whose subject is the probe, proceedings mentioned in passing, changes a platform agrees
to in answer to an authority, and 'the Commissioner' that is not the Commission. Invented
texts in the style of official releases."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.modality import FACTUAL_STATUSES

OPC, ICO, EC = "authority/opc-canada", "authority/ico", "authority/european-commission"
D = dt.date(2025, 9, 23)


@pytest.fixture
def facts(extractor, article_of):
    def run(text: str, language: str = "en") -> list[tuple[object, ...]]:
        actions = extractor.extract(article_of(text, language, D)).actions
        return [(a.type, a.actor, a.targets, a.jurisdiction)
                for a in actions if a.status in FACTUAL_STATUSES]

    return run


def test_regression_a_finding_whose_subject_is_the_investigation_has_the_release_body(facts):
    text = ("The Office of the Privacy Commissioner of Canada today released its findings. "
            "The investigation found that Aylo contravened the Privacy Act.")
    assert facts(text) == [("investigation", OPC, ("organisation/aylo",), "CA")]


def test_regression_french_finding_revealed_by_the_investigation(facts):
    text = ("Le Commissariat à la protection de la vie privée du Canada a publié ses conclusions. "
            "L'enquête a révélé que TikTok a enfreint la loi.")
    assert facts(text, "fr") == [("investigation", OPC, ("service/tiktok",), "CA")]


def test_a_finding_about_no_named_platform_stays_out(facts):
    text = ("The ICO published a report. The investigation found that many apps failed to "
            "protect children.")
    assert facts(text) == []


def test_regression_the_commissioner_is_not_the_european_commission(facts):
    alone = facts("The Commissioner concluded that Clearview AI violated privacy laws.")
    after_opc = facts("The OPC launched an investigation. The Commissioner concluded that "
                      "Clearview AI violated privacy laws.")
    assert alone == []
    assert after_opc == [("investigation", OPC, ("organisation/clearview-ai",), "CA")]


def test_regression_proceedings_mentioned_in_passing_are_the_release_bodys(facts):
    text = ("The Commission welcomed TikTok's decision. Following the proceedings opened on "
            "22 April, TikTok withdrew the programme.")
    assert facts(text) == [("investigation", EC, ("service/tiktok",), "EU")]


@pytest.mark.parametrize(("text", "language", "jurisdiction"), [
    ("The OPC found that TikTok's measures were inadequate. TikTok has agreed to strengthen its "
     "age assurance.", "en", "CA"),
    ("Le CPVP a conclu que TikTok n'avait pas protégé les enfants. En réponse, TikTok a accepté "
     "de renforcer ses mesures. TikTok s'est également engagée à informer les parents.", "fr",
     "CA"),
    ("The Commission fined TikTok. TikTok agreed to change its advertising repository.", "en",
     "EU"),
])
def test_regression_a_platform_agreeing_in_answer_to_an_authority_commits_once(
        facts, text, language, jurisdiction):
    commitments = [f for f in facts(text, language) if f[0] == "commitment"]
    assert commitments == [("commitment", "service/tiktok", ("service/tiktok",), jurisdiction)]


@pytest.mark.parametrize("text", [
    "TikTok has agreed to suspend its rewards programme.",
    "The Commission fined TikTok. TikTok agreed to pay a settlement to end the case.",
    "The Commission fined TikTok. Ofcom has agreed to share information with the Commission.",
    "The Commission fined TikTok. TikTok said it is committed to safety.",
])
def test_no_commitment_without_an_authority_answered_or_with_a_payment(facts, text):
    assert [f for f in facts(text) if f[0] == "commitment"] == []
