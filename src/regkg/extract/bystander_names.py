"""Platforms a sentence names as a complainant or as a standard of comparison. Layer 1; used
by regkg.extract.targets (the referent of a pronoun target) and the discourse of
regkg.extract.actions.

"À la suite d'une plainte de Yandex, le FAS lui avait imposé une amende", "Acting on a
complaint from Epic, the regulator fined it": the pronoun is the company the complaint was
about (named before), never the complainant. "Google était passé par là avant Apple. Le FAS
lui avait imposé ...", "Like Amazon, Zalando was told ... The regulator fined it": the name
after "avant", "comme", "like", "unlike" is the standard the subject is compared with, not the
one the next step is aimed at. Naming either as the target would state a wrong fact: the
target is the platform the step is aimed at (tests/hail 1042: a complainant's name right
before the pronoun, a compared company's in the sentence before).
"""

from __future__ import annotations

import re

# Right before the name: a complaint, referral or request it made.
_COMPLAINANT_BEFORE = re.compile(
    r"(?:\b(?:plaintes?|saisines?|signalements?|requêtes?|réclamations?)\s+"
    r"(?:(?:déposée?s?|formée?s?|introduite?s?|adressée?s?)\s+par\s+|de\s+|d['’]|du\s+|des\s+)"
    r"|\b(?:saisie?s?|alertée?s?)\s+par\s+"
    r"|\bà\s+la\s+(?:demande|requête)\s+d(?:e\s+|u\s+|es\s+|['’])"
    r"|\bà\s+l['’]initiative\s+d(?:e\s+|u\s+|es\s+|['’])"
    r"|\b(?:complaints?|petitions?|referrals?)\s+(?:(?:filed|lodged|brought|made|submitted)\s+)?"
    r"(?:by|from)\s+"
    r"|\bat\s+the\s+(?:request|behest|instigation)\s+of\s+)"
    r"(?:(?:la|le|les|l['’]|the)\s*)?(?:(?:société|plateforme|entreprise|groupe|company|firm|"
    r"rival|concurrent)\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# The standard of a comparison, with no verb of its own after it ("avant Apple.", "like
# Amazon,"): "before Apple could react" is a clause of its own, left alone.
_COMPARED_BEFORE = re.compile(
    r"\b(?:avant|comme|contrairement\s+à|à\s+l['’]instar\s+d(?:e|u|es|['’])|like|unlike|"
    r"before)\s*(?:(?:la|le|l['’]|the)\s*)?$", re.IGNORECASE)
_NO_VERB_AFTER = re.compile(r"\s*(?:[.;,:)]|$)")
# Right after the name (and its apposition), its complaint as the subject's verb:
# "l'association Privacy International a saisi la CNIL d'une plainte", "Rival app Rappi
# complained in 2020 that iFood ...", "Mercado Libre, le géant argentin, s'est plaint de la
# commission prélevée par Apple", "Epic filed a complaint with the regulator" (tests/haze
# 1125: the complainant is no referent of "du site", "la société" after it).
_COMPLAINS_AFTER = re.compile(
    r"(?:\s*,[^,.;()]{1,60},)?"  # "Mercado Libre, le géant argentin du commerce en ligne,"
    r"\s+(?:(?:a|avait|ont|avaient|had|has|have)\s+)?(?:(?:déjà|already|also|aussi|également|"
    r"first|then|ensuite|d'abord)\s+)?(?:saisi\s+(?:la|le|l['’]|les)\s*[^,.;]{1,60}?\s+"
    r"d['’](?:une|des)\s+plaintes?|porté\s+plainte|déposé\s+(?:une\s+)?plainte|"
    r"s['’](?:est|était)\s+plainte?|se\s+sont\s+plaint(?:e|s|es)?|"
    r"complained|complains|filed\s+(?:a\s+|an?\s+\w+\s+)?complaints?|"
    r"lodged\s+(?:a\s+|an?\s+\w+\s+)?complaints?)\b", re.IGNORECASE)


def is_bystander(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a complainant's or a compared company's?"""
    if _COMPLAINANT_BEFORE.search(text, max(0, start - 60), start) or _COMPLAINS_AFTER.match(
            text, end):
        return True
    return (_COMPARED_BEFORE.search(text, max(0, start - 30), start) is not None
            and _NO_VERB_AFTER.match(text, end) is not None)


# A name right before the complaint: "Rival app Rappi complained in 2020 that iFood ...".
_NAMED_COMPLAINANT = re.compile(r"(?-i:[A-Z])[\w&'’.-]*" + _COMPLAINS_AFTER.pattern, re.IGNORECASE)


def complaint_by_a_name(text: str) -> bool:
    """Whether the sentence tells a complaint made by a name, its subject (that name a
    bystander: the companies it names besides are the ones complained about)."""
    return _NAMED_COMPLAINANT.search(text) is not None
