"""Streaming reads for exporters. Layer 3.

`Store.select` returns every row at once; an exporter wants them one at a time. On the embedded
store the rows come straight from Oxigraph's solution iterator (the query text and bound
parameters are the same as `Store.select`'s); other stores fall back to `select`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib.term import Identifier

from regkg.queries import NamedQuery, ParameterError, registry
from regkg.store import Cell, EmbeddedStore, QueryError, Store
from regkg.store.base import bind_values
from regkg.store.embedded import to_cell

from .base import ExportError

Row = dict[str, Cell]


def named(queries_dir: Path, name: str) -> NamedQuery:
    return registry(queries_dir)[name]


def iter_select(store: Store, query: NamedQuery, params: Mapping[str, object]) -> Iterator[Row]:
    """The rows of a named SELECT query, one at a time."""
    bindings = _bindings(query, params)
    if not isinstance(store, EmbeddedStore):
        yield from store.select(query.text, bindings).rows
        return
    solutions = _native(store, query, params)
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError(f"{query.name} is not a SELECT query")
    names = [v.value for v in solutions.variables]
    for solution in solutions:
        yield {n: to_cell(solution[n]) for n in names if solution[n] is not None}


def native_results(store: EmbeddedStore, query: NamedQuery, params: Mapping[str, object]) -> object:
    """Oxigraph's own result object (solutions, boolean or triples), unconverted."""
    return _native(store, query, params)


def _native(store: EmbeddedStore, query: NamedQuery, params: Mapping[str, object]) -> object:
    text = bind_values(query.text, _bindings(query, params))
    try:
        return store.native.query(text, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"{query.name}: {error}") from error


def _bindings(query: NamedQuery, params: Mapping[str, object]) -> dict[str, Identifier]:
    known = {p.name for p in query.parameters}
    try:
        return query.bindings({k: v for k, v in params.items() if k in known})
    except ParameterError as error:
        raise ExportError(str(error)) from error


def integer(row: Row, name: str, default: int = 0) -> int:
    cell = row.get(name)
    return int(cell.value) if cell is not None else default


def text(row: Row, name: str) -> str | None:
    cell = row.get(name)
    return cell.value if cell is not None else None
