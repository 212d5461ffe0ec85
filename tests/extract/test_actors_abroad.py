"""A body described with no country in a French sentence that opens abroad (issue 3, A5):
"En Irlande, le gendarme de la vie privée" is the Irish DPC, not the CNIL the French default
would give (actor_abroad.py). Invented sentences in the style of French wire copy."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

D = dt.date(2025, 5, 1)
CNIL, IRISH_DPC, JFTC = "authority/cnil", "authority/irish-dpc", "authority/jftc"
ESAFETY, FR_COMPETITION = "authority/esafety-commissioner", "authority/autorite-de-la-concurrence"
META, GOOGLE, X = "organisation/meta", "organisation/google", "service/x"


@pytest.fixture
def steps(steps_in):
    """steps(text, ...) -> {(type, actor, targets)} of the factual steps (conftest steps_in)."""
    return functools.partial(steps_in, language="fr", published=D)


def test_regression_a_fronted_country_moves_the_description_there(steps):
    text = ("Irlande\n\nEn Irlande, le gendarme de la vie privée a infligé une amende de 1,2 "
            "milliard d'euros à Meta le 22 mai 2023.\n")
    found = steps(text)
    assert ("fine", IRISH_DPC, (META,)) in found
    assert not any(s[1] == CNIL for s in found)


def test_regression_au_japon_la_commission_de_la_concurrence_is_the_jftc(steps):
    text = ("Japon\n\nAu Japon, la commission de la concurrence a ordonné à Google de cesser ses "
            "pratiques le 15 avril 2025.\n")
    found = steps(text)
    assert ("order", JFTC, (GOOGLE,)) in found
    assert not any(s[1] == FR_COMPETITION for s in found)


def test_regression_a_domain_france_lacks_takes_the_fronted_countrys_body(steps):
    text = ("Australie\n\nEn Australie, le régulateur de la sécurité en ligne a ordonné à X de "
            "retirer des vidéos le 16 avril 2024.\n")
    assert ("order", ESAFETY, (X,)) in steps(text)


def test_without_a_fronted_country_the_french_default_stays(steps):
    text = ("Amende\n\nLe gendarme de la vie privée a infligé une amende de 150 millions d'euros "
            "à Google le 6 janvier 2022.\n")
    assert ("fine", CNIL, (GOOGLE,)) in steps(text)


def test_a_country_named_later_in_the_sentence_does_not_move_it(steps):
    # Meta's European seat is in Ireland; the French body still acted.
    text = ("Amende\n\nLe gendarme de la vie privée a infligé une amende de 60 millions d'euros "
            "à Meta, dont le siège européen est en Irlande, le 6 janvier 2022.\n")
    assert ("fine", CNIL, (META,)) in steps(text)


def test_a_country_without_a_body_of_the_domain_gives_no_actor(steps):
    # The reference knows no Russian privacy body: no guess, and not the CNIL.
    text = ("Russie\n\nEn Russie, le gendarme de la vie privée a infligé une amende à Google "
            "le 6 janvier 2022.\n")
    assert not any(s[0] == "fine" for s in steps(text))


MCMC, MY_MINISTRY = "authority/mcmc", "authority/malaysia-ministry-of-communications"
GROK = "service/grok"


def test_regression_the_paragraphs_subject_country_moves_the_description(steps):
    text = ("Grok\n\nLa Malaisie a restreint l'accès à Grok. Le régulateur des communications a "
            "ordonné à X de retirer les contenus le 11 janvier 2026.\n")
    found = steps(text)
    assert ("order", MCMC, (X,)) in found
    assert not any(s[1] == "authority/arcom" for s in found)


def test_a_country_named_only_as_a_place_does_not_move_it(steps):
    # Ireland is where Meta's seat is, not a body that acted: the French body stays.
    text = ("Amende\n\nMeta a son siège européen en Irlande. Le gendarme de la vie privée a "
            "infligé une amende de 60 millions d'euros à Meta le 6 janvier 2022.\n")
    assert ("fine", CNIL, (META,)) in steps(text)


def test_regression_a_ministry_is_not_the_media_regulator(steps):
    # France's digital ministry is not in the reference: nobody, not Arcom.
    text = ("Grok\n\nLe ministère du Numérique a ordonné à X de retirer les contenus le 11 "
            "janvier 2026.\n")
    assert not any(s[1] == "authority/arcom" for s in steps(text))


def test_regression_malaysias_communications_ministry_is_the_ministry(steps, extractor,
                                                                      article_of):
    text = "Grok\n\nMalaysia's communications ministry ordered X on Sunday to remove content.\n"
    actors = {a.actor for a in extractor.extract(article_of(text, "en", D)).actions}
    assert actors == {MY_MINISTRY}
