"""Sentence shapes that state no step of their own (extract/unstated.py; task P7): the false
actions of tests/blind 109 and tests/varied 304 and 305, and the classes they stand for, with
the steps beside them that must stay."""

from __future__ import annotations

import pytest

from regkg.extract.law_subjects import law_is_subject
from regkg.extract.unstated import hypothetical, without_fronted_clause

EC = "authority/european-commission"


def kinds(steps_in, text: str, language: str = "en") -> set[str]:
    return {kind for kind, _, _ in steps_in(f"Title\n\n{text}", language)}


def test_a_warning_told_as_the_consequence_of_an_order_is_that_order(steps_in):
    # tests/blind 109: the gold has one order ("its 'warning that the service could be
    # suspended' is part of the same order").
    text = ("On Wednesday, the Supreme Federal Court had given X 24 hours to appoint a new "
            "representative, warning that the service could be suspended.")
    assert kinds(steps_in, text) == {"order"}


@pytest.mark.parametrize("text", [
    "Ofcom warned Telegram on Monday that it could face fines.",
    "Ofcom has issued a formal warning to Telegram, which could face fines.",
])
def test_a_warning_of_its_own_is_still_a_warning(steps_in, text):
    assert "warning" in kinds(steps_in, text)


def test_a_body_told_to_make_sure_others_block_a_platform_does_not_block_it(steps_in):
    # tests/blind 109: Anatel implements the court's order; the gold has no block by Anatel.
    text = ("The judge instructed the national telecoms agency, Anatel, to make sure internet "
            "providers block access to the platform X within 24 hours.")
    assert all(actor != "authority/anatel" for _, actor, _ in steps_in(f"Title\n\n{text}"))


def test_what_a_law_bars_is_no_order(steps_in):
    # tests/varied 304: "an amendment ... that bars app market operators from forcing" gave
    # an order by the National Assembly.
    text = ("South Korea's National Assembly passed an amendment to the Telecommunications "
            "Business Act that bars Google and Apple from forcing developers to use their "
            "payment systems.")
    assert "order" not in kinds(steps_in, text)


def test_a_law_before_a_comma_is_an_adjunct_not_the_subject():
    text = "The European Commission, acting under the Digital Services Act, fined TikTok."
    assert not law_is_subject(text, text.index("fined"))
    text = "La loi interdit désormais aux plateformes de"
    assert law_is_subject(text, text.index("interdit"))


def test_a_final_finding_told_with_its_sanction_is_no_probe(steps_in):
    # tests/varied 305; guideline 4: an investigation covers "non-sanctioning final findings".
    text = ("The Japan Fair Trade Commission has found that Google violated the Antimonopoly "
            "Act and has ordered the company to cease the conduct.")
    assert kinds(steps_in, text) == {"order"}


@pytest.mark.parametrize("text", [
    "The Commission has preliminarily found that Meta breached the Digital Markets Act.",
    "Ofcom found that 4chan had failed to respond to an information request.",
])
def test_a_finding_alone_is_still_a_probe(steps_in, text):
    assert "investigation" in kinds(steps_in, text)


def test_a_fronted_concession_lends_its_modal_to_no_one():
    text = "Although the company said it would appeal, the DPC fined TikTok."
    blanked = without_fronted_clause(text, text.index("fined"))
    assert "would" not in blanked and len(blanked) == len(text)
    text = "If Meta fails to comply, the Commission may fine it."
    assert without_fronted_clause(text, text.index("fine")) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Will Brussels fine X over disinformation?", True),
    ("Bruxelles va-t-elle sanctionner X ?", True),
    ("Faut-il interdire TikTok ?", True),
    ("Had the Commission opened proceedings earlier, TikTok would have faced a fine.", True),
    ("Why did the CNIL fine Google?", False),
    ("Pourquoi la CNIL a-t-elle sanctionné Google ?", False),
    ("The Commission fined Apple.", False),
    ("May 2024 saw the Commission fine Apple.", False),
])
def test_questions_and_counterfactuals_state_nothing_done(text, expected):
    assert hypothetical(text) is expected


