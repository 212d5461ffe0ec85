"""Vocabulary of blocks and of suits the lexicon did not know (issue 3, X6): access
restrictions imposed on a named platform, a platform put on a blacklist or a registry of
banned sites ("imposed restrictions on Instagram", "added Telegram to its registry of banned
sites", "a inscrit Telegram sur la liste noire", "a imposé des restrictions d'accès à
Instagram"), and the French "poursuit" only as a suit ("l'enquête se poursuit", "la CNIL
poursuit son enquête" say a step goes on). Invented sentences; each positive is found only
with the lexicon layer on, each hard negative yields exactly the facts listed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Fact, facts

pytestmark = pytest.mark.slow

BTK, CNIL = "authority/btk", "authority/cnil"
INSTAGRAM, TELEGRAM, GOOGLE = "service/instagram", "service/telegram", "organisation/google"
D = dt.date(2025, 6, 4)

POSITIVES: list[tuple[str, str, Fact]] = [
    ("Turkey's BTK imposed restrictions on Instagram on Friday.", "en",
     ("block", BTK, (INSTAGRAM,))),
    ("Russia's Roskomnadzor added Telegram to its registry of banned sites on Monday.", "en",
     ("block", "authority/roskomnadzor", (TELEGRAM,))),
    # ("La BTK a imposé des restrictions d'accès à Instagram vendredi." is read by a precise
    # trigger since session 19: data/patterns/shutdowns.yaml, test_shutdown_blocks.py)
    ("La BTK a inscrit Telegram sur la liste noire des sites interdits.", "fr",
     ("block", BTK, (TELEGRAM,))),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_new_block_words_state_blocks(extractor, without_lexicon, article_of, text, language,
                                      expected):
    article = article_of(text, language, D)
    assert expected in facts(extractor, article)
    assert expected not in facts(without_lexicon, article)


NEGATIVES: list[tuple[str, str, list[Fact]]] = [
    # a processing restriction on the company's data use is no block
    ("The EDPB imposed restrictions on Meta's use of personal data for advertising.", "en",
     []),
    # the platform's own restrictions, a possibility
    ("Instagram imposed restrictions on teen accounts on Tuesday.", "en", []),
    ("Turkey's BTK could impose restrictions on Instagram if it fails to comply.", "en", []),
    # "se poursuit", "poursuit son enquête": it goes on, no suit
    ("La CNIL a sanctionné Google jeudi. L'enquête se poursuit sur d'autres volets.", "fr",
     [("sanction", CNIL, (GOOGLE,))]),
    ("La CNIL a mis en demeure Google jeudi. La CNIL poursuit son enquête sur les cookies.",
     "fr", [("order", CNIL, (GOOGLE,))]),
]


@pytest.mark.parametrize(("text", "language", "expected"), NEGATIVES)
def test_hard_negatives_of_the_block_words(extractor, article_of, text, language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


GOES_ON = [
    "L'Arcom poursuit son dialogue avec TikTok sur la protection des mineurs.",
    "La Commission européenne poursuit ses échanges avec Meta.",
    "La Commission a infligé une amende à X. L'enquête se poursuit contre X sur d'autres volets.",
]


@pytest.mark.parametrize("text", GOES_ON)
def test_regression_poursuit_a_step_that_goes_on_is_no_suit(extractor, article_of, text):
    """"poursuit son dialogue avec TikTok", "se poursuit contre X" matched the lawsuit cue
    "poursuit" and stated a suit by the body."""
    assert not any(f[0] == "lawsuit" for f in facts(extractor, article_of(text, "fr", D)))
