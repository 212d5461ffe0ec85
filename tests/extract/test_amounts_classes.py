"""Amounts of fines by class of error, on invented sentences in the style of regulators' and
newspapers' reports (English and French): the sum imposed, not a conversion, a ceiling, a
total of several fines, another company's sum, or nothing where the text states none."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from regkg.extract.money import sums_imposed

PUBLISHED = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def amounts(extractor, article_of):
    """amounts(text, language) -> {(type, target's last key part): (amount, currency)} of
    the fines and orders of a text whose first line is its title."""

    def run(text: str, language: str = "en") -> dict[tuple[str, str | None], object]:
        article = article_of(text, language, PUBLISHED, text.splitlines()[0])
        found: dict[tuple[str, str | None], object] = {}
        for action in extractor.extract(article).actions:
            if action.type in ("fine", "order"):
                target = action.targets[0].split("/")[-1] if action.targets else None
                money = action.amount
                found[(action.type, target)] = (
                    None if money is None else (money.amount, money.currency))
        return found

    return run


def imposed(text: str, language: str = "en", default: str | None = None) -> list[object]:
    return [(m.money.amount, m.money.currency) for m in sums_imposed(text, language, default)
            if m.money is not None]


# --- one sentence: which of its sums is imposed ---------------------------------------------

@pytest.mark.parametrize(("text", "language", "expected"), [
    # a conversion in brackets or after "or" / "soit" restates the sum
    ("Meta was hit with a record 1.2 billion euro ($1.3 billion) fine.", "en",
     [(Decimal(1_200_000_000), "EUR")]),
    ("The watchdog fined OpenAI 15 million euros, or $15.6 million, on Friday.", "en",
     [(Decimal(15_000_000), "EUR")]),
    ("La CNIL a infligé 40 millions d'euros, soit 43 millions de dollars, à Criteo.", "fr",
     [(Decimal(40_000_000), "EUR")]),
    ("Meta a écopé d'une amende de 21,6 milliards de wons (14,5 millions d'euros).", "fr",
     [(Decimal(21_600_000_000), "KRW")]),
    # a ceiling is what the law allows
    ("It fined the firm £7.5 million, out of a maximum of £17.5 million.", "en",
     [(Decimal(7_500_000), "GBP")]),
    ("The company faced a maximum penalty of $49.5 million but was fined $610,500.", "en",
     [(Decimal(610_500), "USD")]),
    ("La sanction maximale encourue de 20 millions d'euros n'a pas été retenue.", "fr", []),
])
def test_sums_imposed_leave_out_conversions_and_ceilings(text, language, expected) -> None:
    assert imposed(text, language) == expected


@pytest.mark.parametrize(("text", "language", "default", "expected"), [
    ("penalised Meta Platforms Rs 213.14 crore", "en", None, (Decimal(2_131_400_000), "INR")),
    ("a penalty of 213.14 crore rupees", "en", None, (Decimal(2_131_400_000), "INR")),
    ("a fine of NT$10 million", "en", None, (Decimal(10_000_000), "TWD")),
    ("a fine of US$1.3bn", "en", None, (Decimal(1_300_000_000), "USD")),
    ("a fine of A$957,780", "en", None, (Decimal(957_780), "AUD")),
    ("an infringement notice for $610,500", "en", "AUD", (Decimal(610_500), "AUD")),
    ("une amende de 2 millions de dollars", "fr", "CAD", (Decimal(2_000_000), "CAD")),
    ("une amende de CHF 1,2 million", "fr", None, (Decimal(1_200_000), "CHF")),
    ("une amende de 1,2 milliard d'euros", "fr", None, (Decimal(1_200_000_000), "EUR")),
    ("a fine of R$ 50 milhões", "en", None, (Decimal(50_000_000), "BRL")),
    ("a fine of ₩21.6 billion", "en", None, (Decimal(21_600_000_000), "KRW")),
    ("a fine of 1.2 billion euros", "en", None, (Decimal(1_200_000_000), "EUR")),
    ("une amende de 325 M€", "fr", None, (Decimal(325_000_000), "EUR")),
])
def test_currencies_and_multipliers(text, language, default, expected) -> None:
    assert imposed(text, language, default) == [expected]


# --- several companies in one sentence ------------------------------------------------------

def test_each_company_takes_the_sum_written_next_to_it_en(amounts) -> None:
    found = amounts("Regulator fines Apple and Meta\n"
                    "The European Commission on 23 April 2025 imposed fines of €500 million on "
                    "Apple and €200 million on Meta for breaching the Digital Markets Act.")
    assert found[("fine", "apple")] == (Decimal(500_000_000), "EUR")
    assert found[("fine", "meta")] == (Decimal(200_000_000), "EUR")


def test_each_company_takes_the_sum_written_next_to_it_fr(amounts) -> None:
    found = amounts("La CNIL sanctionne Google et Meta\n"
                    "La CNIL a infligé le 6 janvier 2022 une amende de 150 millions d'euros à "
                    "Google et de 60 millions d'euros à Meta pour leurs cookies.", "fr")
    assert found[("fine", "google")] == (Decimal(150_000_000), "EUR")
    assert found[("fine", "meta")] == (Decimal(60_000_000), "EUR")


def test_company_then_its_sum(amounts) -> None:
    found = amounts("Watchdog fines Apple and Meta\n"
                    "The Commission fined Apple €500 million and Meta €200 million on 23 April "
                    "2025.")
    assert found[("fine", "apple")] == (Decimal(500_000_000), "EUR")
    assert found[("fine", "meta")] == (Decimal(200_000_000), "EUR")


def test_respectively_pairs_companies_and_sums_in_order(amounts) -> None:
    found = amounts("Watchdog fines Apple and Meta\n"
                    "The European Commission fined Apple and Meta €500 million and €200 million "
                    "respectively on 23 April 2025.")
    assert found[("fine", "apple")] == (Decimal(500_000_000), "EUR")
    assert found[("fine", "meta")] == (Decimal(200_000_000), "EUR")


def test_a_combined_sum_is_no_company_s_fine(amounts) -> None:
    found = amounts("Italy fines Amazon and Apple\n"
                    "The Italian Competition Authority fined Amazon and Apple a combined €200 "
                    "million on 23 November 2021 over restrictions on resellers.")
    assert found.get(("fine", "amazon")) is None
    assert found.get(("fine", "apple")) is None


# --- the sum stated in another sentence -----------------------------------------------------

def test_headline_fine_takes_the_sum_of_the_lead(amounts) -> None:
    found = amounts("India's antitrust watchdog penalises Meta over WhatsApp policy\n"
                    "NEW DELHI - The Competition Commission of India has penalised Meta Platforms "
                    "213.14 crore rupees (about $25 million) over WhatsApp's privacy policy.")
    assert found[("fine", "meta")] == (Decimal(2_131_400_000), "INR")


def test_the_penalty_takes_the_sum_an_earlier_sentence_gives_it(amounts) -> None:
    found = amounts("Meta loses appeal against Nigerian penalty\n"
                    "LAGOS - Meta Platforms has lost its challenge to a $220 million penalty in "
                    "Nigeria.\n"
                    "The Federal Competition and Consumer Protection Commission slapped the "
                    "penalty on Meta in July 2024.")
    assert found[("fine", "meta")] == (Decimal(220_000_000), "USD")


def test_the_next_sentence_states_the_sum(amounts) -> None:
    found = amounts("La CNIL sanctionne Shein\n"
                    "La CNIL a infligé une amende à la société Shein le 1er septembre 2025 pour le "
                    "dépôt de cookies sans consentement. L'amende s'élève à 150 millions "
                    "d'euros.", "fr")
    assert found[("fine", "shein")] == (Decimal(150_000_000), "EUR")


def test_an_earlier_fine_of_another_company_is_not_taken(amounts) -> None:
    found = amounts("CNIL fines Google over cookies\n"
                    "The CNIL fined Google on 3 September 2025 for cookie breaches.\n"
                    "In 2020 it had fined Amazon 35 million euros for similar breaches.")
    assert found[("fine", "google")] is None


def test_a_ceiling_in_the_lead_is_not_the_headline_fine(amounts) -> None:
    found = amounts("Ofcom fines 4chan\n"
                    "Ofcom can fine 4chan up to £18 million under the Online Safety Act.")
    assert found.get(("fine", "4chan")) is None


# --- orders to pay ----------------------------------------------------------------------------

def test_an_order_to_pay_carries_its_sum(amounts) -> None:
    found = amounts("FTC order against Epic Games\n"
                    "The Federal Trade Commission announced a settlement with Epic Games. A "
                    "proposed administrative order requires Epic to pay $245 million to refund "
                    "affected consumers.")
    assert found[("order", "epic-games")] == (Decimal(245_000_000), "USD")


@pytest.mark.parametrize("text", [
    "Apple was ordered by the Commission on 3 March 2025 to pay €500 million.",
    "The Commission ordered Apple on 3 March 2025 to pay a fine of €500 million.",
])
def test_an_order_to_pay_a_bare_sum_is_the_fine_not_the_order_s_sum(amounts, text) -> None:
    found = amounts("Commission order against Apple\n" + text)
    assert found.get(("order", "apple")) is None


# --- more classes: shared units, earlier fines, daily penalties, the sum stated next ----------

@pytest.mark.parametrize(("text", "language", "expected"), [
    ("d'amendes de 150 et 60 millions d'euros", "fr",
     [(Decimal(150_000_000), "EUR"), (Decimal(60_000_000), "EUR")]),
    ("fines of 500 and 200 million euros", "en",
     [(Decimal(500_000_000), "EUR"), (Decimal(200_000_000), "EUR")]),
    # a range is no sum, nor a year before "and"
    ("between 150 and 200 million euros", "en", [(Decimal(200_000_000), "EUR")]),
    ("in 2021 and 60 million euros", "en", [(Decimal(60_000_000), "EUR")]),
])
def test_a_bare_number_shares_the_unit_of_the_amount_after_it(text, language, expected) -> None:
    assert imposed(text, language) == expected


def test_companies_then_as_many_sums_pair_in_order(amounts) -> None:
    found = amounts("La CNIL sanctionne Google et Meta\n"
                    "La CNIL a infligé le 6 janvier 2022 à Google et à Meta des amendes de 150 "
                    "et 60 millions d'euros.", "fr")
    assert found[("fine", "meta")] == (Decimal(60_000_000), "EUR")


@pytest.mark.parametrize(("text", "language", "target", "expected"), [
    # one company's earlier fine in the same sentence is another step's sum
    ("After fining Meta €390 million in January 2023, the Data Protection Commission on "
     "Friday fined Meta €5.5 million over WhatsApp.", "en", "meta",
     (Decimal(5_500_000), "EUR")),
    # a daily penalty beside the fine
    ("La CNIL a prononcé le 3 mars 2025 une amende de 8 millions d'euros à l'encontre de "
     "Google, assortie d'une astreinte de 100 000 euros par jour de retard.", "fr", "google",
     (Decimal(8_000_000), "EUR")),
    ("Ofcom fined 4chan £20,000 on 13 October 2025 and will add a daily penalty of £100 if "
     "it keeps ignoring the requests.", "en", "4chan", (Decimal(20_000), "GBP")),
    # a provisional sum announced before
    ("The ICO fined TikTok £12.7 million on 4 April 2023, less than the £27 million "
     "provisional fine it had announced.", "en", "tiktok", (Decimal(12_700_000), "GBP")),
    # the sum before the verb
    ("A €1.2 billion fine was imposed on Meta by the Data Protection Commission on 22 May "
     "2023.", "en", "meta", (Decimal(1_200_000_000), "EUR")),
    # a conversion in brackets or after the sum
    ("South Korea's Fair Trade Commission fined Google 207.4 billion won ($177 million) on "
     "14 September 2021.", "en", "google", (Decimal(207_400_000_000), "KRW")),
    ("Brazil's ANPD fined Meta R$ 50 million on 3 March 2025, about US$9 million.", "en",
     "meta", (Decimal(50_000_000), "BRL")),
    ("The Competition Commission of India imposed a penalty of Rs 213.14 crore on Meta on 18 "
     "November 2024.", "en", "meta", (Decimal(2_131_400_000), "INR")),
    # "$" in an Australian body's step
    ("eSafety has today issued Telegram with an infringement notice for $957,780 for failing "
     "to respond to a transparency notice.", "en", "telegram", (Decimal(957_780), "AUD")),
])
def test_the_sum_imposed_among_other_sums(amounts, text, language, target, expected) -> None:
    assert amounts("Regulator fines a platform\n" + text, language)[("fine", target)] == expected


@pytest.mark.parametrize(("text", "language", "target", "expected"), [
    ("The Data Protection Commission fined Meta on 22 May 2023 over data transfers. The "
     "penalty, which Meta will appeal, amounts to €1.2 billion.", "en", "meta",
     (Decimal(1_200_000_000), "EUR")),
    # an approximation first, the exact sum next
    ("eSafety has fined Telegram almost $1 million for failing to respond. The infringement "
     "notice is for $957,780.", "en", "telegram", (Decimal(957_780), "AUD")),
    ("La CNIL a infligé une amende à la société Shein le 1er septembre 2025. Cette amende de "
     "150 millions d'euros sanctionne le dépôt de cookies.", "fr", "shein",
     (Decimal(150_000_000), "EUR")),
])
def test_the_sum_stated_in_the_next_sentence(amounts, text, language, target, expected) -> None:
    found = amounts("Regulator fines a platform\n" + text, language)
    assert found[("fine", target)] == expected


def test_an_earlier_fine_told_next_is_not_the_sum(extractor, article_of) -> None:
    text = ("Regulator fines TikTok\nThe Irish Data Protection Commission fined TikTok on 2 May "
            "2025. The company had been fined €345 million in 2023.")
    actions = extractor.extract(article_of(text, "en", PUBLISHED, "Regulator fines TikTok")).actions
    sums = {a.date.iso() if a.date else None: a.amount for a in actions if a.type == "fine"}
    assert sums["2025-05-02"] is None
    assert sums["2023"] is not None and sums["2023"].amount == Decimal(345_000_000)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the company's own revenue, value or turnover is no sum imposed
    ("The DPC fined Meta, which made €116 billion in revenue last year, €390 million.", "en",
     [(Decimal(390_000_000), "EUR")]),
    ("Apple, valued at $3 trillion, was fined €1.8 billion.", "en",
     [(Decimal(1_800_000_000), "EUR")]),
    ("Epic was handed a penalty worth $5 million.", "en", [(Decimal(5_000_000), "USD")]),
    ("Google, qui a réalisé un chiffre d'affaires de 300 milliards de dollars, a écopé de 100 "
     "millions d'euros.", "fr", [(Decimal(100_000_000), "EUR")]),
    # pounds before the company fined; Swiss francs written "francs"; Turkish lira as "TL"
    ("une amende de 12,7 millions de livres à TikTok", "fr", [(Decimal(12_700_000), "GBP")]),
    ("18 millions de livres vendus dans le monde", "fr", []),
    ("une amende de 250 000 francs", "fr", [(Decimal(250_000), "CHF")]),
    ("fined Google 10 million TL", "en", [(Decimal(10_000_000), "TRY")]),
])
def test_sums_imposed_by_currency_and_owner(text, language, expected) -> None:
    assert imposed(text, language) == expected


def test_a_second_verb_of_the_subject_takes_the_sentence_s_one_sum(amounts) -> None:
    """"ordered Apple to ... and imposed a fine of €1.8 billion": the fine is built from the
    order's target, without a sum of its own."""
    found = amounts("Regulator acts\nThe Commission on 4 March 2024 ordered Apple to end the "
                    "practice and imposed a fine of €1.8 billion.")
    assert found[("fine", "apple")] == (Decimal(1_800_000_000), "EUR")
    assert found[("order", "apple")] is None


@pytest.mark.parametrize("sequel", [
    "The fines total €700 million.",
    "Together the fines amount to €700 million.",
])
def test_a_total_told_next_is_no_company_s_sum(amounts, sequel) -> None:
    found = amounts("Commission fines Apple and Meta\nThe European Commission fined Apple and Meta "
                    "on 23 April 2025 for breaching the Digital Markets Act. " + sequel)
    assert found.get(("fine", "apple")) is None
    assert found.get(("fine", "meta")) is None
