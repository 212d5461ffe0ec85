"""Adverbial phrases are no cues (task P9): "Dans une décision sans précédent", "Sans
surprise", "Sans ambiguïté" deny nothing ("sans sanction", "sans prononcer de sanction" still
do); "Even if Meta appeals, the DPC has fined" fronts a concession whose "if" is no condition
of the fine; "In a decision that could set a precedent, the Commission fined" fronts a phrase
whose relative clause has its own modal. Invented sentences written with their answers before
measuring.
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
    ("In a decision that could set a precedent, the Commission fined Apple €500 million.", "en",
     {("fine", "European Commission")}),
    ("In a case that may shape the DSA's enforcement, the Commission opened proceedings against "
     "X.", "en", {("investigation", "European Commission")}),
    ("Dans une décision qui pourrait faire date, la CNIL a sanctionné Google.", "fr",
     {("fine", "CNIL")}),
    ("In a statement, the Commission said it could fine X.", "en", set()),
    ("Dans un communiqué, la Commission a indiqué qu'elle pourrait sanctionner X.", "fr", set()),
]


@pytest.mark.parametrize(("text", "language", "steps"), CASES)
def test_an_adverbial_is_no_cue(labelled, text, language, steps):
    found = {("fine" if kind in FINES else kind, actor)
             for kind, actor, _ in labelled(f"Title\n\n{text}", language)}
    assert found == steps
