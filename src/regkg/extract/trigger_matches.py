"""The step words of a sentence, each span matched once: the precise triggers of
actions.yaml (`find_triggers`, for actions.py) and the lexicon's cues (`find_cues`, for
lexicon.py). Layer 1.
"""

from __future__ import annotations

import bisect
import re

from regkg.extract.lexicon_actors import fronted_end
from regkg.extract.patterns import LanguageLexicon, LanguagePatterns, TriggerMatch
from regkg.extract.prefilter import matches

# Between two clauses of one sentence, each of which may state its own step of one type ("the
# company was fined in 2018, and in 2024 the AP fined it again").
# (", puis"/", then": a step told after another, its own clause: "a ouvert une enquête en
# 2023, puis a infligé une amende en 2024")
_CLAUSE_BREAK = re.compile(r"[;:]|\s[–—]\s|,\s+(?:and|but|while|whereas|et|mais|tandis\s+que|"
                           r"alors\s+que|puis|then)\b", re.IGNORECASE)


def find_triggers(text: str, lp: LanguagePatterns) -> list[TriggerMatch]:
    """Non-overlapping trigger matches in order; on overlap the earlier, then longer, wins."""
    found = [TriggerMatch(t.type, t.form, m.start(), m.end(), _object_start(m))
             for t, m in matches(lp.triggers, text) if m.end() > m.start()]
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[TriggerMatch] = []
    for trig in found:
        if not kept or trig.start >= kept[-1].end:
            kept.append(trig)
    return kept


def _object_start(match: re.Match[str]) -> int | None:
    """Where the trigger's group `object` puts its targets' start (the carriers told to block
    a platform are named inside the trigger and are not its targets: carriers.yaml), or None:
    from the trigger's start, as for most triggers ("ordered Meta to", "barred X from")."""
    if "object" not in match.re.groupindex or match.start("object") < 0:
        return None
    return match.start("object")


def find_cues(text: str, ll: LanguageLexicon, triggers: list[TriggerMatch],
              unanswered: list[TriggerMatch]) -> list[TriggerMatch]:
    """Cue matches of types no precise trigger stated here, off the triggers' spans, and the
    triggers that found no actor or target (scored again like cues: the agentless passive
    may take the article's one authority); on overlap the earlier, then longer, wins."""
    answered = [t for t in triggers if t not in unanswered]
    # A trigger that names who carries its step out (its group `object`) keeps its span even
    # unanswered: "a ordonné à Orange et SFR de bloquer Coco" is no order on Orange.
    spans = answered + [t for t in unanswered if t.targets_from is not None]
    breaks = sorted([m.start() for m in _CLAUSE_BREAK.finditer(text)]
                    + [end for end in [fronted_end(text)] if end is not None])

    def taken(kind: str, start: int) -> bool:
        """A precise trigger stated a step of this type in the same clause."""
        part = bisect.bisect(breaks, start)
        return any(t.type == kind and bisect.bisect(breaks, t.start) == part for t in answered)

    found = sorted([TriggerMatch(c.type, c.form, m.start(), m.end())
                    for c, m in matches(ll.cues, text)
                    if not taken(c.type, m.start())
                    and not any(t.start < m.end() and m.start() < t.end for t in spans)]
                   + [t for t in unanswered if not taken(t.type, t.start)],
                   key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[TriggerMatch] = []
    for cue in found:
        if not kept or cue.start >= kept[-1].end:
            kept.append(cue)
    return kept
