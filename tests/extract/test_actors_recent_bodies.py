"""The actor of a step named by a noun in a sentence that names no body: the body that opens
one of the sentences just before (issue 3, N6, recent_bodies.py). Invented sentences in the
style of wire reports."""

from __future__ import annotations

import pytest

CNIL, ARCOM, OFCOM, EC = ("authority/cnil", "authority/arcom", "authority/ofcom",
                          "authority/european-commission")
GOOGLE, TIKTOK, META, X = ("organisation/google", "service/tiktok", "organisation/meta",
                           "service/x")


@pytest.mark.parametrize(("language", "text", "step"), [
    ("en", "The CNIL published its decision on Tuesday. The fine of €40 million against Google "
           "is the largest it has imposed.", ("fine", CNIL, (GOOGLE,))),
    ("fr", "L'Arcom a rendu sa décision mardi. L'amende de 2 millions d'euros infligée à X est "
           "la première.", ("fine", ARCOM, (X,))),
    # The body's people as the verb's subject.
    ("en", "The FTC announced the settlement on Monday. Officials also ordered Meta to delete "
           "the data.", ("order", "authority/ftc", (META,))),
    ("fr", "La CNIL a rendu sa décision jeudi. Les autorités ont également mis en demeure "
           "Google de se conformer.", ("order", CNIL, (GOOGLE,))),
])
def test_a_definite_step_with_no_body_is_the_one_body_that_opened_the_sentences_before(
        steps_in, language, text, step):
    assert step in steps_in("Titre\n\n" + text + "\n", language)


@pytest.mark.parametrize(("language", "text"), [
    # A new step (indefinite), whoever took it.
    ("en", "The Commission opened proceedings against Meta in 2024. A lawsuit against Meta "
           "accuses it of harming teens."),
    # Two bodies named just before.
    ("en", "Ofcom and the ICO met TikTok on Monday. The fine of £1 million against TikTok was "
           "confirmed."),
    # Set apart from the body's steps.
    ("en", "The CNIL published its decision on Tuesday. A separate fine of €10 million against "
           "Google was imposed in Italy."),
    # The body is too far back (more than three sentences).
    ("en", "The CNIL published its decision on Tuesday. Google said it would appeal. The "
           "company called the decision disproportionate. Analysts noted that it was the fourth "
           "such case. The fine of €40 million against Google is the largest in Europe."),
    # The body is named only inside the platform's words.
    ("en", "TikTok said the Commission's concerns were unfounded. The fine of €345 million "
           "against TikTok was imposed in 2023."),
    # A company's officials; officials after two bodies.
    ("en", "The FTC announced the settlement on Monday. Meta officials also sued TikTok."),
    ("en", "Ofcom and the ICO met TikTok on Monday. Officials also fined TikTok £1 million."),
])
def test_regression_no_actor_from_an_unclear_context(steps_in, language, text):
    found = steps_in("Titre\n\n" + text + "\n", language)
    assert not any(t in ("fine", "lawsuit") for t, _, _ in found), found
