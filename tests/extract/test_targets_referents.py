"""A pronoun or a description after a sentence that made a service the referent (issue 3,
G6; wide 502, 506): "The project has run into trouble elsewhere. ... ordered it" is the
service called a project, not its operator named last; "alleges that TikTok let children ...
the company's compliance" is TikTok named alone, not its parent named earlier. A service
named as a complement ("des utilisateurs de Facebook") still stands for its operator
(test_targets_placed.py). Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

CNIL, FTC, DOJ = "authority/cnil", "authority/ftc", "authority/us-department-of-justice"
WORLDCOIN, TFH = "service/worldcoin", "organisation/tools-for-humanity"
TIKTOK, BYTEDANCE = "service/tiktok", "organisation/bytedance"

OPERATOR_SPEAKS = (
    "Regulators in several countries are looking at Worldcoin, the iris-scanning project. "
    "Tools for Humanity, the company that develops Worldcoin, said it was seeking clarity. "
    '"We are working with every regulator," said a spokesperson for Tools for Humanity. ')


@pytest.fixture
def facts(factual_steps):
    return factual_steps(dt.date(2025, 5, 5))


def _orders(found):
    return [(a, t) for kind, a, t, _ in found if kind == "order"]


def test_regression_it_after_the_project_is_the_service_not_its_operator(facts):
    text = OPERATOR_SPEAKS + ("The project has run into trouble elsewhere. The CNIL ordered it "
                              "to stop collecting iris scans in March 2024.")
    assert _orders(facts(text)) == [(CNIL, (WORLDCOIN,))]


def test_regression_l_application_subject_makes_the_service_the_referent(facts):
    text = ("Tools for Humanity développe Worldcoin, un projet d'identité numérique. Tools for "
            "Humanity a déclaré coopérer. L'application a déjà suscité des critiques. La CNIL "
            "lui a ordonné de cesser la collecte des données biométriques.")
    assert _orders(facts(text, "fr")) == [(CNIL, (WORLDCOIN,))]


def test_the_company_after_the_operator_speaks_stays_the_operator(facts):
    """Hard negative: a company subject is no service; the last name (the operator) holds."""
    text = OPERATOR_SPEAKS + ("The company has run into trouble elsewhere. The CNIL ordered "
                              "it to stop collecting iris scans in March 2024.")
    assert _orders(facts(text)) == [(CNIL, (TFH,))]


def test_regression_the_company_after_a_service_named_alone_is_that_service(facts):
    text = ("The Justice Department sued TikTok and its parent company ByteDance on Friday. "
            "The complaint alleges that TikTok knowingly let children create accounts. "
            "The FTC, which opened an investigation into the company's compliance with an "
            "earlier order, referred the case to the department in June.")
    found = facts(text)
    assert [(a, t) for kind, a, t, _ in found if kind == "investigation"] == [(FTC, (TIKTOK,))]


def test_a_service_named_as_a_complement_still_stands_for_its_operator(facts):
    """Guard: "millions of users of TikTok" names the service only through its users; "the
    company" is the operator the article is about."""
    text = ("The Justice Department sued ByteDance on Friday. The complaint says that "
            "millions of users of TikTok were children. The FTC, which opened an investigation "
            "into the company's compliance with an earlier order, referred the case in June.")
    found = facts(text)
    assert [(a, t) for kind, a, t, _ in found if kind == "investigation"] == [
        (FTC, (BYTEDANCE,))]
