"""A company the reference does not know, named after a French probe's noun and "sur" (issue 3,
task T10): "La CNIL a ouvert une enquête sur Doctolib" is a probe of Doctolib, as "an
investigation into Easylife" is in English, and a later pronoun ("Elle lui a infligé") refers
back to it. A word the lists forbid ("Internet") is still no company. Invented sentences."""

from __future__ import annotations

import pytest


def test_unknown_company_after_a_probe_on(step_targets) -> None:
    text = ("La CNIL a ouvert une enquête sur Doctolib en 2022. Elle lui a infligé mardi une "
            "amende de 1 million d'euros.")
    assert step_targets(text, "fr") == {("investigation", "doctolib"), ("fine", "doctolib")}


@pytest.mark.parametrize(("text", "expected"), [
    ("La CNIL a ouvert une enquête sur Internet et les cookies.", set()),
    ("The ICO opened an investigation into Easylife in 2022. On Tuesday it fined the company "
     "1.35 million pounds.", {("investigation", "easylife"), ("fine", "easylife")}),
])
def test_guards(step_targets, text: str, expected: set) -> None:
    language = "fr" if "CNIL a" in text else "en"
    assert step_targets(text, language) == expected
