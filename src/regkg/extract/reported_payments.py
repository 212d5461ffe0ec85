"""The body that reports a company's payment in a reporting clause after it: "Google Ireland
et Google France ont accepté de payer une amende transactionnelle de 1,1 million d'euros ...,
a annoncé mardi la DGCCRF" (tests/thaw 993), "Amazon will pay a $25 million civil penalty,
the Federal Trade Commission announced" (tests/cold 952). Layer 1.

The payment trigger carries the fine ("accepté de payer une amende", "will pay a civil
penalty"), so the authority that announces it is the one whose case it closes, as when it
opens the sentence ("The FTC said that Meta will pay", settlements.announcing_body). A company
or a spokesperson reporting its own payment names no authority: no fine.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking import kind_of
from regkg.extract.reporting_verbs import (
    EN_ANNOUNCES,
    EN_ANNOUNCING,
    EN_CONFIRMING,
    FR_REPORTING_PARTICIPLES,
    FR_SAYING_PRESENT,
    REPORTED,
)

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView
    from regkg.extract.linking import Linker
    from regkg.extract.patterns import TriggerMatch

_DAY = (r"(?:on\s+\w+(?:\s+\d{1,2}(?:\s+\w+)?)?|today|yesterday|this\s+week|last\s+week|"
        r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|"
        r"ce\s+\w+|cette\s+semaine|le\s+\d{1,2}(?:er)?\s+\w+(?:\s+\d{4})?)")
_EN_VERB = rf"(?:has\s+|had\s+)?(?:{EN_ANNOUNCING}|{EN_CONFIRMING}|{EN_ANNOUNCES}|{REPORTED})"
_FR_VERB = rf"(?:(?:a|ont|avait)\s+(?:{FR_REPORTING_PARTICIPLES})|{FR_SAYING_PRESENT}|selon)"
# Between the end of the payment's clause and the body: ", the", ", said the", ", a annoncé
# mardi la", ", selon la", ", according to the".
_BEFORE_BODY = re.compile(
    r",\s+(?:(?:" + _EN_VERB + r"(?:\s+" + _DAY + r")?|according\s+to)\s+)?(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+['’]s\s+)?$|"
    r",\s+" + _FR_VERB + r"(?:\s+" + _DAY + r")?\s+(?:la\s+|le\s+|l['’]|les\s+)?$",
    re.IGNORECASE)
# After the body (when it is the subject): "the DGCCRF said on Tuesday", "the FTC announced".
_VERB_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?,?\s*" + _EN_VERB + r"\b", re.IGNORECASE)
_INVERTED = re.compile(r",\s+(?:" + _EN_VERB + r"|according\s+to|" + _FR_VERB + r")\b",
                       re.IGNORECASE)
_REACH = 260  # characters from the payment trigger to the reporting clause
# A payment on a condition is a threat the body states, not terms it fixed: "Google will have
# to pay a fine if it fails to comply, the Commission said" (a warning, if anything).
_CONDITION = re.compile(r"\b(?:if|unless|should\s+it|otherwise|or\s+else|(?<!for\s)failing|"
                        r"si|s['’]il|s['’]ils|sinon|faute\s+d|à\s+défaut|au\s+cas\s+où|"
                        r"en\s+cas\s+d)",
                        re.IGNORECASE)


def trailing_reporter(view: SentenceView, trig: TriggerMatch, linker: Linker) -> str | None:
    """The authority named in a reporting clause after the payment, or None."""
    text = view.text
    for mention in sorted(view.mentions, key=lambda m: m.start):
        if not trig.end < mention.start <= trig.end + _REACH:
            continue
        actor = linker.actor_key(mention.key)
        if actor is None or kind_of(actor) != "authority":
            continue
        comma = text.rfind(",", trig.end, mention.start)
        if comma < 0 or re.search(r";|\.(?!\d)", text[trig.end:mention.start]):
            continue
        if _CONDITION.search(text, 0, comma):
            return None
        lead = _BEFORE_BODY.match(text, comma, mention.start)
        if lead is None or lead.end() != mention.start:
            continue
        if _INVERTED.match(text, comma) or _VERB_AFTER.match(text, mention.end):
            return actor
    return None
