"""Passives the auxiliary rule missed (issue 3, G6): two adverbs between the auxiliary and
the participle ("sont désormais partiellement bloqués", "was then formally fined"), and the
auxiliary left out after the name opening a sentence of the body, its agent named ("Google,
fined €2.4bn by the European Commission in 2017, said ..."). A headline's reduced passive
(no final stop) is left to the body that restates it. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract import grammar as g

ARCOM, OFCOM, EC = "authority/arcom", "authority/ofcom", "authority/european-commission"
GOOGLE, APPLE, META = "organisation/google", "organisation/apple", "organisation/meta"
D = dt.date(2025, 3, 10)


@pytest.fixture
def facts(factual_steps):
    return factual_steps(D)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Les sites sont désormais partiellement bloqués par l'Arcom.", "bloqués"),
    ("The site was then formally fined £20,000 by Ofcom.", "fined"),
    ("La société a été ensuite définitivement condamnée par le tribunal.", "condamnée"),
    ("Google has now also been fined by the Commission.", "fined"),
])
def test_regression_two_adverbs_between_auxiliary_and_participle_are_passive(sentence, cue):
    start = sentence.index(cue)
    assert g.is_passive(sentence, start, start + len(cue))


@pytest.mark.parametrize(("sentence", "cue"), [
    # A noun phrase after the copula, not adverbs: "la première" is no adverb.
    ("C'est la première mise en demeure adressée à la société.", "mise en demeure"),
    ("The company is now opening an investigation.", "opening"),
    # A headline (no stop): the body restates it with its amount and day.
    ("4chan hit with 20,000-pound fine by UK online safety regulator", "hit"),
    # No agent: whose step it was is not said here.
    ("Google, fined €2.4bn in 2017, said it would appeal.", "fined"),
    # Not the name opening the sentence.
    ("In Brussels, the firm fined by the Commission appealed.", "fined"),
])
def test_not_passive(sentence, cue):
    start = sentence.index(cue)
    assert not g.is_passive(sentence, start, start + len(cue))


def test_regression_the_sites_partially_blocked_by_arcom_are_its_targets(facts):
    text = ("Paris, le 10 mars. Les sites xHamster et Tukif sont désormais partiellement "
            "bloqués par l'Arcom.")
    assert [(t, a, ts) for t, a, ts, _ in facts(text, "fr")] == [
        ("block", ARCOM, ("service/tukif",)), ("block", ARCOM, ("service/xhamster",))]


def test_regression_then_formally_fined_by_ofcom(facts):
    text = "London, March 10. The site 4chan was then formally fined £20,000 by Ofcom."
    assert [(t, a, ts) for t, a, ts, _ in facts(text)] == [("fine", OFCOM, ("service/4chan",))]


def test_regression_a_name_with_its_reduced_passive_apposition_is_the_target(facts):
    text = ("Brussels, March 10. Google, fined €2.4bn by the European Commission in 2017, "
            "said it would appeal.")
    assert [(t, a, ts) for t, a, ts, _ in facts(text)] == [("fine", EC, (GOOGLE,))]


def test_regression_two_names_share_the_reduced_passive(facts):
    text = ("Brussels, March 10. Apple and Meta, fined by the European Commission under the "
            "Digital Markets Act last year, have both appealed.")
    assert [(t, a, ts) for t, a, ts, _ in facts(text)] == [
        ("fine", EC, (APPLE,)), ("fine", EC, (META,))]


def test_regression_ordered_by_the_commission_in_apposition(facts):
    text = ("Brussels, March 10. Google, ordered by the European Commission in 2024 to open "
            "its Play Store to rivals, lost its appeal.")
    assert [(t, a, ts) for t, a, ts, _ in facts(text)] == [("order", EC, (GOOGLE,))]


@pytest.mark.parametrize("text", [
    # The agent is no body: a private suit.
    "Brussels, March 10. Google, sued by consumer groups in 2023, said it would appeal.",
    # No agent at all.
    "Brussels, March 10. Google, fined €2.4bn in 2017, said it would appeal.",
    # Criticism is no step.
    "Brussels, March 10. TikTok, criticised by the European Commission, said it would comply.",
    # A headline: the body states the step.
    "Apple, Meta fined by EU under the Digital Markets Act",
])
def test_hard_negatives_reduced_passives_state_no_step(facts, text):
    assert facts(text) == []
