import datetime as dt
from decimal import Decimal

import pytest

from regkg.models import (
    Action,
    Article,
    Claim,
    DateValue,
    Evidence,
    Extraction,
    Money,
    NewEntity,
    PenaltyProvision,
)

FINE_SENTENCE = (
    "La Commission européenne avait infligé, début décembre, une amende de 120 millions "
    "d’euros à X pour violation du DSA"
)


def article(stem: str = "002_01a4004bb8cbe5ca", text: str = FINE_SENTENCE) -> Article:
    return Article(
        id=stem, text=text, title="L’UE et Grok", outlet=None, url=None,
        published=dt.date(2026, 1, 5), language="fr", content_hash="ab" * 32,
        source_file=f"data/articles/{stem}.txt",
    )


def fine_extraction(stem: str = "002_01a4004bb8cbe5ca") -> Extraction:
    evidence = Evidence(FINE_SENTENCE, 0, len(FINE_SENTENCE))
    fine = Action(
        type="fine", actor="authority/european-commission", targets=("service/x",),
        jurisdiction="EU", laws=("law/digital-services-act",),
        date=DateValue(dt.date(2025, 12, 1), "month"), status="imposed", evidence=evidence,
        amount=Money(Decimal("120000000"), "EUR"),
    )
    claim = Claim(
        speaker="person/elon-musk", quote="Littéralement zéro", language="fr",
        evidence=evidence, date=DateValue(dt.date(2026, 1, 4), "day"),
        about=("service/grok",),
    )
    provision = PenaltyProvision(
        law="law/online-safety-act", jurisdiction="GB", evidence=evidence,
        max_amount=Money(Decimal("18000000"), "GBP"), max_turnover_share=Decimal("0.10"),
        rule="whichever_higher",
    )
    stranger = NewEntity("person/jane-doe", "person", "Jane Doe", evidence)
    return Extraction(
        article=article(stem), extractor_version="test", actions=(fine,), claims=(claim,),
        provisions=(provision,), new_entities=(stranger,),
    )


@pytest.fixture
def extraction() -> Extraction:
    return fine_extraction()
