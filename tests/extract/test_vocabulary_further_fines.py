"""A further fine told without its verb after the first one ("fined Google ₹1,337 crore in
October and another ₹936 crore five days later", "et une nouvelle amende de 150 millions
d'euros en 2021") is a fine of its own, by the first fine's body against its target, with its
own amount and date (issue 3: elliptical further steps). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def fines(extractor, article_of):
    """(actor's last part, target's last part, ISO date, amount) of every fine."""

    def run(text: str, language: str) -> set[tuple[str | None, str | None, str | None,
                                                   float | None]]:
        article = article_of(text, language, published=PUBLISHED)
        return {(a.actor.split("/")[-1] if a.actor else None,
                 a.targets[0].split("/")[-1] if a.targets else None,
                 a.date.iso() if a.date else None,
                 int(a.amount.amount) if a.amount else None)
                for a in extractor.extract(article).actions if a.type == "fine"}

    return run


@pytest.mark.parametrize(("text", "language", "further"), [
    ("The DPC fined Meta €1.2bn in May and a further €265m in November.", "en",
     ("irish-dpc", "meta", "2022-11", 265_000_000)),
    ("India's Competition Commission fined Google ₹1,337 crore on 20 October 2022 for abusing "
     "its dominance in Android, and another ₹936 crore five days later over its Play Store "
     "billing rules.",
     # D9: "five days later" counts from the first fine's day (few_days, tests/broad 703)
     "en", (None, "google", "2022-10-25", 9_360_000_000)),
    ("La CNIL a infligé à Google une amende de 100 millions d'euros en 2020 et une nouvelle "
     "amende de 150 millions d'euros en 2021.", "fr", ("cnil", "google", "2021", 150_000_000)),
    # M9: the French further fine with its noun left out ("une autre de"), a time phrase after it
    ("La CNIL a infligé à Google une amende de 100 millions d'euros en 2020, puis une autre de "
     "150 millions d'euros un an plus tard.", "fr", ("cnil", "google", None, 150_000_000)),
])
def test_elliptical_further_fine_is_a_fine_of_its_own(fines, text: str, language: str,
                                                      further: tuple) -> None:
    found = fines(text, language)
    assert len(found) == 2
    actor, target, day, amount = further
    assert any((actor is None or a == actor) and t == target and d == day and m == amount
               for a, t, d, m in found), found


@pytest.mark.parametrize(("text", "language"), [
    # A possibility, the platform's own payment, another clause: one fine only (or none).
    ("The DPC fined Meta €1.2bn in May and could impose another €265m.", "en"),
    ("The DPC fined Meta €1.2bn in May and another €265m could follow.", "en"),
    ("The DPC fined Meta €1.2bn in May; Meta faces another €265m.", "en"),
    ("La CNIL a infligé à Google une amende de 100 millions d'euros et pourrait prononcer une "
     "nouvelle amende de 150 millions d'euros.", "fr"),
])
def test_no_further_fine_without_a_stated_further_fine(fines, text: str, language: str) -> None:
    assert len(fines(text, language)) == 1


def test_payment_by_the_platform_is_no_further_fine(fines) -> None:
    assert not fines("Meta paid €1.2bn in May and another €265m in November.", "en")


def test_further_fine_never_takes_the_first_fines_amount(fines) -> None:
    """Regression: where the amount finder gave the further step the first fine's amount
    ("₹936 crore a week later" read as ₹1,337 crore), the step was a wrong fact."""
    found = fines("India's Competition Commission fined Google ₹1,337 crore on 20 October 2022 "
                  "for abusing its dominance in Android, and another ₹936 crore a week later.",
                  "en")
    assert [m for *_, m in found].count(13_370_000_000) == 1


@pytest.mark.parametrize(("text", "language"), [
    ("After a first fine of €50m in 2019, the CNIL fined Google €60m on Tuesday.", "en"),
    ("Following a previous penalty of €50m in 2019, the CNIL fined Google €60m on Tuesday.",
     "en"),
    ("Après une première amende de 50 millions d'euros en 2019, la CNIL a infligé une nouvelle "
     "amende de 60 millions d'euros à Google.", "fr"),
    ("Après une première sanction de 50 millions d'euros en 2019, la CNIL a infligé une "
     "nouvelle amende de 60 millions d'euros à Google.", "fr"),
])
def test_earlier_fine_fronted_before_the_main_one_is_a_fine_of_its_own(
        fines, text: str, language: str) -> None:
    assert ("cnil", "google", "2019", 50_000_000) in fines(text, language)


@pytest.mark.parametrize(("text", "language"), [
    # Another body's earlier fine; no earlier fine of the main clause's body stated.
    ("After a first fine of €50m by the Dutch AP in 2019, the CNIL fined Google €60m.", "en"),
    ("After a €50m fine in 2019, the CNIL fined Google €60m on Tuesday.", "en"),
    ("Après une première amende infligée par la Cnil en 2019, l'Arcom a sanctionné Google d'une "
     "amende de 60 millions d'euros.", "fr"),
])
def test_no_earlier_fine_of_the_main_body_without_its_own_words(
        fines, text: str, language: str) -> None:
    assert not any(day == "2019" for _, _, day, _ in fines(text, language))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Commission fined Google €2.42 billion in June 2017, €4.34 billion in July 2018 and "
     "€1.49 billion in March 2019.", "en",
     {("european-commission", "google", "2017-06", 2_420_000_000),
      ("european-commission", "google", "2018-07", 4_340_000_000),
      ("european-commission", "google", "2019-03", 1_490_000_000)}),
    ("La Commission a infligé à Google des amendes de 2,42 milliards d'euros en juin 2017, de "
     "4,34 milliards d'euros en juillet 2018 et de 1,49 milliard d'euros en mars 2019.", "fr",
     {("european-commission", "google", "2018-07", 4_340_000_000),
      ("european-commission", "google", "2019-03", 1_490_000_000)}),
])
def test_dated_list_of_fines_gives_one_fine_each(fines, text: str, language: str,
                                                 expected: set) -> None:
    """A background list of one body's fines on one company, each with its amount and its date,
    is one fine per decision (guideline 5); only the first had been read."""
    assert expected <= fines(text, language)


@pytest.mark.parametrize(("text", "language"), [
    # amounts of no fine: revenue, another company's, a range, a total
    ("The Commission fined Google €2.42 billion in June 2017, when its revenue was €90 billion.",
     "en"),
    ("The Commission fined Google €2.42 billion in June 2017, and Google spent €4 billion in "
     "2018 on compliance.", "en"),
    ("The Commission fined Google €2.42 billion in June 2017, bringing its fines to €8.25 "
     "billion in 2019.", "en"),
])
def test_no_listed_fine_from_other_sums(fines, text: str, language: str) -> None:
    assert len(fines(text, language)) == 1


def test_no_listed_fine_when_the_list_names_another_company(fines) -> None:
    """Regression: "€150m in January 2022 and Amazon €35m" had given Google a January 2022 fine
    of €100m (the first fine's sum): a wrong fact. With two companies named, no list item."""
    found = fines("The CNIL fined Google €100m in December 2020, €150m in January 2022 and "
                  "Amazon €35m in December 2020.", "en")
    assert not any(day == "2022-01" for _, _, day, _ in found)