def test_what_a_suit_seeks_is_not_done(steps_in):
    text = "Meta has sued the Federal Trade Commission to block it from reopening a settlement."
    assert "block" not in kinds(steps_in, text)
    text = "X a saisi la justice pour faire suspendre la décision de l'Arcom."
    assert kinds(steps_in, text, "fr") <= {"lawsuit"}


def test_the_committee_of_inquiry_names_a_committee(steps_in):
    text = ("Le rapport de la commission d'enquête parlementaire recommande d'interdire TikTok "
            "aux mineurs.")
    assert steps_in(f"Title\n\n{text}", "fr") == set()


def test_an_open_question_is_considered(steps_in):
    text = "EU regulators are examining whether to open a formal investigation into Microsoft."
    assert steps_in(f"Title\n\n{text}") == set()
    text = "La Commission européenne cherche à déterminer si X a enfreint le DSA."
    assert "investigation" in kinds(steps_in, text, "fr")


@pytest.mark.parametrize(("text", "language"), [
    # tests/broad 702: the block is dated the Friday of the announcement
    ("Russia's communications watchdog Roskomnadzor said on Friday it would restrict access to "
     "Instagram nationwide.", "en"),
    ("Roskomnadzor a annoncé vendredi qu'il allait bloquer Instagram.", "fr"),
])
def test_a_decision_announced_on_a_day_is_taken(steps_in, text, language):
    assert "block" in kinds(steps_in, text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Ofcom said on Monday it would fine Telegram if it failed to comply.", "en"),
    ("The CNIL said on Monday it would carry out checks on Shein next year.", "en"),
    ("The regulator said it would consult later this year on its first interventions.", "en"),
    ("L'Arcom a indiqué lundi qu'elle allait mettre en demeure Telegram si la plateforme ne "
     "retirait pas les contenus.", "fr"),
])
def test_an_announced_step_left_open_is_no_step(steps_in, text, language):
    assert steps_in(f"Title\n\n{text}", language) == set()


def test_a_court_order_told_with_its_ruling_on_a_challenge_is_not_the_regulators(steps_in):
    # tests/broad 707: the tribunal's costs order on Meta's appeal was the FCCPC's order.
    text = ("The three-member panel held that the commission acted within its powers under the "
            "Federal Competition and Consumer Protection Act 2018 and ordered Meta to pay a "
            "further $35,000 to reimburse the cost of the investigation.")
    assert "order" not in kinds(steps_in, text)


def test_a_courts_own_order_is_still_a_step(steps_in):
    text = ("A justice of Brazil's Supreme Federal Court ordered the immediate suspension of X "
            "across the country.")
    assert "block" in kinds(steps_in, text)


def test_a_headline_metonym_gives_way_to_the_body_s_actor(steps_in):
    # "EU fines TikTok" headlines a fine the body gives to Ireland's DPC: one fine, the DPC's.
    text = ("EU fines TikTok €530 million over data transfers to China\n\nIreland's Data "
            "Protection Commission fined TikTok €530 million on Friday for transferring European "
            "users' data to China.")
    assert steps_in(text) == {("fine", "authority/irish-dpc", ("service/tiktok",))}


@pytest.mark.parametrize(("text", "language"), [
    ("L'Arcom a adressé un avertissement à Telegram lui enjoignant de retirer les contenus sous "
     "48 heures.", "fr"),
    ("Ofcom sent Telegram a warning letter ordering it to remove the content within 24 hours.",
     "en"),
])
def test_a_warning_whose_content_is_an_order_is_no_warning(steps_in, text, language):
    assert "warning" not in kinds(steps_in, text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("La CNIL a prononcé un avertissement à l'encontre de Google.", "fr"),
    ("The ICO issued a reprimand to TikTok requiring it to review its practices.", "en"),
])
def test_a_warning_or_a_reprimand_stays_a_warning(steps_in, text, language):
    assert "warning" in kinds(steps_in, text, language)
