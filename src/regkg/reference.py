"""Reference entities (`data/reference/*.ttl`) as plain records. Layer 1.

The Turtle files are the source of truth (they are loaded as-is into the reference graph);
this module reads them into `Entity` records for the gazetteer and for labelling output.
rdflib is used only to parse: no rdflib type leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from regkg.namespaces import ENTITY_KINDS, ID, RKG, WD

_ID = str(ID)
_RKG = str(RKG)
_WD = str(WD)


class ReferenceDataError(ValueError):
    """A reference file that cannot be read as Turtle; the message names the file."""


@dataclass(frozen=True)
class Role:
    """A position a person holds: 'Prime Minister' in the UK government."""

    key: str  # "person/keir-starmer/role/prime-minister"
    labels: dict[str, str]  # {"en": "Prime Minister", "fr": "Premier ministre"}
    role_in: str | None  # entity key of the authority


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
    abbreviations: tuple[str, ...] = ()  # laws: "DSA", "RSN"
    operated_by: str | None = None  # services: entity key of the operator
    owned_by: str | None = None  # organisations: entity key of the owner
    roles: tuple[Role, ...] = ()  # persons

    @property
    def label(self) -> str:
        """The English preferred label (the gold files' naming)."""
        return self.labels.get("en") or next(iter(self.labels.values()))

    def all_labels(self) -> tuple[str, ...]:
        """Preferred labels, aliases and abbreviations, every language, without repeats."""
        names = [*self.labels.values(), *(a for als in self.aliases.values() for a in als)]
        return tuple(dict.fromkeys([*names, *self.abbreviations]))


@dataclass(frozen=True)
class Reference:
    entities: dict[str, Entity]

    def get(self, key: str) -> Entity | None:
        return self.entities.get(key)

    def operator_of(self, key: str | None) -> str | None:
        """The key of the company operating a service (Meta for Instagram); None otherwise."""
        entity = self.entities.get(key) if key else None
        return entity.operated_by if entity is not None else None

    def of_kind(self, kind: str) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities.values() if e.kind == kind)

    def by_code(self, code: str) -> Entity | None:
        """Jurisdiction by ISO code or alias, case-insensitive ('uk' -> GB)."""
        wanted = code.strip().upper()
        found = self.entities.get(f"jurisdiction/{wanted}")
        if found is not None:
            return found
        for entity in self.of_kind("jurisdiction"):
            # Only code-shaped aliases ("UK", "UE"), so 'France' is not a code.
            if any(a.upper() == wanted for a in entity.all_labels() if a.isupper() and len(a) <= 3):
                return entity
        return None

    def regulators_of(self, code: str) -> tuple[Entity, ...]:
        """Authorities (of every class) whose jurisdiction is `code` ('UK' works too)."""
        jurisdiction = self.by_code(code)
        if jurisdiction is None:
            return ()
        return tuple(e for e in self.of_kind("authority") if e.jurisdiction == jurisdiction.code)

    def law_by_abbreviation(
        self, abbreviation: str, jurisdiction: str | None = None
    ) -> Entity | None:
        """'DSA' -> Digital Services Act. Exact case: 'dsa' is not an abbreviation."""
        matches = [e for e in self.of_kind("law") if abbreviation.strip() in e.abbreviations]
        if jurisdiction is not None:
            matches = [e for e in matches if e.jurisdiction == jurisdiction.upper()]
        return matches[0] if len(matches) == 1 else None

    def by_label(self, label: str, kind: str | None = None) -> tuple[Entity, ...]:
        """Entities with this exact preferred label or alias (any language), case-insensitive."""
        wanted = label.casefold()
        candidates = self.of_kind(kind) if kind else tuple(self.entities.values())
        return tuple(e for e in candidates if any(x.casefold() == wanted for x in e.all_labels()))


def load_reference(directory: Path) -> Reference:
    """Every entity in `directory`/*.ttl. Cached per directory until a file changes."""
    directory = Path(directory).resolve()
    files = tuple(sorted(directory.glob("*.ttl")))
    signature = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    return _load_cached(directory, signature)


