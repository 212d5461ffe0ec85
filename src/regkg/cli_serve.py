"""`regkg serve`: the API and SPARQL endpoint under uvicorn. Layer 4."""

from __future__ import annotations

import argparse
import dataclasses
import logging

from regkg.settings import Settings


def configure_serve(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default=None, help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default 8000)")
    p.add_argument("--build", action="store_true",
                   help="build data/articles into the store before serving")
    p.add_argument("--workers", type=int, default=None, dest="sparql_workers",
                   help="SPARQL worker processes (default settings.sparql_workers)")


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from regkg.api.app import create_app

    overrides = {k: v for k, v in (("host", args.host), ("port", args.port),
                                   ("sparql_workers", args.sparql_workers)) if v is not None}
    settings = dataclasses.replace(settings, **overrides)
    if args.build:
        from regkg.pipeline import Pipeline
        from regkg.store import open_store

        store = open_store(settings.store)
        try:
            summary = Pipeline(settings, store).build([settings.articles_dir])
        finally:
            store.close()
        if summary.exit_code == 2:
            return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    app = create_app(settings)
    # One access line per request comes from regkg.access; uvicorn's own is switched off.
    # uvicorn handles SIGINT/SIGTERM: in-flight requests finish, then the lifespan closes
    # the worker processes and removes the dump.
    uvicorn.run(app, host=settings.host, port=settings.port, access_log=False,
                log_level="info", timeout_graceful_shutdown=5)
    return 0
