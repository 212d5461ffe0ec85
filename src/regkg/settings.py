"""Paths, limits and the store location, with environment overrides. Layer 0.

Every setting has a safe default and an environment variable ``REGKG_<NAME>``;
`docs/settings.md` documents each one and a test fails if one is undocumented.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _default_data_dir() -> Path:
    """The repository's `data/`; an installed wheel without it falls back to the CWD's."""
    here = PROJECT_ROOT / "data"
    return here if here.is_dir() else Path.cwd() / "data"


@dataclass(frozen=True)
class Settings:
    store: str = "./regkg-data"  # a directory (embedded), "memory", or sparql+http://host/sparql
    data_dir: Path = _default_data_dir()
    ontology_dir: Path = PROJECT_ROOT / "ontology"
    shapes_dir: Path = PROJECT_ROOT / "shapes"
    queries_dir: Path = PROJECT_ROOT / "queries"
    max_article_bytes: int = 5_000_000  # larger inputs are refused before parsing
    query_timeout_s: float = 10.0
    max_rows: int = 10_000
    max_body_bytes: int = 1_000_000
    jobs: int = 1
    executor: str | None = None  # extraction: serial, processes:N, dask:tcp://H:P, dask:local:N
    # Serving (`regkg serve`); see docs/settings.md.
    host: str = "127.0.0.1"
    port: int = 8000
    sparql_workers: int = 2  # query worker processes, each with an in-memory copy of the store
    max_query_depth: int = 64  # deepest nesting of { ( [ a SPARQL query may have
    max_page_size: int = 1000  # largest `limit` a REST list accepts
    cors_origins: str = "*"  # comma-separated origins allowed by CORS
    lookup_cache_entries: int = 4096  # REST lookups: cached ranked lists and actions (0: off)
    remote_counts_ttl_s: float = 0.0  # remote store: seconds action counts are reused (0: none)
    ingest_token: str = field(default="", repr=False)  # POST /articles bearer token ("": off)
    rate_limit_query_s: float = 30.0  # SPARQL worker seconds per client per minute (0: off)
    rate_limit_localhost: int = 0  # 1: the rate limit applies to loopback clients too

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then REGKG_* variables, then explicit overrides (None means 'not given')."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(f"REGKG_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _coerce(f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    @property
    def reference_dir(self) -> Path:
        return self.data_dir / "reference"

    @property
    def patterns_dir(self) -> Path:
        return self.data_dir / "patterns"

    @property
    def articles_dir(self) -> Path:
        return self.data_dir / "articles"


def _coerce(type_name: Any, raw: str) -> Any:
    name = type_name if isinstance(type_name, str) else getattr(type_name, "__name__", "")
    if name == "int":
        return int(raw)
    if name == "float":
        return float(raw)
    if name == "Path":
        return Path(raw)
    return raw
