"""Steps of the sweep set's wording (issue 3): a designation as gatekeeper (the non-sanctioning
final finding of a market investigation, tests/sweep 806; a DSA very large platform's
designation is none: it brings a class's duties into force, a trap in broad 711), a suit
that names its court ("took the company to the Federal Court"), a recommendation whose
addressee comes first ("issued LY with a formal recommendation"), a French reminder with its day
before the addressee ("a rappelé mercredi aux éditeurs de sites qu'ils restent responsables"),
a company cautioned not to do something (a call, no consequence stated: a statement).
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 15)


@pytest.fixture
def steps(short_steps):
    """(type, actor's last part, target's last part) of every step taken."""
    return short_steps(PUBLISHED)


EC = "european-commission"


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("On 6 September 2023, the European Commission designated six companies as the first "
     "gatekeepers: Alphabet, Amazon, Apple, ByteDance, Meta and Microsoft.", "en",
     {("investigation", EC, t) for t in ("alphabet", "amazon", "apple", "bytedance", "meta")}),
    ("On Monday the European Commission designated Booking Holdings as the seventh gatekeeper.",
     "en", {("investigation", EC, "booking-holdings")}),
    ("In March 2020 the OAIC took Meta to the Federal Court, alleging breaches of the Privacy "
     "Act.", "en", {("lawsuit", "oaic", "meta")}),
    ("On March 28 the Personal Information Protection Commission of Japan issued Meta with a "
     "formal recommendation under the Act.", "en", {("statement", "japan-ppc", "meta")}),
    ("L'APD a par ailleurs rappelé mercredi aux éditeurs de sites qu'ils restent responsables "
     "de leurs propres bannières de cookies.", "fr", {("statement", "belgian-dpa", None)}),
    ("In June 2023 the Personal Information Protection Commission of Japan cautioned OpenAI, the "
     "developer of ChatGPT, not to collect sensitive personal data.", "en",
     {("statement", "japan-ppc", "openai")}),
    ("The Information Commissioner's Office cautioned Snap against launching the chatbot.", "en",
     {("statement", "ico", "snap")}),
])
def test_step_in_the_sweep_wording(steps, text: str, language: str, expected: set) -> None:
    assert expected <= steps(text, language)


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("Meta designated Ireland as its main establishment in the EU.", "en", "investigation"),
    ("The European Commission could designate X as a very large online platform.", "en",
     "investigation"),
    # regression: a DSA designation had been read as a probe of the platform
    ("The European Commission designated Temu as a very large online platform on 31 May.",
     "en", "investigation"),
    ("TikTok is contesting its designation as a gatekeeper before the General Court.", "en",
     "investigation"),
    ("Meta took the European Commission to the General Court over the fine.", "en", "lawsuit"),
    ("L'APD a rappelé mercredi que les sites restent responsables de leurs bannières.", "fr",
     "order"),
    ("In June 2023 the Personal Information Protection Commission of Japan cautioned OpenAI, "
     "the developer of ChatGPT, not to collect sensitive personal data.", "en", "warning"),
    ("Snap cautioned investors against reading too much into the results.", "en", "statement"),
])
def test_no_step_in_a_near_wording(steps, text: str, language: str, kind: str) -> None:
    assert not {s for s in steps(text, language) if s[0] == kind}
