"""A class of platforms described by what they do ("all organisations that develop generative
AI": target null, tests/wide 504) and a named member of a class ("plusieurs sites, dont
Doctissimo,": that site): data/patterns/actions.yaml class_targets and unknown_target_lead.
Invented sentences, with the negatives that keep them apart."""

from __future__ import annotations

import datetime as dt
import hashlib

from regkg.models import Article


def _steps(extractor, body: str, language: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    text = f"Step\n\n{body}\n"
    article = Article(id="test", text=text, title="Step", outlet=None, url=None,
                      published=dt.date(2025, 3, 4), language=language,
                      content_hash=hashlib.sha256(text.encode()).hexdigest())
    return [(a.type, a.actor, a.targets) for a in extractor.extract(article).actions]


def test_a_class_described_by_what_it_does_is_a_class_target(extractor):
    body = ("The Privacy Commissioner of Canada urged all organisations that develop generative "
            "AI to build privacy protections into their tools.")
    assert _steps(extractor, body, "en") == [
        ("statement", "authority/opc-canada", ())]


def test_a_named_member_of_a_class_is_the_target(extractor):
    body = ("L'Arcom a mis en demeure plusieurs sites, dont Doctissimo, de retirer des contenus "
            "sous quinze jours.")
    steps = _steps(extractor, body, "fr")
    assert [(kind, actor, [t.partition("/")[2] for t in targets])
            for kind, actor, targets in steps] == [("order", "authority/arcom", ["doctissimo"])]


def test_dont_without_a_list_names_no_target(extractor):
    body = "L'Arcom a mis en demeure le site dont le directeur a démissionné."
    assert all(not targets for _, _, targets in _steps(extractor, body, "fr"))
