"""Notices, checks and infringements in the words of releases and the press (issue 3, V10): a
notice received or sent out as the subject ("after it received a legal transparency notice",
"Similar notices, issued under the Online Safety Act, went out that month to Google, TikTok
and Discord": tests/broad 701), checks launched on a platform, infringements notified in
French ("il avait notifié à la plateforme une série d'infractions": tests/sweep 814), a
complaint being examined with an adverb between ("instruit actuellement une plainte contre"),
a summons to explain itself (a request, not an order: "Bruxelles somme X de s'expliquer"); a
commitment as a pronoun ("s'y est engagé auprès du Garante") stays found. A step named
as what the company failed to comply with is a reference, not a step of its own (tests/blind
106). Invented sentences, written before the rules were run on them."""

from __future__ import annotations

import pytest

from .conftest import Case, case_ids, steps_of

pytestmark = pytest.mark.slow

ESAFETY, CNIL = "authority/esafety-commissioner", "authority/cnil"
GARANTE, EC = "authority/garante", "authority/european-commission"
TIKTOK, GOOGLE, DISCORD = "service/tiktok", "organisation/google", "service/discord"
X, TEMU, SHEIN = "service/x", "service/temu", "service/shein"

NOTICES: list[Case] = [
    ("TikTok received a legal transparency notice from the eSafety Commissioner in February.",
     "en", [("request_for_information", ESAFETY, "AU", (TIKTOK,))]),
    ("The eSafety Commissioner fined X. Similar notices, issued under the Online Safety Act, "
     "went out that month to Google, TikTok and Discord.", "en",
     [("fine", ESAFETY, "AU", (X,)), ("request_for_information", ESAFETY, "AU", (DISCORD,)),
      ("request_for_information", ESAFETY, "AU", (GOOGLE,)),
      ("request_for_information", ESAFETY, "AU", (TIKTOK,))]),
    ("The CNIL has launched checks on Shein's website.", "en",
     [("investigation", CNIL, "FR", (SHEIN,))]),
    ("La CNIL a notifié à Temu une série d'infractions au RGPD.", "fr",
     [("investigation", CNIL, "FR", (TEMU,))]),
    ("Le Garante s'est félicité de la décision de TikTok. Dès décembre 2020, il avait notifié "
     "à la plateforme une série d'infractions.", "fr",
     [("investigation", GARANTE, "IT", (TIKTOK,))]),
    ("La CNIL instruit actuellement une plainte contre X.", "fr",
     [("investigation", CNIL, "FR", (X,))]),
    ("Bruxelles somme X de s'expliquer sur ses algorithmes.", "fr",
     [("request_for_information", EC, "EU", (X,))]),
    ("Le Garante a ouvert une enquête sur TikTok. Le réseau social s'y est engagé mercredi "
     "auprès du Garante, qui s'en est félicité.", "fr",
     [("commitment", TIKTOK, "IT", (TIKTOK,)), ("investigation", GARANTE, "IT", (TIKTOK,))]),
]

NEGATIVES: list[Case] = [
    # the notice X failed to comply with is stated elsewhere; here only the fine
    ("The eSafety Commissioner issued X with an infringement notice for $610,500 for failing "
     "to comply with a transparency notice.", "en", [("fine", ESAFETY, "AU", (X,))]),
    ("TikTok received a notice of its rights from its lawyers.", "en", []),
    ("Les notices d'utilisation ont été envoyées aux clients de Temu.", "fr", []),
    ("Meta s'y est engagé auprès de ses actionnaires.", "fr", []),
    ("The CNIL has launched checks on its own website.", "en", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), NOTICES + NEGATIVES,
                         ids=case_ids(NOTICES + NEGATIVES))
def test_notices_checks_and_infringements(extractor, article_of, text: str, language: str,
                                          expected: list) -> None:
    assert steps_of(extractor, article_of, text, language) == sorted(expected)
