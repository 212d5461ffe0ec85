"""The passive steps whose subject a platform's description is ("L'entreprise a été sanctionnée
mardi par la CNIL", "La messagerie a été bloquée samedi par les autorités russes"). Layer 1;
used by regkg.extract.targets.TargetFinder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from regkg.extract import grammar as g
from regkg.extract.linking import ACTOR_KINDS, kind_of
from regkg.models import Mention

# The agent's head words before the body's name or adjective: "par les autorités russes", "by
# Kenya's ministry" (not "by consumer groups in France": a place after a preposition).
_AGENT_HEAD = re.compile(r"(?:(?!(?:in|of|from|de|du|des|en|au|aux)\b)[\w'’-]+\s+){0,2}", re.I)
_BODY_WORD = re.compile(r"\b(?:autorités?|authorit(?:y|ies)|régulateur|regulator|gendarme|"
                        r"watchdog|minist(?:ère|ry)|gouvernement|government|justice|tribunal|"
                        r"court|juge|judge|procureur|prosecutors?)\b", re.I)
# A trigger that opens on its own auxiliary ("a été sanctionnée", "has been fined"): grammar's
# test looks for the auxiliary before the trigger, so this one is passive too.
_AUXILIARY_FIRST = re.compile(
    r"(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:(?:déjà|aussi|également)\s+)?été|"
    r"(?:was|were|(?:has|have|had)\s+been))\s+(?:(?:already|also)\s+)?\w+(?:é|ée|és|ées|ed)\b",
    re.IGNORECASE)


def is_passive(text: str, start: int, end: int) -> bool:
    """grammar's passive, or a trigger that opens on its own auxiliary ("a été sanctionnée")."""
    return g.is_passive(text, start, end) or _AUXILIARY_FIRST.match(text, start, end) is not None


def agent_is_a_body(text: str, agent_end: int, mentions: Sequence[Mention]) -> bool:
    """The passive's agent from `agent_end` is a body: named ("par la CNIL"), or a body's noun
    with its adjective ("par les autorités russes"); not "by consumer groups in France"."""
    head = _AGENT_HEAD.match(text, agent_end)
    end = head.end() if head else agent_end
    return bool(head and _BODY_WORD.search(head.group(0))) or any(
        agent_end <= m.start <= end and kind_of(m.key) in ACTOR_KINDS for m in mentions)
