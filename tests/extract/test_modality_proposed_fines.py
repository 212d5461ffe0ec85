"""A fine proposed or provisional is not imposed (UK notices of intent, "amende provisoire"):
planned, never a factual fine (issue 3, modality; session 6 regression tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "language"), [
    ("The Commission proposed a fine of €500 million on Apple.", "en"),
    ("L'autorité a notifié à Google une amende provisoire de 10 millions d'euros.", "fr"),
])
def test_proposed_fine_is_no_fine(steps_in, text, language):
    assert steps_in(f"Title\n\n{text}", language) == set()


def test_provisional_fine_of_a_notice_of_intent_is_no_fine(steps_in):
    text = ("Title\n\nThe ICO has issued TikTok with a notice of intent, which sets out a "
            "provisional fine of £27 million.")
    assert "fine" not in {kind for kind, _, _ in steps_in(text, "en")}


def test_fine_imposed_after_a_notice_of_intent_is_a_fine(steps_in):
    text = ("Title\n\nThe ICO fined TikTok £12.7 million, less than the £27 million proposed in "
            "its notice of intent.")
    assert "fine" in {kind for kind, _, _ in steps_in(text, "en")}
