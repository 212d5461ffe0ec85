"""One step told twice is one action (issue 3, guideline 5): a sentence that opens on a noun
referring back to the step ("Cette enquête vise ...", "The retention order was issued on ...")
merges into it and gives it its day (`regkg.extract.restated_steps`). Two distinct steps stay
two: another body's, another target's, a second one, another day. Invented texts in the style
of releases and wire reports."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2023, 3, 1)
EC, OFCOM, ARCOM, CNIL = ("authority/european-commission", "authority/ofcom",
                          "authority/arcom", "authority/cnil")


@pytest.fixture
def facts(factual_steps):
    run = factual_steps(D)

    def of(text: str, language: str) -> list[tuple[object, ...]]:
        return run(text, language)

    return of


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the restatement names the company's services
    ("Titre\n\nLa Commission européenne a ouvert une enquête contre Meta le 16 février.\n\n"
     "Cette enquête vise Instagram et Facebook.", "fr",
     [("investigation", EC, ("organisation/meta",), "2023-02-16")]),
    # the restatement names no target and gives the day
    ("Titre\n\nThe Commission ordered X to retain all documents relating to Grok.\n\n"
     "The retention order was issued on 8 January.", "en",
     [("order", EC, ("service/x",), "2023-01-08")]),
    # the restatement names what the step is about
    ("Titre\n\nL'Arcom a mis en demeure X le 3 février.\n\n"
     "Cette mise en demeure porte sur la plateforme Grok.", "fr",
     [("order", ARCOM, ("service/x",), "2023-02-03")]),
])
def test_regression_a_restating_sentence_is_the_same_step(facts, text, language, expected):
    assert facts(text, language) == expected


@pytest.mark.parametrize(("text", "language", "count"), [
    ("Titre\n\nThe CNIL fined Google 150 million euros on Monday.\n\n"
     "The CNIL also fined Facebook 60 million euros.", "en", 2),
    ("Titre\n\nOfcom opened an investigation into 4chan on 10 February.\n\n"
     "Another investigation into the forum was opened on 20 February.", "en", 2),
    ("Titre\n\nOfcom opened an investigation into 4chan in June 2022.\n\n"
     "It opened a second investigation into the forum in September 2022.", "en", 2),
    ("Titre\n\nThe CNIL fined Meta 5 million euros on 3 January.\n\n"
     "It fined Meta again on 20 February for another breach.", "en", 2),
    ("Titre\n\nThe Dutch data protection authority fined Uber €290 million on Monday.\n\n"
     "It also fined Clearview AI €30.5 million.", "en", 2),
])
def test_distinct_steps_stay_apart(facts, text, language, count):
    assert len(facts(text, language)) == count
