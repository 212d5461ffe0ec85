"""A lexicon cue whose agent after its participle is named and is no public body has no actor
(named_agents.non_authority_agent, the test the precise triggers apply): "Ofcom said a
complaint was filed on Monday by consumer groups against TikTok" is no step of Ofcom's (it
was taken by the article's one authority, the lexicon layer's principal fallback). A body's
own suit named as the agent is still found. Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import facts

pytestmark = pytest.mark.slow

OFCOM, ARCOM, TEXAS = "authority/ofcom", "authority/arcom", "authority/texas-attorney-general"
TIKTOK = "service/tiktok"
D = dt.date(2025, 6, 4)

NAMED_NON_BODIES = [
    ("Ofcom said a complaint was filed on Monday by consumer groups against TikTok.", "en"),
    ("Ofcom noted that a complaint had been filed in March by parents against TikTok.", "en"),
    ("L'Arcom a indiqué qu'une plainte pénale a été déposée lundi par des associations "
     "contre TikTok.", "fr"),
    ("Selon l'Arcom, une plainte pénale a été déposée par des familles contre TikTok.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), NAMED_NON_BODIES)
def test_a_cue_whose_named_agent_is_no_body_has_no_step(extractor, article_of, text,
                                                         language):
    """Regression: the principal fallback gave the complaint of consumer groups to Ofcom."""
    article = article_of(text, language, D)
    assert not [f for f in facts(extractor, article) if f[0] == "lawsuit"]


BODIES_AS_AGENTS = [
    ("Ofcom said a lawsuit was filed on Monday by the Texas attorney general against TikTok.",
     "en", ("lawsuit", TEXAS, (TIKTOK,))),
    ("A lawsuit filed by the Texas attorney general against TikTok seeks damages.", "en",
     ("lawsuit", TEXAS, (TIKTOK,))),
]


@pytest.mark.parametrize(("text", "language", "expected"), BODIES_AS_AGENTS)
def test_a_bodys_own_suit_named_as_agent_is_still_found(extractor, article_of, text,
                                                         language, expected):
    article = article_of(text, language, D)
    assert expected in facts(extractor, article)
    assert not [f for f in facts(extractor, article) if f[1] == OFCOM]
