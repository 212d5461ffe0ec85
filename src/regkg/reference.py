"""Reference entities (`data/reference/*.ttl`) as plain records. Layer 1. (Stub.)

The Turtle files are the source of truth (they are loaded as-is into the reference graph);
this module reads them into `Entity` records for the gazetteer and for labelling output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Entity:
    key: str  # "authority/ofcom"
    kind: str  # jurisdiction | authority | law | organisation | service | person
    classes: tuple[str, ...]  # local names of rkg classes: ("Regulator",)
    labels: dict[str, str]  # preferred label per language: {"en": "Ofcom", "fr": "Ofcom"}
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # per language ("" = any)
    jurisdiction: str | None = None  # ISO code of the entity's jurisdiction ("GB", "EU", "US-CA")
    part_of: str | None = None  # jurisdictions: the containing jurisdiction's code
    wikidata: str | None = None  # "Q1333318"
    code: str | None = None  # jurisdictions: ISO code

    @property
    def label(self) -> str:
        """The English preferred label (the gold files' naming)."""
        return self.labels.get("en") or next(iter(self.labels.values()))


@dataclass(frozen=True)
class Reference:
    entities: dict[str, Entity]

    def by_code(self, code: str) -> Entity | None:
        """Jurisdiction by ISO code or alias, case-insensitive ('uk' -> GB)."""
        raise NotImplementedError


def load_reference(directory: Path) -> Reference:
    raise NotImplementedError
