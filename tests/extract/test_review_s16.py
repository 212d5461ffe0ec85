"""Wrong facts the session 16 review found (/tmp/s16/review.md, findings 3, 6, 8, 10), each
with a case that keeps the right result its mechanism was made for."""

from __future__ import annotations

import pytest


def _rows(gold_rows, text: str, language: str) -> list[tuple[object, ...]]:
    return [(t, j, target) for t, _, j, target in gold_rows(text, language)]


# --- finding 3: "the authorities" of an opening state or province are not the nation's -------
SUBDIVISION_AUTHORITIES = [
    ("In Texas, the authorities sued Meta over facial recognition.", "en"),
    ("In Quebec, the authorities fined Meta CAD 100,000.", "en"),
    ("En Californie, les autorités ont poursuivi Uber lundi.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), SUBDIVISION_AUTHORITIES)
def test_regression_subdivision_authorities_are_not_the_national_government(
        gold_rows, text, language) -> None:
    assert _rows(gold_rows, text, language) == []


@pytest.mark.parametrize(("text", "language", "row"), [
    ("In Cameroon, the authorities suspended TikTok.", "en", ("block", "CM", "TikTok")),
    ("Au Togo, les autorités avaient bloqué l'accès à TikTok.", "fr", ("block", "TG", "TikTok")),
])
def test_regression_country_authorities_stay_its_government(
        gold_rows, text, language, row) -> None:
    assert row in _rows(gold_rows, text, language)


# --- finding 6: a step told back in a member state, by another agent, or a complaint -------
@pytest.mark.parametrize(("text", "language"), [
    ("The European Commission fined Apple EUR 1.8 billion on Monday. Apple had been fined "
     "EUR 1.1 billion in France in 2020.", "en"),
    ("La Commission européenne a infligé lundi une amende de 1,8 milliard d'euros à Apple. "
     "Apple avait été condamné à une amende de 1,1 milliard d'euros en France en 2020.", "fr"),
])
def test_regression_told_back_step_in_a_member_state_is_not_the_commissions(
        gold_rows, text, language) -> None:
    assert _rows(gold_rows, text, language) == [("fine", "EU", "Apple")]


@pytest.mark.parametrize(("text", "language"), [
    ("The ICO welcomed the decision. Ofcom fined TikTok GBP 2 million on Monday. The "
     "investigation began with a complaint filed by parents in 2022.", "en"),
    ("L'ICO a salué la décision. L'Ofcom a infligé lundi une amende de 2 millions de livres à "
     "TikTok. L'enquête avait commencé par une plainte déposée par des parents en 2022.", "fr"),
])
def test_regression_told_back_complaint_by_others_is_not_the_bodys_step(
        gold_rows, text, language) -> None:
    assert _rows(gold_rows, text, language) == [("fine", "GB", "TikTok")]


def test_regression_told_back_keeps_the_bodys_earlier_step(gold_rows) -> None:
    text = ("The European Commission fined Apple EUR 1.8 billion on Monday. Apple had been sent "
            "a statement of objections in 2023.")
    assert ("investigation", "EU", "Apple") in _rows(gold_rows, text, "en")


# --- finding 8: a bare pronoun far from the names does not take the article's pair ---------
@pytest.mark.parametrize(("text", "language"), [
    ("Google and Amazon were named in a complaint by a consumer group. The group says cookies "
     "were placed without consent. Experts agree. Some sites have changed. Others have not. "
     "Consumer associations met on Monday. The CNIL ordered them to stop using the data.", "en"),
    ("Google et Amazon ont été visés par une plainte d'une association. Les cookies étaient "
     "déposés sans consentement. Les experts sont d'accord. Certains sites ont changé. D'autres "
     "non. Des associations de consommateurs se sont réunies lundi. La CNIL leur a ordonné de "
     "cesser d'utiliser les données.", "fr"),
])
def test_regression_bare_pronoun_does_not_take_the_articles_pair(
        gold_rows, text, language) -> None:
    assert _rows(gold_rows, text, language) == []


def test_regression_company_kind_description_takes_the_articles_pair(gold_rows) -> None:
    text = ("Shein and Temu sell cheap clothing across Europe. Both apps are hugely popular. What "
            "is the problem? Consumer groups say the sites mislead buyers. Their complaints piled "
            "up in 2023. On 28 May 2024 the European Commission sent the two businesses requests "
            "for information.")
    rows = set(_rows(gold_rows, text, "en"))
    assert {("request_for_information", "EU", "Shein"),
            ("request_for_information", "EU", "Temu")} <= rows


# --- finding 10: a body inside a list item headed by others is not listed -------------------
@pytest.mark.parametrize("text", [
    "Plusieurs régulateurs, dont certains partenaires de l'Arcom, ont mis en demeure Kick.",
    "Plusieurs régulateurs, dont des homologues de la CNIL, ont mis en demeure Kick.",
])
def test_regression_listed_body_must_head_its_item(gold_rows, text) -> None:
    assert _rows(gold_rows, text, "fr") == []


def test_regression_listed_bodies_heading_their_items_stay(gold_rows) -> None:
    text = "Plusieurs régulateurs, dont l'Arcom et la CNIL, ont mis en demeure Kick."
    assert set(_rows(gold_rows, text, "fr")) == {("order", "FR", "Kick.com")}
    assert len(_rows(gold_rows, text, "fr")) == 2
