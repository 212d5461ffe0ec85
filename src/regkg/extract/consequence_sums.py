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
# A consequence with no sum, stated on the order itself: "gave Rumble 48 hours to appoint a
# representative, under penalty of suspension" (tests/frost 971), "sous peine de blocage",
# "failing which it will be blocked". Guideline 4: the stated consequence of not complying is
# a warning. A measure the body could take is named right after the words of consequence: a
# suspension, a block, a ban. A money penalty with no sum ("failing which it will face daily
# penalties") stays none, the project's reading (test_lexicon_actors): its sum is the warning.
CONSEQUENCE_STATED = re.compile(
    r"\b(?:under\s+(?:the\s+)?(?:penalty|threat)\s+of|on\s+pain\s+of|failing\s+which"
    r"|or\s+(?:else\s+)?(?:face|risk)|sous\s+peine\s+(?:de|d')|faute\s+de\s+quoi|à\s+défaut\s+de\s+quoi"
    r"|sous\s+la\s+menace\s+(?:de|d'))\b[^.;:]{0,40}?\b(?:suspension|suspended|block\w*|ban|banned"
    r"|closure|shut\s*down|blocage|bloquée?s?|suspendue?s?|fermeture|interdiction)\b", re.I)