@lru_cache(maxsize=8)
def _load_cached(directory: Path, signature: tuple[tuple[str, int, int], ...]) -> Reference:
    graph = Graph()
    for name, _mtime, _size in signature:
        try:
            graph.parse(directory / name, format="turtle")
        except SyntaxError as error:  # rdflib's BadSyntax: an RDF/XML file named .ttl, a typo
            raise ReferenceDataError(f"{directory / name}: not valid Turtle ({error})") from error
    codes = _jurisdiction_codes(graph)
    entities = {}
    for subject in sorted(set(graph.subjects(RDF.type, None)), key=str):
        entity = _entity(graph, subject, codes) if isinstance(subject, URIRef) else None
        if entity is not None:
            entities[entity.key] = entity
    return Reference(entities)


def _jurisdiction_codes(graph: Graph) -> dict[str, str]:
    """Jurisdiction IRI -> ISO code, from rkg:isoCode (or the IRI when the code is missing)."""
    codes = {}
    for subject in graph.subjects(RDF.type, None):
        iri = str(subject)
        if iri.startswith(_ID + "jurisdiction/"):
            code = graph.value(subject, RKG.isoCode)
            codes[iri] = str(code) if code is not None else iri.rsplit("/", 1)[1]
    return codes


def _entity(graph: Graph, subject: URIRef, codes: dict[str, str]) -> Entity | None:
    """The record for one reference entity; None for nodes that are not entities (roles...)."""
    iri = str(subject)
    key = iri[len(_ID):] if iri.startswith(_ID) else ""
    kind, _, local = key.partition("/")
    if kind not in ENTITY_KINDS or not local or "/" in local:
        return None
    return Entity(
        key=key,
        kind=kind,
        classes=_classes(graph, subject),
        labels=_labels(graph, subject, SKOS.prefLabel),
        aliases=_aliases(graph, subject),
        jurisdiction=_code_of(graph.value(subject, RKG.jurisdiction), codes),
        part_of=_code_of(graph.value(subject, RKG.partOf), codes),
        wikidata=_wikidata(graph.value(subject, RKG.wikidata)),
        code=codes.get(iri),
        abbreviations=tuple(sorted(str(a) for a in graph.objects(subject, RKG.abbreviation))),
        operated_by=_key_of(graph.value(subject, RKG.operatedBy)),
        owned_by=_key_of(graph.value(subject, RKG.ownedBy)),
        roles=_roles(graph, subject),
    )


def _classes(graph: Graph, subject: URIRef) -> tuple[str, ...]:
    return tuple(sorted(
        str(c)[len(_RKG):] for c in graph.objects(subject, RDF.type) if str(c).startswith(_RKG)
    ))


def _labels(graph: Graph, subject: URIRef, predicate: URIRef) -> dict[str, str]:
    """One label per language; the sort keeps the choice stable if a file repeats a language."""
    labels: dict[str, str] = {}
    for literal in sorted(graph.objects(subject, predicate), key=str, reverse=True):
        if isinstance(literal, Literal):
            labels[literal.language or ""] = str(literal)
    return labels


def _aliases(graph: Graph, subject: URIRef) -> dict[str, tuple[str, ...]]:
    by_language: dict[str, list[str]] = {}
    for literal in graph.objects(subject, SKOS.altLabel):
        if isinstance(literal, Literal):
            by_language.setdefault(literal.language or "", []).append(str(literal))
    return {lang: tuple(sorted(names)) for lang, names in sorted(by_language.items())}


def _roles(graph: Graph, subject: URIRef) -> tuple[Role, ...]:
    roles = []
    for node in sorted(graph.objects(subject, RKG.holdsRole), key=str):
        if isinstance(node, URIRef):
            roles.append(Role(
                key=str(node)[len(_ID):],
                labels=_labels(graph, node, RKG.roleLabel),
                role_in=_key_of(graph.value(node, RKG.roleIn)),
            ))
    return tuple(roles)


def _code_of(node: object, codes: dict[str, str]) -> str | None:
    return codes.get(str(node)) if node is not None else None


def _key_of(node: object) -> str | None:
    iri = str(node) if node is not None else ""
    return iri[len(_ID):] if iri.startswith(_ID) else None


def _wikidata(node: object) -> str | None:
    iri = str(node) if node is not None else ""
    return iri[len(_WD):] if iri.startswith(_WD) else None
