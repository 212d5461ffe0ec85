"""Agentless steps in a text naming several bodies (issue 3, A5, precision): the body that
acted against a platform earlier is not the actor of a passive in a paragraph about another
body, and a release naming a body besides its writer has no single principal. Invented texts
in the style of wire reports and regulators' releases."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

D = dt.date(2024, 5, 1)
EC, ICO, OFCOM = "authority/european-commission", "authority/ico", "authority/ofcom"
TIKTOK = "service/tiktok"
ICO_RELEASE = "Information Commissioner's Office (UK), news release"


@pytest.fixture
def steps(steps_in):
    """steps(text, ...) -> {(type, actor, targets)} of the factual steps (conftest steps_in)."""
    return functools.partial(steps_in, published=D)


def test_regression_a_passive_in_another_bodys_paragraph_is_that_bodys(steps):
    text = ("TikTok fined\n\nThe European Commission has opened proceedings against TikTok over "
            "its Lite app.\n\nSeparately, the ICO concluded its investigation into TikTok's use "
            "of children's data. TikTok was fined £12.7 million on Tuesday.\n")
    found = steps(text)
    assert ("fine", ICO, (TIKTOK,)) in found
    assert ("fine", EC, (TIKTOK,)) not in found


def test_a_passive_in_a_paragraph_naming_two_other_bodies_is_not_the_earlier_bodys(steps):
    # Which of the two British bodies fined is the lexicon layer's guess (its "recent" rule,
    # same jurisdiction); the Commission, of another, is never taken across the paragraph.
    text = ("TikTok fined\n\nThe European Commission has opened proceedings against TikTok over "
            "its Lite app.\n\nSeparately, the ICO and Ofcom met TikTok's managers. TikTok was "
            "fined £12.7 million on Tuesday.\n")
    assert ("fine", EC, (TIKTOK,)) not in steps(text)


def test_a_passive_in_the_same_bodys_paragraph_stays_its_own(steps):
    text = ("TikTok fined\n\nThe ICO opened an investigation into TikTok in 2022. The ICO "
            "reviewed its data practices. TikTok was fined £12.7 million on Tuesday.\n")
    assert ("fine", ICO, (TIKTOK,)) in steps(text)


def test_regression_a_release_naming_another_body_has_no_principal(steps):
    # An ICO release: the agentless investigation is not Ofcom's (the one body it names).
    text = ("Investigation into Reddit\n\nAn investigation has been opened into Reddit and "
            "Imgur over how they use children's personal information. We are working closely "
            "with Ofcom on the protection of children online.\n")
    assert not any(s[1] == OFCOM for s in steps(text, outlet=ICO_RELEASE))


CNIL, GOOGLE = "authority/cnil", "organisation/google"


def test_regression_an_agentless_passive_takes_the_headlines_one_body(steps):
    # Two bodies in the article (no principal); the headline names the body and the company.
    text = ("Amende record pour Google infligée par la CNIL\n\nGoogle a été condamné jeudi à une "
            "amende de 150 millions d'euros pour ses cookies. La Commission européenne examine "
            "aussi ses pratiques publicitaires.\n")
    assert ("fine", CNIL, (GOOGLE,)) in steps(text, language="fr")


def test_a_headline_about_another_company_lends_no_body(steps):
    text = ("Amende record pour Meta infligée par la CNIL\n\nGoogle a été condamné jeudi à une "
            "amende de 150 millions d'euros pour ses cookies. La Commission européenne examine "
            "aussi ses pratiques publicitaires.\n")
    assert not any(f[0] == "fine" and f[2] == (GOOGLE,) for f in steps(text, language="fr"))


EDPB = "authority/edpb"


def test_regression_an_agentless_fine_is_the_body_that_acted_before_not_the_last_named(steps):
    # The EDPB, named last as a subject, took no step against Google: the CNIL did.
    text = ("Fine\n\nThe CNIL carried out checks on Google's site in 2023. The EDPB later issued "
            "guidelines on cookies. In a decision dated 12 March 2024, a fine of €5 million was "
            "imposed on Google.\n")
    found = steps(text)
    assert ("fine", CNIL, (GOOGLE,)) in found
    assert not any(s[0] == "fine" and s[1] != CNIL for s in found)
