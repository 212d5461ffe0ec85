""""The Commission" after another body called a Commission. Layer 1.

The reference lists "the Commission"/"la Commission" as aliases of the European Commission,
because EU reports use them as its short name. After another body whose name holds the word
("South Korea's Fair Trade Commission has fined Google. The Commission has also ordered ...",
"la Commission nationale de l'informatique et des libertés ... la Commission a mis en
demeure"), the bare form is that body; after a Commission the reference does not know ("The
Fair Trade Commission has sent ..."), it is nobody we can name. Linking it to the EU would
state a wrong fact, so the mention is given to the nearer body or dropped.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from regkg.extract.linking_discourse import kind_of
from regkg.models import Mention

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

EUROPEAN_COMMISSION = "authority/european-commission"
# How far back another Commission may be named for the bare form to mean it (characters).
REACH = 800

_BARE = re.compile(r"(?:the|la|cette|this)\s+commission", re.IGNORECASE)
# A capitalised name ending in "Commission" ("Fair Trade Commission", "Securities and
# Exchange Commission"); its first word is no determiner.
_NAMED_COMMISSION = re.compile(
    r"\b(?!(?:The|This|That|La|Cette|A)\b)[A-Z][\w'’-]+(?:\s+(?:and|of|for|on|[A-Z][\w'’-]+)){0,5}"
    r"\s+Commission\b")


def reattach_bare_commission(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in text order) with each bare "the Commission" that follows another
    Commission within REACH, and no full mention of the EU's in between, given to that body
    (known) or dropped (unknown)."""
    others = _other_commissions(text, mentions)
    kept: list[Mention] = []
    last_eu = -1
    for mention in mentions:
        if mention.key == EUROPEAN_COMMISSION and not _BARE.fullmatch(mention.text.strip()):
            last_eu = mention.start
        if mention.key != EUROPEAN_COMMISSION or not _BARE.fullmatch(mention.text.strip()):
            kept.append(mention)
            continue
        other = _nearest_before(others, mention.start, last_eu)
        if other is None:
            kept.append(mention)
        elif other:
            kept.append(dataclasses.replace(mention, key=other))
    return kept


def _other_commissions(text: str, mentions: list[Mention]) -> list[tuple[int, str]]:
    """(start, key) of the bodies other than the EU's named with the word "Commission"; key ""
    for a capitalised "... Commission" no mention covers (a body the reference lacks)."""
    found = [(m.start, m.key) for m in mentions if m.key.startswith("authority/")
             and m.key != EUROPEAN_COMMISSION and "commission" in m.text.casefold()]
    bodies = [m for m in mentions if m.key.startswith("authority/")]
    found += [(start, "") for start in unnamed_commissions(text, bodies)]
    return sorted(found)


def unnamed_commissions(text: str, bodies: list[Mention]) -> list[int]:
    """Where the text names a "... Commission" that no mention of a body covers."""
    return [match.start() for match in _NAMED_COMMISSION.finditer(text)
            if not any(m.start < match.end() and match.start() < m.end for m in bodies)]


def _nearest_before(others: list[tuple[int, str]], at: int, last_eu: int) -> str | None:
    """The body named last before `at`, within REACH and after the EU's last full mention."""
    before = [(start, key) for start, key in others if last_eu < start < at
              and at - start <= REACH]
    return before[-1][1] if before else None


def commission_guard(text: str, views: list[SentenceView]) -> list[int]:
    """`unnamed_commissions` over an article's sentence views (for the Discourse)."""
    return unnamed_commissions(text, [m for v in views for m in v.mentions
                                      if kind_of(m.key) == "authority"])
