"""A step told in a clause fronted before the main one ("After fining Meta in January, the DPC
...", "Après avoir ouvert une enquête en 2021, la CNIL ...") is a step of its own, by the main
clause's subject (issue 3: background steps the last round found missing). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(extractor, article_of):
    """The set of (type, actor's last part, target's last part, ISO date) of every action."""

    def run(text: str, language: str) -> set[tuple[str, str | None, str | None, str | None]]:
        article = article_of(text, language, published=PUBLISHED)
        return {(a.type, a.actor.split("/")[-1] if a.actor else None,
                 a.targets[0].split("/")[-1] if a.targets else None,
                 a.date.iso() if a.date else None)
                for a in extractor.extract(article).actions}

    return run


def _of_type(found: set[tuple[str, str | None, str | None, str | None]], kind: str
             ) -> set[tuple[str | None, str | None]]:
    return {(target, day) for step, _, target, day in found if step == kind}


def test_fronted_fine_is_a_step_of_its_own_beside_the_main_fine(steps) -> None:
    """Regression: the main clause's fine took the fronted one for a second mention of it."""
    found = steps("After fining Meta €390m in January, the DPC fined WhatsApp €5.5m on "
                  "Thursday.", "en")
    assert ("meta", "2023-01") in _of_type(found, "fine")
    assert any(target == "whatsapp" for target, _ in _of_type(found, "fine"))


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Après avoir ouvert une enquête en 2021, la CNIL a sanctionné Amazon d'une amende de 35 "
     "millions d'euros.", "fr", "amazon"),
    ("After opening an investigation in 2021, the ICO fined TikTok £12.7m.", "en", "tiktok"),
])
def test_fronted_probe_without_object_is_against_the_main_clause_target(
        steps, text: str, language: str, target: str) -> None:
    assert (target, "2021") in _of_type(steps(text, language), "investigation")


@pytest.mark.parametrize(("text", "language"), [
    # Two platforms in the main clause: the probe's target is left open.
    ("After opening an investigation in 2021, the ICO fined TikTok and Snap.", "en"),
    # The platform's own probe, another party's complaint: no step of the authority.
    ("After Meta opened an internal investigation in 2021, the ICO fined TikTok £12.7m.", "en"),
    ("After a complaint by noyb in 2021, the ICO fined TikTok £12.7m.", "en"),
    ("After considering the company's response, the ICO fined TikTok £12.7m.", "en"),
])
def test_fronted_clause_without_a_step_or_a_clear_target_adds_no_probe(
        steps, text: str, language: str) -> None:
    assert not _of_type(steps(text, language), "investigation")
