"""A noun of the step whose owner the sentence names and whose course it tells ("Its
investigation began in 2021", "The watchdog's investigation into the company, opened in
March", "L'enquête de la CNIL visant la société, ouverte en 2023"): evidence weight
`cue_owned` (lexicon_evidence.owned_noun), enough with a target referred to from the context.
Invented sentences; the hard negatives (the company's own review, a plan, a condition, a
repeat of a step stated before) gain nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from regkg.extract.extractor import Extractor

from .conftest import DATA, Fact, facts

pytestmark = pytest.mark.slow

FCCPC, OFCOM, CNIL = "authority/fccpc", "authority/ofcom", "authority/cnil"
ARCOM, ICO = "authority/arcom", "authority/ico"
META, TIKTOK, GOOGLE = "organisation/meta", "service/tiktok", "organisation/google"
D = dt.date(2025, 6, 4)


@pytest.fixture(scope="module")
def nouns_unowned(reference) -> Extractor:
    """The extractor with an owned noun weighed like any noun (the feature switched off)."""
    plain = Extractor(reference, DATA / "patterns")
    assert plain.finder.lexicon is not None
    weights = dict(plain.finder.lexicon.weights, cue_owned=plain.finder.lexicon.weights[
        "cue_nominal"])
    plain.finder.lexicon = dataclasses.replace(plain.finder.lexicon, weights=weights)
    return plain


OWNED: list[tuple[str, str, Fact]] = [
    # (the course told apart from its date: "began in 2021" alone is also a background opening,
    # background_openings, which would find the step without the owned noun's weight)
    ("Nigeria's consumer watchdog, the FCCPC, fined Meta 220 million dollars on Friday. "
     "Its investigation began after complaints from users in 2021.", "en",
     ("investigation", FCCPC, (META,))),
    ("L'Arcom a mis en demeure TikTok vendredi. Son enquête avait débuté après des plaintes, "
     "en janvier.", "fr", ("investigation", ARCOM, (TIKTOK,))),
    ("L'Arcom a mis en demeure TikTok vendredi. Son contrôle a montré que les vérifications "
     "d'âge étaient insuffisantes.", "fr", ("investigation", ARCOM, (TIKTOK,))),
]


@pytest.mark.parametrize(("text", "language", "expected"), OWNED)
def test_an_owned_noun_with_its_course_states_the_owners_step(extractor, nouns_unowned,
                                                              article_of, text, language,
                                                              expected):
    article = article_of(text, language, D)
    assert expected in facts(extractor, article)
    assert expected not in facts(nouns_unowned, article)


def test_a_bodys_genitive_is_the_determiner_of_its_noun(extractor, article_of):
    """"The CMA's investigation found ...": a genitive is no bare noun (a verb in disguise).
    (No fine of the CMA on Google here: findings restating a fine's grounds are the fine's,
    guideline 4, test_s13_restated_findings.)"""
    text = ("The CMA wrote to Google on Tuesday. The CMA's investigation found that the company "
            "had misled shoppers.")
    assert ("investigation", "authority/cma", (GOOGLE,)) in facts(extractor,
                                                                  article_of(text, "en", D))


NEGATIVES: list[tuple[str, str, list[Fact]]] = [
    # the company's own review: the mention before the possessive is the platform
    ("Ofcom has questioned Meta about its age checks. Meta said its investigation found no "
     "evidence of a breach.", "en", [("request_for_information", OFCOM, (META,))]),
    ("The CNIL fined Google on Thursday. Google's investigation found that the banner had "
     "been shown to all users.", "en", [("fine", CNIL, (GOOGLE,))]),
    ("L'Arcom a interrogé TikTok sur ses contrôles d'âge. TikTok a indiqué que son enquête "
     "interne avait montré que les règles étaient respectées.", "fr",
     [("request_for_information", ARCOM, (TIKTOK,))]),
    # a plan, a condition
    ("Ofcom has questioned TikTok about its age checks. The regulator said its planned "
     "investigation could begin in the autumn.", "en",
     [("request_for_information", OFCOM, (TIKTOK,))]),
    ("Ofcom has questioned TikTok about its age checks. Its investigation, if opened, would "
     "examine the platform's design.", "en", [("request_for_information", OFCOM, (TIKTOK,))]),
    # a repeat of the probe stated before: one step
    ("Ofcom opened an investigation into TikTok on Monday. Its investigation began after "
     "complaints from parents.", "en", [("investigation", OFCOM, (TIKTOK,))]),
]


@pytest.mark.parametrize(("text", "language", "expected"), NEGATIVES)
def test_hard_negatives_of_owned_nouns(extractor, article_of, text, language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)
