"""Amounts in the forms of real reporting (issue 3): symbols, codes and names of currencies,
multipliers (bn, milliard, crore, lakh), numbers in words, and the names several countries'
currencies share (kroner, dirhams, CFA francs, the bare dollar), resolved by the acting body's
country (guideline 1). A name that cannot be resolved gives no amount: a wrong currency is
worse than none."""

from __future__ import annotations

import pytest

from regkg.extract.money import find_money, sums_imposed
from regkg.extract.money_words import DOLLARS, SHARED_NAMES
from regkg.extract.patterns import load_patterns
from regkg.settings import Settings


def money_of(text: str, language: str = "en", country: str | None = None) -> list[str]:
    return [f"{m.money.amount} {m.money.currency}" for m in find_money(text, language,
                                                                        country=country)
            if m.money is not None]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("€1.2bn", "en", "1200000000 EUR"),
    ("1,2 milliard d'euros", "fr", "1200000000 EUR"),
    ("EUR 120m", "en", "120000000 EUR"),
    ("EUR1.2bn", "en", "1200000000 EUR"),
    ("US$5 billion", "en", "5000000000 USD"),
    ("$5bn", "en", "5000000000 USD"),
    ("R$50 million", "en", "50000000 BRL"),
    ("50 millions de reais", "fr", "50000000 BRL"),
    ("2 millions de francs suisses", "fr", "2000000 CHF"),
    ("CHF 2m", "en", "2000000 CHF"),
    ("KRW 15.2 billion", "en", "15200000000 KRW"),
    ("15,2 milliards de wons", "fr", "15200000000 KRW"),
    ("¥4.2 billion", "en", "4200000000 JPY"),
    ("₹1,337.76 crore", "en", "13377600000 INR"),
    ("Rs 213 crore", "en", "2130000000 INR"),
    ("Rs 5 lakh", "en", "500000 INR"),
    ("Rs 213 cr", "en", "2130000000 INR"),
    ("Can$120 million", "en", "120000000 CAD"),
    ("NZ$3.5 million", "en", "3500000 NZD"),
    ("HK$1.2 million", "en", "1200000 HKD"),
    ("S$750,000", "en", "750000 SGD"),
    ("4.9 million zlotys", "en", "4900000 PLN"),
    ("58 million kronor", "en", "58000000 SEK"),
    ("10 million Danish kroner", "en", "10000000 DKK"),
    ("2.6 billion lira", "en", "2600000000 TRY"),
    ("TRY 2.6 billion", "en", "2600000000 TRY"),
    ("10 million rand", "en", "10000000 ZAR"),
    ("330 billion naira", "en", "330000000000 NGN"),
    ("AED 5 million", "en", "5000000 AED"),
    ("10 millions de livres égyptiennes", "fr", "10000000 EGP"),
    # a multiplier written short or hyphenated: read alone, "1.2" would be a wrong amount
    ("€ 1.2 bln", "en", "1200000000 EUR"),
    ("$1.2 mln", "en", "1200000 USD"),
    ("a $1.2-million fine", "en", "1200000 USD"),
    ("€1.2-billion", "en", "1200000000 EUR"),
    # numbers in words
    ("two million euros", "en", "2000000 EUR"),
    ("five million euros", "en", "5000000 EUR"),
    ("half a million pounds", "en", "500000 GBP"),
    ("deux millions d'euros", "fr", "2000000 EUR"),
    ("cent mille euros", "fr", "100000 EUR"),
    ("dix millions de dollars", "fr", "10000000 USD"),
])
def test_forms_of_amounts(text, language, expected) -> None:
    assert money_of(text, language) == [expected]


