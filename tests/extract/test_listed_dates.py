"""One step told for each date of a list (extract/listed_dates.py, session 20 probes): "had
already fined Google in 2020 and in 2021" is two fines. Only dates listed right after the
step's own, each with its year; a period ("from 2020 until 2022"), a second step's date and a
list whose year is told last are no list of steps."""

from __future__ import annotations

import pytest


def _dated(gold_rows, text: str, language: str) -> list[tuple[object, ...]]:
    return sorted((t, target, date) for t, _, _, target, date in gold_rows(text, language))


@pytest.fixture
def gold_rows(extractor, article_of, reference):
    import datetime as dt

    from regkg.extract.gold import to_gold

    def run(text: str, language: str) -> list[tuple[object, ...]]:
        article = article_of(f"Headline\n\n{text}\n", language, dt.date(2025, 3, 10), "Headline")
        gold = to_gold(extractor.extract(article), reference)
        return [(a["type"], a["actor"], a["jurisdiction"], a["target"], a["date"])
                for a in gold["actions"]]
    return run


LISTS = [
    ("The CNIL had already fined Google in 2020 and in 2021.", "en",
     [("fine", "Google", "2020"), ("fine", "Google", "2021")]),
    ("Ofcom fined 4chan on 3 March 2023 and on 5 June 2024.", "en",
     [("fine", "4chan", "2023-03-03"), ("fine", "4chan", "2024-06-05")]),
    ("La CNIL avait infligé une amende à Google en 2020 puis en 2021.", "fr",
     [("fine", "Google", "2020"), ("fine", "Google", "2021")]),
    ("La CNIL a infligé une amende à Google en 2020 et en 2021.", "fr",
     [("fine", "Google", "2020"), ("fine", "Google", "2021")]),
]


@pytest.mark.parametrize(("text", "language", "rows"), LISTS)
def test_a_step_listed_with_several_dates_is_one_step_per_date(gold_rows, text, language,
                                                               rows) -> None:
    assert [r for r in _dated(gold_rows, text, language) if r[0] == "fine"] == rows


TRAPS = [
    ("Ofcom investigated 4chan from 2020 until 2022.", "en",
     [("investigation", "4chan", "2020")]),
    ("Ofcom fined 4chan in 2020 and opened an investigation into it in 2021.", "en",
     [("fine", "4chan", "2020"), ("investigation", "4chan", "2021")]),
    ("The CNIL fined Google in 2020 over cookies placed in 2019 and 2018.", "en",
     [("fine", "Google", "2020")]),
]


@pytest.mark.parametrize(("text", "language", "rows"), TRAPS)
def test_trap_periods_other_steps_and_conduct_dates_are_no_list(gold_rows, text, language,
                                                                 rows) -> None:
    assert _dated(gold_rows, text, language) == rows


def test_trap_a_list_whose_year_is_told_last_is_not_split(gold_rows) -> None:
    rows = _dated(gold_rows, "Ofcom fined 4chan in March, in June and in October 2024.", "en")
    assert len(rows) == 1
