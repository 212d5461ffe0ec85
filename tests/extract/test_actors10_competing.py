"""An anaphor's body is dropped where the text says it may be another's (issue 3, R10): the
sentence opens in another country ("In France, the regulator ..." after Italy's Garante;
actor_opening_place.py), or the sentence before coordinated two bodies ("The CNIL and Italy's
Garante ... The regulator ordered ..."; actor_pairs.py). Each was a wrong fact: a step filed
under the wrong body and country. Invented snippets in the style of wire reports."""

from __future__ import annotations

import pytest

CNIL, GARANTE, OFCOM = "authority/cnil", "authority/garante", "authority/ofcom"

WRONG = [
    ("Italy's Garante fined OpenAI €15 million in December. In France, the regulator opened an "
     "investigation into Mistral on Monday.", "en", ("investigation", GARANTE)),
    ("La CNIL a infligé une amende à Google en 2022. En Italie, l'autorité a ouvert lundi une "
     "enquête sur DeepSeek.", "fr", ("investigation", CNIL)),
    ("The CNIL and Italy's Garante both examined DeepSeek this week. The regulator ordered the "
     "company to stop processing data.", "en", ("order", CNIL)),
    ("La CNIL et la Garante ont examiné DeepSeek. L'autorité a ordonné lundi à la société de "
     "cesser la collecte.", "fr", ("order", CNIL)),
    ("Ofcom and the ICO published joint guidance on Monday. It fined 4chan £20,000 on Tuesday.",
     "en", ("fine", OFCOM)),
]

KEPT = [
    ("Ofcom met the ICO on Monday. It fined 4chan £20,000 on Tuesday.", "en",
     ("fine", OFCOM, ("service/4chan",))),
    ("Italy's Garante fined OpenAI €15 million in December. In Italy, the regulator also "
     "opened an investigation into DeepSeek on Monday.", "en",
     ("investigation", GARANTE, ("service/deepseek",))),
    ("Italy's Garante fined OpenAI in December. In France, the CNIL opened an investigation "
     "into Mistral on Monday.", "en", ("investigation", CNIL, ("organisation/mistral-ai",))),
]


@pytest.mark.parametrize(("text", "language", "wrong"), WRONG, ids=range(len(WRONG)))
def test_regression_an_anaphor_that_may_be_another_bodys_is_nobody(steps_in, text, language,
                                                                    wrong):
    found = steps_in("Update\n\n" + text + "\n", language)
    assert wrong not in {(kind, actor) for kind, actor, _ in found}


@pytest.mark.parametrize(("text", "language", "step"), KEPT, ids=range(len(KEPT)))
def test_an_anaphor_of_the_countrys_or_an_uncoordinated_body_stays(steps_in, text, language,
                                                                   step):
    assert step in steps_in("Update\n\n" + text + "\n", language)
