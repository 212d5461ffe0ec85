"""The step a suit asks for is part of the suit's clause, not a bound of it (lexicon layer).

"Roskomnadzor asked a Moscow court on Monday to fine Meta", "Arcom asked a Paris court to
block Pornhub", "a demandé à un tribunal de Moscou d'infliger une amende à Meta": the body's
step is its suit (corpus guideline 4: court proceedings brought by an authority are a
`lawsuit`); the fine or block is only what it asks the court for. The precise trigger of that
measure ("fine", "block") has an actor and a target, but its status is no fact; as a bound of
the clauses it would cut the suit's clause before the target named after it, and the suit
would be lost. A suit's clause therefore keeps the steps of its aim, each after its infinitive
link ("... court ... to", "sued on Thursday to", "... tribunal ... de", "plainte ... pour"), up to
the next clause break.
"""

from __future__ import annotations

import re

from regkg.extract.patterns import TriggerMatch

# The link to the step asked for ends the text before it: "asked a court on Tuesday to | fine",
# "sued on Thursday to | block", "for an | order", "de Moscou d'| infliger", "pour | bloquer".
_AIM_LINK = re.compile(r"(?:\bto|\bfor|\bd[e']|\bd’|\bafin\s+d[e'’]|\bpour)\s*"
                       r"(?:(?:an?|the|une?|la|le|les|l'|l’)\s*)?$", re.IGNORECASE)
# Where the aim ends: the clause breaks of the layer (trigger_matches._CLAUSE_BREAK), so that a
# list of targets ("to block Telegram, Meta and X") stays in the aim.
_AIM_END = re.compile(r"[;:]|\s[–—]\s|,\s+(?:and|but|while|whereas|et|mais|tandis\s+que|"
                      r"alors\s+que)\b", re.IGNORECASE)


def aim_clause_end(text: str, cue: TriggerMatch, later: list[tuple[int, int]]) -> int:
    """The end of the clause of `cue`, given the later bounds (sorted): the start of the first
    one, unless `cue` is a suit's; then the steps of its aim (each after its link, before the
    next clause break: "to fine Meta" holds the noun cue "fine", "to order internet providers
    to block X" two triggers) are passed over."""
    if not later:
        return len(text)
    if cue.type != "lawsuit":
        return later[0][0]
    stop = _AIM_END.search(text, cue.end)
    limit = stop.start() if stop else len(text)
    linked_from = cue.start
    for start, end in later:
        if start >= limit or not _AIM_LINK.search(text, linked_from, start):
            return min(start, limit)
        linked_from = end
    return limit
