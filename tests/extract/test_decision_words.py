"""The words of a decision told with its day are one list in data/patterns/dates.yaml
(`decision_words`), read by decision_days.py (the day a decision told before gives its steps)
and same_decision_days.py ("the same decision" after a sentence telling one): session 20, where
the two modules had kept a list each. Invented sentences in both languages; traps: a noun of
another module's list, a measure that took effect."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from regkg.extract import decision_days, same_decision_days
from regkg.extract.date_words import DECISION_WORDS
from regkg.extract.gold import to_gold

DAY = dt.date(2025, 3, 6)  # a Thursday


def test_both_modules_read_the_shared_nouns_and_their_own_words() -> None:
    noun = re.compile(rf"{decision_days._NOUN}", re.IGNORECASE)
    told = same_decision_days._DECISION_WORDS
    for word in DECISION_WORDS["nouns"]:
        assert noun.fullmatch(word) and told.fullmatch(word), word
    for word in DECISION_WORDS["documents"] + DECISION_WORDS["measures"]:
        assert noun.fullmatch(word) and not told.fullmatch(word), word
    for word in DECISION_WORDS["verbs"] + ["penalties", "décisions", "amendes"]:
        assert told.fullmatch(word) and not noun.fullmatch(word), word


@pytest.fixture(scope="module")
def steps(extractor, reference, article_of):
    def run(text: str, language: str) -> set[tuple[object, ...]]:
        body = "Update\n\n" + text + "\n"
        found = to_gold(extractor.extract(article_of(body, language, DAY, "Update")), reference)
        return {(a["type"], a["target"], a["date"]) for a in found["actions"]}
    return run


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the decision named by a noun of the shared list, then its step: the step takes its day
    ("en", "The decision was adopted on 3 March. The ICO fined TikTok £12 million.",
     {("fine", "TikTok", "2025-03-03")}),
    ("fr", "La sanction a été prononcée le 3 mars. La CNIL a infligé à Criteo une amende de 40 "
     "millions d'euros.", {("fine", "Criteo", "2025-03-03")}),
    # "the same decision" after a sentence telling the decision by its verb
    ("en", "The CNIL fined Google on 3 March. The same decision orders Google to stop tracking.",
     {("fine", "Google", "2025-03-03"), ("order", "Google", "2025-03-03")}),
    ("fr", "La CNIL a sanctionné Uber le 3 juillet 2021. La même décision l'obligeait à supprimer "
     "les données.", {("order", "Uber", "2021-07-03")}),
])
def test_a_decision_told_with_its_day_dates_its_steps(steps, language, text, expected) -> None:
    assert steps(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    # a measure that took effect is no decision taken that day (decision_days' _NOT_DECIDED),
    # and same_decision_days does not read the measures' nouns
    ("en", "The ban came into force on 3 March. The same decision orders Telegram to delete the "
     "data, Roskomnadzor said."),
    ("fr", "Le blocage est entré en vigueur le 3 mars. Roskomnadzor a bloqué Telegram."),
])
def test_no_day_from_a_measure_taking_effect(steps, language, text) -> None:
    assert all(date is None for _, _, date in steps(text, language))
