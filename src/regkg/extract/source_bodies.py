"""A body named as the source of a report is not its actor: "Selon l'Arcom, la Commission
européenne a ouvert une enquête sur X", "According to Ofcom, the Commission opened ...",
"D'après la CNIL, ...", "citing the regulator". Layer 1; used by
regkg.extract.passive_actors (the actor candidates of a sentence).

Guideline 4 annotates the step of the body that took it; the one that tells of it only reports.
The source stays a candidate when no other body is named: it then tells of its own step.
"""

from __future__ import annotations

import re

from regkg.models import Mention

# Right before the body's name: the preposition of a source ("selon", "according to").
_SOURCE_BEFORE = re.compile(
    r"\b(?:selon|d['’]après|according\s+to|citing|as\s+reported\s+by|cité\w*\s+par)\s+"
    r"(?:the\s+|l['’]|la\s+|le\s+|les\s+|un\s+|une\s+|a\s+|an\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+['’]s\s+)?$", re.IGNORECASE)


def without_sources(text: str, candidates: list[Mention]) -> list[Mention]:
    """`candidates` without the bodies named as the source of what the sentence reports,
    when another body is named: alone, the source tells of its own step ("An investigation
    into Meta was opened last week, according to the Irish Data Protection Commission")."""
    kept = [m for m in candidates
            if not _SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start)]
    return kept if kept else candidates
