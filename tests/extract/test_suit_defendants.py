"""A body's suit told without its defendant is against the platform the story is about (issue 3,
s19 "suits"): "X refused. The regulator then went to the High Court", "Le PFPDT a saisi le
Tribunal administratif fédéral", "The Justice Department filed the complaint on the FTC's behalf
in federal court", a court's relief told in a clause after the suit ("went to the Federal Court,
which granted an injunction ordering X to ..."), and shapes of filing the rules missed ("saisi la
Haute Cour", "L'affaire a été portée devant la justice par ..."). Not the body's suit: a
platform's appeal or challenge, a threat, a suit against someone else, a private party's suit.
Invented sentences.
"""

from __future__ import annotations

import pytest

DAY = "2025-03-06"  # a Thursday: "lundi" / "on Monday" is 2025-03-03


def _suits(rows, text, language):
    return [(r["actor"], r["target"], r["date"]) for r in rows(text, language, DAY)
            if r["type"] == "lawsuit"]


# Known misses since session 19's review: a suit whose only link to the platform is the
# sentence before, with no earlier step of the body on it, is no longer given that platform.
# The default sued the wrong party in invented probes (TRAPS_NO_TIE below) and added false
# lawsuits where it was measured; it needs a surer cue (a refusal of the body's own demand).
_NO_TIE = pytest.mark.xfail(strict=True, reason="suit with no earlier tie: default taken back")

CONTEXT = [
    pytest.param("en", "Worldcoin kept scanning irises in Nairobi despite the warning. Ofcom "
                 "then went to the High Court in May.", ("Ofcom", "Worldcoin", "2024-05"),
                 marks=_NO_TIE),
    pytest.param("en", "Microsoft will pay $20 million to settle charges that it collected "
                 "children's data without consent. The Department of Justice filed the complaint "
                 "on the Commission's behalf on Monday in federal court in Seattle.",
                 ("US Department of Justice", "Microsoft", "2025-03-03"), marks=_NO_TIE),
    pytest.param("en", "Amazon refused to hand over the documents. On Tuesday the Federal Trade "
                 "Commission went to court.", ("Federal Trade Commission", "Amazon", "2025-03-04"),
                 marks=_NO_TIE),
    pytest.param("fr", "Zalando a refusé de suivre les recommandations. Le PFPDT a saisi le "
                 "Tribunal administratif fédéral en mai 2019.",
                 ("Federal Data Protection and Information Commissioner", "Zalando", "2019-05"),
                 marks=_NO_TIE),
    pytest.param("fr", "Google a refusé d'appliquer les recommandations. La CNIL a porté l'affaire "
                 "devant le Conseil d'État lundi.", ("CNIL", "Google", "2025-03-03"),
                 marks=_NO_TIE),
    ("fr", "Uber devra requalifier ses chauffeurs. L'affaire avait été portée devant la justice "
     "en 2021 par le parquet de Paris.", ("Paris prosecutor's office", "Uber", "2021")),
]


@pytest.mark.parametrize(("language", "text", "expected"), CONTEXT)
def test_a_suit_without_defendant_is_against_the_story_platform(rows, language, text,
                                                                 expected) -> None:
    assert expected in _suits(rows, text, language)


RELIEF = [
    ("en", "On 3 May the eSafety Commissioner went to the Federal Court, which granted an interim "
     "injunction ordering Meta to hide the videos.",
     ("eSafety Commissioner", "Meta", "2024-05-03")),
    ("en", "Ofcom then went to the High Court, which issued an order stopping Worldcoin from "
     "collecting data.", ("Ofcom", "Worldcoin", None)),
    ("fr", "La CNIL a saisi le Conseil d'État mardi, qui a ordonné à Google de retirer les "
     "contenus.", ("CNIL", "Google", "2025-03-04")),
]


@pytest.mark.parametrize(("language", "text", "expected"), RELIEF)
def test_the_court_relief_names_the_defendant(rows, language, text, expected) -> None:
    assert expected in _suits(rows, text, language)


