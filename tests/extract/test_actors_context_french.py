"""A French description with no country of its own, in a paragraph about another country
(issue 3, A7; actor_abroad._paragraph_country, actor_context._state_attorney_fr): the French
default ("le gendarme de la vie privée" is the CNIL) would state a wrong fact when the
paragraph is about Ireland, Italy or Turkey. Invented sentences in the style of wire copy."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

D = dt.date(2025, 5, 1)
META, GOOGLE, SNAP = "organisation/meta", "organisation/google", "organisation/snap"


@pytest.fixture
def steps(steps_in):
    return functools.partial(steps_in, language="fr", published=D)


def test_regression_an_irish_paragraph_makes_the_privacy_watchdog_the_dpc(steps):
    found = steps("Irlande\n\nL'Irlande reste le principal juge de Meta en Europe. Le gendarme "
                  "de la vie privée a infligé une amende de 1,2 milliard d'euros à Meta.\n")
    assert found == {("fine", "authority/irish-dpc", (META,))}


def test_regression_an_italian_paragraph_is_not_the_french_competition_authority(steps):
    found = steps("Italie\n\nMeta est de nouveau dans le viseur de l'Italie. Le gendarme de la "
                  "concurrence a ouvert une enquête sur Meta.\n")
    assert found == {("investigation", "authority/agcm", (META,))}


def test_regression_a_turkish_paragraph_gives_turkeys_telecoms_body(steps):
    found = steps("Turquie\n\nLa Turquie durcit le ton contre les réseaux sociaux. L'autorité "
                  "des télécommunications a bloqué Instagram vendredi.\n")
    assert found == {("block", "authority/btk", ("service/instagram",))}


def test_regression_du_pays_is_the_country_named_last(steps):
    found = steps("Corée\n\nLa Corée du Sud s'attaque à Google.\n\nL'autorité de la concurrence "
                  "du pays a infligé une amende à Google.\n")
    assert found == {("fine", "authority/kftc", (GOOGLE,))}


def test_a_french_paragraph_keeps_the_french_default(steps):
    found = steps("CNIL\n\nLa CNIL enquête depuis deux ans. Le gendarme de la vie privée a "
                  "infligé une amende à Meta.\n")
    assert found == {("fine", "authority/cnil", (META,))}


def test_two_countries_in_the_paragraph_are_no_guess(steps):
    found = steps("Europe\n\nL'Irlande et l'Italie enquêtent sur Meta. Le gendarme de la vie "
                  "privée a infligé une amende à Meta.\n")
    assert not any(s[1] in ("authority/irish-dpc", "authority/garante") for s in found)


def test_regression_le_procureur_general_de_l_etat_is_the_states_attorney_general(steps):
    found = steps("Snap\n\nLe Nouveau-Mexique s'en prend à Snap.\n\nLe procureur général de "
                  "l'État a attaqué Snap en justice jeudi.\n")
    assert ("lawsuit", "authority/new-mexico-attorney-general", (SNAP,)) in found
