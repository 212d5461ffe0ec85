"""A step named as what someone asks for has not been taken (issue 3, P5: false actions on
tests/wide): the headline "l'État réclame en justice la suspension de la plateforme, Bruxelles
exige des explications" gave a block of Shein by the Commission. Invented sentences in the
style of wire reports, English and French; the negative cases are steps taken, and the demands
that are steps themselves (a request for information, an order to the platform).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from regkg.extract.modality import FACTUAL_STATUSES, asked_for
from regkg.models import Article

D = dt.date(2025, 6, 1)


@pytest.fixture
def kinds(extractor):
    """kinds(text, language) -> {type} of the factual steps."""

    def run(text: str, language: str = "en") -> set[str]:
        article = Article(id="test", text=text, title=text.splitlines()[0], outlet=None,
                          url=None, published=D, language=language,
                          content_hash=hashlib.sha256(text.encode()).hexdigest())
        return {a.type for a in extractor.extract(article).actions
                if a.status in FACTUAL_STATUSES}

    return run


@pytest.mark.parametrize("text, noun", [
    ("l'État réclame en justice la suspension de la plateforme", "suspension"),
    ("le ministre a demandé au tribunal la suspension du site", "suspension"),
    ("plusieurs députés demandent l'ouverture d'une enquête sur Temu", "enquête"),
    ("the state is seeking a ban on the app", "ban"),
    ("campaigners called for a fine proportionate to the harm", "fine"),
    ("MPs pressed for the opening of an investigation into X", "investigation"),
    ("The ACCC asked the court for penalties against Google", "penalties"),
    ("campaigners call for fines on the platform", "fines"),
])
def test_a_step_asked_for_is_not_taken(text, noun):
    assert asked_for(text, text.index(noun))


@pytest.mark.parametrize("text, noun", [
    ("eSafety sought an injunction against X", "injunction"),
    ("The FTC asked the federal court for an injunction against X", "injunction"),
    ("L'Arcom a demandé au juge une injonction contre Pornhub", "injonction"),
])
def test_an_order_sought_from_a_court_is_not_given(text, noun):
    assert asked_for(text, text.index(noun), "order")


@pytest.mark.parametrize("text, noun, kind", [
    ("The European Commission demanded the removal of the posts", "removal", "order"),
    ("La Commission a exigé le retrait des contenus", "retrait", "order"),
    ("La Commission a demandé des informations à Temu", "informations",
     "request_for_information"),
])
def test_a_demand_that_is_the_step_itself_stays(text, noun, kind):
    assert not asked_for(text, text.index(noun), kind)


@pytest.mark.parametrize("text, noun", [
    ("the court granted the suspension of the site", "suspension"),
    ("À la demande du parquet, le tribunal a ordonné le blocage du site", "blocage"),
    ("The Commission opened an investigation into Temu", "investigation"),
    ("The regulator, which had requested information in May, imposed a fine", "fine"),
    ("Ofcom launched an urgent investigation into X", "investigation"),
    ("Ofcom opened a requested investigation into X", "investigation"),
])
def test_a_step_taken_is_not_asked_for(text, noun):
    assert not asked_for(text, text.index(noun))


def test_regression_a_suspension_the_state_asks_a_court_for_is_no_block(kinds):
    text = ("Shein : l'État réclame en justice la suspension de la plateforme, Bruxelles exige "
            "des explications\n\nLe tribunal examinera la demande mercredi.\n")
    assert "block" not in kinds(text, "fr")


def test_a_ban_a_state_seeks_in_court_is_no_block(kinds):
    text = ("Ban sought\n\nThe Texas attorney general is seeking a ban on TikTok in a lawsuit "
            "filed on Monday.\n")
    assert "block" not in kinds(text)


def test_a_suspension_ordered_stays_a_block(kinds):
    text = ("Suspension\n\nLe gouvernement français a obtenu mardi la suspension de "
            "Shein pour trois mois.\n")
    assert "block" in kinds(text, "fr")


def test_regression_an_injunction_asked_of_the_judge_is_no_order(kinds):
    text = ("Pornhub\n\nL'Arcom a demandé lundi au juge une injonction contre Pornhub.\n")
    assert "order" not in kinds(text, "fr")


def test_explanations_demanded_stay_a_request_for_information(kinds):
    text = ("Temu\n\nLa Commission européenne a exigé mardi des explications de Temu sur les "
            "produits illicites vendus sur son site.\n")
    assert "request_for_information" in kinds(text, "fr")