FILED = [
    ("fr", "Binance est accusée d'évasion fiscale. Le Service fédéral des impôts avait saisi la "
     "Haute Cour fédérale d'Abuja de trois chefs d'accusation contre Binance.",
     ("Federal Inland Revenue Service", "Binance")),
    ("fr", "L'EFCC a saisi la Haute Cour fédérale de Lagos contre OKX.",
     ("Economic and Financial Crimes Commission", "OKX")),
    ("en", "The complaint against Amazon by the Federal Trade Commission was filed on 26 "
     "September in the U.S. District Court in Seattle.", ("Federal Trade Commission", "Amazon")),
]


@pytest.mark.parametrize(("language", "text", "expected"), FILED)
def test_filing_shapes_are_suits(rows, language, text, expected) -> None:
    assert expected in [(a, t) for a, t, _ in _suits(rows, text, language)]


NO_SUIT = [
    # the platform's own challenge or appeal
    ("en", "Ofcom fined TikTok £1.9 million. TikTok went to the High Court to challenge the "
     "fine.", "Ofcom"),
    ("en", "Ofcom fined TikTok £1.9 million on Monday. It then went to the High Court to "
     "challenge the decision.", "Ofcom"),
    ("fr", "La CNIL a infligé une amende à Google. Google a saisi le Conseil d'État pour "
     "contester la sanction.", "CNIL"),
    # threats and possibilities
    ("en", "Worldcoin kept scanning irises. Ofcom said it could go to court.", "Ofcom"),
    ("fr", "Zalando a refusé. Le PFPDT pourrait saisir le Tribunal administratif fédéral.",
     "Federal Data Protection and Information Commissioner"),
    # a suit against someone else named after the trigger
    ("en", "Amazon was not involved. The Federal Trade Commission went to court against two "
     "data brokers on Tuesday.", "Federal Trade Commission"),
    ("fr", "Uber n'est pas concerné. Le parquet de Paris a porté l'affaire devant la justice "
     "contre deux chauffeurs.", "Paris prosecutor's office"),
]


@pytest.mark.parametrize(("language", "text", "actor"), NO_SUIT)
def test_no_suit_of_the_body_on_the_platform(rows, language, text, actor) -> None:
    assert not [s for s in _suits(rows, text, language) if s[0] == actor]


def test_a_private_suit_is_no_body_step(rows) -> None:
    text = "Meta changed its policy in May. Users then went to court in California."
    assert _suits(rows, text, "en") == []


def test_a_suit_told_again_is_not_a_second_one(rows) -> None:
    text = ("The Federal Trade Commission sued Amazon on Monday. Amazon denied wrongdoing. "
            "The Federal Trade Commission filed the complaint in federal court in Seattle.")
    assert [s for s in _suits(rows, text, "en") if s[1] == "Amazon"] == [
        ("Federal Trade Commission", "Amazon", "2025-03-03")]


def test_the_brussels_labour_prosecutor_brings_the_platform_case(rows) -> None:
    text = ("Deliveroo devra requalifier ses coursiers. L'affaire avait été portée devant la "
            "justice en 2021 par l'auditorat du travail de Bruxelles, après des plaintes de "
            "syndicats.")
    assert ("Brussels Labour Prosecutor's Office", "Deliveroo", "2021") in _suits(rows, text, "fr")


TRAPS_NO_TIE = [
    ("en", "Meta has been fined by the regulator. Meta challenged the decision in Luxembourg. The "
     "Data Protection Commission went to the High Court on Tuesday to defend its ruling."),
    ("en", "X sued Media Matters in Texas last year. The FTC filed a complaint in federal court "
     "on Monday."),
    ("en", "Telegram has long refused to cooperate with police. Paris prosecutors went to court on "
     "Friday to extend the detention of its founder."),
    ("fr", "Meta a contesté la sanction. La CNIL a saisi le Conseil d'État mardi pour défendre sa "
     "délibération."),
]


@pytest.mark.parametrize(("language", "text"), TRAPS_NO_TIE)
def test_regression_a_suit_told_after_the_platform_is_not_against_it_without_a_tie(
        rows, language, text) -> None:
    """Session 19 review: the body defends its decision, sues someone else, or acts on a person;
    the platform of the sentence before is no defendant."""
    assert _suits(rows, text, language) == []
