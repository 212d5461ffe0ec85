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

# "a daily fine of R$50,000", "une astreinte de 10 000 euros", "daily penalties of $5,000".
# Periodic penalties capped at a total, the sum their cap: "sous peine d'astreintes pouvant
# atteindre au total 5,1 millions d'euros", "subject to penalty payments of up to €5 million"
# (a Dutch or EU "last onder dwangsom", "periodic penalty payments"); the cap's own words
# ("jusqu'à", "up to") may open the sum (money.py reads them as its qualifier).
CAPPED_BEFORE = re.compile(
    r"\b(?:astreintes?|(?:periodic\s+)?penalty\s+payments?|periodic\s+penalt(?:y|ies))\s+"
    r"(?:(?:pouvant\s+(?:atteindre|aller\s+jusqu.à)|allant(?:\s+jusqu.à)?|plafonnée?s?\s+à"
    r"|d.un\s+montant\s+(?:maximal|maximum|total)\s+de|of(?:\s+up\s+to)?|up\s+to|capped\s+at"
    r"|totall?ing(?:\s+up\s+to)?)\s+)?(?:au\s+total\s+|in\s+total\s+)?$", re.I)
DAILY_BEFORE = re.compile(
    r"\b(?:daily|per-day|quotidienne?s?|journalières?|astreintes?)\b[^.;:\d]{0,25}$|"
    + CAPPED_BEFORE.pattern, re.I)
# The unit after a converted sum's aside, which money.py does not join to the sum: "d'un
# million de reais (environ 180 000 euros) par heure de retard", "50,000 reais ($8,800) a day".
RECURRING_AFTER = re.compile(
    r"\s*\([^()]{0,40}\)\s*(?:par|per|a|an|each|every|for\s+(?:each|every))\s+"
    r"(?:jour|heure|semaine|day|hour|week)\b", re.I)
# What makes the daily sum a consequence of not complying, not a sum imposed ("La CNIL a
# infligé à Google une amende de 100 000 euros par jour de retard" stays a fine).
CONSEQUENCE_BEFORE = re.compile(
    r"\b(?:under|on\s+pain\s+of|failing\s+which|or\s+(?:face|pay|risk)|subject\s+to|sous"
    r"|à\s+défaut|faute\s+de\s+quoi|assortie?s?\s+d)\b[^.;:]{0,60}$", re.I)
# or after it: "a daily fine of 50,000 reais for non-compliance", "par jour en cas de non-respect"
# or "a daily fine of 50,000 reais for each day it fails to comply" (the sum may hold "for
# each day": the words after it then open on the company)
CONSEQUENCE_AFTER = re.compile(
    r"[^.;:]{0,30}?\b(?:for\s+(?:non-?compliance|failing|failure)|if\s+(?:it|they|the\s+company)"
    r"\s+(?:fails?|does\s+not|refuses?)|en\s+cas\s+de\s+(?:non-respect|manquement)"
    r"|(?:(?:for\s+)?(?:each|every)\s+day\s+)?(?:that\s+)?(?:it|they|the\s+(?:company|firm"
    r"|platform))\s+(?:fails?\s+to|refuses?\s+to|does\s+not)\s+comply)\b", re.I)
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
    r"|closure|shut\s*down|blocage|bloquée?s?|suspendue?s?|fermeture|interdiction)\b"
    # the alternative the order gives, or the warning it adds, told as what will follow (not
    # what could: "warning that the service could be suspended" is a possible step): "or have
    # its website and app blocked", "or be suspended", "warning that the app would be blocked
    # if it did not comply", "en prévenant que le site serait bloqué"
    r"|\b(?:or\s+(?:else\s+)?(?:have|see|be)|warning\s+that|(?:en\s+)?(?:prévenant|avertissant)"
    r"\s+qu(?:e|'))\b(?:(?!\b(?:could|might|may|pourr\w*)\b)[^.;:]){0,50}?\b(?:suspended|blocked"
    r"|banned|shut\s*down|cut\s+off|bloquée?s?|suspendue?s?|interdite?s?|fermée?s?"
    r"|(?:would|will)\s+(?:\w+\s+)?(?:block|suspend|ban|shut\s+down|cut\s+off)"
    r"|(?:bloquer|suspendr|interdir|fermer)(?:ait|aient|a|ont))\b"
    # a notice that threatens a measure, served on the company the order binds: "directed
    # Twitter to withhold the accounts; when the company restored them, officials served a
    # notice threatening penal action" (tests/cold 955)
    r"|\b(?:notices?|letters?|courriers?|lettres?)\s+(?:la\s+|les\s+)?(?:threatening|menaçant\s+d)"
    r"[^.;:]{0,30}?\b(?:action|proceedings|prosecution|sanctions?|fines?|penalt(?:y|ies)"
    r"|poursuites|amendes?)\b", re.I)
