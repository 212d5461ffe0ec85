"""Telecom carriers named by their company names: `<CARRIERS>` and `<CUT_PLATFORM>` in a trigger
or a modality cue of actions.yaml. Layer 1.

An authority telling "Safaricom" or "Orange et Free" to cut access to a platform blocks the
platform, as one telling "internet service providers" does (data/patterns/carriers.yaml holds
the names, why, and what the two tokens stand for in each language). This module only spells
the tokens out as regular expressions; the triggers that use them stay in actions.yaml.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from regkg.extract.vocabulary import vocabulary

CARRIERS_FILE = "carriers.yaml"
CARRIERS_TOKEN = "<CARRIERS>"
CUT_PLATFORM_TOKEN = "<CUT_PLATFORM>"
# One carrier's name, case-sensitive, not inside a longer word, with up to two capitalised
# words after it for its country ("MTN Uganda", "Orange Burkina Faso").
_NAME = r"(?-i:(?<![\w&-])(?:{names})(?![\w&-])(?:\s+[A-ZÀ-Ý][\w'-]*){{0,2}})"


def with_carriers(data: dict[str, Any], directory: Path) -> dict[str, Any]:
    """actions.yaml's `data` with carriers.yaml beside it (under `carriers`), when the file is
    there: a patterns directory without it reads the tokens as matching nothing."""
    path = directory / CARRIERS_FILE
    if path.exists():
        data["carriers"] = dict(vocabulary(path, ("addressees", "cut_platform")).data)
    return data


def carrier_slots(data: dict[str, Any], lang: str) -> dict[str, str]:
    """What `<CARRIERS>` and `<CUT_PLATFORM>` stand for in `lang`'s patterns."""
    node = data.get("carriers") or {}
    names = sorted({str(n) for n in node.get("names") or ()}, key=lambda n: (-len(n), n))
    addressees = (node.get("addressees") or {}).get(lang)
    if not names or not addressees:
        return {CARRIERS_TOKEN: "(?!)", CUT_PLATFORM_TOKEN: "(?!)"}
    name = _NAME.format(names="|".join(re.escape(n) for n in names))
    return {CARRIERS_TOKEN: f"(?:{addressees.replace('NAME', name)})",
            CUT_PLATFORM_TOKEN: (node.get("cut_platform") or {}).get(lang, "")}
