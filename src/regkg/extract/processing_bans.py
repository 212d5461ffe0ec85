"""A data protection authority's ban on a service is an order on its operator, not a block.
Layer 1 (issue 3, block vs order).

A block is an authority or a court cutting access to a platform in its territory: a telecoms
or media regulator, a ministry, a court (tests/wide 501, 502, 515; broad 702, 715). A data
protection authority has no such power: what news reports call its "ban" or "block" of a
chatbot ("In March 2023 it temporarily banned the chatbot in Italy", "Italy's privacy watchdog
blocked DeepSeek", "le Garante a bloqué ChatGPT") is a limitation of the processing of the
country's users' data, an order addressed to the company running the service (tests/blind
108, tests/varied 308, tests/wide 513, tests/broad 714, tests/sweep 814 gold). So such a step is
typed `order` and aimed at the service's operator when the reference knows it (ChatGPT ->
OpenAI, Replika -> Luka). Not a removal from app stores ("suspended new downloads of the app"):
that cuts access as a block does, whoever orders it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from regkg.models import Action
from regkg.reference import Reference

# The body's own label says its trade, for bodies the domain lists leave out (provincial
# commissioners, "Information Commissioner's Office").
_PRIVACY_LABEL = re.compile(
    r"data\s+protection|privacy|information\s+commissioner|protection\s+des\s+données"
    r"|vie\s+privée|datenschutz|garante", re.IGNORECASE)
# Access cut in the app stores: a block, whoever orders it.
_STORES = re.compile(
    r"\b(?:app\s+stores?|application\s+stores?|downloads?|magasins?\s+d.applications?"
    r"|téléchargements?|Play\s+Store|App\s+Store)\b", re.IGNORECASE)


class ProcessingBans:
    """Knows the data protection authorities and the services' operators."""

    def __init__(self, reference: Reference, privacy_bodies: Iterable[str]) -> None:
        self.reference = reference
        self.privacy_bodies = frozenset(privacy_bodies)

    def is_privacy_body(self, key: str | None) -> bool:
        if key is None:
            return False
        if key in self.privacy_bodies:
            return True
        entity = self.reference.get(key)
        return entity is not None and entity.kind == "authority" and any(
            _PRIVACY_LABEL.search(label) for label in entity.labels.values())

    def retyped(self, actions: list[Action]) -> list[Action]:
        """Each block by a data protection authority as an order on the operators."""
        return [self._as_order(a) if self._is_processing_ban(a) else a for a in actions]

    def _is_processing_ban(self, action: Action) -> bool:
        return (action.type == "block" and self.is_privacy_body(action.actor)
                and not _STORES.search(action.evidence.sentence))

    def _as_order(self, action: Action) -> Action:
        targets = tuple(dict.fromkeys(self.reference.operator_of(t) or t
                                      for t in action.targets))
        return replace(action, type="order", targets=targets)
