"""Subjects that refer back to bodies named before by their number or their trade. Layer 1.

- "The two regulators ordered DeepSeek to ...", "Both watchdogs fined ...", "Les deux autorités
  ont mis en demeure ...": the two bodies the text named last, when the sentence before (or the
  same paragraph's last sentence naming bodies) named exactly two; each takes the step (one
  action per actor, guideline 5). Three or more named, or one: nobody (a wrong pair is a
  wrong fact).
- "Prosecutors opened a criminal investigation", "The prosecutor's office then ...", "Les
  procureurs ont ouvert ...": the last prosecutor's office named (as "le parquet" is), only as
  the clause's whole subject ("Brazilian prosecutors" is another country's office).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from regkg.extract import grammar as g

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView, TriggerMatch
    from regkg.extract.linking import Linker
    from regkg.extract.linking_discourse import Discourse

_PLURAL_HEADS = (r"regulators|watchdogs|authorities|agencies|bodies|commissions|commissioners|"
                 r"enforcers|autorités|régulateurs|gendarmes|agences|institutions|instances|"
                 r"commissions|organismes")
# The pair as the clause's subject: after the sentence's start or a clause break.
_PAIR = re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but|then|et|mais|puis)\s+)"
                   rf"(?:the\s+two|both(?:\s+the)?|les\s+deux)\s+(?:{_PLURAL_HEADS})\s*$",
                   re.I)
_PROSECUTORS = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|then|et|mais|puis)\s+)(?:"
                          r"the\s+(?:public\s+)?prosecutor(?:s|'s\s+office|’s\s+office)?|"
                          r"(?-i:P)rosecutors|les\s+procureurs|le\s+procureur)\s*$", re.I)
_PROSECUTOR_WORDS = ("prosecutor", "parquet", "procura")
# How far back (characters) the pair may have been named: the sentence before, about.
_PAIR_REACH = 400


def pair_actors(view: SentenceView, trig: TriggerMatch, discourse: Discourse) -> list[str]:
    """The two bodies "the two regulators" refers to, else []."""
    if _clause_subject(view, trig, _PAIR) is None:
        return []
    start = view.sentence.start
    recent = [(pos, key) for pos, key in discourse.authorities
              if start - _PAIR_REACH <= pos < start]
    keys = list(dict.fromkeys(key for _, key in recent))
    return keys if len(keys) == 2 else []


def prosecutor_actor(view: SentenceView, trig: TriggerMatch, discourse: Discourse,
                     linker: Linker) -> str | None:
    """The last prosecutor's office named, for "Prosecutors opened ..."."""
    if _clause_subject(view, trig, _PROSECUTORS) is None:
        return None
    before = view.sentence.start + trig.start
    for position, key in reversed(discourse.authorities):
        entity = linker.reference.get(key)
        labels = " ".join(entity.all_labels()).casefold() if entity else ""
        if position < before and any(word in labels for word in _PROSECUTOR_WORDS):
            return key
    return None


def _clause_subject(view: SentenceView, trig: TriggerMatch,
                    pattern: re.Pattern[str]) -> re.Match[str] | None:
    """`pattern` ending right before the verb (with only SUBJECT_TO_VERB words between), with
    no name in it (a named body is the subject, not the description)."""
    head = view.text[:trig.start]
    cut = g.SUBJECT_TO_VERB.search(head)
    end = cut.start() if cut else len(head)
    found = pattern.search(head[:end])
    if found is None or any(m.start < trig.start and m.end > found.start()
                            for m in view.mentions):
        return None
    return found
