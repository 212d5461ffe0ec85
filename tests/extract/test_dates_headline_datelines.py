"""A headline closed by its day heads that day's release (issue 3, D9, guideline 6: "a
dateline in the text dates the findings it announces"): "CNIL : 8 millions d'euros d'amende pour
Apple (28/02/2023)" over "La CNIL a prononcé une sanction ..." is a fine of 28 February 2023.
Texts invented in the style of release pages, each written with its expected date first.
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.headline_dates import headline_dateline

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def dated(dated_steps):
    return dated_steps(PUBLISHED)


@pytest.mark.parametrize(("title", "language", "body", "expected"), [
    ("CNIL : 8 millions d'euros d'amende pour Apple (28/02/2023)", "fr",
     "La CNIL a prononcé une sanction de 8 millions d'euros à l'encontre d'Apple.",
     ("fine", "apple", "2023-02-28")),
    ("Ofcom fines 4chan [27 February 2023]", "en",
     "Ofcom has fined 4chan £20,000 for failing to protect its users.",
     ("fine", "4chan", "2023-02-27")),
])
def test_regression_a_headline_closed_by_its_day_dates_what_the_release_announces(
        dated, title, language, body, expected) -> None:
    assert expected in dated(f"{title}\n{body}", language, title=title)


@pytest.mark.parametrize("title", [
    "Ofcom fines 4chan over failures since 27 February 2023",  # no bracket or dash
    "Ofcom fines 4chan (Tuesday)",  # no year: no release day
    "Ofcom fines 4chan (27 February 2023) for ignoring requests",  # not closing the headline
])
def test_guard_other_dates_in_a_headline_are_no_dateline(title) -> None:
    assert headline_dateline(title, "en") is None
