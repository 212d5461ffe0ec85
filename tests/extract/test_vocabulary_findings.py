"""An authority's finding that a platform broke the law is the finding of an investigation
(guideline 4), in the words news uses as well as the statutes' ("jointly found that Uber broke
the law", "concluded that Snap had acted unlawfully"). Invented sentences (issue 3)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)


@pytest.fixture
def probes(extractor, article_of):
    """(actor's last part, target's last part) of every investigation."""

    def run(text: str) -> set[tuple[str | None, str | None]]:
        article = article_of(text, "en", published=PUBLISHED)
        return {(a.actor.split("/")[-1] if a.actor else None,
                 a.targets[0].split("/")[-1] if a.targets else None)
                for a in extractor.extract(article).actions if a.type == "investigation"}

    return run


@pytest.mark.parametrize(("text", "target"), [
    ("The Dutch and French data protection authorities jointly found that Uber broke the law.",
     "uber"),
    ("The ICO concluded that Snap had acted unlawfully.", "snap"),
    ("The CNIL found that Google's processing was unlawful.", "google"),
    ("The CNIL found that Google broke EU privacy rules.", "google"),
])
def test_finding_of_a_breach_in_plain_words_is_an_investigation(probes, text: str,
                                                                 target: str) -> None:
    assert any(t == target and a for a, t in probes(text))


@pytest.mark.parametrize("text", [
    "Researchers found that TikTok broke the law.",
    "The ICO found that TikTok had not broken the law.",
    "The CNIL found that the processing was not unlawful.",
    "The court found that the CNIL's fine was unlawful.",
    "The ICO found no evidence that TikTok broke the law.",
])
def test_no_finding_by_others_or_of_no_breach(probes, text: str) -> None:
    assert not probes(text)
