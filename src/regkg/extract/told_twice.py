"""The same step told twice in other words: one action (issue 3, guideline 5). Layer 1.

Three ways news reports tell one step twice that the merges by (type, actor, targets, date)
miss, because the second telling differs in its actor or its day:

1. In a quote and in narration. "The European Commission fined X EUR 120 million on Friday.
   'Today we have fined X ...,' said Henna Virkkunen": the official's "today" is the day of
   the decision, not the text's; the quoted step (the sentence opens on a quotation mark and
   the speaker says "we", "nous") is dropped when the narration tells the same (type, actor,
   targets).
2. By the country and by its body. "Turkey blocked access to Instagram on Friday. Instagram
   was blocked by the Information and Communication Technologies Authority": a country named
   as the actor stands for its government (`linking`); when a body of that country takes a
   step of the same type on the same targets on a day that does not clash, the body is the
   actor of the one step, and it keeps the day either statement gives.
3. A block recalled. "Russia's Roskomnadzor blocked Facebook on Friday. Facebook has been
   unavailable in Russia since the regulator blocked it": a body blocks a platform once; the
   undated statement of the same block (same body, same platform) merges into the dated one,
   unless the sentence tells a new block ("again", "de nouveau", "new") or it is the only one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from regkg.models import Action
from regkg.reference import Reference

_QUOTED_WE = re.compile(
    r"^\s*[\"“«]\s*[^\"”»]*\b(?:we|our|us|nous|notre|nos)\b[^\"”»]*[\"”»]", re.IGNORECASE)
_AGAIN = re.compile(r"\b(?:again|new|re-?block\w*|de\s+nouveau|à\s+nouveau|nouveau|nouvelle)\b",
                    re.IGNORECASE)


def merge_steps_told_twice(actions: list[Action], reference: Reference) -> list[Action]:
    """Policies 1 to 3 of the module, actions in text order."""
    actions = _without_quoted_repeats(actions)
    actions = _bodies_for_countries(actions, reference)
    return _without_recalled_blocks(actions)


def _without_quoted_repeats(actions: list[Action]) -> list[Action]:
    narrated = {_told(a) for a in actions if not _QUOTED_WE.search(a.evidence.sentence)}
    return [a for a in actions if not (_QUOTED_WE.search(a.evidence.sentence)
                                       and _told(a) in narrated)]


def _told(action: Action) -> tuple[object, ...]:
    """What a quote restates: "nous avons sanctionné X" (a sanction) restates X's fine."""
    kind = "fine" if action.type == "sanction" else action.type
    return kind, action.actor, action.targets


def _bodies_for_countries(actions: list[Action], reference: Reference) -> list[Action]:
    kept: list[Action | None] = list(actions)
    for i, step in enumerate(actions):
        if not _is_government(step.actor, reference) or not step.targets:
            continue
        body = next((j for j, other in enumerate(kept) if j != i and other is not None
                     and other.type == step.type and other.targets == step.targets
                     and other.actor is not None and other.actor != step.actor
                     and not _is_government(other.actor, reference)
                     and _jurisdiction(other.actor, reference) == _jurisdiction(step.actor,
                                                                                reference)
                     and not _clash(step, other)), None)
        if body is not None:
            found = kept[body]
            assert found is not None
            kept[body] = replace(found, date=found.date or step.date)
            kept[i] = None
    return [a for a in kept if a is not None]


def _without_recalled_blocks(actions: list[Action]) -> list[Action]:
    dated = {(a.actor, a.targets) for a in actions if a.type == "block" and a.date is not None}
    return [a for a in actions if not (
        a.type == "block" and a.date is None and (a.actor, a.targets) in dated
        and not _AGAIN.search(a.evidence.sentence))]


def _is_government(key: str | None, reference: Reference) -> bool:
    entity = reference.get(key) if key else None
    return entity is not None and "Government" in entity.classes


def _jurisdiction(key: str | None, reference: Reference) -> str | None:
    entity = reference.get(key) if key else None
    return entity.jurisdiction if entity is not None else None


def _clash(one: Action, other: Action) -> bool:
    return one.date is not None and other.date is not None and one.date != other.date
