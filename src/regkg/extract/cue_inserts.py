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

from regkg.extract.carrier_names import carrier_slots
from regkg.extract.company_kinds import KIND_TOKEN, company_kind
from regkg.extract.vocabulary import vocabulary

INSERT_TOKEN = "<INSERT>"
# After an asking verb: no court, judge, lawmakers or reporters named as the asker before the
# thing asked ("was asked last month by a Delhi court to provide", "a été prié par un tribunal de
# fournir"): their asking is no body's request (s15 review). One veto per language,
# `asked_by_no_body` in actions.yaml, for every request trigger.
ASKER_VETO_TOKEN = "<NOT_ASKED_BY_OTHERS>"
# Where a ban on an app applies when it is a body's block of it on its own premises: the
# devices, networks or offices of its government, administration or staff ("sur les appareils
# de service de ses agents", "from government-issued devices", "across the state
# administration"). One phrase per language, `official_scope` in actions.yaml, shared by the
# device-ban triggers there.
SCOPE_TOKEN = "<OFFICIAL_SCOPE>"


def insert_slot(data: dict[str, Any], lang: str) -> str:
    """The regular expression `<INSERT>` stands for in `lang`'s triggers: nothing, or up to
    two inserts of `cue_inserts`, each with the space after it."""
    inserts = (data.get("cue_inserts") or {}).get(lang)
    if not inserts:
        return ""
    return rf"(?:(?:{inserts})\s*,?\s+){{0,2}}"


def trigger_slots(data: dict[str, Any], lang: str) -> dict[str, str]:
    """What each token of `lang`'s triggers and modality cues stands for (the carriers' tokens:
    carrier_names.py)."""
    return {INSERT_TOKEN: insert_slot(data, lang),
            ASKER_VETO_TOKEN: (data.get("asked_by_no_body") or {}).get(lang, ""),
            SCOPE_TOKEN: (data.get("official_scope") or {}).get(lang, "(?!)"),
            **carrier_slots(data, lang)}


def single_slots(data: dict[str, Any], lang: str) -> dict[str, str]:
    """What each token of `lang`'s single patterns (`unknown_target_lead` and the like) stands
    for: `<INSERT>`, and `<COMPANY_KIND>` (company_kinds.py)."""
    return {INSERT_TOKEN: insert_slot(data, lang), KIND_TOKEN: company_kind(data, lang)}


def with_inserts(source: str, slot: str | dict[str, str]) -> str:
    """The trigger's regular expression with its `<INSERT>` slots (and, given a mapping, its
    other tokens) spelt out."""
    for token, text in ({INSERT_TOKEN: slot} if isinstance(slot, str) else slot).items():
        source = source.replace(token, text)
    return source


def lexicon_slots(directory: Path) -> dict[str, str]:
    """`insert_slot` per language, for the cues of lexicon.yaml: the lists are kept once, in
    actions.yaml beside the triggers that first used them."""
    path = directory / "actions.yaml"
    if not path.exists():  # a lexicon checked on its own: `<INSERT>` stands for nothing
        return {"en": "", "fr": ""}
    data = dict(vocabulary(path).data)
    return {lang: insert_slot(data, lang) for lang in (data.get("cue_inserts") or {})}
