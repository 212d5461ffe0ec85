"""The entity index: labels and identifiers of named entities, built once at startup. Layer 4.

REST paths name entities loosely (``UK``, ``us-ca``, ``DSA``, ``Grok``); the index resolves
them to IRIs in Python, so a path segment never reaches a query except as a bound IRI, and
labels for JSON come from memory instead of a join per request.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field

from regkg import namespaces as ns
from regkg.queries import QueryRegistry
from regkg.store import Store

SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ID = str(ns.ID)


@dataclass
class Entity:
    iri: str
    key: str  # "authority/ofcom"
    kind: str  # "authority"
    labels: dict[str, str] = field(default_factory=dict)  # lang ("" if none) -> prefLabel
    aliases: set[str] = field(default_factory=set)
    code: str | None = None  # jurisdictions: ISO code
    parent: str | None = None  # jurisdictions: IRI of the rkg:partOf parent
    jurisdiction: str | None = None  # IRI
    classes: set[str] = field(default_factory=set)
    linked: bool = True

    @property
    def slug(self) -> str:
        return self.key.partition("/")[2]

    @property
    def label(self) -> str:
        return self.labels.get("en") or self.labels.get("") or next(
            iter(self.labels.values()), self.slug
        )

    def ref(self) -> dict[str, str]:
        return {"id": self.key, "label": self.label}


class EntityIndex:
    def __init__(self, entities: dict[str, Entity]) -> None:
        self.by_iri = entities
        self._by_kind: dict[str, list[Entity]] = defaultdict(list)
        for entity in entities.values():
            self._by_kind[entity.kind].append(entity)
        for group in self._by_kind.values():
            group.sort(key=lambda e: e.key)
        self.children: dict[str, list[str]] = defaultdict(list)
        for entity in entities.values():
            if entity.parent:
                self.children[entity.parent].append(entity.iri)

    @classmethod
    def load(cls, store: Store, queries: QueryRegistry) -> EntityIndex:
        entities: dict[str, Entity] = {}
        for row in queries.select(store, "entity-index").rows:
            iri = row["entity"].value
            key = iri[len(ID):]
            kind = key.partition("/")[0]
            if kind not in ns.ENTITY_KINDS:
                continue
            entity = entities.get(iri)
            if entity is None:
                entity = entities[iri] = Entity(iri, key, kind)
            prop, value = row["property"].value, row["value"]
            if prop == SKOS + "prefLabel":
                entity.labels.setdefault(value.lang or "", value.value)
            elif prop in (SKOS + "altLabel", str(ns.abbreviation)):
                entity.aliases.add(value.value)
            elif prop == str(ns.isoCode):
                entity.code = value.value
            elif prop == str(ns.partOf):
                entity.parent = value.value
            elif prop == str(ns.jurisdiction):
                entity.jurisdiction = value.value
            elif prop == RDF_TYPE:
                entity.classes.add(value.value)
            elif prop == str(ns.linked):
                entity.linked = value.value not in ("false", "0")
        return cls(entities)

    def of_kind(self, kind: str) -> list[Entity]:
        return self._by_kind.get(kind, [])

    def get(self, iri: str) -> Entity | None:
        return self.by_iri.get(iri)

    def ref(self, iri: str) -> dict[str, str]:
        entity = self.by_iri.get(iri)
        if entity is not None:
            return entity.ref()
        key = iri[len(ID):] if iri.startswith(ID) else iri
        return {"id": key, "label": key.rpartition("/")[2]}

    # --- resolving what a client typed -------------------------------------------------------
    def jurisdiction(self, code: str) -> Entity | None:
        """ISO 3166 alpha-2, subdivision (US-CA) or EU, case-insensitive, or an alias (UK)."""
        wanted = code.strip().upper()
        for entity in self.of_kind("jurisdiction"):
            if (entity.code or entity.slug).upper() == wanted:
                return entity
        for entity in self.of_kind("jurisdiction"):
            if any(a.upper() == wanted for a in entity.aliases if len(a) <= 3):
                return entity
        return None

    def closest_codes(self, code: str, n: int = 3) -> list[str]:
        wanted = code.strip().upper()
        codes = sorted({e.code or e.slug for e in self.of_kind("jurisdiction")})
        prefix = [c for c in codes if wanted and c.startswith(wanted.split("-")[0] + "-")]
        # Equal similarity ("GX": GB, SG, UG...) goes to codes that start like the request,
        # then alphabetically: difflib alone ranks ties by reverse string order.
        close = sorted(codes, reverse=True, key=lambda c: (
            difflib.SequenceMatcher(None, c, wanted).ratio(), c[:1] == wanted[:1]))[:n]
        out: list[str] = []
        for c in [*close, *prefix]:
            if c not in out:
                out.append(c)
        return out[:n]

    def resolve(self, kinds: tuple[str, ...], name: str) -> Entity | None:
        """An entity of one of `kinds` by key, slug, label or alias, case-insensitively."""
        wanted = name.strip().lower()
        candidates = [e for k in kinds for e in self.of_kind(k)]
        for test in (
            lambda e: e.key.lower() == wanted or e.slug.lower() == wanted,
            lambda e: any(v.lower() == wanted for v in e.labels.values()),
            lambda e: any(a.lower() == wanted for a in e.aliases),
        ):
            for entity in candidates:
                if test(entity):
                    return entity
        return None

    def closest(self, kinds: tuple[str, ...], name: str, n: int = 3) -> list[str]:
        slugs = sorted({e.slug for k in kinds for e in self.of_kind(k)})
        return difflib.get_close_matches(name.strip().lower(), slugs, n=n, cutoff=0.0)

    def within(self, iri: str) -> list[str]:
        """`iri` and every jurisdiction partOf it, transitively."""
        out, todo = [], [iri]
        while todo:
            current = todo.pop()
            if current in out:
                continue
            out.append(current)
            todo.extend(self.children.get(current, ()))
        return out
