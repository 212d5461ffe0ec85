"""Each company's part of a fine, told as coordinated pairs in one sentence. Layer 1.

After a lead that fines several companies (often with their combined total), the press gives
the parts in one sentence with the verb said once: "Apple écope de 143,6 millions d'euros et
Amazon de 50,5 millions", "Delivery Hero devra acquitter 223,3 millions d'euros, et Glovo
105,7 millions", "Apple was hit with €500 million and Meta with €200 million", "Google must
pay £40 million and Amazon £20 million". Each company's fine takes the sum written right after
its name (guideline 5: one action per target; a combined total is none of theirs).

Read only when the sentence is company, sum, company, sum ... with nothing else in between
but "and" / "et" and a short link ("with", "de"), the first sum imposed by a verb of paying or
fining, each company named once: a wrong amount is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.money import MoneyMention, sums_imposed
from regkg.models import Mention, Money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# What imposes the first sum on the first company: "écope de", "devra acquitter", "must pay",
# "was fined", "was hit with", "se voit infliger".
_FIRST_LINK = re.compile(
    r"^[^\d€£$,;:()]{0,40}\b(?:fined|penali[sz]ed|hit\s+with|pays?|paid|payer|paiera|verser"
    r"|acquitter|écop\w+|infliger|condamnée?s?\s+à)\b[^\d€£$,;:()]{0,25}$", re.I)
# Between one pair's sum and the next company: "et", ", et", "and", ", and", "while".
_BETWEEN_PAIRS = re.compile(r"^\s*,?\s*(?:and|et|while|tandis\s+que)\s+$", re.I)
# Between a later company and its sum (the verb gapped): "" , "with", "de", "d'", "with a".
_GAPPED_LINK = re.compile(r"^\s*(?:with\s+(?:an?\s+)?|de\s+|d['’]\s*|:\s*)?$", re.I)


def coordinated_part(place: SentenceView, target: str, country: str) -> Money | None:
    """The sum `place` gives `target` in coordinated company-sum pairs, or None."""
    companies = [m for m in place.mentions if m.key.split("/")[0] in ("organisation", "service")]
    sums = [m for m in sums_imposed(place.sentence.text, place.language, country=country)
            if m.money is not None and m.qualifier is None and m.money.per is None]
    pairs = _pairs(place.text, companies, sums)
    if pairs is None or len({c.key for c, _ in pairs}) != len(pairs):
        return None
    return next((s.money for c, s in pairs if c.key == target), None)


def _pairs(text: str, companies: list[Mention],
           sums: list[MoneyMention]) -> list[tuple[Mention, MoneyMention]] | None:
    """The (company, sum) pairs when the sentence is made of them alone, else None."""
    items: list[Mention | MoneyMention] = sorted([*companies, *sums], key=lambda i: i.start)
    if len(items) < 4 or len(items) % 2 or len(companies) != len(sums):
        return None
    pairs: list[tuple[Mention, MoneyMention]] = []
    for i in range(0, len(items), 2):
        company, part = items[i], items[i + 1]
        if not isinstance(company, Mention) or not isinstance(part, MoneyMention):
            return None
        link = _FIRST_LINK if i == 0 else _GAPPED_LINK
        if not link.match(text[company.end:part.start]):
            return None
        if i and not _BETWEEN_PAIRS.match(text[items[i - 1].end:company.start]):
            return None
        pairs.append((company, part))
    return pairs
