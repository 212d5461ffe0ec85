"""Names that only describe a step's target: the entity named inside an apposition about the
target ("Shein, Temu's main rival", "Temu, concurrent de Shein et d'AliExpress", "Gemini,
l'assistant d'intelligence artificielle de Google"), or the possessor before the target's
description ("Shein's rival Temu"). Layer 1; used by regkg.extract.targets.TargetFinder.

A step is addressed to the head of its object phrase; the names that qualify the head are
mentions, not targets (guideline 3: the company or platform as named). A plain list ("Meta,
WhatsApp and Telegram") has no description between its items and keeps every one. The French
"l'App Store d'Apple" names the company through its product, as the English possessive
"Apple's App Store" does (target_groups.one_per_group): the company is the target.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A lowercase description word ("rival", "assistant", "d'intelligence") or an acronym ("AI").
_WORD = (r"(?!(?:and|or|et|ou|ainsi|puis|then|also|aussi|as|well|plus)\b)"
         r"(?:(?-i:[a-zà-ÿ])[\w'’-]*|(?-i:[A-Z]{2,4})\b)")
# ", a rival of ", ", the parent company of ", ", concurrent chinois de ", ", l'assistant
# d'intelligence artificielle de ", ", filiale de ": the apposition's head and its complement.
_DESCRIPTION_OF = re.compile(
    rf"\s*,\s*(?:(?:a|an|the|its|their|le|la|les|un|une|son|sa|ses|leur)\s+|l['’])?"
    rf"(?:{_WORD}\s+){{0,4}}?(?:{_WORD}\s+)?(?:of|of\s+the|de|du|des|d['’]|de\s+la|de\s+l['’])\s*$")
# ", Temu's main rival," after the second name: a possessive description closing the apposition.
_POSSESSIVE_DESCRIPTION = re.compile(
    rf"['’]s?\s+(?:{_WORD}\s+){{0,3}}{_WORD}(?=\s*[,;.)]|\s*$|\s+(?-i:[A-Z][a-z]|\d))")
# "Shein's rival Temu": the possessor before a relation to the next name (a rival, a partner;
# "X's chatbot Grok" may name either, so a product noun does not decide).
_POSSESSOR_BEFORE = re.compile(
    rf"['’]s?\s+(?:{_WORD}\s+){{0,2}}(?:rival|competitor|challenger|partner|supplier|customer|"
    r"client|contractor)s?\s+$")
# "l'App Store d'Apple": the product's owner right after it.
_FRENCH_OWNER = re.compile(r"\s+(?:de|du|d['’])\s*$|\s*d['’]$")
# Between two names of the apposition's list ("de Shein et d'AliExpress", "of A and B").
_DESCRIPTOR_LINK = re.compile(r"\s*(?:,\s*|\s(?:and|et|or|ou)\s+)(?:of\s+|de\s+|du\s+|d['’])?$",
                              re.IGNORECASE)
_APPOSITION_ONLY = re.compile(r"\s*,\s*$")

Span = tuple[int, int, str]

# A name given as a comparison: "TikTok, like Meta before it, was fined", "À l'instar de Meta,
# TikTok a été sanctionné", "Comme Meta l'an dernier, TikTok a écopé", "Unlike Google and
# Apple, ...", "..., as the CNIL did with Google in 2022": the step is not aimed at it.
# Earlier names of its list count with it.
_COMPARED = re.compile(
    r"\b(?:(?:just\s+)?like|unlike|as\s+with|à\s+l['’]instar\s+(?:de\s+|d['’]|du\s+)|"
    r"à\s+l['’]image\s+(?:de\s+|d['’]|du\s+)|comme|contrairement\s+(?:à\s+|au\s+)|"
    # a description comparing the target with another: "4chan, un forum souvent comparé à
    # Reddit", "Temu, a site often likened to Shein", "une messagerie semblable à WhatsApp"
    r"(?:compared|likened|similar|comparable)\s+(?:to|with)|(?:comparée?s?|assimilée?s?|"
    r"semblables?|similaires?|comparables?|identiques?)\s+(?:à|au|aux)|"
    # the companies the target joins on a list: "designated Booking as a gatekeeper, joining
    # Alphabet and Meta", "qui rejoint AliExpress et Shein parmi les places de marché visées"
    r"joining|joins|rejoignant|rejoint|rejoignent)\s*"
    r"(?:(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*)*\s*(?:,|\band\b|\bet\b)\s*)*$"
    # another body's step the sentence recalls: "fined Uber ..., as the CNIL did with Google"
    # (not "as it did with Google": the same body's own earlier step, a step of its own)
    r"|\b(?:just\s+)?as\s+(?!(?:it|they|she|he|we|I)\s)[^,.;:]{1,50}?\s"
    r"(?:did|does|had\s+done|has\s+done)\s+"
    r"(?:with|to|against|for|in\s+the\s+case\s+of)\s+(?:[^,.;:]{1,40}?\s(?:and|or)\s+)?$",
    re.IGNORECASE)


def compared_with(text: str, start: int) -> bool:
    """The name at `start` is what the step's target is compared with, not a target."""
    return _COMPARED.search(text, max(0, start - 80), start) is not None


def without_descriptors(found: list[Span], text: str,
                        same_group: Callable[[str, str], bool],
                        is_service_of: Callable[[str, str], bool]) -> list[Span]:
    """`found` (start, end, key spans of a step's targets) without the names that only
    describe another of them."""
    spans = sorted(found)
    dropped: set[int] = set()
    describing = False
    for index in range(1, len(spans)):
        (_, end, first), (start, after, second) = spans[index - 1], spans[index]
        gap = text[end:start]
        if describing and _DESCRIPTOR_LINK.fullmatch(gap):
            dropped.add(index)  # "concurrent de Shein et d'AliExpress": still the description
            continue
        describing = False
        if _DESCRIPTION_OF.fullmatch(gap) or (
                _APPOSITION_ONLY.fullmatch(gap) and _POSSESSIVE_DESCRIPTION.match(text, after)):
            dropped.add(index)
            describing = True
        elif _POSSESSOR_BEFORE.fullmatch(gap) and not same_group(first, second):
            dropped.add(index - 1)  # "Shein's rival Temu" is Temu
        elif _FRENCH_OWNER.fullmatch(gap) and is_service_of(first, second):
            dropped.add(index - 1)  # "l'App Store d'Apple" is Apple, as "Apple's App Store"
    return [span for index, span in enumerate(spans) if index not in dropped]
