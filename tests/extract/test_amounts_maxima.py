"""A fine told before the statutory maximum in the same sentence (issue 3, M7): the maximum's
figure is its own, not the fine's ("Ofcom fined 4chan £20,000, although it can impose fines of
up to £18 million"), and the fine is imposed. Invented sentences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from regkg.extract.provisions import imposed_before_provision


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ofcom fined 4chan £20,000 on Monday, although it can impose fines of up to £18 million "
     "under the Online Safety Act.", "en", (Decimal(18_000_000), "GBP", None)),
    ("La CNIL a infligé une amende de 40 millions d'euros à Criteo, alors que le RGPD prévoit "
     "des amendes pouvant atteindre 4 % du chiffre d'affaires mondial.", "fr",
     (None, None, Decimal("0.04"))),
])
def test_the_maximum_is_not_the_fine_told_before_it(extractor, article_of, text, language,
                                                    expected) -> None:
    """The fine imposed before the statement of the maximum was read as the maximum."""
    article = article_of(f"T\n\n{text}\n", language, dt.date(2024, 6, 1), "T")
    provisions = extractor.extract(article).provisions
    assert [(p.max_amount.amount if p.max_amount else None,
             p.max_amount.currency if p.max_amount else None,
             p.max_turnover_share) for p in provisions] == [expected]


@pytest.mark.parametrize(("text", "language", "trigger", "expected"), [
    ("Ofcom fined 4chan £20,000 on Monday, although it can impose fines of up to £18 million.",
     "en", "fined", True),
    ("La CNIL a infligé une amende de 40 millions d'euros à Criteo, alors que le RGPD prévoit "
     "des amendes pouvant atteindre 4 % du chiffre d'affaires.", "fr", "infligé", True),
    ("Under the Act, Ofcom can fine providers up to £18 million.", "en", "fine", False),
    ("Companies face fines of up to £18 million.", "en", "fines", False),
])
def test_imposed_before_provision(patterns, text, language, trigger, expected) -> None:
    """For actions.py (not M7's): a fine trigger before the maximum, with its own sum, is a
    fine imposed and should not be dropped with the provision's sentence."""
    end = text.index(trigger) + len(trigger)
    assert imposed_before_provision(text, end, language, patterns.of(language)) is expected


@pytest.mark.parametrize(("text", "language", "actor", "target"), [
    ("La CNIL a sanctionné Google le 6 janvier 2022 d'une amende de 150 millions d'euros, alors "
     "que le RGPD permet des amendes allant jusqu'à 4 % du chiffre d'affaires mondial.", "fr",
     "CNIL", "Google"),
    ("The ICO fined TikTok £12.7 million on 4 April 2023; under the UK GDPR it could have imposed "
     "up to £17.5 million or 4% of turnover.", "en", "Information Commissioner's Office",
     "TikTok"),
])
def test_a_fine_told_before_the_maximum_is_kept(extractor, article_of, reference, text, language,
                                                actor, target) -> None:
    """A fine trigger in a sentence that states a provision was always skipped: the CNIL's
    €150m fine on Google, told before the GDPR's maximum, was lost."""
    article = article_of(f"T\n\n{text}\n", language, dt.date(2024, 6, 1), "T")
    fines = [a for a in extractor.extract(article).actions if a.type == "fine"]
    assert [(reference.get(a.actor).label, reference.get(a.targets[0]).label)
            for a in fines] == [(actor, target)]
