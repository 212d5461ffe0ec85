"""Amounts of money and shares of turnover, French and English.

An amount needs a currency next to it ("120 millions d'euros", "EUR 120m", "A$957,780"): a bare
number is a count ("20.000 images"), and a percentage counts only when it is a share of turnover
("10% du chiffre d'affaires mondial"), not "81% étaient des femmes". Amounts are `Decimal`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from regkg.extract.alternations import alternation
from regkg.extract.money_words import (
    CAPITAL_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    DOLLARS,
    GROUPED_SUM,
    HOME_CURRENCIES,
    MULTIPLIERS,
    NUMBER_WORDS,
    PER_UNITS,
    QUALIFIERS,
    SHARE_WORDS,
    SHARED_DEFAULTS,
    SHARED_NAMES,
    WORDS_NEEDING_MULTIPLIER,
    WORDS_TAKING_GROUPED_SUMS,
)
from regkg.models import Money

# The tables are data/patterns/money.yaml. "livres" are also books: a currency only after a
# multiplier and before punctuation or "sterling" ("18 millions de livres (plus de...", not
# "18 millions de livres vendus") ...
CURRENCIES_NEEDING_PUNCTUATION = frozenset({"livres"})
# ... or before the company fined ("une amende de 12,7 millions de livres à TikTok"); after a
# penalty's noun any sum is money ("une amende de 20 000 livres", "a fine of 500 lira": s20).
_PENALTY_BEFORE = re.compile(r"\b(?:amendes?|pénalités?|sanctions?(?:\s+pécuniaires?)?|fines?|"
                             r"penalt(?:y|ies))\s+(?:de\s+|d['’]\s*|of\s+)$", re.IGNORECASE)
# ... or before the company fined ("une amende de 12,7 millions de livres à TikTok").
_AFTER_LIVRES_RE = re.compile(
    r"\s*(?:[(),.;:–]|$|sterling\b|soit\b|ou\b|et\b|à\s|au\s|aux\s|contre\b|pour\b"
    r"|d['’]amende\b)")


@dataclass(frozen=True)
class MoneyMention:
    start: int
    end: int
    text: str
    money: Money | None = None  # "120 millions d'euros" -> Money(Decimal(120000000), "EUR")
    turnover_share: Decimal | None = None  # "10% du chiffre d'affaires mondial" -> Decimal("0.10")
    qualifier: str | None = None  # "more_than", "up_to", "approximately", "almost", ...
    # A share of *daily* turnover is a periodic penalty, not a maximum fine: "P1D".
    share_per: str | None = None


_FLAGS = re.IGNORECASE
_SPACES = " \u00a0\u202f"
# Thousands grouped by spaces, points, commas or, in Swiss texts, apostrophes ("1'000'000").
_DIGITS = (rf"(?:\d{{1,3}}(?:(?:[{_SPACES}]|[.,'’](?=\d{{3}}(?!\d)))\d{{3}})+(?:[.,]\d+)?"
           r"|\d+(?:[.,]\d+)?)")
# "un million", "two million euros", "deux millions d'euros", "cent mille euros"
_NUMBER_WORD = (rf"(?:{alternation(NUMBER_WORDS)})"
                r"(?=[\s-]+(?:mil|bil|thou|tril|lakh|crore))")
_NUMBER = rf"(?<![\w.,])(?P<number>{_DIGITS})"
_WORD_NUMBER = rf"(?<![\w.,])(?P<number>{_NUMBER_WORD})"
_PREFIXED_NUMBER = rf"(?<![.,])(?P<number>{_DIGITS})"  # "EUR1.2bn", "Dh5 million"
# "€1.2bn", "EUR 120m", "$1.2-billion"
# "20 MEUR", "5 MUSD": a million glued to a code in capitals (wire and Swiss copy).
_MULT = (rf"(?:(?:[{_SPACES}]*|-)(?P<mult>{alternation(MULTIPLIERS)})"
         r"(?:(?![^\W\d_])|(?<=[mM])(?=(?-i:EUR|USD|CHF|GBP|CAD)\b)))?")
# The qualifier is read backwards from an amount found: at the head of the patterns it would be
# tried at every position of every sentence ("about", "up to", "près de").
_QUAL_BEFORE_RE = re.compile(rf"(?<![^\W\d_])(?P<qual>{alternation(QUALIFIERS)})\s+$", _FLAGS)
# Not a time phrase after the sum: "and another €50m a week later", "a year after".
_PER = (rf"(?:\s+(?:per|a|par|each|by|/|for\s+(?:each|every)|pour\s+chaque)\s*"
        rf"(?P<per>{alternation(PER_UNITS)})\b"
        r"(?!\s+(?:later|earlier|after|afterwards|before|ago)\b))?")
_PREFIX_RE = re.compile(
    rf"(?<![^\W\d_])(?P<cur>{alternation(CURRENCY_PREFIXES)})\s?{_PREFIXED_NUMBER}{_MULT}"
    rf"{_PER}",
    _FLAGS)
# "a 10 million-euro fine", "a 1.2-billion-euro fine": a hyphen before the currency too.
_AFTER_NUMBER = (rf"{_MULT}(?:[{_SPACES}]*|-)(?:(?:de|d['’])\s*)?"
                 rf"(?P<cur>{alternation(CURRENCY_SUFFIXES)})(?![^\W\d_]){_PER}")
_SUFFIX_RE = re.compile(rf"{_NUMBER}{_AFTER_NUMBER}", _FLAGS)
# Numbers in words, tried only where a word comes right before a multiplier: a long
# alternation tried at every position of every sentence would cost the extraction's speed.
_SUFFIX_WORD_RE = re.compile(rf"{_WORD_NUMBER}{_AFTER_NUMBER}", _FLAGS)
_WORD_AMOUNT_HINT_RE = re.compile(r"[^\W\d_][\s-]+(?:mil|bil|thou|tril|lakh|crore)", _FLAGS)
# A share in words only before "per cent" ("one per cent of annual turnover").
_SHARE_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<pct>\d+(?:[.,]\d+)?)[{_SPACES}]*(?:%|pour\s*cent|per\s*cent|percent)"
    rf"|(?P<word>{'|'.join(SHARE_WORDS)})\s+(?:pour\s*cent|per\s*cent|percent))"
    r"\s+(?:of|du|de|des|d['’])\s*(?:[\w'’-]+\s+){0,5}?"
    r"(?:chiffres?\s+d['’]\s*affaires|turnover|revenues?)"
    r"(?:\s+(?:annuel|mondial|total|global|worldwide|annual|consolidé|quotidien|journalier"
    r"|moyen))*", _FLAGS)
_DAILY_RE = re.compile(r"\b(?:daily|quotidien|journalier|per day|par jour)\b", _FLAGS)


_MAY_HOLD_AMOUNT_RE = re.compile(rf"\d|{_WORD_AMOUNT_HINT_RE.pattern}|\scent\b|percent", _FLAGS)
# A number word right before another ("two hundred million"): too rare to add up, and read
# alone it would be a wrong amount.
_WORD_BEFORE_RE = re.compile(rf"(?:\d|\b(?:{alternation(NUMBER_WORDS)}))[\s-]+$", _FLAGS)


def plain_money(amount: Decimal, currency: str, per: str | None = None) -> Money:
    """Money of `amount`, a whole number written without its decimal places."""
    whole = amount.to_integral_value()
    return Money(whole if amount == whole else amount, currency, per)


def parse_number(raw: str, language: str) -> Decimal:
    """'1,5' (fr) -> 1.5; '957,780' (en) -> 957780; '10 000' and '20.000' (fr) -> thousands."""
    digits = re.sub(f"[{_SPACES}'’]", "", raw)
    if "," in digits and "." in digits:  # both: the last one is the decimal separator
        decimal_sep = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif "," in digits or "." in digits:
        sep = "," if "," in digits else "."
        groups = digits.split(sep)
        thousands = len(groups) > 2 or len(groups[-1]) == 3 and sep == (
            "." if language == "fr" else ",")
        decimal_sep = "" if thousands else sep
    else:
        decimal_sep = ""
    thousands_sep = {",": ".", ".": ",", "": ",."}[decimal_sep]
    for sep in thousands_sep:
        digits = digits.replace(sep, "")
    return Decimal(digits.replace(",", "."))


def _amount(match: re.Match[str], language: str) -> Decimal:
    raw = re.sub(r"\s+", " ", match["number"].lower())
    value = NUMBER_WORDS[raw] if raw in NUMBER_WORDS else parse_number(raw, language)
    if match["mult"]:
        value *= MULTIPLIERS[match["mult"].lower()]
    return value.to_integral_value() if value == value.to_integral_value() else value


def _currency(match: re.Match[str], table: dict[str, str], default: str | None,
              country: str | None) -> str | None:
    code = table[re.sub(r"\s+", " ", match["cur"].lower())]
    if code.isupper():
        return code
    if code == "dollar" and default in DOLLARS.values():
        return default  # the caller knows the text's dollar
    return SHARED_NAMES[code].get(country or "") or SHARED_DEFAULTS.get(code)


def _qualified(text: str, start: int) -> tuple[int, str | None]:
    """Where the mention starts and its qualifier: "up to £18m" starts at "up"."""
    found = _QUAL_BEFORE_RE.search(text, max(0, start - 30), start)
    if found is None:
        return start, None
    raw = re.sub(r"\s+", " ", found["qual"].lower().replace("’", "'"))
    return found.start(), QUALIFIERS[raw]


def _amounts(text: str, language: str, default: str | None,
             country: str | None) -> Iterator[MoneyMention]:
    patterns = [(_PREFIX_RE, CURRENCY_PREFIXES), (_SUFFIX_RE, CURRENCY_SUFFIXES)]
    if _WORD_AMOUNT_HINT_RE.search(text):
        patterns.append((_SUFFIX_WORD_RE, CURRENCY_SUFFIXES))
    for pattern, table in patterns:
        for match in pattern.finditer(text):
            if not _is_amount(text, match, table is CURRENCY_SUFFIXES):
                continue
            per = PER_UNITS[match["per"].lower()] if match["per"] else None
            currency = _currency(match, table, default, country)
            if currency is None:
                continue  # "50 million pesos" of a country the text does not name
            money = Money(_amount(match, language), currency, per)
            start, qualifier = _qualified(text, match.start())
            yield MoneyMention(start, match.end(), text[start:match.end()], money,
                               qualifier=qualifier)


def _is_amount(text: str, match: re.Match[str], after_number: bool) -> bool:
    """False for a currency word or code read as another word ("the company won", "30
    livres vendus", "try"), a lone "m" after a number word, a number word after another."""
    written = re.sub(r"\s+", " ", match["cur"].lower())
    penalty = _PENALTY_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if written in CURRENCIES_NEEDING_PUNCTUATION and not penalty and not (
            match["mult"] and _AFTER_LIVRES_RE.match(text, match.end("cur"))):
        return False
    if written in WORDS_NEEDING_MULTIPLIER and not match["mult"] and not penalty and not (
            written in WORDS_TAKING_GROUPED_SUMS and GROUPED_SUM.fullmatch(match["number"])):
        return False
    if written in CAPITAL_CODES and not match["cur"].isupper():
        return False
    if after_number and written.startswith("$") and re.match(r"\s?\d", text[match.end("cur"):]):
        return False  # "in 2021 $5 million": the sign is the next amount's
    if match["number"][:1].isalpha():
        if not match["mult"] or match["mult"].lower() in ("m", "k"):
            return False  # "un m" is not a million
        if _WORD_BEFORE_RE.search(text, max(0, match.start("number") - 20),
                                  match.start("number")):
            return False
    return True


def _shares(text: str) -> Iterator[MoneyMention]:
    for match in _SHARE_RE.finditer(text):
        share = (Decimal(match["pct"].replace(",", ".")) if match["pct"]
                 else Decimal(SHARE_WORDS[match["word"].lower()])) / 100
        daily = _DAILY_RE.search(text, match.start(), match.end() + 12)
        start, qualifier = _qualified(text, match.start())
        yield MoneyMention(start, match.end(), text[start:match.end()], turnover_share=share,
                           qualifier=qualifier, share_per="P1D" if daily else None)


def _without_overlaps(mentions: list[MoneyMention]) -> list[MoneyMention]:
    kept: list[MoneyMention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def find_money(text: str, language: str, default_currency: str | None = None,
               country: str | None = None) -> list[MoneyMention]:
    """Every amount or turnover share in `text`; `default_currency` resolves a bare '$',
    `country` (the acting body's) the names several currencies share ("rupees")."""
    if not _MAY_HOLD_AMOUNT_RE.search(text):  # most sentences: no number at all
        return []
    found = list(_amounts(text, language, default_currency, country)) + list(_shares(text))
    found = _without_overlaps(found)
    found += _without_overlaps(list(_sharing_the_unit(text, language, found))
                               + list(_sharing_the_currency(text, language, found)))
    return sorted(found, key=lambda m: m.start)


# "a infligé 100 millions d'euros à Google et 35 millions à Amazon", "fined Google €100
# million and Amazon 35 million": a bare count of millions after a sum takes its currency, when
# a company, a verb or the sentence's end follows (not "35 millions d'utilisateurs").
BARE_MILLIONS_RE = re.compile(
    rf"(?<![\w.,€£$])(?P<number>{_DIGITS})[{_SPACES}]?"
    r"(?P<mult>millions?|milliards?|billions?)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:à|au|aux|pour|contre|on|to|for|against|et|and|infligée?s?"
    r"|imposed|respectivement|respectively|each|chacune?)\b)", _FLAGS)


# "une amende de 40 millions à Criteo", "Criteo écope d'une amende de 40 millions": the
# currency left unsaid is the acting body's own (guideline 1: a currency from context).
# "a ramené de 1,1 milliard à 372 millions d'euros l'amende": the figure before "à" / "to"
# takes the currency of the one after it.
_BARE_FROM_RE = re.compile(
    rf"\b(?:from|de)\s+(?P<number>{_DIGITS})[{_SPACES}]?(?P<mult>millions?|milliards?|billions?)"
    r"\s+(?:to|à)\s+$", _FLAGS)


def _sharing_the_currency(text: str, language: str,
                          found: list[MoneyMention]) -> Iterator[MoneyMention]:
    sums = [m for m in found if m.money is not None]
    if not sums:
        return
    for after in sums:
        bare = _BARE_FROM_RE.search(text, max(0, after.start - 40), after.start)
        if bare is not None and after.money is not None:
            amount = parse_number(bare["number"], language) * MULTIPLIERS[bare["mult"].lower()]
            yield MoneyMention(bare.start("number"), bare.end("mult"), bare.group(0),
                               plain_money(amount, after.money.currency))
    for match in BARE_MILLIONS_RE.finditer(text, sums[0].end):
        before = [m for m in sums if m.end <= match.start()]
        if not before or any(m.start < match.end() and match.start() < m.end for m in found) \
                or _YEAR_RE.fullmatch(match["number"]):
            continue
        amount = parse_number(match["number"], language) * MULTIPLIERS[match["mult"].lower()]
        money = plain_money(amount, before[-1].money.currency)  # type: ignore[union-attr]
        start, qualifier = _qualified(text, match.start())
        yield MoneyMention(start, match.end(), text[start:match.end()], money,
                           qualifier=qualifier)


# "d'amendes de 150 et 60 millions d'euros", "fines of 500 and 200 million euros": the first
# number takes the multiplier and currency of the amount after it. Not a range ("between 150
# and 200 million", "de 150 à 200 millions"): that is no sum.
_BARE_BEFORE_RE = re.compile(
    rf"(?<![\w.,$€£])(?P<number>{_DIGITS})(?:[{_SPACES}]?(?P<mult>millions?|milliards?|billions?))?"
    r"\s+(?:et|and)\s+(?:de\s+|of\s+)?$", _FLAGS)  # "60 millions et de 40 millions d'euros" too
_RANGE_RE = re.compile(r"\b(?:between|entre)\s+$", _FLAGS)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _sharing_the_unit(text: str, language: str,
                      found: list[MoneyMention]) -> Iterator[MoneyMention]:
    for mention in found:
        if mention.money is None or not mention.text[:1].isdigit() or not re.search(
                r"[^\d\s.,]", mention.text):
            continue
        bare = _BARE_BEFORE_RE.search(text, max(0, mention.start - 30), mention.start)
        if bare is None or _YEAR_RE.fullmatch(bare["number"]) or _RANGE_RE.search(
                text, max(0, bare.start() - 10), bare.start()):
            continue  # "in 2021 and 60 million euros", "between 150 and 200 million"
        unit = _MULT_AND_UNIT_RE.match(mention.text)
        mult = bare["mult"] or (unit["mult"] if unit else None)
        if not mult:
            continue  # "150 and 60 euros": too rare to guess; the multiplier is what is shared
        amount = parse_number(bare["number"], language) * MULTIPLIERS[mult.lower()]
        money = plain_money(amount, mention.money.currency, mention.money.per)
        end = bare.end("mult") if bare["mult"] else bare.end("number")
        yield MoneyMention(bare.start(), end, text[bare.start():end], money)


_MULT_AND_UNIT_RE = re.compile(rf"{_DIGITS}{_MULT}", _FLAGS)


# Between an amount and the one that converts it: "€1.2bn ($1.3bn)", "15 million euros, or
# $15.6 million", "213,14 crores de roupies, soit 25 millions de dollars".
_CONVERSION_GAP_RE = re.compile(
    r"\s*(?:\(|\[|,?\s*(?:or|i\.e\.|soit|ou|equivalent\s+to|l['’]équivalent\s+de)\s+|[–—]\s*)\s*$",
    _FLAGS)
# The same currency again, then its company: a breakdown ("300m lira (200m lira for Google").
_PART_FOR_RE = re.compile(r"\s+(?:for|to|on|pour|à|au)\s", _FLAGS)
# A ceiling, not a sum imposed: "the maximum fine of £17.5m", "le plafond de 20 millions".
_CEILING_BEFORE_RE = re.compile(
    r"\b(?:maximum|maximal[e]?|maxima|plafond|ceiling|cap|statutory|possible|allowed|permitted"
    r"|encourue?)\b[^.;:\d]{0,30}$", _FLAGS)


def is_conversion(text: str, mention: MoneyMention, mentions: list[MoneyMention],
                  country: str | None = None) -> bool:
    """True for an amount restating another in another currency: the one right after the sum
    ("€1.2bn ($1.3bn)"), or the one before it when the one after is exact and in the body's
    own currency ("fined Google $2.7 billion (€2.42 billion)": the EU imposes euros)."""
    money = [m for m in mentions if m.money is not None]
    before = [m for m in money if m.end <= mention.start]
    after = [m for m in money if m.start >= mention.end]
    home = HOME_CURRENCIES.get(country or "")
    if after and _pair(text, mention, after[0]) and _in_home(after[0], home) and not _home(
            mention, home):
        return True
    if not before or not _pair(text, before[-1], mention) or (getattr(
            before[-1].money, "currency", 0) == getattr(mention.money, "currency", 1)
            and _PART_FOR_RE.match(text, mention.end)):
        return False
    return not (_in_home(mention, home) and not _home(before[-1], home))


def _pair(text: str, first: MoneyMention, second: MoneyMention) -> bool:
    return _CONVERSION_GAP_RE.fullmatch(text, first.end, second.start) is not None


def _home(mention: MoneyMention, home: str | None) -> bool:
    """A sum in the acting body's own currency."""
    return home is not None and mention.money is not None and mention.money.currency == home


def _in_home(mention: MoneyMention, home: str | None) -> bool:
    """An exact sum in the acting body's own currency."""
    return _home(mention, home) and mention.qualifier is None


def is_ceiling(text: str, mention: MoneyMention) -> bool:
    """True for a maximum the law allows ("up to £18m", "the maximum penalty of $49.5m")."""
    return mention.qualifier == "up_to" or _CEILING_BEFORE_RE.search(
        text, max(0, mention.start - 40), mention.start) is not None


# A company's own money, not a sum imposed: "which made €116 billion in revenue", "un chiffre
# d'affaires de 3 milliards d'euros", "valued at $300 billion".
_OWN_MONEY_BEFORE_RE = re.compile(
    r"\b(?:revenues?|turnover|sales|profits?|earnings|income|valued|valuation|invest\w*"
    r"|earned|generated|raised|chiffres?\s+d['’]\s*affaires|bénéfices?|valorisée?"
    r"|réalisée?|investi\w*|levée?)\s+(?:(?!fine|amende|penalt|sanction)\w+\s+){0,2}?"
    r"(?:of\s+|at\s+|de\s+|d['’])?$", _FLAGS)
_OWN_MONEY_AFTER_RE = re.compile(
    r"\s+(?:in\s+(?:annual\s+|global\s+|worldwide\s+)?(?:revenues?|sales|profits?|turnover"
    r"|income|investments?)|(?:de|d['’])\s*(?:chiffre\s+d['’]\s*affaires|bénéfices?"
    r"|ventes|revenus))\b", _FLAGS)


def is_own_money(text: str, mention: MoneyMention) -> bool:
    """True for a company's revenue, profit or value named beside a fine."""
    return (_OWN_MONEY_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start)
            is not None or _OWN_MONEY_AFTER_RE.match(text, mention.end) is not None)


# Damages and costs a court awards, not a sum an authority imposes: "€2 million in damages",
# "500 000 $ en frais", "1 million d'euros de dommages et intérêts".
_DAMAGES_AFTER_RE = re.compile(
    r"\s+(?:in\s+(?:punitive\s+|compensatory\s+)?damages|in\s+(?:legal\s+)?(?:costs|fees)"
    r"|(?:en|de)\s+(?:frais|dommages(?:\s+et\s+|-)intérêts|dommages)"
    r"|d['’]indemnités?|de\s+réparation)\b", _FLAGS)


def is_damages(text: str, mention: MoneyMention) -> bool:
    return _DAMAGES_AFTER_RE.match(text, mention.end) is not None


def sums_imposed(text: str, language: str, default_currency: str | None = None,
                 country: str | None = None) -> list[MoneyMention]:
    """The amounts of `text` that can be a sum imposed: no turnover share, conversion, ceiling,
    company revenue, damages or costs. Approximations stay (qualifier set)."""
    mentions = find_money(text, language, default_currency, country)
    return [m for m in mentions if m.money is not None
            and not is_conversion(text, m, mentions, country) and not is_ceiling(text, m)
            and not is_own_money(text, m) and not is_damages(text, m)]
