"""A body that referred, complained or asked is not the actor of the step it set going (issue 3,
P5: false actions on tests/wide). "Après un signalement de la DGCCRF, le parquet de Paris a
ouvert des enquêtes visant Shein" made the DGCCRF a joint actor of the prosecutor's probes.
Invented sentences in the style of wire reports and releases, English and French; the negative
cases keep a body that acts in the same sentence, or one the complaint was filed with.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from regkg.extract.modality import FACTUAL_STATUSES
from regkg.extract.referrals import referrer_mentions
from regkg.models import Article, Mention

D = dt.date(2025, 6, 1)
DGCCRF, PARQUET, FTC, DOJ = ("authority/dgccrf", "authority/paris-prosecutor", "authority/ftc",
                             "authority/us-department-of-justice")
CNIL, ARCOM = "authority/cnil", "authority/arcom"


@pytest.fixture
def actors(extractor):
    """actors(text, language) -> {(type, actor)} of the factual steps."""

    def run(text: str, language: str = "en") -> set[tuple[str, str | None]]:
        article = Article(id="test", text=text, title=text.splitlines()[0], outlet=None,
                          url=None, published=D, language=language,
                          content_hash=hashlib.sha256(text.encode()).hexdigest())
        return {(a.type, a.actor) for a in extractor.extract(article).actions
                if a.status in FACTUAL_STATUSES}

    return run


def _mention(text: str, name: str, key: str) -> Mention:
    start = text.index(name)
    return Mention(key=key, start=start, end=start + len(name), text=name)


@pytest.mark.parametrize("text, name", [
    ("Après un signalement de la DGCCRF, le parquet a ouvert une enquête.", "DGCCRF"),
    ("À la suite d'une plainte de la DGCCRF, le parquet a ouvert une enquête.", "DGCCRF"),
    ("Sur saisine de l'Arcom, le tribunal a ordonné le blocage.", "Arcom"),
    ("Following a referral from the FTC, the Justice Department sued TikTok.", "FTC"),
    ("Acting on a complaint by the FTC, the court ordered the app blocked.", "FTC"),
    ("At the request of the FTC, the court ordered the app blocked.", "FTC"),
    ("Following the FTC's referral, the Justice Department sued TikTok.", "FTC"),
])
def test_a_body_named_as_the_one_that_referred_is_a_referrer(text, name):
    mention = _mention(text, name, "authority/x")
    assert referrer_mentions(text, [mention]) == [mention]


@pytest.mark.parametrize("text, name", [
    ("Après une plainte déposée auprès de la CNIL, la CNIL a sanctionné X.", "CNIL"),
    ("A complaint filed by the FTC accuses Meta of deceiving users.", "FTC"),
    ("The FTC, following complaints from parents, fined the app.", "FTC"),
    ("Après un signalement de la DGCCRF, le parquet a ouvert une enquête.", "parquet"),
])
def test_a_body_that_acts_or_receives_the_complaint_is_no_referrer(text, name):
    mention = _mention(text, name, "authority/x")
    assert referrer_mentions(text, [mention]) == []


def test_regression_the_reporting_body_is_not_a_joint_actor_of_the_prosecutors_probe(actors):
    text = ("Plateformes : le parquet enquête\n\nAprès un signalement de la DGCCRF, le parquet "
            "de Paris a ouvert mardi des enquêtes visant Shein et Temu pour pratiques "
            "commerciales trompeuses.\n")
    found = actors(text, "fr")
    assert ("investigation", PARQUET) in found
    assert ("investigation", DGCCRF) not in found


def test_a_referral_from_the_ftc_leaves_the_lawsuit_to_the_justice_department(actors):
    text = ("TikTok sued\n\nFollowing a referral from the Federal Trade Commission, the Justice "
            "Department sued TikTok on Friday over children's privacy.\n")
    found = actors(text)
    assert ("lawsuit", DOJ) in found
    assert ("lawsuit", FTC) not in found


def test_a_body_listed_with_the_referrer_is_a_referrer_too(actors):
    text = ("Enquête\n\nÀ la suite de signalements de la CNIL et de la DGCCRF, le parquet de "
            "Paris a ouvert mardi une enquête visant Temu.\n")
    found = actors(text, "fr")
    assert ("investigation", PARQUET) in found
    assert not {("investigation", CNIL), ("investigation", DGCCRF)} & found


def test_a_body_that_also_acts_in_the_sentence_stays_an_actor(actors):
    text = ("Shein\n\nAprès une plainte déposée auprès de la DGCCRF, la DGCCRF a infligé mardi "
            "une amende de 40 millions d'euros à Shein.\n")
    assert ("fine", DGCCRF) in actors(text, "fr")


@pytest.mark.parametrize("text, language, step, actor, referrer", [
    ("Following a complaint from the FTC, Ofcom opened an investigation into 4chan on "
     "Tuesday.", "en", "investigation", "authority/ofcom", FTC),
    ("Upon referral from the Federal Trade Commission, the Justice Department filed a "
     "complaint against TikTok on Friday.", "en", "lawsuit", DOJ, FTC),
    ("Alerté par la CNIL, le parquet de Paris a ouvert une enquête visant Telegram mardi.",
     "fr", "investigation", PARQUET, CNIL),
    ("Sur saisine de l'Arcom, le parquet de Paris a ouvert une enquête visant Pornhub mardi.",
     "fr", "investigation", PARQUET, ARCOM),
])
def test_the_referrer_of_a_release_or_report_is_no_actor(actors, text, language, step, actor,
                                                         referrer):
    found = actors("Headline\n\n" + text + "\n", language)
    assert (step, actor) in found
    assert (step, referrer) not in found


@pytest.mark.parametrize("text, language, step, actor", [
    ("The CNIL, acting on a complaint by noyb, fined Google on Tuesday.", "en", "fine", CNIL),
    ("Following the ICO's investigation, the ICO fined TikTok on Tuesday.", "en", "fine",
     "authority/ico"),
    ("Sur saisine du ministre, l'Arcom a mis en demeure X mardi.", "fr", "order", ARCOM),
])
def test_the_body_that_acts_on_a_complaint_stays_the_actor(actors, text, language, step, actor):
    assert (step, actor) in actors("Headline\n\n" + text + "\n", language)
