"""A deal an authority prohibits is an order on the buyer, not a block of a platform (issue 3,
s18; data/patterns/deals.yaml). gale 1131: "barred Uber from buying Foodpanda's Taiwan
business, the first time it has blocked a deal of this size" also gave a block on Foodpanda by
the Taiwanese government (a wrong fact). Invented sentences."""

from __future__ import annotations

import pytest

DAY = "2024-12-30"  # a Monday: "on Wednesday" is 2024-12-25

ORDERS = [
    ("The CMA blocked Meta's acquisition of Giphy on Wednesday.", "en",
     ("order", "Competition and Markets Authority", "Meta")),
    ("The CMA on Wednesday blocked Microsoft's $69 billion takeover of Activision Blizzard.",
     "en", ("order", "Competition and Markets Authority", "Microsoft")),
    ("The CMA blocked the purchase of Giphy by Meta on Wednesday.", "en",
     ("order", "Competition and Markets Authority", "Meta")),
    ("La Commission européenne a interdit mercredi l'acquisition de Giphy par Meta.", "fr",
     ("order", "European Commission", "Meta")),
    ("Taiwan's Fair Trade Commission barred Uber from buying Foodpanda's Taiwan business, the "
     "first time it has blocked a deal of this size in the platform economy.", "en",
     ("order", "Taiwan Fair Trade Commission", "Uber")),
]


@pytest.mark.parametrize(("text", "language", "expected"), ORDERS)
def test_a_prohibited_deal_is_an_order_on_its_buyer(rows, text, language, expected) -> None:
    assert [(r["type"], r["actor"], r["target"]) for r in rows(text, language, DAY)] == [
        expected]


BLOCKS = [
    ("Ofcom blocked TikTok on Wednesday.", "en", ("block", "Ofcom", "TikTok")),
    ("La Commission a bloqué mercredi TikTok.", "fr", ("block", "European Commission", "TikTok")),
    ("Turkey's BTK blocked access to Wikipedia on Wednesday after a deal with the government "
     "collapsed.", "en",
     ("block", "Information and Communication Technologies Authority", "Wikipedia")),
]


@pytest.mark.parametrize(("text", "language", "expected"), BLOCKS)
def test_a_block_of_a_platform_stays_a_block(rows, text, language, expected) -> None:
    assert [(r["type"], r["actor"], r["target"]) for r in rows(text, language, DAY)] == [
        expected]
