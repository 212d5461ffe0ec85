"""find_dates / find_durations on real sentences from the seeds and the development corpus."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkg.extract.dates import WEEKDAYS, DateMention, find_dates, find_durations

from .real_text import CORPUS, needs_corpus, seed, sentence_with


def only(mentions: list[DateMention], text: str) -> DateMention:
    matching = [m for m in mentions if m.text == text]
    assert len(matching) == 1, mentions
    return matching[0]


def iso(mention: DateMention) -> tuple[str, str] | None:
    return None if mention.value is None else (mention.value.iso(), mention.value.precision)


SEED_001_PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday
SEED_002_PUBLISHED = dt.date(2026, 1, 5)  # a Monday


@pytest.mark.parametrize(("fragment", "words", "expected"), [
    ("ouverte lundi par une autorité", "lundi", ("2026-01-12", "day")),
    ("a déclaré mercredi Thomas Regnier", "mercredi", ("2026-01-14", "day")),
    ("en Malaisie ce week-end", "ce week-end", ("2026-01-10", "week")),
    ("La semaine dernière, une analyse", "La semaine dernière", ("2026-01-05", "week")),
    ("J'ai été informé ce matin", "ce matin", ("2026-01-14", "day")),
    ("Depuis le 9 janvier", "Depuis le 9 janvier", ("2026-01-09", "day")),
])
def test_seed_001_relative_dates_resolve_against_publication(
    fragment: str, words: str, expected: tuple[str, str]
) -> None:
    sentence = sentence_with(seed("001"), fragment)
    mention = only(find_dates(sentence, SEED_001_PUBLISHED, "fr"), words)
    assert iso(mention) == expected
    assert mention.relative
    assert sentence[mention.start:mention.end] == words


def test_seed_001_caption_date_is_absolute_and_since_is_qualified() -> None:
    caption = sentence_with(seed("001"), "le 13 janvier 2025 à Toulouse")
    mention = only(find_dates(caption, SEED_001_PUBLISHED, "fr"), "le 13 janvier 2025")
    assert iso(mention) == ("2025-01-13", "day") and not mention.relative
    since = sentence_with(seed("001"), "Depuis le 9 janvier")
    assert only(find_dates(since, SEED_001_PUBLISHED, "fr"), "Depuis le 9 janvier").qualifier == (
        "since")


@pytest.mark.parametrize(("fragment", "words", "expected", "qualifier"), [
    ("avait infligé, début décembre", "début décembre", ("2025-12", "month"), "early"),
    ("Le 2 janvier, Grok a reconnu", "Le 2 janvier", ("2026-01-02", "day"), None),
    ("dès novembre, des explications", "dès novembre", ("2025-11", "month"), "from"),
    ("Ce lundi, un de ses porte-paroles", "Ce lundi", ("2026-01-05", "day"), None),
    ("à la fin décembre, imposé", "à la fin décembre", ("2025-12", "month"), "late"),
    ("avait infligé en décembre à X", "en décembre", ("2025-12", "month"), None),
])
def test_seed_002_months_and_days_take_the_year_before_publication(
    fragment: str, words: str, expected: tuple[str, str], qualifier: str | None
) -> None:
    sentence = sentence_with(seed("002"), fragment)
    mention = only(find_dates(sentence, SEED_002_PUBLISHED, "fr"), words)
    assert (iso(mention), mention.qualifier) == (expected, qualifier)


def test_seed_004_dateline_with_weekday_is_one_absolute_date() -> None:
    mentions = find_dates("Tags : Grok, X\nMercredi 7 Janvier 2026\n", None, "fr")
    assert [(m.text, iso(m)) for m in mentions] == [
        ("Mercredi 7 Janvier 2026", ("2026-01-07", "day"))]


def test_weekday_before_publication_and_unresolved_without_it() -> None:
    sentence = sentence_with(seed("000"), "Grok a reconnu vendredi")
    assert iso(only(find_dates(sentence, dt.date(2026, 1, 7), "fr"), "vendredi")) == (
        "2026-01-02", "day")
    unresolved = only(find_dates(sentence, None, "fr"), "vendredi")
    assert unresolved.value is None and unresolved.relative


@pytest.mark.parametrize(("text", "qualifier"), [
    ("X must comply by the end of January.", "by"),
    ("La plateforme doit se conformer d'ici la fin janvier.", "by"),
    ("Le service est suspendu depuis fin décembre.", "since"),
    ("Les mesures restent en place jusqu'à fin mars.", "until"),
])
def test_compound_qualifiers_keep_the_bound(text: str, qualifier: str) -> None:
    (mention,) = find_dates(text, dt.date(2026, 1, 14), "fr")
    assert mention.qualifier == qualifier


def test_no_publication_date_still_resolves_absolute_dates_only() -> None:
    mentions = find_dates("Le 2 janvier, puis le 13 janvier 2025 et en décembre.", None, "fr")
    assert [(m.text, iso(m)) for m in mentions] == [
        ("Le 2 janvier", None), ("le 13 janvier 2025", ("2025-01-13", "day")),
        ("en décembre", None)]


@needs_corpus
@pytest.mark.parametrize(("article", "published", "fragment", "words", "expected"), [
    ("005", "2024-08-05", "These commitments have been submitted", "on 22 April",
     ("2024-04-22", "day")),
    ("007", "2025-02-24", "In March last year", "In March last year", ("2024-03", "month")),
    ("007", "2025-02-24", "While other platforms engaged", "by the 6 May 2024",
     ("2024-05-06", "day")),
    ("007", "2025-02-24", "While other platforms engaged", "until 13 October",
     ("2024-10-13", "day")),
    ("008", "2025-04-09", "On 17 March, duties", "On 17 March", ("2025-03-17", "day")),
    ("008", "2025-04-09", "Ofcom has today launched", "today", ("2025-04-09", "day")),
    ("009", "2025-05-09", "In January, we wrote", "In January", ("2025-01", "month")),
    ("009", "2025-05-09", "must introduce highly effective", "from July", ("2025-07", "month")),
    ("011", "2025-12-05", "preliminary findings from May 2025", "from May 2025",
     ("2025-05", "month")),
    ("013", "2024-02-29", "GATINEAU (Québec)", "le 29 février 2024", ("2024-02-29", "day")),
    ("014", "2024-10-23", "Berne, 23.10.2024", "23.10.2024", ("2024-10-23", "day")),
    ("014", "2024-10-23", "ouvert le 4 septembre 2017", "le 4 septembre 2017",
     ("2017-09-04", "day")),
    ("017", "2025-10-24", "ce vendredi 24 octobre 2025", "vendredi 24 octobre 2025",
     ("2025-10-24", "day")),
    ("017", "2025-10-24", "l’an dernier à l’encontre", "l’an dernier", ("2024", "year")),
    ("018", "2025-10-29", "prendre position sur le projet", "jusqu'au 16 février 2026",
     ("2026-02-16", "day")),
])
def test_corpus_dates(
    article: str, published: str, fragment: str, words: str, expected: tuple[str, str]
) -> None:
    sentence = sentence_with(CORPUS / f"{article}.txt", fragment)
    language = "fr" if int(article) >= 12 else "en"
    mention = only(find_dates(sentence, dt.date.fromisoformat(published), language), words)
    assert iso(mention) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The fine was announced on 2 January 2026.", None, ("2026-01-02", "day")),
    ("The fine was announced on January 2, 2026.", None, ("2026-01-02", "day")),
    ("It opened proceedings in December 2023.", None, ("2023-12", "month")),
    ("L'enquête a été ouverte en 2024.", None, ("2024", "year")),
    ("Les faits remontent à la mi-décembre.", dt.date(2026, 1, 5), ("2025-12", "month")),
    ("Publié le 2026-01-14.", None, ("2026-01-14", "day")),
    ("Ofcom said yesterday it would act.", dt.date(2025, 4, 9), ("2025-04-08", "day")),
    ("Le régulateur a annoncé hier sa décision.", dt.date(2026, 1, 1), ("2025-12-31", "day")),
    ("The regulator met last week.", dt.date(2026, 1, 5), ("2025-12-29", "week")),
    ("Protests grew this weekend.", dt.date(2026, 1, 11), ("2026-01-10", "week")),
    ("The regulator acted last weekend.", dt.date(2026, 1, 11), ("2026-01-03", "week")),
    ("The fine came last month.", dt.date(2026, 1, 5), ("2025-12", "month")),
    ("It was reported on Monday.", dt.date(2026, 1, 14), ("2026-01-12", "day")),
    ("Il s'est exprimé lundi dernier.", dt.date(2026, 1, 12), ("2026-01-05", "day")),
    ("L'Arcom a aujourd'hui publié sa décision.", dt.date(2025, 8, 20), ("2025-08-20", "day")),
    ("Il y a deux semaines, Ofcom a ouvert une enquête.", dt.date(2026, 1, 14),
     ("2025-12-29", "week")),
    ("The regulator wrote to X three days ago.", dt.date(2026, 1, 14), ("2026-01-11", "day")),
    ("L'ordre est tombé il y a 48 heures.", dt.date(2026, 1, 14), ("2026-01-12", "day")),
    ("The fine came two months ago.", dt.date(2026, 1, 14), ("2025-11", "month")),
    ("Published 13 Jan. 2025 by the regulator.", None, ("2025-01-13", "day")),
    ("La loi entre en vigueur le 1er janvier 2026.", None, ("2026-01-01", "day")),
    ("La décision est attendue le 20 janvier prochain.", dt.date(2026, 1, 14),
     ("2026-01-20", "day")),
    ("The Commission fined it last December.", dt.date(2026, 1, 14), ("2025-12", "month")),
    ("La procédure a été ouverte fin 2024.", None, ("2024", "year")),
])
def test_forms(text: str, published: dt.date | None, expected: tuple[str, str]) -> None:
    mentions = find_dates(text, published, "fr" if " le " in f" {text.lower()}" else "en")
    assert [iso(m) for m in mentions] == [expected]


@pytest.mark.parametrize("text", [
    "Le délai expire le 30 février 2026.",  # impossible day
    "Reported on 2026-02-30 by nobody.",  # impossible ISO date
    "dont 81% étaient des femmes et 2% paraissaient mineurs",
    "Facebook and Instagram may stimulate behavioural addictions",  # "may" is not May
    "une analyse sur plus de 20.000 images générées",
    "la calomnie (art. 174 CP), l'injure (art. 177 CP)",
    "la quantité de contenus publiés à ce jour",  # "à ce jour" is "so far", not today
    "Ce jour-là, la Commission a adressé une demande.",  # a day told before, not today
    "ce soir-là, le juge a tranché",
    "Cette année-là, la CNIL a agi.",  # a period told before, not this year
    "Le lundi suivant, la CNIL a sanctionné Google.",  # counted from another day of the text
    "The following Monday, the CNIL fined Google.",
    "The regulator acted on the Monday before the vote.",
    "The order is dated 03/04/2025.",  # day/month order unknown in English
    "sets out its 2024-2025 priorities",
    "Article 3 may apply to them, and they march on.",  # lower-case "may" is a verb
    "Le contenu a été vu il y a 36 heures.",  # one day back or two: no answer
    "a déclaré le ministre au Journal du dimanche",  # a newspaper, not a Sunday
    "the minister told the Sunday Times that X must act",
])
def test_no_false_dates(text: str) -> None:
    assert find_dates(text, dt.date(2026, 1, 14), "en" if "The" in text else "fr") == []


@pytest.mark.parametrize(("text", "language"), [
    ("WASHINGTON, 05/21/2024 - The agency sued Amazon.", "en"),  # a US release: month first
    ("The order is dated 21/05/2024.", "en"),  # day first: 21 is no month
    ("La décision est datée du 21/05/2024.", "fr"),
    ("La décision est datée du 21.05.2024.", "fr"),
])
def test_regression_a_numeric_date_with_a_number_above_12_has_one_reading(
        text: str, language: str) -> None:
    assert [iso(m) for m in find_dates(text, dt.date(2024, 5, 24), language)] == [
        ("2024-05-21", "day")]


def test_a_weekday_followed_by_after_without_the_is_still_that_weekday() -> None:
    mentions = find_dates("The CNIL fined Google on Monday after a two-year probe.",
                          dt.date(2024, 5, 21), "en")
    assert [iso(m) for m in mentions] == [("2024-05-20", "day")]


@given(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)), st.sampled_from(sorted(WEEKDAYS)))
def test_weekday_is_the_latest_such_day_on_or_before_publication(
    published: dt.date, weekday: str
) -> None:
    (mention,) = find_dates(f"Il a parlé {weekday}.", published, "fr")
    assert mention.value is not None
    day = mention.value.value
    assert day.weekday() == WEEKDAYS[weekday]
    assert dt.timedelta(0) <= published - day < dt.timedelta(days=7)


@pytest.mark.parametrize(("text", "words", "iso_duration"), [
    ("a ordonné à X de prendre des « mesures correctives » sous 72 heures.", "sous 72 heures",
     "PT72H"),
    ("X doit répondre dans les 72 heures.", "dans les 72 heures", "PT72H"),
    ("X must respond within 72 hours.", "within 72 hours", "PT72H"),
    ("La plateforme doit se conformer d'ici 15 jours.", "d'ici 15 jours", "P15D"),
    ("Reply within 10 working days of the notice.", "within 10 working days", "P10D"),
    ("Elle doit s'expliquer sous un mois.", "sous un mois", "P1M"),
    ("Elle doit répondre dans un délai d'un mois.", "dans un délai d'un mois", "P1M"),
    ("X must comply within forty-eight hours.", "within forty-eight hours", "PT48H"),
])
def test_durations(text: str, words: str, iso_duration: str) -> None:
    assert [(d.text, d.iso) for d in find_durations(text, "fr")] == [(words, iso_duration)]


def test_seed_004_deadline() -> None:
    sentence = sentence_with(seed("004"), "mesures correctives")
    (duration,) = find_durations(sentence, "fr")
    assert (duration.text, duration.iso) == ("sous 72 heures", "PT72H")
    assert sentence[duration.start:duration.end] == "sous 72 heures"


@needs_corpus
def test_corpus_011_deadlines_keep_their_words() -> None:
    upto = sentence_with(CORPUS / "011.txt", "within a maximum of 24 hours")
    assert [(d.text, d.iso) for d in find_durations(upto, "en")] == [
        ("within a maximum of 24 hours", "PT24H")]
    ranged = sentence_with(CORPUS / "011.txt", "varying from 2 to maximum 12 months")
    assert [(d.text, d.iso) for d in find_durations(ranged, "en")] == [
        ("from 2 to maximum 12 months", "P12M")]


def test_durations_are_not_any_length_of_time() -> None:
    assert find_durations("Depuis plusieurs semaines, la pratique s'est répandue.", "fr") == []
    assert find_durations("Il a été détenu pendant 72 heures.", "fr") == []
