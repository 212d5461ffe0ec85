"""A body named in a comparison is not the actor of the sentence's step. Layer 1.

Reporting sets a step beside another body's: "The DPC, like the CNIL, fined Meta", "Like the
CNIL before it, the Garante fined Clearview", "as the CNIL did", "the AGCM, Italy's equivalent
of the CMA, fined", "In line with the European Commission, the CMA opened ...", "Following the
CNIL, the AEPD fined Google", "La CNIL, comme la Garante, a infligé ...", "À l'instar de la
CNIL, ...", "Après la CNIL, l'AEPD a ...". The
compared body is a point of reference; the subject before or after it acts. A temporal
"after"/"following"/"après" compares only when the body stands alone before a comma ("Following
the CNIL, ..."), not when it opens a clause of its own ("after the CNIL fined Google") or
names a step ("following the CNIL's decision"). "like"/"comme" compare when they open the
sentence or follow a comma; "des pays comme la Malaisie" gives examples of the subject.
"""

from __future__ import annotations

import re

from regkg.models import Mention

# Up to two capitalised words and an article between the marker and the body: "like the
# Italian Garante", "comme la CNIL", "à l'instar de l'AEPD".
_GAP = r"(?:(?:the|la|le|les|l['’])\s*)?(?:[A-ZÀ-Ý][\w'’-]*\s+){0,2}$"
# A body the subject is likened to, in an apposition: "the AGCM, Italy's equivalent of the
# CMA, fined", "le gendarme italien, homologue de l'Autorité de la concurrence française, a
# infligé". Not the subject's own counterparts, who act with it ("Le CPVP et ses homologues du
# Québec ont lancé une enquête").
_COUNTERPART = (r"[,;(—–]\s*(?:(?:the|an?|l['’]|une?|(?-i:[A-Z])[\w-]*'s)\s*)?"
                r"(?:(?!(?:its|their|ses|leurs|son|sa)\b)[\w-]+\s+)?"
                r"(?:homologue|équivalent|counterpart|equivalent)\s+(?:[\w-]+\s+)?"
                r"(?:de\s+|d['’]|du\s+|des\s+|of\s+|to\s+)")
_CLOSE = re.compile(
    r"(?:(?:^|[,;(—–]\s*)(?:(?:just|much|tout)\s+)?(?:like|unlike|comme)\b|"
    r"\b(?:in\s+line\s+with|in\s+step\s+with|à\s+l['’](?:instar|image)\s+d(?:e\s+|['’]|u\s+|es\s+)|"
    r"contrairement\s+(?:à\s+|aux?\s+)|"
    r"(?:tout\s+)?comme\s+l['’]a\s+(?:déjà\s+)?fait|as\s+(?:did|had|has))|" + _COUNTERPART + r")\s*"
    + _GAP,
    re.I)
# Temporal markers compare only a body that stands alone before a comma or "before it".
_AFTER = re.compile(r"\b(?:following|after|après)\s+" + _GAP, re.I)
_ALONE = re.compile(r"\s*(?:,|before\s+(?:it|them|him|her)\b|avant\s+(?:elle|lui|eux)\b)")
# "as the CNIL did", "comme la CNIL l'a fait": the body of a pro-verb clause.
_AS_BEFORE = re.compile(r"\b(?:as|comme)\s+" + _GAP, re.I)
_PRO_VERB_AFTER = re.compile(
    r"\s+(?:did|had\s+done|has\s+done|before\s+(?:it|them)|l['’]a\s+(?:déjà\s+)?fait"
    r"|l['’]avait\s+fait)\b", re.I)


def is_compared(text: str, mention: Mention) -> bool:
    """Whether `mention` is named as a point of comparison, not as the one who acts."""
    lo = max(0, mention.start - 60)
    if _CLOSE.search(text, lo, mention.start):
        return True
    if _AFTER.search(text, lo, mention.start) and _ALONE.match(text, mention.end):
        return True
    return bool(_AS_BEFORE.search(text, lo, mention.start)
                and _PRO_VERB_AFTER.match(text, mention.end))


def without_compared(text: str, candidates: list[Mention]) -> list[Mention]:
    """`candidates` without the bodies named in a comparison ("like the CNIL"), when another
    body is named to act: alone, the "compared" body may be an example of the subject
    ("Plusieurs pays, à l'instar de la Malaisie, ont bloqué Grok")."""
    kept = [m for m in candidates if not is_compared(text, m)]
    return kept if kept else candidates
