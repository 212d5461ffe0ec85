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
from collections.abc import Callable

# A legal form left after the name's span ("Oztures Trading Pty Ltd, ..."), then the link.
_LEGAL_FORM = (r"(?:\s+(?:Pty\.?|Ltd\.?|Limited|Inc\.?|LLC|Corp\.?|plc|GmbH|B\.?V\.?|S\.?A\.?S?|"
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
