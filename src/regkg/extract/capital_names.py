"""Unknown companies written in capitals, named right after a company noun. Layer 1.

`actions.yaml unknown_target_name` asks for a lower-case letter in a name so that acronyms of
laws and bodies ("DSA", "RGPD", "CNIL") are never taken for a company. Releases and the press
write some companies in capitals all the same ("la société KASPR", "the operator SKY ECC",
"l'entreprise NSO"): right after a noun that says what the thing is, a word in capitals is a
name. Only that position is read; a capitalised word elsewhere stays out.
"""

from __future__ import annotations

import re

from regkg.extract.money_words import CODE_BEFORE_SUM

# A currency's code before its sum is no word of the name: "fined the company SEK 12 million".
_NOT_CODE = CODE_BEFORE_SUM.pattern
# The company noun, then the name in capitals (up to three words), then the end of the name.
_CAPITALS_AFTER_NOUN = re.compile(
    r"\b(?i:la\s+société|l.entreprise|la\s+start-?up|la\s+firme|l.opérateur|l.éditeur|"
    r"l.application|la\s+plateforme|le\s+site|the\s+company|the\s+firm|the\s+start-?up|"
    r"the\s+operator|the\s+app|the\s+platform|the\s+website|the\s+service|the\s+provider)\s+"
    rf"(?P<name>{_NOT_CODE}[A-Z][A-Z0-9&]{{2,}}(?:[\s-]{_NOT_CODE}[A-Z][A-Z0-9&]+){{0,2}})"
    r"(?![\w&-])")


def capitals_after_noun(text: str, start: int, end: int,
                        not_names: set[str] | frozenset[str]) -> tuple[int, int] | None:
    """The span of the first name in capitals right after a company noun in text[start:end]
    ("la société KASPR"), none of its words a known non-name; None if there is none."""
    for match in _CAPITALS_AFTER_NOUN.finditer(text, start, end):
        name = match.group("name")
        if not set(re.split(r"[\s-]", name)) & set(not_names):
            return match.start("name"), match.end("name")
    return None
