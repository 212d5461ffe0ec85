"""Resolving a pronoun or "le robot" to the latest speaker event that fits. Layer 1; read by
`claims`.

A *speaker event* is every place the text makes someone speak, named or not (see `speakers`).
"""

from __future__ import annotations

from regkg.extract.speakers import Speaker


def resolve_pronoun(
    events: list[tuple[int, Speaker]], at: int, gender: str | None, personal: bool = False
) -> Speaker | None:
    """The latest speaker before `at` that fits the pronoun ('personal' he/she: no institution)."""
    for position, speaker in reversed(events):
        if position >= at or (personal and speaker.institution):
            continue
        if gender is None or speaker.gender in (gender, None):
            return speaker
    return None


def resolve_ai_anaphor(events: list[tuple[int, Speaker]], at: int) -> Speaker | None:
    """ "le robot", "the chatbot": the latest AI speaker before `at`."""
    for position, speaker in reversed(events):
        if position < at and speaker.ai:
            return speaker
    return None
