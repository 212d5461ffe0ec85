"""A singular pronoun or description after two rival companies named as one phrase (issue 3,
task T10, point 3: "null when unclear"): "Apple and Google were criticised. The Commission
opened an investigation into its app store" may mean either, so the step gets no target from
it (it had taken the last name, Google: a wrong fact half the time). A plural description
takes both, a name decides, and a company beside its own service is one referent.
Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "language"), [
    ("Apple and Google were criticised by developers. The European Commission opened an "
     "investigation into its app store on Monday.", "en"),
    ("Shein et Temu sont accusés de vendre des produits dangereux. La DGCCRF a infligé mardi "
     "une amende de 40 millions d'euros à la plateforme.", "fr"),
])
def test_singular_referent_after_two_rivals_is_no_target(step_targets, text: str,
                                                          language: str) -> None:
    assert not {target for _, target in step_targets(text, language)} & {
        "apple", "google", "shein", "temu"}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Google et Amazon déposaient des cookies sans consentement. La CNIL a infligé mardi aux "
     "deux entreprises des amendes de 100 et 35 millions d'euros.", "fr",
     {("fine", "google"), ("fine", "amazon")}),
    ("Shein et Temu sont accusés de vendre des produits dangereux. La DGCCRF a infligé mardi "
     "une amende de 40 millions d'euros à Shein.", "fr", {("fine", "shein")}),
    ("OpenAI launched ChatGPT in 2022. The Garante fined the company 15 million euros on "
     "Friday.", "en", {("fine", "openai")}),
    ("TikTok is popular with teens. The European Commission opened an investigation into its "
     "recommendation system on Monday.", "en", {("investigation", "tiktok")}),
])
def test_clear_referents_keep_their_target(step_targets, text: str, language: str,
                                           expected: set) -> None:
    assert step_targets(text, language) == expected
