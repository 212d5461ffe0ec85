"""Subjects that refer back to bodies named before by their number or their trade. Layer 1.

- "The two regulators ordered DeepSeek to ...", "Both watchdogs fined ...", "Les deux autorités
  ont mis en demeure ...": the two bodies the text named last, when the sentence before (or the
  same paragraph's last sentence naming bodies) named exactly two; each takes the step (one
  action per actor, guideline 5). Three or more named, or one: nobody (a wrong pair is a
  wrong fact).
- Nobody for a singular anaphor ("The regulator ordered ...", "It fined ...", "L'autorité a
  ...") when the sentence before names two bodies as one coordinated subject ("The CNIL and
  Italy's Garante both examined DeepSeek"): either could be meant, and a guess is a wrong
  fact half the time.
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
                          r"(?-i:P)rosecutors|les\s+procureurs|le\s+procureur|"
                          # "les magistrats parisiens avaient ouvert": the office's magistrates
                          r"les\s+magistrats(?:\s+(?-i:[a-zé]\w+))?)\s*$", re.I)
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


# Two names coordinated: " and ", " et ", with an article or a country's possessive between.
_COORDINATOR = re.compile(r"\s*(?:,\s*)?\b(?:and|et|as\s+well\s+as|ainsi\s+que)\s+(?:the\s+|"
                          r"la\s+|le\s+|l['’]|les\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?$", re.I)
# Lower-case words a body's name may hold ("Competition and Markets Authority").
_NAME_WORDS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "l", "d",
                         "et", "à", "s"})


def without_competing(view: SentenceView, actors: list[str], discourse: Discourse) -> list[str]:
    """`actors` (one, found by an anaphor) or nobody when the sentence before coordinated it
    with another body ("The CNIL and Italy's Garante ... The regulator ordered ...")."""
    if len(actors) != 1 or not discourse.previous_text:
        return actors
    start = discourse.previous_start
    named = [(pos - start, key) for pos, key in discourse.authorities
             if start <= pos < view.sentence.start]
    for (first, key), (second, other) in zip(named, named[1:], strict=False):
        if key != other and actors[0] in (key, other) and _coordinated(
                discourse.previous_text[first:second]):
            return []
    return actors


def _coordinated(gap: str) -> bool:
    """`gap` (from one name's start to the next's) is a name and a coordinator."""
    joined = _COORDINATOR.search(gap)
    if joined is None:
        return False
    words = re.findall(r"[^\W\d_]+", gap[:joined.start()])
    return all(w[:1].isupper() or w.casefold() in _NAME_WORDS for w in words)


def prosecutor_actor(view: SentenceView, trig: TriggerMatch, discourse: Discourse,
                     linker: Linker) -> str | None:
    """The last prosecutor's office named, for "Prosecutors opened ..."."""
    if _clause_subject(view, trig, _PROSECUTORS) is None:
        return None
    return last_prosecutor_office(discourse, linker, view.sentence.start + trig.start)


def last_prosecutor_office(discourse: Discourse, linker: Linker, before: int) -> str | None:
    """The last prosecutor's office named before the text offset `before`."""
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
