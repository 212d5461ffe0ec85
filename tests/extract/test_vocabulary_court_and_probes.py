"""Probes, suits and settlements in the sweep set's wording (issue 3): a probe with its time
before "into" ("has been looking since last year into whether"), a probe of a project's
"implications", a body that "went to court" or "asked a court the same day to", a company
paying into a compensation scheme to settle an authority's case (a commitment, tests/sweep
803). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def steps(extractor, article_of):
    """(type, actor's last part, target's last part) of every factual step."""

    def run(text: str) -> set[tuple[str, str | None, str | None]]:
        article = article_of(text, "en", published=PUBLISHED)
        return {(a.type, a.actor.split("/")[-1] if a.actor else None,
                 a.targets[0].split("/")[-1] if a.targets else None)
                for a in extractor.extract(article).actions
                if a.status in {"opened", "imposed"}}

    return run


@pytest.mark.parametrize(("text", "expected"), [
    ("Separately, the Korea Communications Commission has been looking since last year into "
     "whether Google and Apple breached the Telecommunications Business Act.",
     {("investigation", "kcc", "google"), ("investigation", "kcc", "apple")}),
    ("The Communications Authority of Kenya said that it was examining the privacy and security "
     "implications of Worldcoin.",
     {("investigation", "communications-authority-of-kenya", "worldcoin")}),
    ("The FTC went to federal court against Meta on Monday.", {("lawsuit", "ftc", "meta")}),
    ("The Prosecutor General's Office of Russia asked a Moscow court the same day to declare "
     "Meta an extremist organisation.", {("lawsuit", "prosecutor-general-russia", "meta")}),
    ("The OAIC took Meta to court in 2020. Meta has agreed to pay A$50 million into a "
     "compensation scheme for Australian Facebook users.", {("commitment", "meta", "meta")}),
])
def test_step_in_the_sweep_wording(steps, text: str, expected: set) -> None:
    assert expected <= steps(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Meta went to court to challenge the fine.", "lawsuit"),
    ("Meta asked the court on Monday to pause the order.", "lawsuit"),
    ("Meta has been looking for years into whether to leave Europe.", "investigation"),
    ("Researchers at the university were examining the security implications of Worldcoin.",
     "investigation"),
    ("The OAIC took Meta to court in 2020. Meta has agreed to pay A$50 million to settle the "
     "case.", "commitment"),
])
def test_no_step_in_a_near_wording(steps, text: str, kind: str) -> None:
    assert not {s for s in steps(text) if s[0] == kind}
