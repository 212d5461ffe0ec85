"""Courts and judges named by their place, not their name (issue 3, A7; court_descriptions.py):
the step is the place's jurisdiction's with no actor, never its government's; a US place with
neither "federal" nor "state" is left out. Invented sentences in the style of wire copy."""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.extractor import Extractor
from regkg.extract.modality import FACTUAL_STATUSES

D = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def steps(extractor: Extractor, article_of):
    """steps(text, language) -> {(type, actor, jurisdiction, targets)} of the factual steps."""
    def run(text: str, language: str = "en") -> set[tuple[object, ...]]:
        article = article_of(f"Titre\n\n{text}\n", language, D, "Titre")
        return {(a.type, a.actor, a.jurisdiction, a.targets)
                for a in extractor.extract(article).actions if a.status in FACTUAL_STATUSES}
    return run


@pytest.mark.parametrize(("text", "expected"), [
    ("A Brazilian judge ordered the suspension of X across the country on Friday.",
     ("block", None, "BR", ("service/x",))),
    ("A court in New Delhi ordered X to take down the posts within 36 hours.",
     ("order", None, "IN", ("service/x",))),
    ("A federal judge in California ordered Google to open its app store to rival stores.",
     ("order", None, "US", ("organisation/google",))),
    ("A Moscow court fined Google 3 billion roubles on Tuesday.",
     ("fine", None, "RU", ("organisation/google",))),
    ("Google was fined 3 billion roubles by a Moscow court.",
     ("fine", None, "RU", ("organisation/google",))),
    ("The Delhi High Court ordered X to take down the posts.",
     ("order", None, "IN", ("service/x",))),
    ("A state judge in New Mexico ordered Meta to hand over documents.",
     ("order", None, "US-NM", ("organisation/meta",))),
])
def test_regression_an_english_court_described_by_its_place_acts(steps, text, expected):
    assert expected in steps(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le tribunal judiciaire de Paris a ordonné jeudi à X de communiquer ses documents.",
     ("order", None, "FR", ("service/x",))),
    ("Un juge brésilien a ordonné la suspension de X dans tout le pays.",
     ("block", None, "BR", ("service/x",))),
    ("Un tribunal de New Delhi a ordonné à X de retirer les messages.",
     ("order", None, "IN", ("service/x",))),
    ("La justice brésilienne a ordonné la suspension de X.",
     ("block", None, "BR", ("service/x",))),
    ("Un tribunal de Moscou a infligé une amende de 3 millions de roubles à Google.",
     ("fine", None, "RU", ("organisation/google",))),
])
def test_regression_a_french_court_described_by_its_place_acts(steps, text, expected):
    assert expected in steps(text, "fr")


def test_regression_brazils_supreme_court_is_the_stf(steps):
    stf = ("block", "authority/brazil-supreme-court", "BR", ("service/x",))
    assert stf in steps("Brazil's Supreme Court ordered the suspension of X.")
    assert stf in steps("La Cour suprême brésilienne a ordonné le blocage de X.", "fr")


def test_a_court_is_never_its_countrys_government(steps):
    found = steps("A Brazilian judge ordered the suspension of X across the country.")
    assert not any(s[1] == "authority/brazilian-government" for s in found)


@pytest.mark.parametrize("text", [
    "A New York judge ordered OpenAI to preserve the logs.",  # federal or the state's
    "TikTok asked a federal judge to block the law.",
    "The FTC asked a federal judge in San Francisco to order Meta to stop the merger.",
    "Google appealed to a Russian court.",
    "A federal judge in California could order Google to open its store.",
])
def test_courts_that_take_no_step_or_no_place_give_none(steps, text):
    assert not any(s[1] is None and s[2] for s in steps(text))


def test_a_court_upholding_another_bodys_fine_is_not_its_actor(steps):
    found = steps("A Dutch court upheld the fine imposed on Uber by the Dutch Data "
                  "Protection Authority.")
    assert not any(s[1] is None or s[1].startswith("court/") for s in found)


@pytest.mark.parametrize(("text", "language"), [
    ("A court in Brasilia suspended the regulator's order against X.", "en"),
    ("Un tribunal de Paris a suspendu la décision de l'Arcom contre X.", "fr"),
])
def test_regression_a_court_suspending_another_bodys_step_does_not_act_on_x(steps, text,
                                                                            language):
    assert not any(s[1] is None for s in steps(text, language))


@pytest.mark.parametrize("text", [
    "Meta a fait appel devant la cour d'appel de Paris.",
    "Le tribunal judiciaire de Paris pourrait ordonner le blocage de X.",
    "Un juge new-yorkais a ordonné à Meta de conserver les messages.",
])
def test_french_courts_that_take_no_step_or_no_place_give_none(steps, text):
    assert not any(s[1] is None and s[2] for s in steps(text, "fr"))
