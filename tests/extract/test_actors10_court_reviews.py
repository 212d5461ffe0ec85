"""A court the reference names does not take the step it reviews (issue 3, R10,
court_descriptions.court_steps): "The CJEU confirmed the fine on Google", "Brazil's Supreme
Federal Court upheld the fine imposed on X", "La CJUE a confirmé l'amende infligée à Google"
had been the court's own fines (wrong facts: a new step, dated the day of the ruling). A
court's own verb keeps its step ("ordered the suspension of X", "fined X")."""

from __future__ import annotations

import pytest

CJEU, STF = "authority/cjeu", "authority/brazil-supreme-court"

REVIEWS = [
    ("The Court of Justice of the European Union confirmed the €4.3 billion fine on Google on "
     "Tuesday.", "en", CJEU),
    ("Brazil's Supreme Federal Court upheld on Monday the fine imposed on X by a lower court.",
     "en", STF),
    ("La Cour de justice de l'Union européenne a confirmé mardi l'amende de 2,4 milliards "
     "d'euros infligée à Google.", "fr", CJEU),
]


@pytest.mark.parametrize(("text", "language", "court"), REVIEWS, ids=range(len(REVIEWS)))
def test_regression_a_court_reviewing_a_step_takes_none(steps_in, text, language, court):
    assert court not in {actor for _, actor, _ in steps_in("Update\n\n" + text + "\n", language)}


@pytest.mark.parametrize(("text", "step"), [
    ("Brazil's Supreme Federal Court ordered the suspension of X on Friday.",
     ("block", STF, ("service/x",))),
    ("The Supreme Federal Court fined X on Friday.", ("fine", STF, ("service/x",))),
])
def test_a_courts_own_verb_keeps_its_step(steps_in, text, step):
    assert step in steps_in("Update\n\n" + text + "\n")
