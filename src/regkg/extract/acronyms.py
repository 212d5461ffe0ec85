"""Acronyms an article defines for a body: "The Dutch Data Protection Authority (Autoriteit
Persoonsgegevens, AP) has imposed ..." and later "the AP fined it". Layer 1.

Releases and news reports name a body in full once, give its acronym in brackets, and use the
acronym from then on. The reference cannot list every short form (two letters are too
ambiguous to match everywhere), so the article's own definition links the later uses: only
after the definition, only as a whole upper-case word, and only when the brackets follow a
mention of exactly one authority.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# Brackets right after a name whose last item is an upper-case short form: "(AP)", "(STF)",
# "(Autoriteit Persoonsgegevens, AP)", "(« BTK »)".
_DEFINITION = re.compile(
    r"\s*\((?:[^()]*[,;]\s*)?[«\"“]?\s*(?P<short>[A-Z][A-Z0-9]{1,6})\s*[»\"”]?\)")


# An apposition that gives the short form: "The authority, known by its Dutch initials AP,",
# "the regulator, known as the AP,", "l'autorité, connue sous le sigle AP,". After a definite
# description of a body (no name), the body is the last one the article named.
_APPOSED = re.compile(
    r"\s*,\s*(?:known\s+(?:by\s+its\s+(?:[\w-]+\s+)?(?:initials|acronym|abbreviation)|as)"
    r"|abbreviated\s+(?:as|to)|(?:connue?|désignée?)\s+sous\s+(?:le\s+sigle|l.acronyme|le\s+nom)"
    r"(?:\s+[\w-]+)?(?:\s+de)?)\s+(?:the\s+)?[«\"“]?\s*(?P<short>[A-Z][A-Z0-9]{1,6})\b(?![\w-])")
_DESCRIBED_BODY = re.compile(
    r"^\s*(?:the|this|l['’]|la|le|cette|ce)\s*(?:authority|regulator|watchdog|agency|body|"
    r"commission|autorité|régulateur|gendarme|agence|commission|instance|organisme)$", re.I)


def link_defined_acronyms(views: list[SentenceView]) -> None:
    """Add a Mention of the body for each later use of an acronym the article defined for it
    (in place, sorted), where no other mention covers the word."""
    defined: dict[str, str] = {}  # short form -> authority key ("" when ambiguous)
    last_body: str | None = None
    for view in views:
        spans = []
        for short, key, span in _definitions(view) + _described_definition(view, last_body):
            spans.append(span)
            # Defined for two bodies: ambiguous, left unlinked.
            defined[short] = key if defined.get(short, key) == key else ""
        _link_uses(view, {s: k for s, k in defined.items() if k}, spans)
        bodies = [m.key for m in view.mentions if kind_of(m.key) == "authority"]
        last_body = bodies[-1] if bodies else last_body


def _described_definition(view: SentenceView,
                          last_body: str | None) -> list[tuple[str, str, tuple[int, int]]]:
    """"The authority, known by its Dutch initials AP, said ...": the short form of the body
    named before, when a definite description of a body opens the sentence."""
    for match in _APPOSED.finditer(view.text):
        if last_body and _DESCRIBED_BODY.match(view.text[:match.start()]):
            return [(match.group("short"), last_body, match.span())]
    return []


def _definitions(view: SentenceView) -> list[tuple[str, str, tuple[int, int]]]:
    """(short form, authority key, span of the brackets) of each definition."""
    found = []
    for mention in view.mentions:
        if kind_of(mention.key) != "authority":
            continue
        match = _DEFINITION.match(view.text, mention.end) or _APPOSED.match(view.text, mention.end)
        inside = [m for m in view.mentions if match and mention.end <= m.start < match.end()]
        # A short form the reference already links needs no definition.
        if match and all(m.key == mention.key and m.text != match.group("short")
                         for m in inside):
            found.append((match.group("short"), mention.key, match.span()))
    return found


def _link_uses(view: SentenceView, defined: dict[str, str],
               definitions: list[tuple[int, int]]) -> None:
    """The acronym inside its own brackets is the definition, not a use."""
    added = []
    for short, key in defined.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", view.text):
            if any(a <= match.start() < b for a, b in definitions):
                continue
            if not any(m.start < match.end() and match.start() < m.end for m in view.mentions):
                added.append(Mention(key, short, match.start(), match.end()))
    if added:
        view.mentions.extend(added)
        view.mentions.sort(key=lambda m: (m.start, m.end))

