"""A step against a target already stated, by another body (of the same jurisdiction or not)
referred to by a pronoun or a description, is that body's own step, not a repeat of the first
(lexicon_repeats.another_bodys_step); the article's own body stating its step again, a noun
that refers back, and a step whose actor is only guessed stay repeats. Invented sentences in
English and French; "se penche lui aussi sur", "enquête également sur" are cue words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import Fact, facts

pytestmark = pytest.mark.slow

EC, OFCOM, ICO = "authority/european-commission", "authority/ofcom", "authority/ico"
DPC, CNIL = "authority/irish-dpc", "authority/cnil"
TIKTOK, GOOGLE = "service/tiktok", "organisation/google"
D = dt.date(2025, 6, 4)

OPENED = "The European Commission opened formal proceedings against TikTok on Tuesday. "
OUVERT = "La Commission européenne a ouvert une procédure formelle contre TikTok mardi. "
FINED = "The Irish Data Protection Commission fined TikTok 530 million euros on Friday. "

PARALLEL: list[tuple[str, str, list[Fact]]] = [
    (OPENED + "Ofcom, the British media regulator, has its own concerns about the app. It "
     "probed TikTok's age checks last year.", "en",
     [("investigation", EC, (TIKTOK,)), ("investigation", OFCOM, (TIKTOK,))]),
    (OPENED + "Ofcom, the British media regulator, has its own concerns. The regulator is "
     "also looking into whether TikTok checks the age of its users.", "en",
     [("investigation", EC, (TIKTOK,)), ("investigation", OFCOM, (TIKTOK,))]),
    (FINED + "Britain's ICO took a similar view in 2023. The watchdog penalised TikTok 12.7 "
     "million pounds for misusing children's data.", "en",
     [("fine", DPC, (TIKTOK,)), ("fine", ICO, (TIKTOK,))]),
    (OUVERT + "L'Ofcom, le régulateur britannique, partage ces inquiétudes. Il se penche lui "
     "aussi sur TikTok.", "fr", [("investigation", EC, (TIKTOK,)),
                                 ("investigation", OFCOM, (TIKTOK,))]),
    (OUVERT + "L'Ofcom, le régulateur britannique, partage ces inquiétudes. Il enquête "
     "également sur TikTok.", "fr", [("investigation", EC, (TIKTOK,)),
                                     ("investigation", OFCOM, (TIKTOK,))]),
    # another body of the same country
    ("The CNIL opened an investigation into Google on Thursday. Arcom, the French media "
     "regulator, has its own concerns about the company. It is also looking into whether "
     "Google hides paid videos.", "en",
     [("investigation", CNIL, (GOOGLE,)), ("investigation", "authority/arcom", (GOOGLE,))]),
]


@pytest.mark.parametrize(("text", "language", "expected"), PARALLEL)
def test_another_jurisdictions_body_states_a_parallel_step(extractor, article_of, text,
                                                           language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


REPEATS: list[tuple[str, str, list[Fact]]] = [
    # the article's own body again, named or referred to
    (OPENED + "Ofcom welcomed the move. The Commission is investigating whether TikTok "
     "protects minors.", "en", [("investigation", EC, (TIKTOK,))]),
    (OPENED + "It is examining whether TikTok protects minors.", "en",
     [("investigation", EC, (TIKTOK,))]),
    (OUVERT + "L'Ofcom a salué la décision. La Commission se penche sur la protection des "
     "mineurs par TikTok.", "fr", [("investigation", EC, (TIKTOK,))]),
    # a noun that refers back to the step stated, after another body is named
    (OPENED + "Ofcom, the British media regulator, said the investigation was overdue.", "en",
     [("investigation", EC, (TIKTOK,))]),
]


@pytest.mark.parametrize(("text", "language", "expected"), REPEATS)
def test_a_repeat_of_the_same_bodys_step_stays_one_step(extractor, article_of, text,
                                                        language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


def test_regression_a_law_barring_what_it_regulates_is_no_second_bodys_order(extractor,
                                                                             article_of):
    """A law "barring" app stores (a step word beside the law's own) was read as the
    assembly's order against Google, which then took the place of the regulator's order."""
    text = ("The KFTC fined Google 207 billion won on Tuesday. Besides the penalty, the regulator "
            "barred Google from forcing handset makers to sign such agreements. The fine comes "
            "weeks after South Korea's National Assembly passed an amendment that bars app "
            "market operators from forcing developers to use their payment systems, a measure "
            "aimed at Google.")
    got = facts(extractor, article_of(text, "en", D))
    assert ("order", "authority/kftc", (GOOGLE,)) in got
    assert not any(f[0] == "order" and f[1] != "authority/kftc" for f in got)


ADLC, FCO = "authority/autorite-de-la-concurrence", "authority/bundeskartellamt"
APPLE = "organisation/apple"
ATT_FINE = "France's competition authority fined Apple on Monday over its ATT framework. "

ALSO: list[tuple[str, str, list[Fact]]] = [
    (ATT_FINE + "Germany's Federal Cartel Office has also been examining the framework since "
     "2022.", "en", [("fine", ADLC, (APPLE,)), ("investigation", FCO, (APPLE,))]),
    (ATT_FINE + "Germany's Federal Cartel Office is also investigating.", "en",
     [("fine", ADLC, (APPLE,)), ("investigation", FCO, (APPLE,))]),
    ("L'Autorité de la concurrence a sanctionné Apple lundi pour son dispositif ATT. L'Office "
     "fédéral des ententes allemand examine lui aussi le dispositif ATT depuis 2022.", "fr",
     [("investigation", FCO, (APPLE,)), ("sanction", ADLC, (APPLE,))]),
]


@pytest.mark.parametrize(("text", "language", "expected"), ALSO)
def test_a_step_said_also_of_another_body_is_against_the_platform_last_named(
        extractor, article_of, text, language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)


ALSO_NEGATIVES: list[tuple[str, str, list[Fact]]] = [
    # a new object: a step of its own, about no platform named
    ("The CNIL fined Google on Thursday over its cookie banners. Ofcom is also investigating "
     "age checks on adult sites.", "en", [("fine", CNIL, (GOOGLE,))]),
    # the same body again
    ("The CNIL fined Google on Thursday over its cookie banners. It is also examining the "
     "practice since 2022.", "en", [("fine", CNIL, (GOOGLE,))]),
    ("La CNIL a sanctionné Google jeudi pour ses bandeaux cookies. Elle examine aussi ces "
     "pratiques depuis 2022.", "fr", [("sanction", CNIL, (GOOGLE,))]),
    # a possibility
    ("The CNIL fined Google on Thursday. Ofcom could also investigate the company.", "en",
     [("fine", CNIL, (GOOGLE,))]),
]


@pytest.mark.parametrize(("text", "language", "expected"), ALSO_NEGATIVES)
def test_hard_negatives_of_steps_said_also(extractor, article_of, text, language, expected):
    assert facts(extractor, article_of(text, language, D)) == sorted(expected)
