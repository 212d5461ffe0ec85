"""The reference's persons by folded name, for the name finder (regkg.extract.speakers).
Layer 1."""

from __future__ import annotations

import re
import unicodedata

from regkg.reference import Reference

_INDEXES: dict[int, tuple[object, dict[str, str]]] = {}  # built once per reference, not per text


def person_index(reference: Reference) -> dict[str, str]:
    """Folded labels and aliases of the reference's persons -> their keys."""
    cached = _INDEXES.get(id(reference.entities))
    if cached is not None and cached[0] is reference.entities:
        return cached[1]
    index: dict[str, str] = {}
    for entity in reference.entities.values():
        if entity.kind == "person":
            names = [*entity.labels.values(), *(a for v in entity.aliases.values() for a in v)]
            for name in names:
                index.setdefault(fold(name), entity.key)
    if len(_INDEXES) > 8:
        _INDEXES.clear()
    _INDEXES[id(reference.entities)] = (reference.entities, index)
    return index


def fold(text: str) -> str:
    """Lower case, accents and punctuation off: "Thierry Breton" as any text writes it."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", ascii_.lower()).strip()
