"""Each company of a fine with its own sum, the verb said once. Layer 1; used by
regkg.extract.target_lists.first_stop and regkg.extract.fine_amounts (through sums_gapped).

"condamné Google à payer 100 millions d'euros et Amazon 35 millions d'euros", "a infligé une
amende de 150 millions d'euros à Google (...) et de 60 millions d'euros à Facebook", "fined
Uber S$6.58 million and Lyft S$6.42 million": the second company is the verb's too, one fine
per company (guideline 5), each with the sum written next to it (fine_amounts._paired). The
target stops would end the list at the first company's infinitive ("à payer"), its
parenthesis or a "pour" inside it; the run of "sum and company sum" pairs is read first, and
the stops are looked for after it. Issue 3, session 17: novel 611, with the same telling in
thaw 983, frost 982 and mist 1093.

Conservative: every pair must have its sum and its company, linked by "and"/"et" alone; a
company with no sum of its own after the link ("and Amazon said") ends the run, and so does a
pair followed by a time of its own ("and Google $170 million a year earlier", "et Amazon 35
millions d'euros en 2020": another, earlier fine, not the verb's).

The walk over the pairs (`gapped_pairs`) serves gapped_payers.py too, where the first company
is the payment verb's subject ("Shopee was ordered to pay S$1.2 million and Lazada S$0.9
million").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from regkg.extract.dates import find_dates
from regkg.extract.money import find_money

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# Between the first company and its sum: nothing, or the verb's infinitive ("condamné Google
# à payer 100 millions", "ordered Uber to pay S$6 million").
_FIRST_SUM_LEAD = re.compile(r"\s*(?:(?:à|de)\s+(?:payer|verser)\s+|to\s+pay\s+)?",
                             re.IGNORECASE)
# The split of a sum between a company's entities, told in brackets: skipped.
_BRACKETS = re.compile(r"\s*\([^()]{1,160}\)")
_LINK = re.compile(r"\s*,?\s+(?:and|et)\s+", re.IGNORECASE)
_SUM_LEAD = re.compile(r"(?:de\s+|d['’])?", re.IGNORECASE)
_COMPANY_THEN_SUM = re.compile(r"\s+(?:de\s+|d['’])?", re.IGNORECASE)
# "et de 60 millions d'euros à Facebook", "and €200m on Meta".
_SUM_THEN_COMPANY = re.compile(r"\s+(?:à|au|aux|to|on|upon|pour|for|contre|against)\s+"
                               r"(?:la\s+société\s+|the\s+company\s+)?", re.IGNORECASE)

# A pair's own time, right after its sum: a date (dates.find_dates) or an earlier time told
# relatively ("a year earlier", "two months before", "previously", "auparavant").
_TIME_GAP = re.compile(r"\s*,?\s*")
_EARLIER = re.compile(r"(?:(?:a|an|one|two|three|\w+)\s+(?:years?|months?|weeks?|days?)\s+"
                      r"(?:earlier|before|ago|prior)|earlier|previously|auparavant|plus\s+tôt"
                      r"|précédemment)\b", re.IGNORECASE)


class Pair(NamedTuple):
    """One "and Company sum" (or "and sum to Company") pair: where its company and its sum
    start, and where the pair ends."""

    company: int
    sum: int
    end: int


def gapped_pairs(text: str, language: str, at: int, sums: dict[int, int],
                 starts: dict[int, int], sum_first: bool = True) -> list[Pair]:
    """The pairs that follow `at` (the end of the first company's sum, or of the company when
    its sum stands before it), up to the first with a time of its own. `sums` and `starts` map
    the start of each sum and of each company to its end. `sum_first`: "and sum to Company"
    pairs count too (a fine's objects; not a payer's, where "to" names the payee)."""
    found: list[Pair] = []
    cursor = _after_brackets(text, at)
    while (pair := _next_pair(text, cursor, sums, starts, sum_first)) is not None and not \
            _own_time(text, language, pair.end):
        found.append(pair)
        cursor = _after_brackets(text, pair.end)
    return found


def gapped_run_end(text: str, language: str, companies: Sequence[tuple[int, int]],
                   first_end: int, end: int) -> int:
    """Where the "sum and company sum" pairs after the first company (ending at `first_end`)
    end, before `end`; `first_end` when the sentence has none."""
    sums = {m.start: m.end for m in find_money(text, language)
            if first_end <= m.start < end and m.money is not None}
    starts = {start: stop for start, stop in companies if first_end <= start < end}
    if len(sums) < 2 or not starts:
        return first_end
    cursor = sums.get(_end_of(_FIRST_SUM_LEAD, text, first_end)) or first_end
    pairs = gapped_pairs(text, language, cursor, sums, starts)
    cursor = _after_brackets(text, pairs[-1].end) if pairs else first_end
    return cursor if pairs and cursor <= end else first_end


# Between a fine's noun (or its verb) and the sum it names: "amende de", "a fine of", "écopé de".
_NOUN_SUM_LEAD = re.compile(r"\s*(?:(?:of|de|d['’])\s*)?", re.IGNORECASE)


Span = TypeVar("Span", bound=tuple[int, int, object])


def no_payers_alone(view: SentenceView, trigger_end: int, candidates: list[Span]) -> list[Span]:
    """The target candidates (start, end, ...) of a trigger, none when they are only the
    companies of "and Company sum" pairs after the sum right after the trigger: "Google a dû
    s'acquitter d'une amende de 2 millions d'euros et Meta 1 million d'euros" (session 20
    probe). That sum is the first payer's, named before the trigger; Meta pays its own sum
    under the same step (gapped_payers.py) and is no object of the trigger. With the first
    payer among the candidates ("Google was fined 42 billion won and Apple 20 billion won")
    the pairs are the step's targets, each with its sum (fine_amounts._paired)."""
    payers = _payers_after_the_sum(view, trigger_end) if candidates else set()
    return [] if payers and all(c[0] in payers for c in candidates) else candidates


