"""What a fine's sum is, told by the words around it: the total of several decisions over
time ("has fined Google a total of €8.25 billion in three cases"), or the sum a court changed
("reduced the fine imposed on Apple from €1.1 billion to €372 million"). Layer 1.
"""

from __future__ import annotations

import re

from regkg.extract.money import MoneyMention
from regkg.models import Money

# ("surcharge": the fine of Japanese and Korean competition law in English copy)
FINE_NOUN = (r"(?:fines?|penalt(?:y|ies)|sanctions?|amendes?|pénalités?"
             r"|infringement\s+notices?|civil\s+penalt(?:y|ies)|surcharges?)")
_PENALTY_NOUN = re.compile(rf"\b{FINE_NOUN}\b", re.I)

# The sum of several decisions over time, told as one: "has fined Google a total of €8.25
# billion in three cases", "since 2017", "Over the past decade", "au total ... depuis 2017",
# "en trois ans"; not a record's reference point ("its largest fine since 2017").
_CUMULATIVE = re.compile(
    r"\b(?:in\s+(?:two|three|four|five|six|several|\d+)\s+(?:separate\s+|antitrust\s+)?"
    r"(?:cases|decisions|investigations)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:years|decade)|en\s+(?:deux|trois|quatre|cinq|dix|\d+)\s+(?:ans|décisions|affaires)"
    r"|ces\s+dernières\s+années)\b", re.I)
# "since 2017" alone may date the conduct ("has fined TikTok £12.7m over breaches since 2018"):
# a total only with a word of totals or fines in the plural.
_SINCE_YEAR = re.compile(r"\b(?:since|depuis)\s+\d{4}\b", re.I)
_TOTAL_WORDS = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|au\s+total|en\s+tout|totall?ing|cumul\w*|combined"
    r"|fines|penalties|amendes|sanctions)\b", re.I)
_RECORD_BEFORE = re.compile(
    r"\b(?:largest|biggest|highest|heaviest|record|first|plus\s+(?:lourde|importante|élevée"
    r"|forte)|premi\w+|jamais)\b[^.;]{0,40}$", re.I)


# Where a clause with a subject of its own starts: "fined Meta €91 million ..., and it has
# imposed penalties running to billions since 2021": the second clause's "since 2021" totals
# other decisions, not the first clause's sum.
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|et|mais|tandis\s+que|alors\s+que)\s+", re.I)


def clause_at(text: str, at: int) -> tuple[int, int]:
    """Start and end of the clause of `text` holding position `at`."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    start = max((m.end() for m in breaks if m.end() <= at), default=0)
    end = min((m.start() for m in breaks if m.start() >= at), default=len(text))
    return start, end


def cumulative_for(text: str, sums: list[MoneyMention], target_starts: list[int]) -> bool:
    """The sentence's one exact sum is a total over time for the fine on a target named at
    `target_starts`: the clause of the sum says so, or the sentence does and the target is
    not named in the sum's clause (its fine is the other clause's, which has no sum)."""
    if not is_cumulative(text):
        return False
    start, end = clause_at(text, next(m.start for m in sums if m.qualifier is None))
    return is_cumulative(text[start:end]) or not any(start <= t < end for t in target_starts)


def is_cumulative(text: str) -> bool:
    """A sum told as the total of several decisions over time."""
    found = _CUMULATIVE.search(text)
    if found is None and _TOTAL_WORDS.search(text):
        found = _SINCE_YEAR.search(text)
    return found is not None and not _RECORD_BEFORE.search(
        text, max(0, found.start() - 50), found.start())


# A court changing a fine: "reduced the fine imposed on Apple from €1.1 billion to €372
# million", "a ramené de 1,1 milliard à 372 millions d'euros l'amende infligée à Apple".
_CHANGE_VERB = re.compile(
    r"\b(?:reduc|cut|lower|rais|increas|slash|ramen|rédui|abaiss|relev|diminu|minor|major)\w*\b",
    re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|de)\s+$", re.I)
_TO_BETWEEN = re.compile(r"\s+(?:to|à)\s+", re.I)
_NOUN_RIGHT_AFTER = re.compile(rf"\s*(?:l['’]|la\s+|le\s+|the\s+)?{FINE_NOUN}\b", re.I)


def sum_before_change(text: str, sums: list[MoneyMention]) -> Money | None:
    """The sum a fine had before a court changed it: the fine told is the one imposed."""
    exact = [m for m in sums if m.qualifier is None]
    for first, second in zip(exact, exact[1:], strict=False):
        verb = _CHANGE_VERB.search(text, max(0, first.start - 120), first.start)
        # the fine is what changed: named between the verb and the figures, or right after
        # ("... à 372 millions d'euros l'amende"), not a turnover "relevé de 10 à 12 milliards"
        if (verb is not None and _TO_BETWEEN.fullmatch(text, first.end, second.start)
                and _FROM_BEFORE.search(text, max(0, first.start - 6), first.start)
                and (_PENALTY_NOUN.search(text, verb.end(), first.start)
                     or _NOUN_RIGHT_AFTER.match(text, second.end))):
            return first.money
    return None


# A sum said to be the total of the parts told beside it: "a combined €700 million", "un
# montant total de 250 millions", "60 billion won in all (40 billion won for Google ...)".
_TOTAL_BEFORE = re.compile(
    r"\b(?:total(?:\s+de|\s+of)?|totall?ing|combined|cumulée?s?(?:\s+de)?)\s+$", re.I)
_TOTAL_AFTER = re.compile(r"^\s*(?:in\s+(?:all|total)|au\s+total|en\s+tout|combined)\b", re.I)


def parts(text: str, sums: list[MoneyMention]) -> list[MoneyMention]:
    """The exact sums of `sums` that are no total of the others."""
    return [m for m in sums if m.qualifier is None and not is_total_sum(text, m, sums)]


def is_total_sum(text: str, mention: MoneyMention, sums: list[MoneyMention]) -> bool:
    """A sum said to be a total, or the sum of all the other `sums` of the sentence ("fined
    Apple and Meta €800 million (€500 million for Apple and €300 million for Meta)")."""
    others = [m.money for m in sums if m is not mention and m.money is not None]
    adds_up = (mention.money is not None and len(others) > 1
               and {m.currency for m in others} == {mention.money.currency}
               and sum(m.amount for m in others) == mention.money.amount)
    return (adds_up or _TOTAL_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            is not None or _TOTAL_AFTER.match(text[mention.end:]) is not None)


# An order to give money back: "requires Epic to pay $245 million to refund consumers",
# "ordonne à X de rembourser 3 millions d'euros". A bare "ordered to pay €500 million" is the
# fine itself, told as an order: no sum for the order.
REFUND_VERB = re.compile(
    r"\b(?:refund|repay|reimburse|rembourser|restituer)\s+(?:(?:a|the)\s+sum\s+of\s+"
    r"|(?:une|la)\s+somme\s+de\s+)?$", re.I)
PAY_VERB = re.compile(r"\b(?:pay|payer|verser)\s+(?:(?:a|the)\s+sum\s+of\s+"
                      r"|(?:une|la)\s+somme\s+de\s+)?$", re.I)
REFUND_PURPOSE = re.compile(
    r"\s+(?:to\s+(?:refund|compensate|reimburse)|in\s+(?:refunds|restitution|redress"
    r"|compensation)|as\s+(?:compensation|restitution|redress|refunds)|(?:en|à\s+titre\s+de)"
    r"\s+(?:remboursement|restitution|dédommagement|indemnisation)|pour\s+(?:rembourser"
    r"|indemniser|dédommager))\b", re.I)
