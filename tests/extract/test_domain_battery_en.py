"""The English domain battery (domain_battery_en.py): 176 invented news sentences about
authorities acting against online platforms, each with the gold rows (type, jurisdiction,
target, date, and amount where told) an analyst would write, published Monday 10 March 2025.

The battery measures the rules against the language of the domain rather than against the
dev sets' texts. A case the rules do not yet read is marked xfail (strict) with the class of
its failure: when a change makes it pass, the mark must go.

First run (session 20, main at 9f9396e): 140 right, 25 missing, 11 wrong of 176; after this
branch's fixes 149 right, 18 missing, 9 wrong.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from regkg.extract.gold import to_gold

from .domain_battery_en import CASES, PUBLISHED, Row

pytestmark = pytest.mark.slow

# Cases not yet read, by the start of their text: the failure class of each.
NOT_YET: dict[str, str] = {
    "The penalty of 5 million reais": "a nominal penalty with its agent in an apposition and "
    "an unknown body described by its domain ('consumer protection secretariat')",
    "The probe into Roblox, launched by": "a nominal probe restated by its participle: the "
    "noun and 'launched' give two steps, one undated",
    "EU regulators on Friday charged Meta": "'charged X with breaching' by a regulator is "
    "preliminary findings (investigation), read as a suit",
    "Microsoft's partnership with OpenAI is under": "'is under investigation in the UK' with "
    "the body named only as the sayer after the quote",
    "Telegram has been ordered to hand over": "passive agent far after the verb ('by South "
    "Korea's police' after the order's object)",
    "Letitia James, New York's attorney general, sued": "a trigger word inside a company's "
    "name ('Early Warning Services' gives a warning) and 'X's operator Y' as target",
    "Vietnam blocks Telegram": "'accusing it of failing to' in a block's participle clause "
    "read as a separate finding",
    "Signal, which Russia blocked": "a block told in a relative clause with a country actor",
    "TikTok has agreed to suspend": "a company's commitment answering 'the Commission's "
    "concerns' (the authority only in a possessive after)",
    "Following pressure from Ofcom, Telegram committed": "a company's commitment whose "
    "authority is in a fronted 'following pressure from' phrase",
    "The commitments, accepted by the Korea": "nominal commitments with the acceptance in a "
    "participle apposition",
    "Coimisiún na Meán told X on Tuesday that": "'told X that it must' as a statement",
    "France's digital minister said on Friday she": "a minister's reported call ('had asked X "
    "to cooperate') as a statement",
    "Brazil's justice ministry demanded on Monday": "'demanded on Monday that X explain': a "
    "day between the verb and its 'that'",
    "India's IT ministry sought an explanation from Ola": "an unknown company after 'from' "
    "is no target of a request",
    "X could face a ban in Brazil if it fails": "a warning whose body is the sayer at the end "
    "('..., the court warned on Thursday')",
    "Australia's parliament passed a law on Thursday": "the content of a law ('banning "
    "children from social media') read as a block",
    "The Senate passed the Kids Online Safety Act": "a chamber passing a named act is no "
    "legislation step",
    "Brazil's president signed a law": "a head of state signing a law is no legislation step",
    "The Texas attorney general opened an investigation into Character.AI": "'civil "
    "investigative demand' is no request for information",
    "Roskomnadzor fined Google and restricted": "a day told after the second of two "
    "coordinated verbs does not date the first",
    "The eSafety Commissioner issued a transparency notice to Telegram": "'On Monday it "
    "fined the company': pronoun actor and 'the company' target in the next sentence",
    "Meta, whose pay-or-consent model": "a finding told in a 'whose' relative clause",
    "Snap agreed on Tuesday to pay $15 million to settle": "a suit told only as the object "
    "of a settlement, by a body not in the reference",
    "The Competition Bureau said on Thursday it had taken Google": "'taken X to the "
    "Competition Tribunal' as a suit",
    "X sued the eSafety Commissioner on Tuesday over": "a background order named by its "
    "noun in an 'over' phrase takes the sentence's day",
    "Amazon appealed on Thursday against the fine": "a fine told only as the object of the "
    "target's appeal",
}


def _marks(text: str) -> list[pytest.MarkDecorator]:
    reasons = [reason for start, reason in NOT_YET.items() if text.startswith(start)]
    return [pytest.mark.xfail(strict=True, reason=reasons[0])] if reasons else []


def _number(value: object) -> str | None:
    return None if value is None else str(Decimal(str(value)).normalize())


@pytest.fixture(scope="module")
def battery_rows(extractor, article_of, reference):
    """battery_rows(text) -> the gold rows of a text (a line break makes its first line the
    headline), as (type, jurisdiction, target, date, amount, currency)."""
    published = dt.date.fromisoformat(PUBLISHED)

    def run(text: str) -> list[tuple[str | None, ...]]:
        title, _, body = text.partition("\n") if "\n" in text else ("Headline", "", text)
        full = f"{title}\n\n{body.strip()}\n"
        gold = to_gold(extractor.extract(article_of(full, "en", published, title)), reference)
        return [(a["type"], a["jurisdiction"], a["target"], a["date"], _number(a["amount"]),
                 a["currency"]) for a in gold["actions"]]

    return run


@pytest.mark.parametrize(
    ("shape", "text", "expected"),
    [pytest.param(shape, text, rows, marks=_marks(text), id=f"{shape}-{text[:45]}")
     for shape, text, rows in CASES])
def test_battery_sentence_gives_its_gold_rows(battery_rows, shape: str, text: str,
                                              expected: list[Row]) -> None:
    found = battery_rows(text)
    assert sorted({row[:4] for row in found}, key=str) == sorted(
        {row[:4] for row in expected}, key=str), shape
    for row in expected:
        if row.amount is not None:
            assert (*row[:4], _number(row.amount), row.currency) in found, row


def test_battery_is_varied_across_types_and_shapes() -> None:
    """The battery covers the ten action types, traps, and at least ten sentence shapes."""
    types = {row.type for _, _, rows in CASES for row in rows}
    shapes = {shape for shape, _, _ in CASES}
    assert len(types) == 10 and "trap" in shapes and len(shapes) >= 10
    assert len(CASES) >= 150
