"""A company's lead EU supervisory authority named by description ("its lead European Union
privacy regulator", "son autorité de contrôle chef de file"): the body of the company's main
establishment that data/patterns/actions.yaml `lead_supervisors` records (tests/varied 302's
wire wording; src/regkg/extract/lead_supervisors.py). Invented sentences; the guards: a company
the table does not hold, no company before the description."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(short_steps):
    return short_steps(PUBLISHED)


NAMED = [
    ("Facebook owner Meta Platforms was slapped with a record 1.2 billion euro fine by its lead "
     "European Union privacy regulator on Monday.", "en", ("fine", "irish-dpc", "meta")),
    ("Amazon was fined 746 million euros by its lead EU privacy regulator on Friday.", "en",
     ("fine", "cnpd-luxembourg", "amazon")),
    ("TikTok was fined 345 million euros on Friday by its lead EU data protection regulator.",
     "en", ("fine", "irish-dpc", "tiktok")),
    ("Meta a été sanctionnée lundi d'une amende de 1,2 milliard d'euros par son autorité de "
     "contrôle chef de file.", "fr", ("fine", "irish-dpc", "meta")),
]


@pytest.mark.parametrize(("text", "language", "expected"), NAMED,
                         ids=[f"{lang}-{text[:40]}" for text, lang, _ in NAMED])
def test_regression_a_companys_lead_regulator_named_by_its_role(steps, text, language,
                                                                expected) -> None:
    assert steps(text, language) == {expected}


@pytest.mark.parametrize(("text", "language"), [
    # a company whose lead authority the table does not record
    ("Spotify was fined 5 million euros on Friday by its lead EU privacy regulator.", "en"),
    # no company before the description in its sentence
    ("Regulators are busy. Its lead EU privacy regulator fined the group on Friday.", "en"),
])
def test_no_lead_regulator_without_a_known_company(steps, text, language) -> None:
    assert not {actor for _, actor, _ in steps(text, language)} - {None}
