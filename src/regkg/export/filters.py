"""Command-line and URL filter values -> IRIs bound as query parameters. Layer 3.

Jurisdiction codes are looked up in the reference graph, case-insensitively, with code-shaped
aliases (`uk` is GB). A target is an entity key (`service/grok`), a full IRI, a Wikidata id
(`Q918`) or a label (`Grok`, any language, any case). Unknown values are `NotFoundError`s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from regkg import namespaces as ns
from regkg.store import Store

from .base import VIEWS, ExportError, ExportOptions, NotFoundError
from .rows import iter_select, named

_WIKIDATA_ID = re.compile(r"Q[0-9]+", re.IGNORECASE)
_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2}))?")


def resolve_options(
    store: Store,
    queries_dir: Path,
    *,
    view: str = "full",
    jurisdiction: str | None = None,
    target: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    table: str | None = None,
) -> ExportOptions:
    """Check and resolve user-facing filter values into `ExportOptions`."""
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r} (views: {', '.join(VIEWS)})")
    options = ExportOptions(queries_dir=queries_dir, table=table)
    return replace(
        options,
        view=view,
        jurisdiction=jurisdiction_iri(store, queries_dir, jurisdiction) if jurisdiction else None,
        target=target_iri(store, queries_dir, target) if target else None,
        since=_date("since", since, last=False),
        until=_date("until", until, last=True),
    )


def jurisdiction_iri(store: Store, queries_dir: Path, code: str) -> str:
    """'uk' -> https://w3id.org/regkg/id/jurisdiction/GB (via the reference graph)."""
    wanted = code.strip().upper()
    query = named(queries_dir, "export-jurisdiction")
    found = [r["jurisdiction"].value for r in iter_select(store, query, {"code": wanted})]
    if len(found) != 1:
        reason = "no jurisdiction has" if not found else "several jurisdictions have"
        raise NotFoundError(f"{reason} the code {code!r} in the reference graph")
    return found[0]


def target_iri(store: Store, queries_dir: Path, value: str) -> str:
    """An entity key, IRI, Wikidata id or label -> the one entity IRI it names."""
    value = value.strip()
    params: dict[str, object] = {"name": value.casefold()}
    if value.startswith(("http://", "https://")):
        params = {"iri": value}
    elif _WIKIDATA_ID.fullmatch(value):
        params["wikidata"] = str(ns.WD[value.upper()])
    else:
        with contextlib.suppress(ValueError):  # not a key: a label
            params["iri"] = str(ns.entity_iri(value))
    query = named(queries_dir, "export-target")
    found = [r["entity"].value for r in iter_select(store, query, params)]
    if not found:
        raise NotFoundError(f"no entity is named {value!r}")
    if len(found) > 1:
        keys = ", ".join(_short(iri) for iri in found[:8])
        raise NotFoundError(f"{value!r} names several entities ({keys}); give one key")
    return found[0]


def _short(iri: str) -> str:
    try:
        return ns.entity_key(iri)
    except ValueError:
        return iri


def _date(name: str, value: str | dt.date | None, *, last: bool) -> dt.date | None:
    """YYYY-MM-DD; YYYY-MM and YYYY mean their first day (since) or last day (until)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    match = _PARTIAL_DATE.fullmatch(value.strip())
    try:
        if match is None:
            return dt.date.fromisoformat(value.strip())
        year, month = int(match.group(1)), int(match.group(2) or (12 if last else 1))
        if not last:
            return dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    except ValueError:
        raise ExportError(f"{name}: not a date (YYYY-MM-DD, YYYY-MM or YYYY): {value!r}") from None
