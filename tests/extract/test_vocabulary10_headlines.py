"""Headlinese and the press's undergoing of a probe (issue 3, V10): "Brussels takes aim at Meta
with DSA probe" (an idiom of "targets X with a probe"), "TikTok visé par une enquête de
Bruxelles" (the participle with no auxiliary, in a headline or an apposition: "TikTok, visé
par une enquête de la Commission, a annoncé"). Invented sentences, written before the rules
were run on them; the other headline shapes of the batch were already read and stay guarded
here, with hard negatives (a fine looming or threatened, a suit between companies)."""

from __future__ import annotations

import pytest

from .conftest import Case, case_ids, steps_of

pytestmark = pytest.mark.slow

EC, OFCOM, CNIL = "authority/european-commission", "authority/ofcom", "authority/cnil"
META, TIKTOK, APPLE = "organisation/meta", "service/tiktok", "organisation/apple"

HEADLINES: list[Case] = [
    ("Brussels takes aim at Meta with DSA probe", "en", [("investigation", EC, "EU", (META,))]),
    ("TikTok visé par une enquête de Bruxelles", "fr",
     [("investigation", EC, "EU", (TIKTOK,))]),
    ("TikTok, visé par une enquête de la Commission européenne, a annoncé des changements.",
     "fr", [("investigation", EC, "EU", (TIKTOK,))]),
    ("EU slaps €1.8bn fine on Apple over music streaming", "en",
     [("fine", EC, "EU", (APPLE,))]),
    ("Ofcom hits TikTok with £1.9m fine", "en", [("fine", OFCOM, "GB", (TIKTOK,))]),
    ("La CNIL met en garde Temu", "fr", [("warning", CNIL, "FR", ("service/temu",))]),
]

NEGATIVES: list[Case] = [
    ("Apple could face EU fine", "en", []),
    ("Meta fine looms as Brussels weighs options", "en", []),
    ("TikTok menacé d'une amende", "fr", []),
    ("Shein sues rival Temu", "en", []),
    ("Les sites visés par la loi devront se conformer.", "fr", []),
    ("Meta est visée par une plainte de noyb.", "fr", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), HEADLINES + NEGATIVES,
                         ids=case_ids(HEADLINES + NEGATIVES))
def test_headline_idioms(extractor, article_of, text: str, language: str,
                         expected: list) -> None:
    assert steps_of(extractor, article_of, text, language) == sorted(expected)
