"""A penalty paid to settle a body's case is that body's step (issue 3, P5: false actions on
tests/wide): "Musical.ly ... was handed a $5.7 million penalty to settle FTC charges" went to
the Justice Department, the article's other body. Invented sentences in the style of US and
French reports; the negative cases name a body that is not the one settled with.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from regkg.extract.actions import SentenceView
from regkg.extract.modality import FACTUAL_STATUSES
from regkg.extract.patterns import TriggerMatch
from regkg.extract.settlements import settling_body
from regkg.extract.text import Sentence
from regkg.models import Article, Mention

FTC, DOJ = "authority/ftc", "authority/us-department-of-justice"
NAMES = {"Federal Trade Commission": FTC, "FTC": FTC, "Justice Department": DOJ,
         "Twitter": "service/x", "TikTok": "service/tiktok"}


def _view(text: str) -> SentenceView:
    mentions, taken = [], set()
    for name, key in NAMES.items():
        start = text.find(name)
        if start >= 0 and not any(a <= start < b for a, b in taken):
            mentions.append(Mention(key, name, start, start + len(name)))
            taken.add((start, start + len(name)))
    mentions.sort(key=lambda m: m.start)
    return SentenceView(index=0, sentence=Sentence(0, len(text), text), text=text,
                        mentions=mentions, paragraph=0, published=dt.date(2025, 6, 1),
                        language="en")


def _body(extractor, text: str, trigger: str, kind: str = "fine") -> str | None:
    start = text.index(trigger)
    trig = TriggerMatch(kind, "nominal", start, start + len(trigger))
    return settling_body(_view(text), trig, extractor.linker)


@pytest.mark.parametrize("text, trigger", [
    ("TikTok was handed a $5.7 million penalty to settle FTC charges over its app.", "penalty"),
    ("Twitter agreed to pay a $150 million penalty to resolve allegations by the Federal "
     "Trade Commission.", "penalty"),
    ("Twitter paid a $150 million penalty in a settlement with the FTC.", "penalty"),
    ("TikTok a payé une amende de 5 millions de dollars pour solder les poursuites de la FTC.",
     "amende"),
    ("TikTok a versé une amende dans le cadre d'un accord avec la FTC.", "amende"),
])
def test_the_body_whose_case_the_penalty_settles(extractor, text, trigger):
    assert _body(extractor, text, trigger) == FTC


@pytest.mark.parametrize("text, trigger, kind", [
    ("TikTok was handed a $5.7 million penalty, the FTC said.", "penalty", "fine"),
    ("TikTok was handed a penalty to settle charges over its app, as the FTC had asked.",
     "penalty", "fine"),
    ("TikTok settled the FTC case after a lawsuit by the Justice Department.", "lawsuit",
     "lawsuit"),
    ("TikTok was handed a penalty. It settled FTC charges later.", "penalty", "fine"),
])
def test_no_body_settled_with(extractor, text, trigger, kind):
    assert _body(extractor, text, trigger, kind) is None


def test_regression_the_penalty_settling_ftc_charges_is_the_ftcs(extractor):
    text = ("Settled\n\nThe Justice Department sued Google on Friday. Twitter was ordered to "
            "pay a $150 million penalty in a settlement with the Federal Trade Commission.\n")
    article = Article(id="test", text=text, title="Settled", outlet=None, url=None,
                      published=dt.date(2025, 6, 1), language="en",
                      content_hash=hashlib.sha256(text.encode()).hexdigest())
    fines = {a.actor for a in extractor.extract(article).actions
             if a.type == "fine" and a.status in FACTUAL_STATUSES}
    assert fines == {FTC}
