"""A headline's passive without its auxiliary, its agent after the participle ("Meta fined
€1.2bn by Irish Data Protection Commission over data transfers", "X mis en demeure par
l'Arcom"): the step of the agent against the name before the participle, not the subject
matter after it ("X probed by European Commission over Grok deepfakes" is a probe of X); a
backup that a precise statement of the body replaces (issue 3: headlines without final
punctuation were not read as passives). Invented texts, the first line their headline."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2023, 3, 1)
EC = "european-commission"


@pytest.fixture
def steps(extractor, article_of):
    """(type, actor's last part, target's last part, evidence) of every factual step."""

    def run(text: str, language: str) -> set[tuple[str, str | None, str | None, str]]:
        article = article_of(text, language, published=PUBLISHED,
                             title=text.splitlines()[0])
        return {(a.type, a.actor.split("/")[-1] if a.actor else None,
                 a.targets[0].split("/")[-1] if a.targets else None, a.evidence.sentence)
                for a in extractor.extract(article).actions
                if a.status in {"opened", "imposed"}}

    return run


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Meta fined €1.2bn by Irish Data Protection Commission over data transfers\n\n"
     "The decision follows a long inquiry.", "en", ("fine", "irish-dpc", "meta")),
    ("TikTok ordered by eSafety to remove stabbing videos\n\nThe video showed an attack.", "en",
     ("order", "esafety-commissioner", "tiktok")),
    ("X probed by European Commission over Grok deepfakes\n\nThe images spread quickly.", "en",
     ("investigation", EC, "x")),
    ("Roblox sued by Louisiana Attorney General over child safety\n\nThe platform has millions "
     "of young users.", "en", ("lawsuit", "louisiana-attorney-general", "roblox")),
    ("X mis en demeure par l'Arcom\n\nLe réseau social a quinze jours pour répondre.", "fr",
     ("order", "arcom", "x")),
    ("Amazon condamné à une amende de 32 millions d'euros par la CNIL\n\nL'entreprise conteste "
     "la décision.", "fr", ("fine", "cnil", "amazon")),
])
def test_headline_passive_with_its_agent(steps, text: str, language: str,
                                         expected: tuple) -> None:
    assert expected in {s[:3] for s in steps(text, language)}


def test_the_body_statement_replaces_the_headline_one(steps) -> None:
    found = steps("Meta fined €1.2bn by Irish Data Protection Commission\n\nThe Irish Data "
                  "Protection Commission fined Meta €1.2 billion on Monday.", "en")
    assert {s[3] for s in found if s[0] == "fine"} == {
        "The Irish Data Protection Commission fined Meta €1.2 billion on Monday."}


@pytest.mark.parametrize(("text", "language"), [
    ("Meta fined? Not yet, says Irish Data Protection Commission\n\nA decision is expected.",
     "en"),
    ("Meta praised by European Commission for its cooperation\n\nThe talks went well.", "en"),
])
def test_no_step_in_a_near_headline(steps, text: str, language: str) -> None:
    assert not steps(text, language)
