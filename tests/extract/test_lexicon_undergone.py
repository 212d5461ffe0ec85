"""A platform's description right before the noun of a step it undergoes is its target, as a
name is (lexicon_nouns.undergone): "Le site de mode chinois écope, quant à lui, de 150
millions d'euros", "Le groupe écope d'une amende", "The retailer was hit with a penalty".
"Écoper" is undergone, not done. Hard negatives: a fine only possible, a person's prison
term. Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import facts

pytestmark = pytest.mark.slow

CNIL, CMA = "authority/cnil", "authority/cma"
SHEIN, GOOGLE, AMAZON = "service/shein", "organisation/google", "organisation/amazon"
D = dt.date(2025, 9, 4)

TWO_DECISIONS = ("La CNIL a rendu publiques, mercredi, deux décisions visant Google et Shein. "
                 "Le premier est sanctionné d'une amende de 325 millions d'euros. ")

DESCRIBED = [
    # regression: the description before "écope" named nobody, and the fine was lost
    (TWO_DECISIONS + "Le site de mode chinois écope, quant à lui, de 150 millions d'euros "
     "d'amende.", "fr", ("fine", CNIL, (SHEIN,))),
    (TWO_DECISIONS + "Le site de mode chinois écope, quant à lui, de 150 millions d'euros, "
     "pour des cookies.", "fr", ("fine", CNIL, (SHEIN,))),
    ("La CNIL a rendu publique mercredi sa décision concernant Shein. Le groupe écope d'une "
     "amende de 40 millions d'euros.", "fr", ("fine", CNIL, (SHEIN,))),
    ("The CMA on Tuesday published its decision on Amazon's marketplace practices. The "
     "retailer was hit with a 40 million pound penalty.", "en", ("fine", CMA, (AMAZON,))),
]


@pytest.mark.parametrize(("text", "language", "expected"), DESCRIBED)
def test_a_described_platform_undergoes_the_fine(extractor, article_of, text, language,
                                                 expected):
    found = facts(extractor, article_of(text, language, D))
    assert expected in found


def test_the_fine_goes_to_the_described_platform_not_the_other(extractor, article_of):
    text = TWO_DECISIONS + "Le site de mode chinois écope, quant à lui, de 150 millions d'euros."
    actions = [a for a in extractor.extract(article_of(text, "fr", D)).actions
               if a.type == "fine"]
    by_target = {a.targets: a.amount.amount if a.amount else None for a in actions}
    assert by_target.get((SHEIN,)) == 150_000_000
    assert by_target.get((GOOGLE,)) != 150_000_000


NEGATIVES = [
    ("La CNIL a ouvert une enquête sur Shein. Le site pourrait écoper d'une amende de 40 "
     "millions d'euros.", "fr"),
    ("La CNIL a ouvert une enquête sur Shein. Le groupe risque d'écoper d'une amende de 40 "
     "millions d'euros.", "fr"),
    ("La CNIL a ouvert une enquête sur Telegram. Son fondateur écope de deux ans de prison.",
     "fr"),
    ("The CMA opened an investigation into Amazon. The retailer could be hit with a 40 million "
     "pound penalty.", "en"),
]


@pytest.mark.parametrize(("text", "language"), NEGATIVES)
def test_no_fine_that_is_only_possible_or_no_fine(extractor, article_of, text, language):
    assert not [f for f in facts(extractor, article_of(text, language, D)) if f[0] == "fine"]
