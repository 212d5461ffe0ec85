"""The opening of a probe told as background, with its own date, is an investigation of its own
(issue 3; the corpus gold convention of guidelines 4-6: "the formal proceedings opened against
TikTok on 22 April" and "les procédures formelles ouvertes par la Commission européenne l'an
dernier" are annotated as openings, besides the step the text reports). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 6, 1)


@pytest.fixture
def steps(extractor, article_of):
    """(type, actor's last part, target's last part, ISO date) of every action."""

    def run(text: str, language: str) -> list[tuple[str, str | None, str | None, str | None]]:
        article = article_of(text, language, published=PUBLISHED)
        return [(a.type, a.actor.split("/")[-1] if a.actor else None,
                 a.targets[0].split("/")[-1] if a.targets else None,
                 a.date.iso() if a.date else None)
                for a in extractor.extract(article).actions]

    return run


def _probes(found: list[tuple[str, str | None, str | None, str | None]]
            ) -> list[tuple[str | None, str | None]]:
    return [(target, day) for kind, _, target, day in found if kind == "investigation"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The European Commission has sent preliminary findings to Temu. The proceedings, opened "
     "on 14 March 2024, focus on the sale of illegal products.", "en",
     [("temu", None), ("temu", "2024-03-14")]),
    ("The European Commission has sent preliminary findings to Temu in the formal proceedings "
     "opened against Temu on 14 March 2024.", "en", [("temu", None), ("temu", "2024-03-14")]),
    ("La Commission a adressé des conclusions préliminaires à Temu. L'enquête, ouverte en "
     "décembre 2023, se poursuit sur d'autres volets.", "fr",
     [("temu", None), ("temu", "2023-12")]),
])
def test_the_background_opening_of_the_probe_is_a_step_of_its_own(
        steps, text, language, expected) -> None:
    assert sorted(_probes(steps(text, language)), key=str) == sorted(expected, key=str)


def test_the_opening_of_proceedings_against_these_platforms_is_one_step_per_platform(
        steps) -> None:
    text = ("La Commission européenne a adressé ses conclusions préliminaires à Meta et à "
            "TikTok. Ces conclusions font suite aux procédures formelles ouvertes par la "
            "Commission européenne l'an dernier à l'encontre de ces deux plateformes.")
    found = steps(text, "fr")
    assert ("investigation", "european-commission", "meta", "2024") in found
    assert ("investigation", "european-commission", "tiktok", "2024") in found


def test_the_probe_behind_a_fine_was_opened_on_its_own_date(steps) -> None:
    text = ("La CNIL a sanctionné Google d'une amende de 50 millions d'euros. L'enquête avait "
            "été ouverte en septembre 2021.")
    found = steps(text, "fr")
    assert ("investigation", "cnil", "google", "2021-09") in found
    assert [kind for kind, *_ in found].count("fine") == 1


def test_another_bodys_probe_is_its_own_not_the_reporting_bodys(steps) -> None:
    text = ("The European Commission has sent preliminary findings to Meta. The Irish Data "
            "Protection Commission's inquiry, opened in 2021, is still running.")
    found = steps(text, "en")
    assert not any(day == "2021" and actor == "european-commission"
                   for _, actor, _, day in found)
    assert [(actor, target) for _, actor, target, day in found if day == "2021"] == [
        ("irish-dpc", "meta")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the opening restated with its day: one step (tests/extract/test_dates_restatements.py)
    ("La Commission européenne a ouvert une procédure formelle à l'encontre de TikTok. La "
     "procédure, ouverte le 14 mai 2025, porte sur la protection des mineurs.", "fr",
     [("tiktok", "2025-05-14")]),
    # no date of its own
    ("The European Commission has sent preliminary findings to Temu. The ongoing "
     "investigation focuses on the sale of illegal products.", "en", [("temu", None)]),
    # planned, not opened
    ("The European Commission has sent preliminary findings to Temu. A second investigation "
     "is to be opened in 2026.", "en", [("temu", None)]),
    ("La Commission a adressé des conclusions préliminaires à Temu. Une nouvelle enquête sera "
     "ouverte en 2026.", "fr", [("temu", None)]),
    # the date belongs to something else than the opening
    ("The European Commission has sent preliminary findings to Temu. The proceedings, opened "
     "after a complaint filed on 3 May 2023, focus on illegal products.", "en",
     [("temu", None)]),
    # one probe, two targets of the body: which one is open
    ("The European Commission has sent preliminary findings to Meta and TikTok. The "
     "investigation, opened in 2023, continues.", "en", [("meta", None), ("tiktok", None)]),
])
def test_no_background_opening_is_added_where_the_text_gives_none(
        steps, text, language, expected) -> None:
    assert sorted(_probes(steps(text, language)), key=str) == sorted(expected, key=str)


def test_a_closing_is_no_opening(steps) -> None:
    text = ("The European Commission has fined Temu €200 million. The proceedings were closed "
            "on 14 March 2025.")
    assert _probes(steps(text, "en")) == []


def test_two_bodies_with_steps_leave_an_unnamed_probe_to_neither(steps) -> None:
    text = ("The CNIL fined Google €50 million. The ICO also fined Google £7 million. The "
            "investigation, opened in 2021, took three years.")
    assert _probes(steps(text, "en")) == []


def test_regression_the_probe_of_the_step_just_told_is_not_a_later_bodys(steps) -> None:
    """tests/wide 516: the Commission's own procedure, told further on, made the Commission the
    one body with an investigation, and the opening of the fine's probe went to it."""
    text = ("The Information Commissioner's Office fined TikTok £12.7 million. The investigation "
            "had been opened in May 2020. Separately, the European Commission opened formal "
            "proceedings against TikTok in February 2024.")
    found = steps(text, "en")
    assert ("investigation", "ico", "tiktok", "2020-05") in found
    assert not any(actor == "european-commission" and day == "2020-05"
                   for _, actor, _, day in found)


def test_a_probe_reopened_by_its_pluperfect_is_the_sanctioning_bodys(steps) -> None:
    """Moved from tests/extract/test_lexicon.py: found by this pass as well as by the lexicon."""
    text = "L'Autorité de la concurrence a sanctionné Google. L'enquête avait été ouverte en 2019."
    assert ("investigation", "autorite-de-la-concurrence", "google", "2019") in steps(text, "fr")


def test_a_probe_after_another_body_named_is_left_to_nobody(steps) -> None:
    text = ("The European Commission has sent preliminary findings to Temu. Ofcom welcomed the "
            "step. The investigation, opened in December 2023, also covers marketplaces.")
    assert _probes(steps(text, "en")) == [("temu", None)]
