"""The store interface every backend implements. Layer 2.

Small on purpose (embedded pyoxigraph and a remote SPARQL 1.1 server both fit): graphs are
replaced whole and atomically, reads are SPARQL with bound parameters, and the default graph
of every read is the union of the named graphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import BinaryIO, NamedTuple, Protocol

from rdflib import Graph
from rdflib.term import Identifier, Node

Triple = tuple[Node, Node, Node]
Binding = Mapping[str, Identifier]  # variable name (no '?') -> IRI or literal


class StoreError(RuntimeError):
    """The store could not do what was asked; nothing was changed."""


class QueryError(StoreError):
    """A malformed or refused query (a client error, not a server fault)."""


class QueryTimeout(StoreError):
    """The query did not finish within the time it was given."""


class Cell(NamedTuple):
    """One value of a SELECT row, free of any backend's term classes."""

    kind: str  # "uri" | "literal" | "bnode" | "triple"
    value: str
    datatype: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class SelectResult:
    variables: tuple[str, ...]
    rows: tuple[dict[str, Cell], ...]


# Hints a query file may carry in its header (queries/README.md): a store whose server reorders
# joins by its own statistics runs a query marked `# hint: join-order` in its written order.
QUERY_HINTS = ("join-order",)
JOIN_ORDER_HINT = re.compile(r"^#\s*hint:\s*join-order\b", re.MULTILINE)
_WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def bind_values(query: str, bindings: Binding | None) -> str:
    """Bind parameters as a VALUES block opening the query's top-level WHERE group.

    The values are RDF terms serialised (and escaped) by Oxigraph, so no parameter can change
    the query's shape. Parameters are visible to the whole top-level group; the `.rq` files
    use them there (see queries/README.md). Unbound parameters stay unbound.
    """
    if not bindings:
        return query
    from regkg.store.embedded import to_ox  # the one rdflib -> N-Triples term serialiser

    names = list(bindings)
    for name in names:
        if not _VARIABLE.fullmatch(name):
            raise QueryError(f"not a variable name: {name!r}")
    match = _WHERE_OPEN.search(query)
    if match is None:
        raise QueryError("a parameterised query needs a 'WHERE {' group")
    row = " ".join(str(to_ox(bindings[n])) for n in names)
    values = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    return query[: match.end()] + values + query[match.end():]


def bind_iris(query: str, name: str, iris: Iterable[str]) -> str:
    """Bind `?name` to several IRIs: a one-variable VALUES block opening the top-level WHERE
    group, its terms serialised by Oxigraph like `bind_values`' (so no IRI can change the
    query's shape). For a batch of resources a query reads at once."""
    import pyoxigraph as ox

    if not _VARIABLE.fullmatch(name):
        raise QueryError(f"not a variable name: {name!r}")
    match = _WHERE_OPEN.search(query)
    if match is None:
        raise QueryError("a parameterised query needs a 'WHERE {' group")
    terms = " ".join(str(ox.NamedNode(iri)) for iri in iris)
    values = f" VALUES ?{name} {{ {terms} }} "
    return query[: match.end()] + values + query[match.end():]


class Store(Protocol):
    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Make `graph` hold exactly `triples`, atomically: all of it or nothing."""

    def remove_graph(self, graph: str) -> None: ...

    def graph_names(self) -> list[str]: ...

    def has_graph(self, graph: str) -> bool: ...

    def triple_count(self) -> int: ...

    def query(self, query: str, bindings: Binding | None = None) -> SelectResult | bool | Graph:
        """Any query form: SELECT rows, an ASK answer, or CONSTRUCT/DESCRIBE triples."""

    def select(self, query: str, bindings: Binding | None = None) -> SelectResult: ...

    def ask(self, query: str, bindings: Binding | None = None) -> bool: ...

    def construct(self, query: str, bindings: Binding | None = None) -> Graph: ...

    def graph(self, graph: str) -> Graph:
        """The triples of one named graph."""

    def dump_nquads(self, out: BinaryIO) -> None:
        """Every quad of every named graph, as N-Quads."""

    def close(self) -> None: ...
