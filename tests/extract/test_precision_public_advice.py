"""Advice and warnings to the public are no step against a platform (guideline 4: statements are
"aimed at platforms"; tests/sweep 805: "Its advice to the public is aimed at people, not the
platform"; task P9). A platform named in the advice ("check their privacy settings on TikTok")
is its subject matter, not its addressee. Invented sentences written with their answers before
measuring; the near-positives address the platform itself.
"""

from __future__ import annotations

import pytest

EN = [
    "The commissioner warned that children were at risk on the platform.",
    "Ofcom warned parents about the dangers of the app.",
    "The ICO urged parents to check their children's privacy settings on TikTok.",
    "eSafety advised users to delete the app.",
    "The CNIL recommends that users enable two-factor authentication on their Facebook accounts.",
    "The Commission reminded member states of their obligations under the DSA.",
    "The FTC warned consumers about scams on Facebook Marketplace.",
    "Police warned the public about fake Instagram accounts impersonating officers.",
    "The ICO encouraged people who use Snapchat to report concerns.",
    "The ACCC urged consumers to be wary of fake Temu listings.",
    "The FBI warned users of WhatsApp about a new phishing campaign.",
    "The ICO told users of the app to review their settings.",
    "Parents were urged by the ICO to review the settings of their children's TikTok accounts.",
]
FR = [
    "La CNIL appelle les parents à la vigilance sur TikTok.",
    "L'Arcom met en garde les internautes contre les faux sites de Temu.",
    "La DGCCRF alerte les consommateurs sur les pratiques de Shein.",
    "La CNIL recommande aux utilisateurs de Facebook d'activer la double authentification.",
    "La police invite les usagers d'Instagram à signaler les faux comptes.",
    "La CNIL conseille aux parents de vérifier les paramètres de TikTok.",
    "Le gouvernement a rappelé aux collectivités leurs obligations en matière de cybersécurité.",
]
# (text, language, the step a careful analyst records: (type, actor))
ADDRESSED_TO_THE_PLATFORM = [
    ("Ofcom urged TikTok to strengthen its age checks.", "en", ("statement", "Ofcom")),
    ("La CNIL appelle TikTok à renforcer la protection des mineurs.", "fr", ("statement", "CNIL")),
    ("eSafety warned X it faced fines of up to A$782,500 a day if it did not comply.", "en",
     ("warning", "eSafety Commissioner")),
    ("The ICO urged social media platforms to do more to protect children's privacy.", "en",
     ("statement", "Information Commissioner's Office")),
    ("L'Arcom a rappelé à X ses obligations au titre du DSA.", "fr", ("statement", "Arcom")),
]


@pytest.mark.parametrize(("text", "language"), [(t, "en") for t in EN] + [(t, "fr") for t in FR])
def test_advice_to_the_public_is_no_step(labelled, text, language):
    assert labelled(f"Title\n\n{text}", language) == set()


@pytest.mark.parametrize(("text", "language", "step"), ADDRESSED_TO_THE_PLATFORM)
def test_advice_to_the_platform_is_a_step(labelled, text, language, step):
    found = {(kind, actor) for kind, actor, _ in labelled(f"Title\n\n{text}", language)}
    assert found == {step}
