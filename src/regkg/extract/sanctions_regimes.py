"""Sanctions of a sanctions authority on a platform are an order, not a penalty on persons.
Layer 1 (issue 3, session 15).

A `sanction` step is kept out of the gold: most are sanctions on persons (corpus guideline 4:
actions are steps aimed at a platform). But when a treasury or a foreign-assets office lists a
platform ("Le Trésor américain annonce des sanctions contre Garantex", "OFAC sanctioned the
exchange Bitzlato"), the step is an asset freeze and a ban on dealing with it: a compliance
order on that platform, as the gold types a freeze of its accounts ("a gelé les avoirs de X",
actions.yaml `order`). So such a step is typed `order` and keeps only its platform and company
targets; one aimed at persons alone stays a sanction.

The sanctions bodies are read from the reference by their own labels (treasuries, offices of
foreign assets or of financial sanctions), not listed here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from regkg.models import Action
from regkg.reference import Reference

_SANCTIONS_LABEL = re.compile(
    r"\bTreasury\b|\bTrésor\b|Foreign\s+Assets|avoirs\s+étrangers|Financial\s+Sanctions"
    r"|sanctions\s+financières", re.IGNORECASE)
_PLATFORM_KINDS = frozenset({"organisation", "service"})


class SanctionsRegimes:
    """Knows which authorities impose economic sanctions and which targets are platforms."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.bodies = frozenset(
            e.key for e in reference.of_kind("authority")
            if any(_SANCTIONS_LABEL.search(label) for label in e.labels.values()))

    def retyped(self, actions: list[Action]) -> list[Action]:
        """Each sanction by a sanctions body on platforms as an order on those platforms."""
        return [self._as_order(a) or a if a.type == "sanction" and a.actor in self.bodies else a
                for a in actions]

    def _as_order(self, action: Action) -> Action | None:
        platforms = tuple(t for t in action.targets if self._is_platform(t))
        return replace(action, type="order", targets=platforms) if platforms else None

    def _is_platform(self, key: str) -> bool:
        entity = self.reference.get(key)
        return entity is not None and entity.kind in _PLATFORM_KINDS
