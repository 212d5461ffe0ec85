"""Vocabulary of steps the rules did not know (issue 3, L6): accusations, claimed sums, sums
"écopées" with no word of a fine, and probes a platform "faces" or is "the subject of".

Whose words an accusation or a claimed sum are decides the step: a regulator's ("The
Commission accused Meta of breaching the DSA", "Bruxelles lui réclame 120 millions d'euros")
is its preliminary finding or its fine; a prosecutor's or an attorney general's is the charge
of a suit or a demand to a judge, and states no finding and no fine
(regkg.extract.lexicon_accusations). Each positive is found only with the lexicon layer on;
each hard negative yields exactly the facts listed (most often none).

The sentences are invented in the style of regulators' releases and news reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Fact, facts

pytestmark = pytest.mark.slow

EC, OFCOM, CNIL = "authority/european-commission", "authority/ofcom", "authority/cnil"
TEXAS, PARQUET = "authority/texas-attorney-general", "authority/paris-prosecutor"
META, GOOGLE, TIKTOK, X = ("organisation/meta", "organisation/google", "service/tiktok",
                           "service/x")
SHEIN, TELEGRAM = "service/shein", "service/telegram"
D = dt.date(2025, 6, 4)

POSITIVES: list[tuple[str, str, list[Fact]]] = [
    # a regulator's accusation is its preliminary finding
    ("The European Commission accused Meta and TikTok of breaching transparency rules on "
     "Friday.", "en", [("investigation", EC, (META,)), ("investigation", EC, (TIKTOK,))]),
    ("The European Commission accuses Meta of breaching the DSA.", "en",
     [("investigation", EC, (META,))]),
    ("La Commission européenne accuse Meta d'avoir enfreint le DSA.", "fr",
     [("investigation", EC, (META,))]),
    # a sum claimed by the body that imposes it
    ("Bruxelles réclame 120 millions d'euros à X.", "fr", [("fine", EC, (X,))]),
    ("X est devenu vendredi la première plateforme sanctionnée au titre du DSA : Bruxelles lui "
     "réclame 120 millions d'euros.", "fr", [("fine", EC, (X,))]),
    # a sum "écopée" with an aside and no word of a fine; the body named before
    ("La CNIL a sanctionné Google d'une amende de 325 millions d'euros. Shein écope, quant à "
     "lui, de 150 millions d'euros, pour des cookies.", "fr",
     [("fine", CNIL, (GOOGLE,)), ("fine", CNIL, (SHEIN,))]),
    # a probe the platform faces or is the subject of, its noun with no article
    ("TikTok faces two investigations by Ofcom.", "en", [("investigation", OFCOM, (TIKTOK,))]),
    ("Meta is the subject of formal proceedings by the European Commission.", "en",
     [("investigation", EC, (META,))]),
]

NEGATIVES: list[tuple[str, str, list[Fact]]] = [
    # a prosecutor's or an attorney general's accusation is a charge: the suit is its own step
    ("The Texas Attorney General accused Meta of violating the state's privacy law.", "en", []),
    ("The Texas Attorney General sued Meta, accusing it of violating the state's privacy law.",
     "en", [("lawsuit", TEXAS, (META,))]),
    ("Le parquet de Paris accuse Telegram d'avoir violé la loi.", "fr", []),
    # a prosecutor's demand in court is no fine
    ("Le parquet de Paris réclame 100 000 euros contre Telegram.", "fr", []),
    # accusations and claims by others, or only possible
    ("Meta accused Apple of breaching the DMA.", "en", []),
    ("Campaigners accused the Commission of failing to enforce the DSA against X.", "en", []),
    ("The Commission could accuse Meta of breaching the DSA.", "en", []),
    ("Meta accuse la Commission européenne d'avoir enfreint le droit.", "fr", []),
    ("Les plaignants réclament 10 millions d'euros à Meta.", "fr", []),
    ("X réclame 120 millions d'euros à la Commission européenne.", "fr", []),
    ("La Commission européenne pourrait réclamer 120 millions d'euros à X.", "fr", []),
    # a sum that is no penalty
    ("Shein écope de 150 millions d'euros de chiffre d'affaires supplémentaire.", "fr", []),
    # a probe faced on a condition, possibly, no longer, or closed
    ("Ofcom said TikTok faces investigations if it fails to comply.", "en", []),
    ("Ofcom said TikTok faces an investigation if it fails to comply.", "en", []),
    ("TikTok could face investigations by Ofcom.", "en", []),
    ("TikTok no longer faces investigations by Ofcom.", "en", []),
    ("Ofcom closed two investigations into TikTok.", "en", []),
]


def _ids(cases: list[tuple[str, str, list[Fact]]]) -> list[str]:
    return [f"{c[1]}-{i:02d}" for i, c in enumerate(cases)]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVES, ids=_ids(POSITIVES))
def test_new_wordings_state_steps(extractor, without_lexicon, article_of, text, language,
                                  expected):
    article = article_of(text, language, D)
    got = facts(extractor, article)
    assert all(fact in got for fact in expected), got
    new = [f for f in expected if f[0] != "fine" or f[2] != (GOOGLE,)]  # Google's is precise
    assert not any(fact in facts(without_lexicon, article) for fact in new)


@pytest.mark.parametrize(("text", "language", "expected"), NEGATIVES, ids=_ids(NEGATIVES))
def test_hard_negatives_of_accusations_and_claims(extractor, article_of, text, language,
                                                  expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


def test_regression_an_attorney_generals_accusation_is_no_probe(extractor, article_of):
    """Before lexicon_accusations, the accusation cue gave the Texas Attorney General an
    investigation of Meta beside its lawsuit."""
    text = "The Texas Attorney General sued Meta, accusing it of violating the state's privacy law."
    got = facts(extractor, article_of(text, "en", D))
    assert ("investigation", TEXAS, (META,)) not in got


def test_regression_a_probe_faced_on_a_condition_is_a_threat(extractor, article_of):
    """"TikTok faces an investigation if it fails to comply" gave an opened probe."""
    text = "Ofcom said TikTok faces an investigation if it fails to comply."
    assert facts(extractor, article_of(text, "en", D)) == []
