"""Stores: an embedded pyoxigraph store (default) and a remote SPARQL 1.1 store."""

from __future__ import annotations

import hashlib
import io

from regkg.store.base import Cell, QueryError, QueryTimeout, SelectResult, Store, StoreError
from regkg.store.embedded import EmbeddedStore

__all__ = [
    "Cell", "EmbeddedStore", "QueryError", "QueryTimeout", "SelectResult", "Store", "StoreError",
    "canonical_nquads", "canonical_digest", "open_store",
]


def open_store(spec: str, *, read_only: bool = False) -> Store:
    """'memory' -> in-memory; 'sparql+http(s)://...' -> remote; anything else -> a directory."""
    if spec == "memory":
        return EmbeddedStore(None)
    if spec.startswith(("sparql+http://", "sparql+https://")):
        from regkg.store.remote import RemoteStore

        return RemoteStore(spec.removeprefix("sparql+"))
    return EmbeddedStore(spec, read_only=read_only)


def canonical_nquads(store: Store) -> bytes:
    """Sorted N-Quads of the whole store: equal stores give equal bytes (no blank nodes)."""
    buffer = io.BytesIO()
    store.dump_nquads(buffer)
    lines = sorted(line for line in buffer.getvalue().splitlines() if line.strip())
    return b"\n".join(lines) + b"\n" if lines else b""


def canonical_digest(store: Store) -> str:
    return hashlib.sha256(canonical_nquads(store)).hexdigest()
