"""Wrong facts the session-18 rules stated on invented news sentences (s18 review probes).

- "X's acquisition by Y": the owner before "'s" is the company bought, not the buyer; the deal
  rule made the block an order on it ("The CMA blocked Deliveroo's acquisition by Amazon" gave
  an order on Deliveroo).
- A bare role head before a first name and a surname names a person running a site, no
  company: "fined the operator John Smith" gave a fine on John Smith. A trade before the head
  still says company ("the gambling operator Zorvex")."""

from __future__ import annotations

import pytest

DAY = "2024-12-30"

NO_ORDER_ON_THE_SOLD = [
    "The CMA blocked Deliveroo's acquisition by Amazon on Wednesday.",
    "The CMA blocked Figma's purchase by Adobe.",
    "The European Commission on Wednesday blocked Grail's takeover by Illumina.",
]


@pytest.mark.parametrize("text", NO_ORDER_ON_THE_SOLD)
def test_the_company_bought_is_no_target_of_a_deal_ban(rows, text) -> None:
    sold = {"Deliveroo", "Figma", "Grail"}
    assert not [r for r in rows(text, "en", DAY) if r["target"] in sold]


def test_the_buyer_before_its_purchase_still_gets_the_order(rows) -> None:
    assert [(r["type"], r["target"]) for r in rows(
        "The CMA blocked Adobe's purchase of Figma on Wednesday.", "en", DAY)] == [
        ("order", "Adobe")]


PERSONS = [
    "The CMA fined the operator John Smith on Wednesday.",
    "The court fined the website operator Mark Jones £5,000 on Wednesday.",
    "The FTC sued the site owner Peter Brown on Wednesday.",
]


@pytest.mark.parametrize("text", PERSONS)
def test_a_person_running_a_site_is_no_company_target(rows, text) -> None:
    assert rows(text, "en", DAY) == []


@pytest.mark.parametrize("text", ["Ofcom fined the gambling operator Zorvex on Wednesday.",
                                  "Ofcom fined the operator Zorvex on Wednesday."])
def test_an_operator_named_as_a_company_stays_a_target(rows, text) -> None:
    assert [r["target"] for r in rows(text, "en", DAY)] == ["Zorvex"]


@pytest.mark.parametrize(("text", "language"), [
    ("Norway's telecoms regulator fined Telenor on Wednesday.", "en"),
    ("The Norwegian telecoms regulator fined Telenor on Wednesday.", "en"),
    ("Le régulateur norvégien des télécoms a infligé mercredi une amende à Telenor.", "fr"),
])
def test_norways_telecoms_regulator_is_nkom(rows, text, language) -> None:
    # YAML read the unquoted key NO of `domain_regulators` as false: Norway had no regulator
    assert [r["actor"] for r in rows(text, language, DAY)] == [
        "Norwegian Communications Authority"]
