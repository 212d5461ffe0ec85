"""Dates inside a quotation (issue 3, guideline 6). Layer 1.

A relative day in someone's quoted words ("« la décision d'aujourd'hui montre que ... »", "'Today's
decision shows ...'") is the speaker's today, said when the step was taken; a report published the
next day would resolve it to its own day. It dates no step: a wrong date is worse than none.
"""

from __future__ import annotations

_PAIRS = (("«", "»"), ("“", "”"))


def within_quotation(text: str, position: int) -> bool:
    """`position` lies inside a quotation opened before it in `text` (a sentence)."""
    before = text[:position]
    if any(before.count(opening) > before.count(closing) for opening, closing in _PAIRS):
        return True
    return before.count('"') % 2 == 1
