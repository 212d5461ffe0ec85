"""The remote store's settings, from REGKG_REMOTE_* variables, and each server's URLs. Layer 2.

docs/scaling.md lists the variables. The password is never part of a message or a repr.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from regkg.namespaces import GRAPH
from regkg.store.base import StoreError


@dataclass(frozen=True)
class RemoteConfig:
    query_url: str
    update_url: str
    graph_store_url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    auth: str = "digest"  # or "basic"
    realm: str = "SPARQL"  # digest realm: Virtuoso's is "SPARQL"
    dataset: str = "named"  # or "server"
    graph_prefix: str = str(GRAPH)
    timeout_s: float = 60.0
    chunk_triples: int = 2_000
    max_request_bytes: int = 8_000_000  # Virtuoso refuses update texts over 10 MB
    retries: int = 4
    backoff_s: float = 0.5
    encode_durations: bool = False  # Virtuoso 7.2 cannot store xsd:duration literals
    join_order: bool = False  # Virtuoso 7.2: run the .rq files' joins in their written order
    graph_ttl_s: float = 30.0  # how long dataset=named reads reuse the list of graphs

    @classmethod
    def from_env(cls, query_url: str, env: Mapping[str, str] | None = None) -> RemoteConfig:
        env = os.environ if env is None else env
        query_url = _without_userinfo(query_url)
        user = env.get("REGKG_REMOTE_USER") or None
        update, store = default_urls(query_url, authenticated=user is not None)
        config = cls(
            query_url=query_url,
            update_url=env.get("REGKG_REMOTE_UPDATE_URL") or update,
            graph_store_url=env.get("REGKG_REMOTE_GRAPH_STORE_URL") or store,
            user=user,
            password=env.get("REGKG_REMOTE_PASSWORD") or None,
            encode_durations=_flag(env.get("REGKG_REMOTE_ENCODE_DURATIONS"), query_url),
            join_order=_flag(env.get("REGKG_REMOTE_JOIN_ORDER"), query_url),
        )
        numbers = {
            "timeout_s": float, "chunk_triples": int, "max_request_bytes": int,
            "retries": int, "backoff_s": float, "graph_ttl_s": float,
        }
        changes: dict[str, Any] = {}
        for name in ("auth", "realm", "dataset", "graph_prefix", *numbers):
            raw = env.get(f"REGKG_REMOTE_{name.removesuffix('_s').upper()}")
            if raw:
                changes[name] = numbers[name](raw) if name in numbers else raw
        return replace(config, **changes).checked()

    def checked(self) -> RemoteConfig:
        if self.auth not in ("digest", "basic"):
            raise StoreError(f"REGKG_REMOTE_AUTH must be digest or basic, not {self.auth!r}")
        if self.dataset not in ("named", "server"):
            raise StoreError(f"REGKG_REMOTE_DATASET must be named or server, not {self.dataset!r}")
        if (self.user is None) != (self.password is None):
            raise StoreError("set both REGKG_REMOTE_USER and REGKG_REMOTE_PASSWORD, or neither")
        if self.chunk_triples < 1 or self.retries < 0:
            raise StoreError("REGKG_REMOTE_CHUNK_TRIPLES must be >= 1, REGKG_REMOTE_RETRIES >= 0")
        return self


def _flag(raw: str | None, query_url: str) -> bool:
    """Explicit 1/0, else on for Virtuoso's conventional `/sparql` path."""
    if raw:
        return raw.strip().lower() in ("1", "true", "yes", "on")
    return urlsplit(query_url).path.rstrip("/") == "/sparql"


def _without_userinfo(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"not an http(s) SPARQL endpoint URL: {parts.scheme}://{parts.hostname}")
    if parts.username or parts.password:
        raise StoreError(
            f"credentials in the store URL for {parts.hostname} are refused: "
            "set REGKG_REMOTE_USER and REGKG_REMOTE_PASSWORD instead"
        )
    return url


def default_urls(query_url: str, *, authenticated: bool) -> tuple[str, str]:
    """(update URL, graph store URL) by each server's conventions, from the query URL.

    Virtuoso `/sparql` -> `/sparql-auth` with credentials (digest) else `/sparql`, and
    `/sparql-graph-crud(-auth)`; Fuseki `/ds/sparql` or `/ds/query` -> `/ds/update`, `/ds/data`;
    GraphDB `/repositories/r` -> `/repositories/r/statements`, `/repositories/r/rdf-graphs/service`.
    """
    parts = urlsplit(query_url)
    path = parts.path.rstrip("/")

    def at(new_path: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

    if path == "/sparql":
        suffix = "-auth" if authenticated else ""
        return at(f"/sparql{suffix}"), at(f"/sparql-graph-crud{suffix}")
    head, _, last = path.rpartition("/")
    if head.endswith("/repositories") or head == "/repositories":
        return at(f"{path}/statements"), at(f"{path}/rdf-graphs/service")
    if last in ("sparql", "query") and head:
        return at(f"{head}/update"), at(f"{head}/data")
    return query_url, query_url
