"""The JSON documents of claims, for the REST lookups and the pages. Layer 4.

The `claims` query gives one row per claim and facet (speaker, role, quote, date, source, ...);
a claim's document gathers its facets, its best-dated report and its sources.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from regkg.api.lookup_common import PRECISION_OF, best_date, cell_value, date_text
from regkg.api.state import ServerState
from regkg.store import Cell, SelectResult

Facets = dict[str, list[dict[str, Cell]]]


def claims_json(state: ServerState, result: SelectResult) -> list[dict[str, Any]]:
    """Newest first, then by id."""
    grouped: dict[str, Facets] = defaultdict(lambda: defaultdict(list))
    for row in result.rows:
        grouped[row["claim"].value][row["facet"].value].append(row)
    items = [_claim_json(state, iri, facets) for iri, facets in grouped.items()]
    items.sort(key=lambda c: c["id"])
    items.sort(key=lambda c: c["date"] or "", reverse=True)
    return items


def _claim_json(state: ServerState, iri: str, facets: Facets) -> dict[str, Any]:
    best = best_date(
        (r["value"].value, PRECISION_OF.get(cell_value(r, "extra") or ""))
        for r in facets.get("date", [])
    )
    speaker = _first(facets, "speaker")
    return {
        "id": iri.rpartition("/")[2],
        "iri": iri,
        "speaker": state.index.ref(speaker) if speaker else None,
        "role": _first(facets, "role"),
        "quote": _first(facets, "quote"),
        "language": _first(facets, "language"),
        "indirect": _first(facets, "indirect") == "true",
        "date": date_text(*best) if best else None,
        "date_precision": best[1] if best else None,
        "about": [state.index.ref(r["value"].value)
                  for r in sorted(facets.get("about", []), key=lambda r: r["value"].value)],
        "sources": _sources(facets),
    }


def _first(facets: Facets, facet: str) -> str | None:
    rows = facets.get(facet)
    return rows[0]["value"].value if rows else None


def _sources(facets: Facets) -> list[dict[str, Any]]:
    """One source per (article, sentence), oldest article first."""
    sources = {
        (r["extra"].value, r["value"].value): {
            "article": r["extra"].value.rpartition("/")[2],
            "title": cell_value(r, "title"),
            "url": cell_value(r, "url"),
            "published": cell_value(r, "published"),
            "evidence": r["value"].value,
        }
        for r in facets.get("source", [])
    }
    return sorted(sources.values(), key=lambda s: (s["published"] or "", s["article"]))
