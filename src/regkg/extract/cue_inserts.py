"""Words a cue skips between its parts: `<INSERT>` in a trigger of actions.yaml. Layer 1.

A wire sentence puts a day, a date, a duration or an adverb between a verb and its object or
its complement: "lui a demandé le 17 janvier dernier de lui remettre", "a restreint pendant
plusieurs jours l'accès à", "asked Meta on 17 January to hand over". Each trigger used to
list its own few words for that slot; the token names one list per language
(`cue_inserts` in actions.yaml), up to two inserts in a row, each followed by an optional
comma. The cue lexicon's cues (lexicon.yaml) take the same token and the same lists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

INSERT_TOKEN = "<INSERT>"


def insert_slot(data: dict[str, Any], lang: str) -> str:
    """The regular expression `<INSERT>` stands for in `lang`'s triggers: nothing, or up to
    two inserts of `cue_inserts`, each with the space after it."""
    inserts = (data.get("cue_inserts") or {}).get(lang)
    if not inserts:
        return ""
    return rf"(?:(?:{inserts})\s*,?\s+){{0,2}}"


def with_inserts(source: str, slot: str) -> str:
    """The trigger's regular expression with its `<INSERT>` slots spelt out."""
    return source.replace(INSERT_TOKEN, slot)


def lexicon_slots(directory: Path) -> dict[str, str]:
    """`insert_slot` per language, for the cues of lexicon.yaml: the lists are kept once, in
    actions.yaml beside the triggers that first used them."""
    path = directory / "actions.yaml"
    if not path.exists():  # a lexicon checked on its own: `<INSERT>` stands for nothing
        return {"en": "", "fr": ""}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {lang: insert_slot(data, lang) for lang in (data.get("cue_inserts") or {})}
