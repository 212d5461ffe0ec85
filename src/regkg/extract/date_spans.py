"""Date periods among the mentions of a sentence ("entre octobre 2022 et août 2023", "7-8
March"): their ends and ranges lose their values. Layer 1; split from `dates` for its size."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regkg.extract.dates import DateMention

_SPAN_OPENS = re.compile(r"\b(?:between|entre|from|de|du|depuis|since)\s*$", re.IGNORECASE)
_SPAN_JOINS = re.compile(r"\s*(?:and|et|to|à|au|until|till|through|[-–—])\s*", re.IGNORECASE)
# "From 2019 to 2021": the end, a bare year, is no mention of its own (D11: a range, no date).
_TO_YEAR = re.compile(r"\s*(?:to|à|until|till|through|[-–—])\s*(?:19|20)\d\d\b", re.IGNORECASE)


def span_starts(text: str, found: list[DateMention]) -> set[int]:
    """Where the periods of `find_dates`' mentions start: "between March 2020 and June 2021"
    (the end lost its value), "from October 2022 to August 2023"."""
    return {first.start for first, second in zip(found, found[1:], strict=False)
            if second.value is None and _SPAN_JOINS.fullmatch(text, first.end, second.start)} | {
        m.start for m in found if m.qualifier in ("from", "since") and _TO_YEAR.match(text, m.end)}


def without_spans(text: str, found: list[DateMention]) -> list[DateMention]:
    """'une enquête menée entre octobre 2022 et août 2023': the period starts when the act
    did; its end (a closing, or the end of the conduct) keeps its words but loses its value,
    so that it never dates an action."""
    spans = set()
    for first, second in zip(found, found[1:], strict=False):
        lead = max(0, first.start - 12)
        opened = first.qualifier in ("from", "since") or _SPAN_OPENS.search(text, lead, first.start)
        if opened and _SPAN_JOINS.fullmatch(text, first.end, second.start):
            spans.add(second.start)
    for mention in found:  # "7-8 March", "March 7-8": two days, not one
        starts_with_day = mention.text[:1].isdigit()
        ends_with_day = re.search(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?$", mention.text) is not None
        lead = max(0, mention.start - 16)
        if (starts_with_day and _DAY_RANGE_BEFORE.search(text, lead, mention.start)) or (
            ends_with_day and _DAY_RANGE_AFTER.match(text, mention.end)
        ):
            spans.add(mention.start)
    if not spans:
        return found
    return [replace(m, value=None) if m.start in spans else m for m in found]


# "3-5 March", "du 3 au 5 mai", "between 3 and 5 May", "entre le 3 et le 5 mai" (D11)
_DAY_RANGE_BEFORE = re.compile(r"\b\d{1,2}(?:er)?\s*(?:[-–]|au|to|and|et)\s*(?:le\s+|the\s+)?$")
_DAY_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d{1,2}\b(?![.,]?\d)")
