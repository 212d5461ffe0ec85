"""Recall gaps of the lexicon layer (issue 3), invented EN/FR sentences in the style of releases
and wire reports: orders worded as deadlines (regkg.extract.deadline_orders). Each positive is
a step no other rule stated before; each hard negative must yield no order: a fine's terms of
payment, a condition or possibility, a statutory duty on a class of platforms.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.modality import FACTUAL_STATUSES

from .conftest import Fact, facts

pytestmark = pytest.mark.slow

EC, CNIL, OFCOM, ACM = ("authority/european-commission", "authority/cnil", "authority/ofcom",
                        "authority/acm")
APPLE, META, GOOGLE, TIKTOK = ("organisation/apple", "organisation/meta", "organisation/google",
                               "service/tiktok")
D = dt.date(2025, 6, 4)


def orders(extractor: Extractor, article) -> list[tuple[Fact, str | None]]:
    return sorted(((a.type, a.actor, a.targets), a.deadline_text)
                  for a in extractor.extract(article).actions
                  if a.status in FACTUAL_STATUSES and a.type == "order")


DEADLINES: list[tuple[str, str, list[tuple[Fact, str]]]] = [
    # the discourse's authority, the companies a description refers back to
    ("La Commission européenne a infligé une amende à Apple et à Meta mardi. Les deux groupes "
     "ont soixante jours pour se mettre en conformité, faute de quoi ils s'exposent à des "
     "astreintes.", "fr",
     [(("order", EC, (APPLE,)), "soixante jours"), (("order", EC, (META,)), "soixante jours")]),
    ("The CNIL fined Google on Tuesday. The company now has three months to change its "
     "cookie banner.", "en", [(("order", CNIL, (GOOGLE,)), "three months")]),
    # the authority named in the sentence, the company as the subject
    ("Ofcom said TikTok must bring its age checks into line with the rules within 30 days.",
     "en", [(("order", OFCOM, (TIKTOK,)), "within 30 days")]),
    ("Selon l'ACM, Apple est tenue de modifier les conditions de son App Store sous "
     "trois mois.", "fr", [(("order", ACM, (APPLE,)), "sous trois mois")]),
]

NO_ORDER: list[tuple[str, str]] = [
    # a fine's terms of payment are no order
    ("Ofcom fined TikTok £1 million. TikTok has 28 days to pay the penalty.", "en"),
    # a condition, a possibility
    ("The CNIL opened an investigation into Google. If found in breach, Google would have "
     "three months to change its practices.", "en"),
    ("La Commission a ouvert une enquête sur Meta. Meta pourrait avoir soixante jours pour "
     "se mettre en conformité.", "fr"),
    # a duty the law sets on a class: no company named, or under the law
    ("Under the Online Safety Act, platforms have 24 hours to remove illegal content.", "en"),
    ("En vertu de la loi, TikTok doit retirer les contenus signalés sous 24 heures.", "fr"),
    # "must" with no authority in the sentence: as often a statutory duty
    ("TikTok must remove terrorist content within one hour.", "en"),
    # the right to appeal is the company's, not an order
    ("Ofcom fined TikTok £1 million. TikTok has 28 days to appeal.", "en"),
    # a condition after the deadline; a time to answer objections is no order
    ("The Commission sent Meta its preliminary findings. Meta will have 60 days to comply if "
     "the Commission confirms its view.", "en"),
    ("La Commission a envoyé ses conclusions préliminaires à Apple. Apple aura trois mois pour "
     "se mettre en conformité si la Commission confirme son analyse.", "fr"),
    ("The CMA sent Google a statement of objections. Google has 30 days to respond.", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), DEADLINES,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(DEADLINES)])
def test_an_order_worded_as_a_deadline(extractor, article_of, text, language, expected):
    got = orders(extractor, article_of(text, language, D))
    assert all(fact in got for fact in expected), got


@pytest.mark.parametrize(("text", "language"), NO_ORDER,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(NO_ORDER)])
def test_no_order_from_a_deadline_that_is_not_one(extractor, article_of, text, language):
    assert orders(extractor, article_of(text, language, D)) == []


# --- legislation by a country's parliament (lexicon.yaml legislation cues, legislation.py) ---
KOREA_ASSEMBLY, AUSTRALIAN_PARLIAMENT = ("authority/korea-national-assembly",
                                         "authority/australian-parliament")

LAWS: list[tuple[str, str, list[Fact]]] = [
    ("South Korea's National Assembly passed, last month, an amendment to the "
     "Telecommunications Business Act, a measure aimed squarely at Google and Apple.", "en",
     [("legislation", KOREA_ASSEMBLY, (GOOGLE,)), ("legislation", KOREA_ASSEMBLY, (APPLE,))]),
    # a law aimed at a class: no target
    ("Le Parlement australien a adopté jeudi une loi interdisant les réseaux sociaux aux "
     "moins de seize ans.", "fr", [("legislation", AUSTRALIAN_PARLIAMENT, ())]),
    ("The Australian Parliament approved an amendment to the Online Safety Act on Thursday.",
     "en", [("legislation", AUSTRALIAN_PARLIAMENT, ())]),
]

NO_LAW: list[tuple[str, str]] = [
    ("South Korea's National Assembly is debating a bill aimed at Google and Apple.", "en"),
    ("The Australian Parliament could pass an amendment to the Online Safety Act next year.",
     "en"),
    ("Le Parlement australien pourrait adopter une loi visant TikTok.", "fr"),
]


def steps(extractor: Extractor, article, kind: str) -> list[Fact]:
    return sorted({(a.type, a.actor, a.targets) for a in extractor.extract(article).actions
                   if a.status in FACTUAL_STATUSES and a.type == kind})


@pytest.mark.parametrize(("text", "language", "expected"), LAWS,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(LAWS)])
def test_a_parliament_passes_a_law(extractor, article_of, text, language, expected):
    assert steps(extractor, article_of(text, language, D), "legislation") == sorted(expected)


@pytest.mark.parametrize(("text", "language"), NO_LAW,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(NO_LAW)])
def test_no_law_from_a_debate_or_a_possibility(extractor, article_of, text, language):
    assert steps(extractor, article_of(text, language, D), "legislation") == []


# --- groups of authorities (groups.py): one step per named member, none for an unnamed group ---
CALIFORNIA, TEXAS, FLORIDA, NEW_JERSEY, MASSACHUSETTS = (
    f"authority/{s}-attorney-general"
    for s in ("california", "texas", "florida", "new-jersey", "massachusetts"))

GROUPS: list[tuple[str, str, list[Fact]]] = [
    ("A coalition of 33 states, including California and Florida, sued Meta on Tuesday over "
     "features that harm children.", "en",
     [("lawsuit", CALIFORNIA, (META,)), ("lawsuit", FLORIDA, (META,))]),
    ("Texas, together with 40 other states, sued Google over its advertising business.", "en",
     [("lawsuit", TEXAS, (GOOGLE,))]),
    ("A bipartisan group of attorneys general led by New Jersey and Florida opened an "
     "investigation into TikTok.", "en",
     [("investigation", FLORIDA, (TIKTOK,)), ("investigation", NEW_JERSEY, (TIKTOK,))]),
    ("Neuf autres procureurs généraux, dont celui du Massachusetts, ont engagé des poursuites "
     "contre Meta devant les juridictions de leurs propres États.", "fr",
     [("lawsuit", MASSACHUSETTS, (META,))]),
    ("Le réseau social Meta a été poursuivi en justice par plusieurs États, dont le "
     "Massachusetts et la Floride.", "fr",
     [("lawsuit", FLORIDA, (META,)), ("lawsuit", MASSACHUSETTS, (META,))]),
]

NO_GROUP_STEP: list[tuple[str, str]] = [
    # an unnamed group: no actor the guidelines could name
    ("A bipartisan group of attorneys general filed a lawsuit against TikTok on Monday.", "en"),
    ("Plusieurs États américains ont poursuivi TikTok en justice.", "fr"),
    # a possibility, a group that only welcomed a step
    ("A coalition of states, including Texas and Florida, could sue Meta next year.", "en"),
    ("A coalition of states, including Texas and Florida, welcomed the ruling.", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), GROUPS,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(GROUPS)])
def test_a_group_acts_through_its_named_members(extractor, article_of, text, language,
                                                 expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


@pytest.mark.parametrize(("text", "language"), NO_GROUP_STEP,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(NO_GROUP_STEP)])
def test_no_step_from_an_unnamed_group_or_a_possibility(extractor, article_of, text,
                                                        language):
    assert [f for f in facts(extractor, article_of(text, language, D))
            if f[0] != "statement"] == []


CHAMBERS: list[tuple[str, str, list[Fact]]] = [
    # a chamber not named with its country: the legislature of the one country named
    ("In Australia, the Senate approved the legislation on Thursday by 34 votes to 19.", "en",
     [("legislation", AUSTRALIAN_PARLIAMENT, ())]),
    ("In France, the lower house passed the bill on Tuesday.", "en",
     [("legislation", "authority/assemblee-nationale", ())]),
    # a past clause after a future main clause (modality.py): the law was passed
    ("Children under 16 will be barred from social media in Australia after the Senate "
     "approved the legislation on Thursday.", "en",
     [("legislation", AUSTRALIAN_PARLIAMENT, ())]),
    ("Children under 16 will be barred from social media in Australia after the Senate "
     "passes the bill.", "en", []),
    ("Australia will ban social media for children and the Senate could approve the "
     "legislation on Thursday.", "en", []),
    # the other chamber than the one the reference has: no actor
    ("En France, le Sénat a adopté mardi le projet de loi.", "fr", []),
    # no country named, or two: no actor to give
    ("The Senate approved the legislation on Thursday by 34 votes to 19.", "en", []),
    ("Unlike France, Australia saw the Senate approve the legislation on Thursday.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), CHAMBERS,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(CHAMBERS)])
def test_a_chamber_is_its_country_s_legislature(extractor, article_of, text, language,
                                                expected):
    assert steps(extractor, article_of(text, language, D), "legislation") == sorted(expected)


SIMILAR: list[tuple[str, str, list[Fact]]] = [
    # "similar" proceedings: against the company the earlier step was against
    ("Le Texas a poursuivi TikTok en justice lundi. Quatre autres procureurs généraux, dont "
     "celui de la Floride, ont engagé des poursuites similaires devant leurs propres "
     "tribunaux.", "fr", [("lawsuit", FLORIDA, (TIKTOK,)), ("lawsuit", TEXAS, (TIKTOK,))]),
    # no member named, or no company before: nothing
    ("Le Texas a poursuivi TikTok en justice lundi. Quatre autres procureurs généraux ont "
     "engagé des poursuites similaires.", "fr", [("lawsuit", TEXAS, (TIKTOK,))]),
    ("The Massachusetts Attorney General filed a similar lawsuit on Monday.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), SIMILAR,
                         ids=[f"{c[1]}-{i:02d}" for i, c in enumerate(SIMILAR)])
def test_a_similar_step_is_against_the_same_company(extractor, article_of, text, language,
                                                    expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)
