"""Adverbial phrases are no cues (task P9): "Dans une décision sans précédent", "Sans
surprise", "Sans ambiguïté" deny nothing ("sans sanction", "sans prononcer de sanction" still
do); "Even if Meta appeals, the DPC has fined" fronts a concession whose "if" is no condition
of the fine. Invented sentences written with their answers before measuring.
"""

from __future__ import annotations

import pytest

FINES = ("fine", "sanction")

# (text, language, the steps a careful analyst records: {(type, actor)})
CASES = [
    ("Dans une décision sans précédent, la CNIL a infligé une amende de 150 millions d'euros à "
     "Google.", "fr", {("fine", "CNIL")}),
    ("Sans surprise, la Commission a ouvert une enquête sur Temu.", "fr",
     {("investigation", "European Commission")}),
    ("Sans ambiguïté, l'Arcom a mis en demeure X.", "fr", {("order", "Arcom")}),
    ("La CNIL a clos la procédure sans sanction contre Criteo.", "fr", set()),
    ("La CNIL a clôturé la procédure visant Criteo sans prononcer de sanction.", "fr", set()),
    ("Even if Meta appeals, the DPC has fined TikTok €345 million.", "en",
     {("fine", "Data Protection Commission")}),
    ("Even if Meta fails to comply, the Commission could fine it.", "en", set()),
]


@pytest.mark.parametrize(("text", "language", "steps"), CASES)
def test_an_adverbial_is_no_cue(labelled, text, language, steps):
    found = {("fine" if kind in FINES else kind, actor)
             for kind, actor, _ in labelled(f"Title\n\n{text}", language)}
    assert found == steps
