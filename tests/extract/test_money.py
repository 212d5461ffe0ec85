"""find_money on real sentences from the seeds and the development corpus, and the usual forms."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkg.extract.money import MoneyMention, find_money, parse_number
from regkg.models import Money

from .real_text import CORPUS, needs_corpus, seed, sentence_with


def summary(mentions: list[MoneyMention]) -> list[tuple[object, ...]]:
    return [(m.money, m.turnover_share) for m in mentions]


def test_seed_000_online_safety_act_maximum() -> None:
    sentence = sentence_with(seed("000"), "18 millions de livres")
    mentions = find_money(sentence, "fr")
    assert summary(mentions) == [
        (Money(Decimal(18_000_000), "GBP"), None),
        (Money(Decimal(20_000_000), "EUR"), None),
        (None, Decimal("0.10")),
    ]
    assert [m.qualifier for m in mentions] == ["up_to", "more_than", None]
    for mention in mentions:
        assert sentence[mention.start:mention.end] == mention.text
    assert mentions[2].text == "10% de leur chiffre d'affaires mondial"


def test_seed_002_dsa_fine() -> None:
    sentence = sentence_with(seed("002"), "une amende de 120 millions")
    (mention,) = find_money(sentence, "fr")
    assert mention.money == Money(Decimal(120_000_000), "EUR")
    assert mention.text == "120 millions d’euros"
    assert isinstance(mention.money.amount, Decimal)


def test_seed_001_counts_and_percentages_are_not_money() -> None:
    sentence = sentence_with(seed("001"), "plus de 20.000 images")
    assert find_money(sentence, "fr") == []


@needs_corpus
def test_corpus_007_australian_dollars() -> None:
    sentence = sentence_with(CORPUS / "007.txt", "$957,780")
    (mention,) = find_money(sentence, "en", default_currency="AUD")
    assert (mention.text, mention.money) == ("$957,780", Money(Decimal(957_780), "AUD"))
    first = sentence_with(CORPUS / "007.txt", "almost $1 million")
    (approximate,) = find_money(first, "en", default_currency="AUD")
    assert approximate.money == Money(Decimal(1_000_000), "AUD")
    assert approximate.qualifier == "almost"


@needs_corpus
def test_corpus_006_bare_dollar_is_usd_without_a_default() -> None:
    sentence = sentence_with(CORPUS / "006.txt", "$10,000 per violation")
    (mention,) = find_money(sentence, "en")
    assert mention.money == Money(Decimal(10_000), "USD")
    assert mention.qualifier == "up_to"


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La Commission a infligé une amende de 120 millions d'euros à X.", "fr",
     [Money(Decimal(120_000_000), "EUR")]),
    ("The Commission fined X EUR 120m under the DSA.", "en", [Money(Decimal(120_000_000), "EUR")]),
    ("X was fined €120 million.", "en", [Money(Decimal(120_000_000), "EUR")]),
    ("Meta agreed to pay $140 million.", "en", [Money(Decimal(140_000_000), "USD")]),
    ("eSafety issued a A$957,780 infringement notice.", "en", [Money(Decimal(957_780), "AUD")]),
    ("The Federal Court ordered AUD 610,500 in penalties.", "en",
     [Money(Decimal(610_500), "AUD")]),
    ("Une amende de 1,5 milliard d'euros.", "fr", [Money(Decimal(1_500_000_000), "EUR")]),
    ("Une amende de 1\u202f500\u202f000 euros.", "fr", [Money(Decimal(1_500_000), "EUR")]),
    ("Une amende de 2.500.000 euros.", "fr", [Money(Decimal(2_500_000), "EUR")]),
    ("Une astreinte de 50 000 € par jour de retard.", "fr",
     [Money(Decimal(50_000), "EUR", "P1D")]),
    ("Une amende de 2,5 millions de dollars.", "fr", [Money(Decimal(2_500_000), "USD")]),
    ("Une amende de 3 millions de francs suisses.", "fr", [Money(Decimal(3_000_000), "CHF")]),
    ("A fine of £1.2bn was imposed.", "en", [Money(Decimal(1_200_000_000), "GBP")]),
    ("MeitY could impose a penalty of Rs 5 crore.", "en", [Money(Decimal(50_000_000), "INR")]),
    ("Les sanctions iraient jusqu'à Rs. 250 crore.", "fr", [Money(Decimal(2_500_000_000), "INR")]),
])
def test_forms(text: str, language: str, expected: list[Money]) -> None:
    assert [m.money for m in find_money(text, language)] == expected


def test_fixed_amount_plus_daily_penalty_are_two_mentions() -> None:
    mentions = find_money("Ofcom fined the provider £20,000 plus £100 per day.", "en")
    assert [(m.text, m.money) for m in mentions] == [
        ("£20,000", Money(Decimal(20_000), "GBP")),
        ("£100 per day", Money(Decimal(100), "GBP", per="P1D")),
    ]


def test_bare_dollar_follows_the_default_currency() -> None:
    text = "The regulator imposed a $140 million penalty."
    assert find_money(text, "en", default_currency="CAD")[0].money == Money(
        Decimal(140_000_000), "CAD")
    # a default that is no dollar does not turn "$" into it
    assert find_money(text, "en", default_currency="EUR")[0].money == Money(
        Decimal(140_000_000), "USD")


@pytest.mark.parametrize(("text", "language", "share"), [
    ("jusqu'à 10% du chiffre d'affaires mondial", "fr", Decimal("0.10")),
    ("fines of up to 6% of global turnover", "en", Decimal("0.06")),
    ("jusqu'à 10 % de leur chiffre d'affaires", "fr", Decimal("0.10")),
    ("up to 10% of the company's total worldwide annual turnover", "en", Decimal("0.10")),
    ("une sanction de 4,5 % du chiffre d'affaires annuel", "fr", Decimal("0.045")),
])
def test_turnover_shares(text: str, language: str, share: Decimal) -> None:
    (mention,) = find_money(text, language)
    assert mention.money is None
    assert mention.turnover_share == share
    assert mention.share_per is None


def test_share_of_daily_turnover_is_a_periodic_penalty() -> None:
    text = "periodic penalty payments of up to 5% of the average daily worldwide turnover"
    (mention,) = find_money(text, "en")
    assert (mention.turnover_share, mention.share_per) == (Decimal("0.05"), "P1D")
    (french,) = find_money("des astreintes de 5 % du chiffre d'affaires journalier moyen", "fr")
    assert (french.turnover_share, french.share_per) == (Decimal("0.05"), "P1D")


@pytest.mark.parametrize(("text", "language"), [
    ("dont 81% étaient des femmes et 2% paraissaient mineurs", "fr"),
    ("une analyse sur plus de 20.000 images générées par Grok", "fr"),
    ("18 millions de livres vendus dans le monde", "fr"),  # books, not pounds
    ("moins de 45 millions de visiteurs mensuels au sein de l'UE", "fr"),
    ("around 1,300 sites and 10% of users", "en"),
    ("la calomnie (art. 174 CP)", "fr"),
])
def test_not_money(text: str, language: str) -> None:
    assert find_money(text, language) == []


@pytest.mark.parametrize(("raw", "language", "value"), [
    ("1,5", "fr", Decimal("1.5")),
    ("957,780", "en", Decimal(957_780)),
    ("20.000", "fr", Decimal(20_000)),
    ("1.5", "en", Decimal("1.5")),
    ("1 234 567,89", "fr", Decimal("1234567.89")),
    ("1,234,567.89", "en", Decimal("1234567.89")),
])
def test_parse_number(raw: str, language: str, value: Decimal) -> None:
    assert parse_number(raw, language) == value


@given(st.integers(min_value=1_000, max_value=10**12))
def test_english_thousands_round_trip(amount: int) -> None:
    (mention,) = find_money(f"a penalty of ${amount:,} was imposed", "en", "AUD")
    assert mention.money == Money(Decimal(amount), "AUD")


@given(st.integers(min_value=1_000, max_value=10**12), st.sampled_from([" ", "\u202f", "\u00a0"]))
def test_french_thousands_round_trip(amount: int, separator: str) -> None:
    written = f"{amount:,}".replace(",", separator)
    (mention,) = find_money(f"une amende de {written} euros", "fr")
    assert mention.money == Money(Decimal(amount), "EUR")


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal(999), places=1))
def test_french_decimal_comma_with_millions(amount: Decimal) -> None:
    written = str(amount).replace(".", ",")
    (mention,) = find_money(f"une amende de {written} millions d'euros", "fr")
    assert mention.money is not None
    assert mention.money.amount == amount * 1_000_000


# --- currencies of the bodies the reference knows beyond Europe and North America ------------
# (regression: "fined 50,000 reais", "11.6 billion won" gave a fine with no amount, and
# "Rp 5 miliar" would have been read as 5 rupiah had the prefix been known alone)

@pytest.mark.parametrize(("text", "language", "amount", "currency"), [
    ("ANPD fined the company 50,000 reais for the breach.", "en", 50_000, "BRL"),
    ("a fine of 11.6 billion won ($8.7 million) on Google", "en", 11_600_000_000, "KRW"),
    ("une amende de 2,5 millions de livres turques", "fr", 2_500_000, "TRY"),
    ("fined Didi 8.026 billion yuan", "en", 8_026_000_000, "CNY"),
    ("une amende de 3 millions de roubles", "fr", 3_000_000, "RUB"),
    ("a penalty of Rp 5 miliar", "en", 5_000_000_000, "IDR"),
    ("R$ 50 milhões", "en", 50_000_000, "BRL"),
    ("a fine of NZ$ 3m", "en", 3_000_000, "NZD"),
    ("the Commission fined it 220 million naira", "en", 220_000_000, "NGN"),
    ("a fine of 10 million rand", "en", 10_000_000, "ZAR"),
    ("une amende de 20 000 couronnes suédoises", "fr", 20_000, "SEK"),
    ("a fine of 4 million Norwegian kroner", "en", 4_000_000, "NOK"),
])
def test_currencies_of_other_jurisdictions(text, language, amount, currency) -> None:
    (mention,) = [m for m in find_money(text, language) if m.money and m.money.currency != "USD"]
    assert mention.money == Money(Decimal(amount), currency)


@pytest.mark.parametrize("text", [
    "The company won 3 cases in 2024.",       # 'won' is a verb without a multiplier
    "Rand Paul said 5 platforms had failed.",  # 'rand' is a name
    "Try 5 times before the lira falls.",      # no amount at all
    "a fine of 4 million kroner",              # Danish or Norwegian: unsaid
])
def test_currency_words_that_are_no_amount(text) -> None:
    assert [m for m in find_money(text, "en") if m.money] == []
