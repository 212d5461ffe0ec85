"""A block in force "since" a day "by decision of" a body was decided from that day (issue 3,
guideline 6). Layer 1.

"Depuis le 7 janvier, sur décision du régulateur, les appels via WhatsApp ne passent plus";
"Telegram est bloqué depuis avril 2018 sur décision de la justice"; "X has been blocked since
4 March by order of the court": the sentence names the decision the state comes from and the
day it runs from, the day the authority acted (the gold of the dev sets dates these blocks so).
`present_states` keeps "bloqué depuis le 4 août" undated when no decision is named: the state
alone does not say when anyone acted. Only blocks: a fine told in a sentence about a block in
force ("Bloqué depuis 2019 sur décision de la justice, Telegram a aussi été condamné à une
amende") is another step, and the "since" date is not its day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from regkg.extract.sentence_views import redate
from regkg.models import TAKEN_STATUSES, Action

if TYPE_CHECKING:
    from regkg.extract.actions import SentenceView

# The decision the state comes from, named in the sentence: "sur décision de l'ANRT", "sur
# ordre du tribunal", "par décision de justice", "by order of the court", "on the orders of the
# ministry", "under a ruling by the Supreme Court".
_DECIDED_BY = re.compile(
    r"\b(?:(?:sur|par)\s+(?:une\s+)?(?:décision|ordre|injonction|ordonnance|arrêté)s?\s+(?:de|du|des|d')"
    r"|par\s+décision\s+de\s+justice"
    r"|(?:by|on|under)\s+(?:(?:the|a|an)\s+)?(?:orders?|decision|ruling|instructions?)\s+"
    r"(?:of|from|by))", re.IGNORECASE)


def date_blocks_decided_since(actions: list[Action], views: list[SentenceView]) -> list[Action]:
    """The module's policy, for undated blocks."""
    return redate(actions, views, _date_block_since)


def _date_block_since(action: Action, view: SentenceView) -> Action:
    if (action.date is not None or action.type != "block"
            or action.status not in TAKEN_STATUSES or view.headline or len(view.dates) != 1):
        return action
    since = view.dates[0]
    if since.qualifier != "since" or since.value is None:
        return action
    if _DECIDED_BY.search(view.text) is None:
        return action
    return replace(action, date=since.value)
