"""Shutdowns, throttling and announced suspensions of platforms: block triggers and the
classes they cut off, read from data/patterns/shutdowns.yaml. Layer 1 (issue 3, s19).

actions.yaml holds the block triggers the domain first needed ("a bloqué", "ordered providers
to block X"). Wire copy also tells a block by what the body did to the service: it "shut
down" a darknet marketplace, "degraded access to" or "began slowing down" a platform, "a
annoncé la suspension, jusqu'à nouvel ordre, des réseaux sociaux", and "les restrictions
d'accès à X avaient été décidées". shutdowns.yaml lists those phrasings (with why, and the
traps each leaves out); this module only appends them to actions.yaml's triggers and class
targets of each language, so that the same actor, target, date and modality rules read them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from regkg.extract.carrier_names import with_carriers

SHUTDOWNS_FILE = "shutdowns.yaml"


def with_pattern_files(data: dict[str, Any], directory: Path) -> dict[str, Any]:
    """actions.yaml's `data` with the files beside it merged in: carriers.yaml (under
    `carriers`) and shutdowns.yaml (its triggers after each language's, its classes as
    alternatives of `class_targets`). A directory without shutdowns.yaml reads as before."""
    data = with_carriers(data, directory)
    path = directory / SHUTDOWNS_FILE
    if not path.exists():
        return data
    extra = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for lang, entries in (extra.get("triggers") or {}).items():
        if lang in data["triggers"]:
            data["triggers"][lang] = list(data["triggers"][lang]) + list(entries or ())
    classes = data.get("class_targets") or {}
    for lang, source in (extra.get("class_targets") or {}).items():
        if lang in classes and source:
            classes[lang] = f"(?:{classes[lang]})|(?:{source})"
    return data
