"""A platform's description as the subject of a passive step (issue 3, task T10, point 3):
"L'entreprise a été sanctionnée mardi par la CNIL", "La plateforme lituanienne a été
sanctionnée", "La messagerie a été bloquée samedi par les autorités russes" refer back to the
platform named before.
- a trigger that opens on its own auxiliary ("a été sanctionnée") is passive as much as one
  after it: its description had been missed and the step lost;
- the agent may be a body described by a noun and an adjective ("par les autorités russes",
  "by the Dutch regulator") as well as a named one; "by consumer groups in France" is still
  no body's step.
Invented sentences."""

from __future__ import annotations

import pytest

DESCRIBED_SUBJECTS = [
    ("Google utilisait des cookies sans consentement. L'entreprise a été sanctionnée mardi "
     "par la CNIL d'une amende de 150 millions d'euros.", "fr", ("fine", "google")),
    ("Google utilisait des cookies sans consentement. L'entreprise américaine a été condamnée "
     "mardi par la CNIL à une amende de 150 millions d'euros.", "fr", ("fine", "google")),
    ("Vinted revendique 80 millions de membres. La plateforme lituanienne a été sanctionnée "
     "mardi par la CNIL d'une amende de 2,3 millions d'euros.", "fr", ("fine", "vinted")),
    ("Telegram refuse de coopérer. La messagerie a été bloquée samedi par les autorités "
     "russes.", "fr", ("block", "telegram")),
]


@pytest.mark.parametrize(("text", "language", "expected"), DESCRIBED_SUBJECTS,
                         ids=[f"{lang}-{text[-50:]}" for text, lang, _ in DESCRIBED_SUBJECTS])
def test_described_subject_of_a_passive_step_is_the_platform(step_targets, text: str,
                                                             language: str,
                                                             expected: tuple) -> None:
    assert step_targets(text, language) == {expected}


@pytest.mark.parametrize(("text", "language"), [
    ("Google used cookies without consent. The company was sued on Monday by consumer groups "
     "in France.", "en"),
    ("Google utilisait des cookies. L'entreprise a été assignée lundi par des associations de "
     "consommateurs.", "fr"),
])
def test_passive_step_by_no_body_is_none(step_targets, text: str, language: str) -> None:
    assert not step_targets(text, language)
