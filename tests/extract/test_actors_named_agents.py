"""Actors of steps named by a noun or a passive whose agent comes after them (issue 3, N6).
Invented sentences in the style of wire reports and regulators' releases."""

from __future__ import annotations

import pytest

CNIL, ARCOM, OFCOM = "authority/cnil", "authority/arcom", "authority/ofcom"
TEXAS_AG = "authority/texas-attorney-general"
GOOGLE, META, TIKTOK, SHEIN = ("organisation/google", "organisation/meta", "service/tiktok",
                               "service/shein")
APPLE = "organisation/apple"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The CNIL received a complaint filed by noyb against Google."),
    ("en", "Ofcom is reviewing the lawsuit brought by parents against TikTok."),
    ("fr", "La CNIL a été saisie d'une plainte déposée par noyb contre Google."),
    ("fr", "L'Arcom a examiné la plainte déposée par l'UFC-Que Choisir contre Shein."),
    # The body after the complainant ("auprès de la CNIL") is not the agent either.
    ("fr", "La plainte déposée par la Quadrature du Net auprès de la CNIL vise Google."),
    ("fr", "L'assignation déposée par les familles contre TikTok a été examinée par le tribunal."),
    ("en", "The lawsuit brought by a group of parents against TikTok was dismissed by a federal "
           "judge."),
    ("fr", "Une plainte a été déposée contre TikTok par des familles de victimes."),
    # The body a complaint is lodged with is not its agent; the agent too far to read: nobody.
    ("fr", "Une plainte a été déposée mardi contre TikTok auprès du parquet de Paris par "
           "l'Arcom."),
    # Agentless: the article's one body is no guess for it.
    ("fr", "La CNIL a publié sa décision. Une plainte a été déposée contre TikTok."),
])
def test_regression_a_step_whose_agent_is_no_body_is_not_the_bodys_named_before(
        steps_in, language, text):
    # The complainant is the step's agent: the body that received or examines it did not act.
    assert steps_in("Titre\n\n" + text + "\n", language) == set()


@pytest.mark.parametrize(("language", "text", "step"), [
    ("en", "The lawsuit, filed by the Texas attorney general in state court, accuses TikTok "
           "of misleading parents.", ("lawsuit", TEXAS_AG, (TIKTOK,))),
    ("en", "TikTok faces a lawsuit filed by the Texas attorney general.",
     ("lawsuit", TEXAS_AG, (TIKTOK,))),
    ("fr", "Une amende de 150 millions d'euros a été infligée à Shein par la CNIL.",
     ("fine", CNIL, (SHEIN,))),
    ("fr", "TikTok a été mis en demeure par l'Arcom de retirer les contenus.",
     ("order", ARCOM, (TIKTOK,))),
    # Steps named by a noun, their participle and agent after it.
    ("fr", "L'amende infligée par l'Autorité de la concurrence à Apple s'élève à 1,1 milliard "
           "d'euros.", ("fine", "authority/autorite-de-la-concurrence", (APPLE,))),
    ("fr", "TikTok fait l'objet d'une enquête ouverte par la Commission européenne.",
     ("investigation", "authority/european-commission", (TIKTOK,))),
    ("en", "Under an order issued by the FTC, Meta must delete the data.",
     ("order", "authority/ftc", (META,))),
    ("en", "The suit brought by the Texas attorney general accuses TikTok of deceiving parents.",
     ("lawsuit", TEXAS_AG, (TIKTOK,))),
    ("fr", "Une plainte a été déposée contre TikTok par la CNIL.", ("lawsuit", CNIL, (TIKTOK,))),
])
def test_a_body_named_as_the_agent_stays_the_actor(steps_in, language, text, step):
    assert step in steps_in("Titre\n\n" + text + "\n", language)


def test_regression_a_restated_fine_merges_with_the_dated_one(steps_in):
    text = ("Titre\n\nLa CNIL a infligé jeudi une amende de 150 millions d'euros à Google. "
            "L'amende infligée par la CNIL à Google est la plus lourde de son histoire.\n")
    assert steps_in(text, "fr") == {("fine", CNIL, (GOOGLE,))}


def test_a_fine_of_so_much_per_day_has_no_agent(steps_in):
    # "par jour" after an amount is no agent: the fine stays the subject's.
    text = ("Titre\n\nLa CNIL a infligé à Google une amende de 100 000 euros par jour de "
            "retard.\n")
    assert ("fine", CNIL, (GOOGLE,)) in steps_in(text, "fr")
