"""Wordings of official releases the lexicon did not know (issue 3, X6): the ICO's "is making
enquiries with", Ofcom's "enforcement programme into" a named platform, the ACCC's "sought
orders from the Federal Court against" (a suit), the Commission's "demanded that X suspend"
(an order; demanding documents stays a request), "accepted a court-enforceable undertaking
from" (a commitment the regulator accepts). Invented sentences; each positive is found
only with the lexicon layer on; the hard negatives (a plan, a possibility, a condition, the
target's or private parties' own demands, a programme about no platform) yield nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Fact, facts

pytestmark = pytest.mark.slow

TIKTOK, GOOGLE = "service/tiktok", "organisation/google"
D = dt.date(2025, 6, 4)

POSITIVES: list[tuple[str, str, Fact]] = [
    ("The ICO is making enquiries with TikTok after reports of a data breach.", "en",
     ("investigation", "authority/ico", (TIKTOK,))),
    ("Ofcom has launched an enforcement programme into TikTok's age checks.", "en",
     ("investigation", "authority/ofcom", (TIKTOK,))),
    ("The ACCC sought orders from the Federal Court against Google on Monday.", "en",
     ("lawsuit", "authority/accc", (GOOGLE,))),
    ("The European Commission demanded that TikTok suspend its reward programme in the EU.",
     "en", ("order", "authority/european-commission", (TIKTOK,))),
    ("The ACCC accepted a court-enforceable undertaking from Google on Tuesday.", "en",
     ("commitment", "authority/accc", (GOOGLE,))),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES)
def test_release_wordings_state_steps(extractor, without_lexicon, article_of, text, language,
                                      expected):
    article = article_of(text, language, D)
    assert expected in facts(extractor, article)
    assert expected not in facts(without_lexicon, article)


NEGATIVES = [
    "Parents demanded that TikTok suspend its reward programme.",
    "The European Commission could demand that TikTok suspend its reward programme.",
    "TikTok demanded that the Commission withdraw its decision.",
    "The ACCC said it may seek orders from the Federal Court against Google.",
    "Google sought orders from the Federal Court against the ACCC's decision.",
    "The ICO said it would be making enquiries with TikTok if the reports were confirmed.",
    "TikTok is making enquiries with its suppliers after the breach.",
    "Ofcom has launched an enforcement programme into age assurance on adult sites.",
    "Ofcom plans to launch an enforcement programme into TikTok's age checks.",
    "The Commission insisted that the rules apply to all platforms.",
    "Google offered an undertaking to the ACCC on Tuesday.",
    "The ACCC may accept an undertaking from Google.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives_of_release_wordings(extractor, article_of, text):
    assert facts(extractor, article_of(text, "en", D)) == []
