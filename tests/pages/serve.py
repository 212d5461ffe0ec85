"""`regkg serve` with the pages router mounted first, until `create_app` includes it.

    python -m tests.pages.serve --store DIR --port N [--host H] [--workers N]
"""

from __future__ import annotations

import argparse
import dataclasses
import logging


def main() -> None:
    import uvicorn

    from regkg.api.app import create_app
    from regkg.settings import Settings
    from tests.pages.helpers import with_pages

    parser = argparse.ArgumentParser()
    parser.add_argument("--store", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    settings = dataclasses.replace(Settings.from_env(store=args.store), host=args.host,
                                   port=args.port, sparql_workers=args.workers)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    app = with_pages(create_app(settings))
    uvicorn.run(app, host=settings.host, port=settings.port, access_log=False,
                log_level="info", timeout_graceful_shutdown=5)


if __name__ == "__main__":
    main()