def _payers_after_the_sum(view: SentenceView, trigger_end: int) -> set[int]:
    """Where the companies of the pairs after the sum right after the trigger start."""
    text = view.text
    sums = {m.start: m.end for m in find_money(text, view.language)
            if m.start >= trigger_end and m.money is not None}
    first = sums.get(_end_of(_NOUN_SUM_LEAD, text, trigger_end))
    if first is None:
        return set()
    starts = {m.start: m.end for m in view.mentions if m.start >= first}
    return {pair.company for pair in gapped_pairs(text, view.language, first, sums, starts,
                                                  sum_first=False)}


def sums_gapped(view: SentenceView) -> bool:
    """The sentence pairs the names it holds with their own sums, the verb said once: each
    fined company's sum is the one next to its name (fine_amounts._paired), even when the
    finder kept only one of them (the other's fine told before: novel 611)."""
    spans = sorted((m.start, m.end) for m in view.mentions)
    return any(gapped_run_end(view.text, view.language, spans, end, len(view.text)) > end
               for _, end in spans)


def _next_pair(text: str, cursor: int, sums: dict[int, int], starts: dict[int, int],
               sum_first: bool) -> Pair | None:
    """The next ", and Company sum" or ", and sum to Company" pair, or None."""
    link = _LINK.match(text, cursor)
    if link is None:
        return None
    company_end = starts.get(link.end())
    if company_end is not None:  # "et Amazon 35 millions d'euros"
        sum_start = _end_of(_COMPANY_THEN_SUM, text, company_end)
        return Pair(link.end(), sum_start, sums[sum_start]) if sum_start in sums else None
    sum_start = _end_of(_SUM_LEAD, text, link.end())
    if not sum_first or sum_start not in sums:
        return None
    lead = _SUM_THEN_COMPANY.match(text, sums[sum_start])  # "et de 60 millions d'euros à Facebook"
    return Pair(lead.end(), sum_start, starts[lead.end()]) if lead and lead.end() in starts \
        else None


def _own_time(text: str, language: str, at: int) -> bool:
    """A time phrase right after a pair ("and Google $170 million a year earlier", "et Amazon
    35 millions d'euros il y a deux ans", "en 2020"): the pair's fine is another, earlier one,
    not the verb's (review s17, item 5). A date after the last pair with none before it is the
    verb's, told last ("ordered Uber to pay S$6.58 million and Lazada S$6.42 million on
    Monday")."""
    gap = _TIME_GAP.match(text, at)
    start = gap.end() if gap else at
    return _EARLIER.match(text, start) is not None or (any(
        found.start == 0 for found in find_dates(text[start:start + 60], None, language))
        and bool(find_dates(text[:at], None, language)))


def _end_of(lead: re.Pattern[str], text: str, at: int) -> int:
    """Where `lead` ends when it matches at `at`; `at` when it does not."""
    found = lead.match(text, at)
    return found.end() if found else at


def _after_brackets(text: str, at: int) -> int:
    brackets = _BRACKETS.match(text, at)
    return brackets.end() if brackets else at
