"""Block vs order, a decision of the project (issue 3): an authority or a court ordering the
suspension or the blocking of a platform cuts access to it, so the step is a `block` (tests/varied
316, tests/wide 515, tests/blind 109 gold); an order to stop a processing, a policy or a feature
stays an `order`. Invented sentences in the style of wire reports and court news."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2024, 9, 1)
STF, TAGANSKY = "authority/brazil-supreme-court", "authority/tagansky-court"
X, TELEGRAM = "service/x", "service/telegram"


@pytest.fixture
def kinds(factual_steps):
    run = factual_steps(D)

    def of(text: str, language: str) -> list[tuple[object, ...]]:
        return [(f[0], f[1], f[2]) for f in run(text, language)]

    return of


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La veille, le juge Alexandre de Moraes, de la Cour suprême fédérale (STF), avait ordonné "
     "la suspension de la plateforme X sur tout le territoire.", "fr", ("block", STF, (X,))),
    ("A justice of Brazil's Supreme Federal Court ordered the immediate suspension of X across "
     "the country.", "en", ("block", STF, (X,))),
    ("Le Tribunal Taganski de Moscou a ordonné le blocage de Telegram.", "fr",
     ("block", TAGANSKY, (TELEGRAM,))),
    # The possessive is the platform named before it.
    ("Ce n'est pas la première fois que Telegram est visé. En avril 2018, le tribunal Taganski "
     "de Moscou avait ordonné son blocage, une mesure jamais appliquée.", "fr",
     ("block", TAGANSKY, (TELEGRAM,))),
    # The providers carry out the court's block.
    ("Le tribunal Taganski de Moscou a ordonné aux fournisseurs d'accès à internet de bloquer "
     "Telegram.", "fr", ("block", TAGANSKY, (TELEGRAM,))),
    ("Moscow's Tagansky court ordered internet service providers to block Telegram.", "en",
     ("block", TAGANSKY, (TELEGRAM,))),
])
def test_regression_an_ordered_suspension_of_a_platform_is_a_block(kinds, text, language,
                                                                    expected):
    found = kinds(text, language)
    assert expected in found
    assert not [f for f in found if f[0] == "order"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La CNIL a ordonné la suspension du traitement des données par Clearview AI.", "fr",
     ("order", "authority/cnil", ("organisation/clearview-ai",))),
    ("L'ANPD a ordonné la suspension de la nouvelle politique de confidentialité de Meta.", "fr",
     ("order", "authority/anpd", ("organisation/meta",))),
    ("The ANPD ordered the suspension of Meta's AI training.", "en",
     ("order", "authority/anpd", ("organisation/meta",))),
    ("The Garante ordered OpenAI to suspend the processing of Italian users' data.", "en",
     ("order", "authority/garante", ("organisation/openai",))),
    # A policy or a processing suspended by the body itself (tests/varied 307).
    ("The ANPD suspended with immediate effect the new privacy policy under which Meta planned "
     "to train its AI.", "en", ("order", "authority/anpd", ("organisation/meta",))),
    ("L'ANPD a suspendu la nouvelle politique de confidentialité de Meta.", "fr",
     ("order", "authority/anpd", ("organisation/meta",))),
])
def test_an_ordered_stop_of_a_processing_or_a_feature_stays_an_order(kinds, text, language,
                                                                     expected):
    found = kinds(text, language)
    assert expected in found
    assert not [f for f in found if f[0] == "block"]


@pytest.mark.parametrize(("text", "language"), [
    # Asked for, threatened, lifted: no block taken.
    ("Le gouvernement a demandé au tribunal d'ordonner la suspension de Telegram.", "fr"),
    ("The court could order the suspension of X across the country.", "en"),
    ("Le juge a levé la suspension de X ordonnée la semaine dernière.", "fr"),
])
def test_hard_negatives_no_block_taken(kinds, text, language):
    assert [f for f in kinds(text, language) if f[0] == "block"] == []

