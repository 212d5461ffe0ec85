"""REST lookups: jurisdictions, authorities, laws, targets, claims, actions, articles. Layer 4.

Every lookup runs `queries/*.rq` files with bound parameters. Path and query parameters are
first resolved in Python (entity index, typed values), so what reaches a query is an IRI or a
typed literal serialised by Oxigraph, never text pasted into the query. Lists are two steps: a
query that matches actions (one row per action and reported date), ranked in Python (newest
first, undated last, total count), then one query for the facts of the page's actions.

The routes live by subject in routes_jurisdictions, routes_entities and routes_facts; what they
share with the pages in lookup_common (parameters, responses) and lookup_data (the JSON of
actions, claims, articles, jurisdictions). `router` is all of them, in this order.

Endpoints are plain `def` functions: FastAPI runs them in its thread pool, never on the event
loop, and pyoxigraph releases the GIL while it evaluates.
"""

from __future__ import annotations

from fastapi import APIRouter

from regkg.api import routes_entities, routes_facts, routes_jurisdictions

router = APIRouter()
for module in (routes_jurisdictions, routes_entities, routes_facts):
    router.include_router(module.router)