@pytest.mark.parametrize(("text", "language", "country", "expected"), [
    ("65 million kroner", "en", "NO", ["65000000 NOK"]),
    ("10 million kroner", "en", "DK", ["10000000 DKK"]),
    ("10 million kroner", "en", None, []),  # Norway's or Denmark's: no guess
    ("58 millions de couronnes", "fr", "SE", ["58000000 SEK"]),
    ("5 million dirhams", "en", "AE", ["5000000 AED"]),
    ("5 millions de dirhams", "fr", "MA", ["5000000 MAD"]),
    ("Dh5 million", "en", "AE", ["5000000 AED"]),
    ("5 million dirhams", "en", None, []),
    ("3 milliards de FCFA", "fr", "CM", ["3000000000 XAF"]),
    ("3 milliards de francs CFA", "fr", "SN", ["3000000000 XOF"]),
    ("3 milliards FCFA", "fr", None, []),  # Central or West African: no guess
    ("une amende de 250 000 francs", "fr", None, ["250000 CHF"]),
    ("R10 million", "en", "ZA", ["10000000 ZAR"]),
    ("R10 million", "en", None, []),
    ("¥4.2 billion", "en", "CN", ["4200000000 CNY"]),
    ("¥4.2 billion", "en", "JP", ["4200000000 JPY"]),
    ("RM10 million", "en", "MY", ["10000000 MYR"]),
    ("KSh 5 million", "en", "KE", ["5000000 KES"]),
    ("E£10 million", "en", "EG", ["10000000 EGP"]),
    ("4,9 mln zł", "fr", "PL", ["4900000 PLN"]),
    ("9 millions $", "fr", "CA", ["9000000 CAD"]),  # the sign after the number
    ("500 000 $ en frais", "fr", "CA", ["500000 CAD"]),
    ("325 M$", "fr", None, ["325000000 USD"]),
    ("9 millions $ CA", "fr", None, ["9000000 CAD"]),
    ("In 2021 $5 million was paid", "en", None, ["5000000 USD"]),  # not 2021 dollars
    ("$60 million", "en", "AU", ["60000000 AUD"]),
    ("US$60 million", "en", "AU", ["60000000 USD"]),
    ("$60 million", "en", "TW", ["60000000 TWD"]),
    ("$60 million", "en", "FR", ["60000000 USD"]),
    ("10 million pounds", "en", "EG", ["10000000 EGP"]),
    ("a fine of Rs 10 crore", "en", "PK", ["100000000 PKR"]),
    ("SR10 million", "en", None, ["10000000 SAR"]),
    ("QR 2 million", "en", None, ["2000000 QAR"]),
    ("Tk 10 crore", "en", None, ["100000000 BDT"]),
    # after a penalty's noun a sum with no multiplier is money (s20)
    ("une amende de 20 000 livres", "fr", "GB", ["20000 GBP"]),
    ("a fine of 750,000 lira", "en", "TR", ["750000 TRY"]),
    ("le recueil s'est vendu à 20 000 livres", "fr", "GB", []),
])
def test_shared_names_take_the_country(text, language, country, expected) -> None:
    assert money_of(text, language, country) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Meta won 5 cases", "en"),
    ("Try 5 million times", "en"),  # a code in lower case is a word
    ("two hundred million euros", "en"),  # not read as 100 million
    ("deux cents millions d'euros", "fr"),
    ("a year", "en"),
    ("un m", "fr"),
])
def test_not_amounts(text, language) -> None:
    assert money_of(text, language) == []


def test_one_table_of_bare_dollars() -> None:
    """The patterns' dollar table is the money vocabulary's, not a copy."""
    patterns = load_patterns(Settings().patterns_dir)
    assert patterns.dollar_currency == DOLLARS == SHARED_NAMES["dollar"]
    assert patterns.dollar_currency["AU"] == "AUD"


@pytest.mark.parametrize(("text", "country", "expected"), [
    # of a sum and its conversion, the one in the acting body's own currency
    ("fined Google $2.7 billion (€2.42 billion) on Wednesday", "EU", ["2420000000 EUR"]),
    ("fined Google €2.42 billion ($2.7 billion)", "EU", ["2420000000 EUR"]),
    ("fined Meta $15.7 million (21.6 billion won)", "KR", ["21600000000 KRW"]),
    ("fined OpenAI 15 million euros, or $15.6 million", "IT", ["15000000 EUR"]),
    # an approximate conversion, or no country known: the first stays
    ("fined Google $2.7 billion (about €2.4 billion)", "EU", ["2700000000 USD"]),
    ("fined Google $2.7 billion (€2.42 billion)", None, ["2700000000 USD"]),
    # Nigerian bodies impose sums in dollars too: no home currency
    ("fined Meta $220 million (about 330 billion naira)", "NG", ["220000000 USD"]),
])
def test_the_sum_in_the_bodys_own_currency(text, country, expected) -> None:
    assert [f"{m.money.amount} {m.money.currency}" for m in sums_imposed(
        text, "en", country=country) if m.money is not None] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Facebook avait accepté de payer une pénalité de 9 millions de dollars, ainsi que "
     "500 000 $ en frais", "fr", ["9000000 CAD"]),
    ("ordered Google to pay €2 million in damages to users", "en", []),
    ("condamné à verser 1 million d'euros de dommages et intérêts aux éditeurs, ainsi qu'une "
     "amende de 500 000 euros", "fr", ["500000 EUR"]),
    ("ordered to pay $5 million in compensation", "en", ["5000000 CAD"]),  # a refund: an order's
])
def test_damages_and_costs_are_no_sum_imposed(text, language, expected) -> None:
    assert [f"{m.money.amount} {m.money.currency}" for m in sums_imposed(
        text, language, country="CA") if m.money is not None] == expected


def test_a_ceiling_in_the_bodys_currency_is_not_swapped_for_its_conversion() -> None:
    """'up to A$49.5 million ($32 million)' in Australia: the conversion, in the same
    currency once the bare dollar is read as Australian, is no sum imposed either."""
    text = "Companies that fail to comply could face fines of up to A$49.5 million ($32 million)."
    assert [m.money for m in sums_imposed(text, "en", country="AU")] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("up to £18m", "up_to"), ("about €2.4 billion", "approximately"),
    ("près de 100 millions d'euros", "approximately"), ("€5m", None),
])
def test_qualifiers_read_before_the_amount(text, expected) -> None:
    mentions = find_money(text, "fr" if "près" in text else "en")
    assert [(m.qualifier, m.start) for m in mentions] == [(expected, 0)]
