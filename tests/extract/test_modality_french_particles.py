"""French negation is "ne"/"n'" with a second particle (task P9). Two failures of the cue
written as "n" plus any character: words in n- ("de nouveau plus fermement", "à nouveau plus
de 500 millions") read as "ne ... plus" and lost the step; and in a simple tense the second
particle follows the verb, outside the cue's window, so "La CNIL ne sanctionne pas Google" was a
sanction. "Ne ... que" restricts and "pas seulement" means "not only": both state the step.
Invented sentences written with their answers before measuring.
"""

from __future__ import annotations

import pytest

CNIL, EC, ARCOM = "CNIL", "European Commission", "Arcom"
FINES = ("fine", "sanction")  # "sanctionne" names a sanction of no stated kind

NEGATED = [
    "La CNIL ne sanctionne pas Google.",
    "La Commission ne sanctionne plus Google.",
    "L'Arcom ne bloquera jamais X.",
    "La CNIL ne le sanctionne pas.",
    "La Commission n'inflige pas d'amende à Meta.",
    "La CNIL ne lui inflige aucune amende.",
]
# (text, the steps a careful analyst records: {(type, actor)})
STATED = [
    ("La CNIL n'a pas seulement infligé une amende à Google, elle lui a aussi ordonné de cesser "
     "le traitement.", {("fine", CNIL), ("order", CNIL)}),
    ("L'Arcom a de nouveau plus fermement mis en demeure X.", {("order", ARCOM)}),
    ("La Commission a infligé à nouveau plus de 500 millions d'euros d'amende à Meta.",
     {("fine", EC)}),
    ("La CNIL ne sanctionne Google que pour les cookies.", {("fine", CNIL)}),
    ("La CNIL n'a infligé qu'une amende de 10 000 euros à Google.", {("fine", CNIL)}),
    ("La CNIL n'a pas manqué de sanctionner Google.", {("fine", CNIL)}),
    ("La CNIL a sanctionné Google notamment plus sévèrement que Meta.", {("fine", CNIL)}),
]


def _kinds(steps: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {("fine" if kind in FINES else kind, actor) for kind, actor in steps}


@pytest.mark.parametrize("text", NEGATED)
def test_a_denied_step_is_no_step(labelled, text):
    assert labelled(f"Titre\n\n{text}", "fr") == set()


@pytest.mark.parametrize(("text", "steps"), STATED)
def test_the_step_is_kept(labelled, text, steps):
    found = {(kind, actor) for kind, actor, _ in labelled(f"Titre\n\n{text}", "fr")}
    assert _kinds(found) == steps
