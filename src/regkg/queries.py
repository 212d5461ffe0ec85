"""The registry of `queries/*.rq` files and their headers. Layer 3.

Each file starts with a header of comment lines:

    # name: jurisdiction-actions
    # summary: Actions in a jurisdiction and its subdivisions, newest first.
    # param: jurisdiction iri required  -- the jurisdiction's IRI
    # param: since date  -- earliest action date (inclusive)
    # hint: join-order  -- why, in words

A parameter has a name, a kind (iri, string, date, integer, decimal) and is optional unless
marked `required`. A hint (regkg.store.QUERY_HINTS) tells a store how to run the query.
Values are converted to RDF terms here and bound by the store as a VALUES
block, never pasted into the query text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from regkg.store import SelectResult, Store
from regkg.store.base import QUERY_HINTS

KINDS = ("iri", "string", "date", "integer", "decimal")
_HEADER = re.compile(r"^#\s*(name|summary|param|hint):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+(\w+)(\s+required)?\s*(?:--\s*(.*))?$")


class ParameterError(ValueError):
    """A parameter is missing, unknown or not of its declared kind (a client error)."""


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    required: bool
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    parameters: tuple[Parameter, ...]
    text: str
    path: Path
    hints: tuple[str, ...] = ()

    def bindings(self, values: Mapping[str, object]) -> dict[str, Identifier]:
        """Check and convert parameter values; None and '' mean 'not given'."""
        known = {p.name: p for p in self.parameters}
        unknown = set(values) - set(known)
        if unknown:
            raise ParameterError(f"{self.name}: unknown parameter(s) {sorted(unknown)}")
        bound: dict[str, Identifier] = {}
        for param in self.parameters:
            value = values.get(param.name)
            if value is None or value == "":
                if param.required:
                    raise ParameterError(f"{self.name}: parameter {param.name!r} is required")
                continue
            bound[param.name] = to_term(param, value)
        return bound


def to_term(param: Parameter, value: object) -> Identifier:
    try:
        if param.kind == "iri":
            return URIRef(_checked_iri(str(value)))
        if param.kind == "date":
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
            return Literal(day, datatype=XSD.date)
        if param.kind == "integer":
            return Literal(int(str(value)), datatype=XSD.integer)
        if param.kind == "decimal":
            return Literal(Decimal(str(value)), datatype=XSD.decimal)
        return Literal(str(value))
    except (ValueError, InvalidOperation) as error:
        raise ParameterError(f"parameter {param.name!r}: {error}") from error


def _checked_iri(value: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`\x00-\x20]*", value, re.IGNORECASE):
        raise ValueError(f"not an IRI: {value[:80]!r}")
    return value


def parse_query_file(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[Parameter] = []
    hints: list[str] = []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not line.startswith("#"):
            break
        if match is None:
            continue
        key, value = match.groups()
        if key == "param":
            params.append(_parse_param(path, value))
        elif key == "hint":
            hints.append(_checked_hint(path, value.split("--")[0].strip()))
        else:
            fields[key] = value.strip()
    if "name" not in fields or "summary" not in fields:
        raise ValueError(f"{path}: header needs '# name:' and '# summary:'")
    return NamedQuery(fields["name"], fields["summary"], tuple(params), text, path, tuple(hints))


def _checked_hint(path: Path, hint: str) -> str:
    if hint not in QUERY_HINTS:
        raise ValueError(f"{path}: unknown hint {hint!r} (hints: {', '.join(QUERY_HINTS)})")
    return hint


def _parse_param(path: Path, spec: str) -> Parameter:
    match = _PARAM.match(spec.strip())
    if match is None or match.group(2) not in KINDS:
        raise ValueError(f"{path}: bad parameter line {spec!r} (kinds: {', '.join(KINDS)})")
    name, kind, required, description = match.groups()
    return Parameter(name, kind, bool(required), (description or "").strip())


class QueryRegistry:
    def __init__(self, directory: Path) -> None:
        self.queries = {q.name: q for q in map(parse_query_file, sorted(directory.glob("*.rq")))}

    def __getitem__(self, name: str) -> NamedQuery:
        try:
            return self.queries[name]
        except KeyError:
            raise KeyError(f"no query named {name!r} in queries/") from None

    def __iter__(self) -> Iterator[NamedQuery]:
        return iter(self.queries.values())

    def select(self, store: Store, name: str, **params: object) -> SelectResult:
        query = self[name]
        return store.select(query.text, query.bindings(params))

    def construct(self, store: Store, name: str, **params: object) -> Graph:
        query = self[name]
        return store.construct(query.text, query.bindings(params))

    def ask(self, store: Store, name: str, **params: object) -> bool:
        query = self[name]
        return store.ask(query.text, query.bindings(params))


@cache
def registry(directory: Path) -> QueryRegistry:
    """One parsed registry per directory per process."""
    return QueryRegistry(directory)
