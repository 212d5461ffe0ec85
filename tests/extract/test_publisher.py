"""The writer of an official release (publisher.py): a body that names itself only in its
release's header says "we"/"nous" in the text, and its steps are its own (issue 3, points 7
and 8 of the brief: actors). A newspaper's "we" is nobody's step.

Every text is invented for these tests in the style of regulators' releases.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from regkg.extract.publisher import release_writer

PUBLISHED = dt.date(2025, 3, 4)


@pytest.fixture
def release(article_of):
    def build(text: str, language: str, outlet: str | None):
        article = article_of(text, language, published=PUBLISHED)
        return dataclasses.replace(article, outlet=outlet)
    return build


@pytest.mark.parametrize(("outlet", "writer"), [
    ("Ofcom (UK), news release (republished by Wired-Gov)", "authority/ofcom"),
    ("European Commission press release IP/24/2664 (republished verbatim by crnet.fi)",
     "authority/european-commission"),
    ("Commissariat à la protection de la vie privée du Canada, communiqué",
     "authority/opc-canada"),
    # the republisher's name holds "Bruxelles" (the Commission's alias): not the writer
    ("Arcom (France), communiqué de presse (republished by Pubaffairs Bruxelles)",
     "authority/arcom"),
    ("Reuters", None),
    ("The Guardian, technology section", None),
    ("invented (regkg blind dev set)", None),
    (None, None),
])
def test_release_writer_is_the_body_its_outlet_names_first(
        release, extractor, outlet, writer):
    article = release("Texte.", "fr", outlet)
    assert release_writer(article, extractor.gazetteer) == writer


def steps(extractor, article):
    return [(a.type, a.actor, a.targets[0] if a.targets else None,
             a.date.iso() if a.date else None) for a in extractor.extract(article).actions]


def test_first_person_release_step_is_the_writers(release, extractor):
    article = release("Investigation into TikTok\n\nWe have today opened an investigation "
                      "into whether TikTok has failed to comply with its duties under the "
                      "Online Safety Act.\n", "en", "Ofcom (UK), news release")
    assert steps(extractor, article) == [
        ("investigation", "authority/ofcom", "service/tiktok", "2025-03-04")]


def test_first_person_french_release_order_is_the_writers(release, extractor):
    article = release("Nous avons mis en demeure la société Meta de se conformer au RGPD "
                      "dans un délai de trois mois.\n", "fr", "CNIL, communiqué de presse")
    assert [(t, a, x) for t, a, x, _ in steps(extractor, article)] == [
        ("order", "authority/cnil", "organisation/meta")]


def test_newspaper_we_states_no_step(release, extractor):
    article = release("We have today opened an investigation into whether TikTok has failed "
                      "to comply with its duties.\n", "en", "The Guardian")
    assert steps(extractor, article) == []


def test_named_body_still_wins_over_the_writer(release, extractor):
    # A Commission release reporting another body's step: the step is the named body's.
    article = release("The Irish Data Protection Commission has fined TikTok EUR 530 "
                      "million.\n", "en", "European Commission press release")
    assert [a for _, a, _, _ in steps(extractor, article)] == ["authority/irish-dpc"]
