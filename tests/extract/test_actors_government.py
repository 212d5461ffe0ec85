""""Le gouvernement a assigné Shein": a government with no country of its own is the one the
context names; in French press with none named, France's (issue 3; session 6)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Le gouvernement a assigné Shein devant le tribunal judiciaire de Paris.", "fr",
     "authority/french-government"),
    ("Le Brésil a suspendu X. Le gouvernement a ensuite ordonné à X de nommer un représentant.",
     "fr", "authority/brazilian-government"),
])
def test_government_of_the_context(steps_in, text, language, actor):
    assert actor in {found for _, found, _ in steps_in(f"Titre\n\n{text}", language)}


@pytest.mark.parametrize(("text", "language"), [
    ("The government ordered X to remove the posts.", "en"),  # English press: whose?
    ("La Commission européenne a ouvert une enquête. Le gouvernement a assigné Shein.", "fr"),
])
def test_government_of_no_country_names_no_one(steps_in, text, language):
    actors = {found for _, found, _ in steps_in(f"Title\n\n{text}", language)}
    assert not {a for a in actors if a and a.endswith("government")}
