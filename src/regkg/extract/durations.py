"""Deadlines stated as lengths of time ("sous 72 heures", "within 10 working days"). Layer 1."""

from __future__ import annotations

import re
from dataclasses import dataclass

from regkg.extract.date_words import (
    COUNT,
    DURATION_LEADS,
    DURATION_UNITS,
    MONTHS,
    UNIT_WORD,
    alternation,
    count,
    normalise,
)

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class DurationMention:
    start: int
    end: int
    text: str  # the text's own words: "sous 72 heures", "within 10 working days", "31 mars"
    iso: str | None  # ISO 8601 duration: "PT72H", "P10D"; None for a day ("d'ici au 31 mars")


_LEADS_SPACED = alternation(w for w in DURATION_LEADS if not w.endswith("'"))
_LEADS_ELIDED = alternation(w for w in DURATION_LEADS if w.endswith("'"))
_DURATION_RE = re.compile(
    rf"\b(?:(?:{_LEADS_SPACED})\s+|(?:{_LEADS_ELIDED})\s*){COUNT}(?!\w)", _FLAGS)
_DURATION_RANGE_RE = re.compile(
    rf"\b(?:from|de)\s+\d+\s+(?:to|à)\s+(?:(?:a\s+)?maximum\s+(?:of\s+)?)?{COUNT}"
    r"(?!\w)", _FLAGS)
_HYPHEN_DURATION_RE = re.compile(
    r"\b(?P<number>\d+)-(?P<unit>hour|day|week|month)\s+(?:deadline|time limit)\b", _FLAGS)


# The time left to act, told with no lead word: "gave Meta 60 days to comply", "a laissé trois
# mois à Google pour se mettre en conformité", "ont soixante jours pour". Not the time to appeal
# or challenge a decision: that is the company's right, not a deadline set on it.
_TIME_TO_ACT_RE = re.compile(
    rf"\b{COUNT}(?=\s+(?:(?:à|au|aux)\s+[^.;,]{{1,40}}?\s+)?(?:to|in\s+which\s+to|pour|afin\s+de)"
    r"\s+(?!appeal|challenge|contest|object|faire\s+appel|contester|former|se\s+pourvoir"
    r"|interjeter|introduire)(?:se\s+|s['’])?\w)", _FLAGS)


# A day set as the deadline ("d'ici au 31 mars", "by 6 May 2024", "no later than March 31",
# "au plus tard le 15 juin", "has until 31 March to"): the words of the day are the deadline
# (guideline 7: "6 May 2024"). Not "before" or "until" alone: a step's own time, as often.
_MONTH = alternation(MONTHS)
# (an English weekday too: "told to take down the channels by Friday")
_DAY_DEADLINE_RE = re.compile(
    r"\b(?P<lead>by|no\s+later\s+than|(?:has|have|had|given)\s+until|d['’]ici\s+(?:au|le)"
    r"|au\s+plus\s+tard\s+(?:le|au)|(?:a|ont|avait|avaient|disposent|dispose)\s+jusqu['’]au"
    r"|before|avant\s+le)\s+"
    rf"(?P<day>(?:\d{{1,2}}(?:er)?\s+(?:{_MONTH})(?:\s+\d{{4}})?"
    rf"|(?-i:(?=[A-Z]))(?:{_MONTH})\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"|(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?!\s+\d)))\b",
    _FLAGS)


# "by" gives a deadline only after something to do: "ordered Apple to comply by 6 May".
_TO_ACT_BEFORE_RE = re.compile(
    r"\b(?:to|must|required|ordered|asked|told|deadline)\b[^.;:]{0,80}$", _FLAGS)
# "before" / "avant le" only right after the thing to do, an infinitive: "ordered Meta to stop
# the practice before 1 July", "de se mettre en conformité avant le 1er juillet"; not a step's
# own time ("fined Google before 1 July", "a ouvert une enquête avant le 1er juillet").
_INFINITIVE_BEFORE_RE = re.compile(
    r"(?:\bto\s+(?!be\b|have\b)\w+|\b(?:de|d['’]|doit|doivent|devra|devront)\s*"
    r"(?:se\s+|s['’]|les\s+|la\s+|l['’]|le\s+)?\w+(?:er|ir|re))\b[^.;:,]{0,60}$", _FLAGS)
_GATED_LEADS = {"by": _TO_ACT_BEFORE_RE, "before": _INFINITIVE_BEFORE_RE,
                "avant le": _INFINITIVE_BEFORE_RE}


# French legal shorthand for eight and fifteen days: "mise en demeure de se conformer sous
# huitaine", "dans la quinzaine".
_SHORTHAND_RE = re.compile(r"\b(?:sous|dans\s+la)\s+(?P<span>huitaine|quinzaine)\b", _FLAGS)
_SHORTHAND_DAYS = {"huitaine": "P8D", "quinzaine": "P15D"}


# Every duration names its unit and every day-deadline has a digit: a sentence with neither
# (most) skips the patterns above, whose leading alternations are slow to scan.
_UNIT_GATE = re.compile(rf"\b(?:{UNIT_WORD})\b", _FLAGS)


def _duration_iso(count: int, unit_word: str) -> str:
    unit = DURATION_UNITS[normalise(unit_word)]
    return f"PT{count}{unit[1:]}" if unit.startswith("T") else f"P{count}{unit}"


def find_durations(text: str, language: str) -> list[DurationMention]:
    """Deadlines stated as durations ("sous 72 heures", "within 72 hours").

    A range ("from 2 to maximum 12 months") keeps its words and gets its upper bound.
    """
    found: list[DurationMention] = []
    if _UNIT_GATE.search(text) is not None:
        found.extend(_lengths(text))
    if any(ch.isdigit() for ch in text) or "day" in text:
        found.extend(_days(text))
    if "aine" in text:
        found.extend(DurationMention(m.start(), m.end(), m.group(0),
                                     _SHORTHAND_DAYS[m["span"].lower()])
                     for m in _SHORTHAND_RE.finditer(text))
    return sorted(found, key=lambda d: d.start)


def _lengths(text: str) -> list[DurationMention]:
    found: list[DurationMention] = []
    for pattern in (_DURATION_RE, _DURATION_RANGE_RE, _HYPHEN_DURATION_RE, _TIME_TO_ACT_RE):
        for match in pattern.finditer(text):
            if pattern is _TIME_TO_ACT_RE and any(f.start <= match.start() < f.end
                                                  for f in found):
                continue  # "within 60 days to comply": the lead's reading
            iso = _duration_iso(count(match["number"]), match["unit"])
            found.append(DurationMention(match.start(), match.end(), match.group(0), iso))
    return found


def _days(text: str) -> list[DurationMention]:
    found: list[DurationMention] = []
    for match in _DAY_DEADLINE_RE.finditer(text):
        gate = _GATED_LEADS.get(re.sub(r"\s+", " ", match["lead"].lower()))
        if gate is not None and not gate.search(text, max(0, match.start() - 80),
                                                match.start()):
            continue  # "The fine was imposed by March 3": no deadline
        found.append(DurationMention(match.start("day"), match.end("day"), match["day"], None))
    return found
