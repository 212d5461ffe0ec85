"""Wrong facts found this morning (issue 3, P11), fixed as classes and guarded here: a body
named as a point of comparison is never the actor; a warning that a platform "could be next"
is no warning to it; the internet providers asked to block a platform carry out the body's
block. Invented sentences in the style of releases and wire reports, with hard negatives."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    return short_steps(D)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Irish Data Protection Commission, like the CNIL, fined Meta €390 million on "
     "Wednesday.", "en", {("fine", "irish-dpc", "meta")}),
    ("In line with the European Commission, the CMA opened an investigation into Microsoft "
     "on Tuesday.", "en", {("investigation", "cma", "microsoft")}),
    ("Following the CNIL, the Spanish AEPD fined Google €10 million on Tuesday.", "en",
     {("fine", "aepd", "google")}),
    ("La CNIL, comme la Garante italienne, a infligé une amende de 20 millions d'euros à "
     "Clearview AI mercredi.", "fr", {("fine", "cnil", "clearview-ai")}),
    ("Après la CNIL, l'AEPD espagnole a infligé une amende à Google mardi.", "fr",
     {("fine", "aepd", "google")}),
    ("Contrairement à la CNIL, la Garante italienne a infligé mardi une amende à OpenAI.", "fr",
     {("fine", "garante", "openai")}),
    ("L'AEPD espagnole, à l'image de la CNIL, a infligé mardi une amende à Google.", "fr",
     {("fine", "aepd", "google")}),
])
def test_regression_a_compared_body_is_never_the_actor(steps, text, language, expected):
    assert steps(text, language) == expected


@pytest.mark.parametrize(("text", "language", "actors"), [
    # "comme" after a plural noun gives examples of the subject: each one acts.
    ("Des pays comme la Malaisie et l'Indonésie ont déjà bloqué l'accès à Grok.", "fr", 2),
    # a temporal "after" opening a clause of its own keeps that clause's body
    ("After the CNIL fined Google on Tuesday, the company said it would appeal.", "en", 1),
])
def test_examples_and_clauses_of_time_are_no_comparison(steps, text, language, actors):
    assert len({actor for _, actor, _ in steps(text, language) if actor}) == actors


@pytest.mark.parametrize(("text", "language"), [
    ("The European Commission warned on Tuesday that Snapchat could be next.", "en"),
    ("Ofcom warned that TikTok could be the next platform to face an investigation.", "en"),
    ("The regulator warned on Monday that other apps such as Snapchat could face similar "
     "action.", "en"),
    ("L'Arcom a averti mardi que Snapchat pourrait être la prochaine cible.", "fr"),
    ("La Commission a averti que TikTok pourrait connaître le même sort.", "fr"),
    ("L'Arcom a mis en garde mardi : X pourrait être le prochain.", "fr"),
    ("The Commission warned on Tuesday that Meta could be next in line.", "en"),
])
def test_regression_a_warning_that_a_platform_may_be_next_is_no_warning_to_it(steps, text,
                                                                             language):
    assert not [s for s in steps(text, language) if s[0] == "warning"]


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Ofcom warned Snapchat on Tuesday that it could face fines of up to 10% of turnover.",
     "en", "snapchat"),
    ("L'Arcom a averti Snapchat mardi qu'il s'exposait à des sanctions.", "fr", "snapchat"),
])
def test_a_warning_of_what_the_platform_itself_faces_stays(steps, text, language, target):
    assert [s for s in steps(text, language) if s[0] == "warning" and s[2] == target]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("L'Arcom a demandé mardi aux fournisseurs d'accès de bloquer le site Pornhub.", "fr",
     {("block", "arcom", "pornhub")}),
    ("Ofcom asked internet service providers on Tuesday to block Telegram.", "en",
     {("block", "ofcom", "telegram")}),
    ("Arcom asked internet providers to block Pornhub on Tuesday.", "en",
     {("block", "arcom", "pornhub")}),
])
def test_regression_providers_asked_to_block_carry_out_the_bodys_block(steps, text, language,
                                                                       expected):
    assert steps(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    # a body asked to act by another has not acted
    ("Ofcom asked the Commission to block Telegram.", "en"),
    ("La ministre a demandé à l'Arcom de bloquer Telegram.", "fr"),
    ("Users asked ISPs to block Telegram.", "en"),
])
def test_a_body_asked_to_block_has_not_blocked(steps, text, language):
    assert not steps(text, language)
