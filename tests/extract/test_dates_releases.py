"""find_dates on invented press-release sentences: datelines, relative words, weekdays.

Every sentence is written for these tests in the style of regulators' releases.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.dates import dateline_of, find_dates

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday; a copy published after the release


def values(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(m.text, m.value.iso() if m.value else None) for m in find_dates(text, PUBLISHED,
                                                                           language)]


@pytest.mark.parametrize(("text", "language", "today", "day"), [
    ("OTTAWA, ONTARIO, Feb. 23, 2023 — The Privacy Commissioner today announced findings.",
     "en", "today", "2023-02-23"),
    ("Gatineau (Québec), le 23 février 2023 – Aujourd'hui, le Commissariat a publié un rapport.",
     "fr", "Aujourd'hui", "2023-02-23"),
    ("WASHINGTON, D.C. – March 10, 2025 – Today the agency sued the platform.",
     "en", "Today", "2025-03-10"),
    ("SYDNEY, 10 March 2025: The Commissioner today issued a notice.", "en", "today",
     "2025-03-10"),
    ("Paris, 10 mars 2025 (AFP) - Aujourd'hui, l'autorité a publié sa décision.", "fr",
     "Aujourd'hui", "2025-03-10"),
])
def test_today_in_a_dateline_sentence_is_the_dateline_day(
    text: str, language: str, today: str, day: str
) -> None:
    found = dict(values(text, language))
    assert found[today] == day


@pytest.mark.parametrize("text", [
    "The regulator said on 10 March 2025 – today – it would appeal.",
    "In a letter dated 10 March 2025, the company said today it would comply.",
])
def test_a_date_inside_the_sentence_is_no_dateline(text: str) -> None:
    assert dict(values(text))["today"] == "2025-03-12"


@pytest.mark.parametrize(("text", "language", "words", "day"), [
    ("Jeudi 13 mars, l'autorité a adressé une mise en demeure.", "fr", "Jeudi 13 mars",
     "2025-03-13"),
    ("On Tuesday 4 March the regulator issued a notice.", "en", "On Tuesday 4 March",
     "2025-03-04"),
    ("On Friday, March 7, the agency filed suit.", "en", "On Friday, March 7", "2025-03-07"),
])
def test_a_weekday_picks_the_year_of_a_day_and_month(
    text: str, language: str, words: str, day: str
) -> None:
    assert dict(values(text, language))[words] == day


def test_a_weekday_that_fits_no_recent_year_gives_no_date() -> None:
    # 13 March was a Monday in 2023 and falls on a Friday in 2026; no nearby year fits Sunday.
    found = values("Sunday 13 March, the regulator wrote to the company.")
    assert [v for _, v in found if v is not None] == []


@pytest.mark.parametrize(("text", "language", "start"), [
    ("The regulator investigated the app between May 2018 and July 2020.", "en", "2018-05"),
    ("From 1 July 2023 to 30 June 2024 the agency reviewed the service.", "en", "2023-07-01"),
    ("Entre le 1er mars 2023 et le 5 juin 2024, l'autorité a mené une enquête.", "fr",
     "2023-03-01"),
    ("Du 3 mars 2024 au 5 juin 2024, la DGCCRF a contrôlé le site.", "fr", "2024-03-03"),
])
def test_a_period_is_dated_by_its_start_and_its_end_dates_nothing(
    text: str, language: str, start: str
) -> None:
    assert [value for _, value in values(text, language)] == [start, None]


def test_two_dates_joined_without_a_period_keep_their_values() -> None:
    found = values("On 4 March 2025 and again on 10 March 2025 the agency wrote to the firm.")
    assert [v for _, v in found] == ["2025-03-04", "2025-03-10"]


@pytest.mark.parametrize(("text", "language"), [
    ("The inspectors visited the offices on 7-8 March 2025.", "en"),
    ("The hearing took place on March 7-8.", "en"),
    ("Les contrôles ont eu lieu les 7-8 mars.", "fr"),
])
def test_a_range_of_days_dates_no_single_day(text: str, language: str) -> None:
    assert [value for _, value in values(text, language)] == [None]


@pytest.mark.parametrize("text", [
    "On 7 March 2025 - 10 firms received a notice.",
    "On 7 March, 2-3 firms received a notice.",
])
def test_a_number_after_a_full_date_is_no_range(text: str) -> None:
    assert [value for _, value in values(text)] == ["2025-03-07"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Published: 12 March 2025", "en", (dt.date(2025, 3, 12), True)),
    ("For immediate release: March 12, 2025", "en", (dt.date(2025, 3, 12), True)),
    ("12 March 2025 | Press release", "en", (dt.date(2025, 3, 12), True)),
    ("Publié le 12 mars 2025", "fr", (dt.date(2025, 3, 12), True)),
    ("Communiqué de presse du 12 mars 2025", "fr", (dt.date(2025, 3, 12), True)),
    ("12 mars 2025 – Paris", "fr", (dt.date(2025, 3, 12), True)),
    ("12 March 2025 — Ofcom has today fined 4chan.", "en", (dt.date(2025, 3, 12), False)),
    ("WASHINGTON (March 12, 2025) — The FTC has sued Snap.", "en", (dt.date(2025, 3, 12), False)),
])
def test_datelines_with_a_label_a_place_after_or_brackets(text, language, expected) -> None:
    assert dateline_of(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Updated: 12 March 2025", "en"),  # a later edit, not the release
    ("Mis à jour le 12 mars 2025", "fr"),
    ("Le 12 mars 2025, la CNIL a sanctionné Google.", "fr"),  # a sentence opening with a day
    ("On 12 March 2025 the Commission fined Meta.", "en"),
])
def test_no_dateline_in_an_edit_date_or_a_sentence(text, language) -> None:
    assert dateline_of(text, language) is None
