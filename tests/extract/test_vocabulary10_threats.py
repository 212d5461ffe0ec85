"""Threats, passive suits, questions and commitments given to a named authority (issue 3,
V10: the domain's vocabulary). A body threatening a platform with a consequence states it: a
warning (guideline 4: "stated consequences of non-compliance"): "has threatened X with fines
if it does not comply", "a menacé Kick de sanctions", "a prévenu TikTok qu'elle pourrait lui
infliger une amende". A French suit in the passive ("TikTok est poursuivi en justice par le
procureur général du Texas": "est" makes the participle a passive, not the platform's own
doing). Questions sent with a double object ("has sent X a list of questions"). Commitments
a platform gives to an authority it names ("a proposé des engagements à l'Autorité de la
concurrence", "has given commitments to the CMA", sweep 814's "s'y est engagé auprès du
Garante") answer that authority. Invented sentences, written before the rules were run on
them; hard negatives after (threats by the platform, suits by parents, commitments to
customers)."""

from __future__ import annotations

import pytest

from .conftest import Case, case_ids, steps_of

pytestmark = pytest.mark.slow

EC, ARCOM, CMA = "authority/european-commission", "authority/arcom", "authority/cma"
ADLC, DGCCRF = "authority/autorite-de-la-concurrence", "authority/dgccrf"
TEXAS, ICO = "authority/texas-attorney-general", "authority/ico"
X, KICK, TIKTOK = "service/x", "service/kick", "service/tiktok"
GOOGLE, META = "organisation/google", "organisation/meta"

CASES: list[Case] = [
    ("The European Commission has threatened X with fines if it does not comply.", "en",
     [("warning", EC, "EU", (X,))]),
    ("L'Arcom a menacé Kick de sanctions.", "fr", [("warning", ARCOM, "FR", (KICK,))]),
    ("La Commission a prévenu TikTok qu'elle pourrait lui infliger une amende.", "fr",
     [("warning", EC, "EU", (TIKTOK,))]),
    ("The Commission has sent X a list of questions about Grok.", "en",
     [("request_for_information", EC, "EU", (X,))]),
    ("TikTok est poursuivi en justice par le procureur général du Texas.", "fr",
     [("lawsuit", TEXAS, "US-TX", (TIKTOK,))]),
    ("TikTok est poursuivi en justice par la DGCCRF.", "fr",
     [("lawsuit", DGCCRF, "FR", (TIKTOK,))]),
    ("Google a proposé des engagements à l'Autorité de la concurrence.", "fr",
     [("commitment", GOOGLE, "FR", (GOOGLE,))]),
    ("Google has given commitments to the CMA.", "en", [("commitment", GOOGLE, "GB", (GOOGLE,))]),
    ("Meta has committed to the ICO to stop using children's data.", "en",
     [("commitment", META, "GB", (META,))]),
]

NEGATIVES: list[Case] = [
    ("X threatened to sue the Commission.", "en", []),
    ("Meta a menacé de quitter l'Europe.", "fr", []),
    ("Le ministre a prévenu que les sanctions pourraient tomber.", "fr", []),
    ("Meta a été attaquée en justice par des parents.", "fr", []),
    ("Google a proposé des engagements à ses clients.", "fr", []),
    ("The CMA said it had no concerns about Google's commitments.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES + NEGATIVES,
                         ids=case_ids(CASES + NEGATIVES))
def test_threats_suits_and_commitments(extractor, article_of, text: str, language: str,
                                       expected: list) -> None:
    assert steps_of(extractor, article_of, text, language) == sorted(expected)
