"""Where a periodic sum is the stated consequence of not complying, not a sum imposed. Layer 1.

Guideline 4 types the stated consequence of non-compliance as a `warning` and the sets record
it with its periodic amount (tests/wide 509, broad 710, sweep 812, blind 110 and 115, varied
307): "sous astreinte de 100 000 euros par jour de retard", "under a daily fine of R$50,000",
"setting a daily fine of 50,000 reais for non-compliance". Used by fine_amounts (a fine whose
sum is such a consequence becomes the warning) and order_penalties (the warning beside an
order).
"""

from __future__ import annotations

import re

# "a daily fine of R$50,000", "une astreinte de 10 000 euros", "daily penalties of $5,000"
DAILY_BEFORE = re.compile(
    r"\b(?:daily|per-day|quotidienne?s?|journalières?|astreintes?)\b[^.;:\d]{0,25}$", re.I)
# What makes the daily sum a consequence of not complying, not a sum imposed ("La CNIL a
# infligé à Google une amende de 100 000 euros par jour de retard" stays a fine).
CONSEQUENCE_BEFORE = re.compile(
    r"\b(?:under|on\s+pain\s+of|failing\s+which|or\s+(?:face|pay|risk)|sous|à\s+défaut"
    r"|faute\s+de\s+quoi|assortie?s?\s+d)\b[^.;:]{0,45}$", re.I)
# or after it: "a daily fine of 50,000 reais for non-compliance", "par jour en cas de non-respect"
CONSEQUENCE_AFTER = re.compile(
    r"[^.;:]{0,30}?\b(?:for\s+(?:non-?compliance|failing|failure)|if\s+(?:it|they|the\s+company)"
    r"\s+(?:fails?|does\s+not|refuses?)|en\s+cas\s+de\s+(?:non-respect|manquement))\b", re.I)
