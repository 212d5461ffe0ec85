"""One target per trade-name pair. Layer 1; used by regkg.extract.targets and
regkg.extract.target_relatives.

"filed proceedings against Oztures Trading Pty Ltd, which traded as Binance Australia
Derivatives", "a assigné la société Foo SAS, exploitant sous le nom commercial Vinted": the legal
name and the trade name are one company, so one target (guideline 3: group companies are one
target; the gold normalises such a pair to the name the reference knows). The trade name is
kept (the name the public knows the platform by), unless only the legal name is in the
reference; never both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from regkg.models import Mention

# A legal form left after the name's span ("Oztures Trading Pty Ltd, ...", "Blockratize,
# Inc., ..."), then the link.
_LEGAL_FORM = (r"(?:,?\s+(?:Pty\.?|Ltd\.?|Limited|Inc\.?|LLC|Corp\.?|plc|GmbH|B\.?V\.?|S\.?A\.?S?|"
               r"SARL|SE))*")
_TRADING_AS = re.compile(
    _LEGAL_FORM + r"\s*,?\s*(?:(?:which|who|that|qui)\s+(?:(?:has|had|also|then)\s+)?)?"
    r"(?:(?:trades|traded|trading|operates|operated|operating|does\s+business|did\s+business|"
    r"doing\s+business)\s+(?:under\s+the\s+(?:brand|name)\s+)?as|t/a|d/b/a|"
    r"(?:known|branded)\s+as|"
    r"(?:exploitant|exploite|exploitait|opérant|opère|opérait|exerçant|exerce|exerçait|connue?)"
    r"\s+sous\s+(?:le\s+nom(?:\s+commercial)?|la\s+marque|l['’]enseigne)(?:\s+(?:de|d['’]))?|"
    r"sous\s+(?:le\s+nom\s+commercial|la\s+marque|l['’]enseigne)(?:\s+(?:de|d['’]))?)\s*$",
    re.IGNORECASE)

Span = tuple[int, int, str]

# Where a trade name may start: a capital or a digit after a non-word character.
_NAME_START = re.compile(r"(?<![\w'’])[A-Z0-9]")
_REACH = 80  # characters between the legal name's end and the trade name


def trades_as(text: str, legal_end: int, trade_start: int) -> bool:
    """Does text[legal_end:trade_start] link a legal name to the trade name after it?"""
    return _TRADING_AS.fullmatch(text, legal_end, trade_start) is not None


def one_trade_name(found: list[Span], text: str, known: Callable[[str], bool]) -> list[Span]:
    """`found` (start, end, key spans) with one name of each legal/trade pair: the trade name,
    or the legal name when only it is `known` (in the reference)."""
    spans = sorted(found)
    dropped: set[int] = set()
    for index in range(1, len(spans)):
        (_, legal_end, legal), (trade_start, _, trade) = spans[index - 1], spans[index]
        if trades_as(text, legal_end, trade_start):
            dropped.add(index if known(legal) and not known(trade) else index - 1)
    return [span for index, span in enumerate(spans) if index not in dropped]


def trade_name_after(text: str, legal_end: int, limit: int,
                     name: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of the trade name a link gives right after a legal name ending at
    `legal_end` ("Acme Holdings, LLC, which does business as Zapbox", "la société Foo SAS,
    exploitant sous le nom commercial Zapbox"), as `name` matches it before `limit`."""
    for start in _NAME_START.finditer(text, legal_end, min(limit, legal_end + _REACH)):
        if trades_as(text, legal_end, start.start()):
            found = name.match(text, start.start(), limit)
            return (found.start(), found.end()) if found else None
    return None


def unknown_trade_names(text: str, spans: Sequence[tuple[int, int]], limit: int,
                        taken: list[Mention], name: re.Pattern[str],
                        key_of: Callable[[str], str]) -> list[Mention]:
    """Unlinked mentions of the trade names no mention covers after the legal names at
    `spans`: with them, `one_trade_name` keeps the trade name for an unknown pair as it does
    for a known one (the gold names the company the public knows, guideline 3)."""
    found: list[Mention] = []
    for _, legal_end in spans:
        span = trade_name_after(text, legal_end, limit, name)
        if span and not any(span[0] < m.end and m.start < span[1] for m in taken + found):
            words = text[span[0]:span[1]]
            found.append(Mention(key_of(words), words, span[0], span[1], linked=False))
    return found
