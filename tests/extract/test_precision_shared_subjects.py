"""A verb joined by "and"/"et" to one whose subject is the platform is the platform's own step
(issue 3, P5: false actions on tests/wide): "Meta had argued that the commission's process was
unfair and warned ... that it might be forced to withdraw Facebook" gave the commission's
warning against Facebook. Invented sentences, English and French; the negative cases are a
body's two steps ("fined X and ordered it") and a body named as the subject of a reported
clause ("4chan said Ofcom had investigated the forum and fined it").
"""

from __future__ import annotations

import datetime as dt

import pytest

from regkg.extract.actions import SentenceView
from regkg.extract.modality import FACTUAL_STATUSES
from regkg.extract.patterns import TriggerMatch
from regkg.extract.shared_subjects import platform_shares_subject
from regkg.extract.text import Sentence
from regkg.models import Article, Mention

NAMES = {"Meta": "organisation/meta", "TikTok": "service/tiktok", "4chan": "service/4chan",
         "X ": "service/x", "Google": "organisation/google", "Facebook": "service/facebook",
         "commission": "authority/fccpc", "Commission": "authority/european-commission",
         "Ofcom": "authority/ofcom", "Arcom": "authority/arcom", "CNIL": "authority/cnil",
         "autorité": "authority/autorite-de-la-concurrence"}


def _view(text: str, language: str) -> SentenceView:
    mentions = []
    for name, key in NAMES.items():
        start = text.find(name)
        if start >= 0:
            end = start + len(name.strip())
            mentions.append(Mention(key, text[start:end], start, end))
    mentions.sort(key=lambda m: m.start)
    return SentenceView(index=0, sentence=Sentence(0, len(text), text), text=text,
                        mentions=mentions, paragraph=0, published=dt.date(2025, 6, 1),
                        language=language)


def _shares(extractor, text: str, verb: str, language: str = "en", form: str = "verbal") -> bool:
    start = text.index(verb)
    trig = TriggerMatch("warning", form, start, start + len(verb))
    return platform_shares_subject(_view(text, language), trig, extractor.linker)


@pytest.mark.parametrize("text, verb, language", [
    ("Meta had argued that the commission's process was unfair and warned earlier this year "
     "that it might be forced to withdraw Facebook from Nigeria.", "warned", "en"),
    ("TikTok contested the findings and sued the Commission in the General Court.", "sued", "en"),
    ("4chan called the decision unlawful and has since challenged the fine.", "challenged", "en"),
    ("X a contesté la décision et a attaqué l'Arcom en justice.", "attaqué", "fr"),
    ("Meta a rejeté les conclusions de l'autorité et a averti qu'elle pourrait retirer Facebook "
     "du pays.", "averti", "fr"),
])
def test_regression_the_platforms_second_verb_is_its_own_step(extractor, text, verb, language):
    assert _shares(extractor, text, verb, language)


@pytest.mark.parametrize("text, verb, language", [
    ("Ofcom fined 4chan and warned it that further penalties would follow.", "warned", "en"),
    ("The Commission fined Meta and ordered it to end the practice.", "ordered", "en"),
    ("4chan said Ofcom had investigated the forum and fined it in October.", "fined", "en"),
    ("La CNIL a sanctionné Google et lui a ordonné de cesser le suivi.", "ordonné", "fr"),
    ("Meta warned users on Monday.", "warned", "en"),
])
def test_a_bodys_second_verb_stays_the_bodys(extractor, text, verb, language):
    assert not _shares(extractor, text, verb, language)


def test_a_noun_shares_no_subject(extractor):
    text = "TikTok contested the findings and a warning followed."
    assert not _shares(extractor, text, "warning", form="nominal")


def test_regression_the_companys_warning_is_no_regulators_warning(extractor):
    text = ("Fine upheld\n\nThe tribunal upheld the commission's fine against Meta on Friday. "
            "Meta had argued that the commission's process was unfair and warned earlier this "
            "year that it might be forced to withdraw Facebook from Nigeria.\n")
    article = Article(id="test", text=text, title="Fine upheld", outlet=None, url=None,
                      published=dt.date(2025, 6, 1), language="en",
                      content_hash=str(hash(text)))
    kinds = {a.type for a in extractor.extract(article).actions if a.status in FACTUAL_STATUSES}
    assert "warning" not in kinds
